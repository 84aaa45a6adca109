"""Text and rules without data: folding, slugs, Dutch dates, links, validation, the
guide's text; the Markdown renderer and the allowlist.

The layers: macros/__init__.py."""
