"""The intake of contributions: issues to files, the verdict on a pull request, the
issue forms and CODEOWNERS written from data.

The layers: macros/__init__.py."""
