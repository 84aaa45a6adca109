"""The checks of the built site, and `make pdf`.

The layers: macros/__init__.py."""
