"""Reading built HTML pages in tests (standard library only)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path


class _TextAndTags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)


def parse(html: str) -> _TextAndTags:
    parser = _TextAndTags()
    parser.feed(html)
    return parser


def article(path: Path) -> str:
    """The HTML of the page's main content (<article>), without theme chrome."""
    html = path.read_text(encoding="utf-8")
    match = re.search(r"<article\b.*?</article>", html, re.S)
    assert match, f"{path}: no <article>"
    return match.group(0)


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", "".join(parse(html).text)).strip()


def pages(site: Path) -> list[Path]:
    """Every content page of the built site."""
    return sorted(p for p in site.rglob("*.html") if "assets" not in p.parts)
