"""Links between pages.

`link` gives a Markdown link target (a .md path) that MkDocs checks and rewrites; use it in
generated Markdown. `href` gives the final URL for raw HTML, where MkDocs does not rewrite
links (the site uses directory URLs: docs/a/b.md is served at a/b/).
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit


def relative(target: str, start: str) -> str:
    """`posixpath.relpath` for paths inside docs/ or the site ('a/b', 'a/c' -> '../b').

    Pure string work: `relpath` asks the operating system for the working directory on every
    call, and the site makes tens of thousands of links.
    """
    to = [part for part in target.split("/") if part and part != "."]
    here = [part for part in start.split("/") if part and part != "."]
    common = 0
    while common < min(len(to), len(here)) and to[common] == here[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + to[common:]) or "."


def link(target: str, from_page: str, anchor: str = "") -> str:
    """Markdown link target from page `from_page` to `target` (both relative to docs/)."""
    path = relative(target, posixpath.dirname(from_page))
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
    path = relative(there, here)
    path = "./" if path == "." else path + "/"
    return f"{path}#{anchor}" if anchor else path


@dataclass(frozen=True)
class SitePaths:
    """Paths in the site, from `site_paths`, and every folder that holds one of them at any
    depth ('a/b/' gives 'a/' and 'a/b/'), so that `shared_folder` asks a set once instead of
    testing each path on every part of every page."""

    paths: tuple[str, ...]
    folders: frozenset[str]


def site_paths(targets: Iterable[str]) -> SitePaths | None:
    """The paths in the site among link targets written as MkDocs' `url` filter takes them,
    for `shared_folder`: each normalised and ending in '/' ('c/x/'); None if one climbs out
    of the site's root ('../c'). An address the filter leaves as it is ('https://…', '/…',
    '#…') reads the same on every page and is left out."""
    paths = []
    for target in targets:
        parts = urlsplit(target)
        if parts.scheme or parts.netloc or target.startswith(("/", "#")):
            continue
        path = posixpath.normpath(target or ".")
        if path == ".." or path.startswith("../"):
            return None
        paths.append(f"{path}/")
    # A folder URL ('a/', ending in '/') starts a path exactly when it is one of these: the
    # path up to one of its slashes.
    folders = {path[: i + 1] for path in paths for i, c in enumerate(path) if c == "/"}
    return SitePaths(tuple(paths), frozenset(folders))


def shared_folder(url: str, paths: SitePaths | None) -> str | None:
    """The folder of the page at `url` (a directory URL, 'a/b/') if its links to `paths`
    (from `site_paths`) read the same as from every other such page in that folder: 'a/'.

    From 'a/b/' the link to 'c/' is '../../c/', as from 'a/x/'; only a path inside the
    page's own folder ('a/b/' itself, 'a/b/d/') is linked differently, and then: None. So is
    any path when one climbs (`paths` None), a URL that is not a directory URL, and the home
    page ('').
    """
    if paths is None or not url.endswith("/") or url.startswith("/") or "://" in url:
        return None
    if url in paths.folders:  # some path starts with `url`
        return None
    return posixpath.dirname(url.removesuffix("/"))


def every_path(folder: Path) -> list[Path]:
    """Every file and folder below `folder` (Path.rglob), in the order `sorted` gives paths:
    by their parts, compared as a tuple (a thousand times quicker than comparing the paths,
    which the built site's checks did for each of its thousands of files)."""
    return sorted(folder.rglob("*"), key=lambda path: path.parts)
