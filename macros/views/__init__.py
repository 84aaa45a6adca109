"""What is derived from the records once per build: the build context and its views.

The layers: macros/__init__.py."""
