"""Links between pages.

`link` gives a Markdown link target (a .md path) that MkDocs checks and rewrites; use it in
generated Markdown. `href` gives the final URL for raw HTML, where MkDocs does not rewrite
links (the site uses directory URLs: docs/a/b.md is served at a/b/).
"""

from __future__ import annotations

import posixpath


def link(target: str, from_page: str, anchor: str = "") -> str:
    """Markdown link target from page `from_page` to `target` (both relative to docs/)."""
    path = posixpath.relpath(target, posixpath.dirname(from_page) or ".")
    return f"{path}#{anchor}" if anchor else path


def page_url(src_path: str) -> str:
    """'a/b.md' -> 'a/b/', 'a/index.md' -> 'a/', 'index.md' -> '' (directory URLs)."""
    stem = src_path.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        stem = stem.removesuffix("index")
        return stem
    return stem + "/"


def href(target: str, from_page: str, anchor: str = "") -> str:
    """Relative URL from the page built from `from_page` to the page built from `target`."""
    here = page_url(from_page) or "./"
    there = page_url(target) or "./"
    path = posixpath.relpath(there, here)
    path = "./" if path == "." else path + "/"
    return f"{path}#{anchor}" if anchor else path
