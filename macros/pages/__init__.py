"""The renderers per page, and the GitHub issue forms the pages link to.

The layers: macros/__init__.py."""
