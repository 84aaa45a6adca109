"""The files beside the pages: exports, search, the offline copy, the edition, lean HTML.

The layers: macros/__init__.py."""
