"""Relative links between pages, so MkDocs can check and rewrite them."""

from __future__ import annotations

import posixpath


def link(target: str, from_page: str, anchor: str = "") -> str:
    """Markdown link target from page `from_page` to `target` (both relative to docs/)."""
    path = posixpath.relpath(target, posixpath.dirname(from_page) or ".")
    return f"{path}#{anchor}" if anchor else path
