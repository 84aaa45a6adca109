"""The records and their loaders: the validated site, read once per build.

The layers: macros/__init__.py."""
