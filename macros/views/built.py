"""The built site's pages, each parsed once after the build.

MkDocs hands over each page's HTML as it writes it (hook `on_post_page`, macros/__init__.py):
the pages are not read back from disk, and each comes with its kind, known from its source.
Two jobs use every built page: the search records (macros/outputs/search.py: the text of each page's
article) and the last check that nothing loads from outside the site (macros/core/sanitize.py). Each
page is parsed once here, as a browser parses it (Lexbor, an HTML5 parser in C, via
selectolax), and what the check finds in it is kept with its text. The check, which runs last
over every file of the site, parses again only a file that was not read here or has changed.

Of a practice example's page (a thousand pages from one template) only the content, its
<article>, is parsed and checked: the frame around it is the theme's, filled with validated
fields, and is checked in full on every other page. That keeps one more example cheap.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser

from ..core.sanitize import outside_loads, parse_html

ARTICLE = re.compile(r"<article\b[^>]*>(?P<body>.*)</article>", re.S)


@dataclass(frozen=True)
class BuiltPage:
    url: str  # relative to the site root: "" for the home page, "a/b/" for a/b/index.html
    path: str  # the file, relative to the site folder
    text: str
    tree: LexborHTMLParser
    article: str | None  # what the page's <article> holds, as written
    kind: str = "pagina"  # bouwsteen, praktijkvoorbeeld or pagina (macros/outputs/search.py)


@dataclass
class BuiltPages:
    """Every page of the built site, as MkDocs wrote it, parsed as it is iterated."""

    html: Mapping[str, str]  # path in the site (MkDocs' dest_uri) -> the HTML written there
    site_host: str | None
    content_only: frozenset[str] = frozenset()  # paths of pages checked from <article> on
    kinds: Mapping[str, str] = field(default_factory=dict)  # path -> kind, if not "pagina"
    # path: (text, what the check found in it), for `sanitize.check_built_site`
    seen: dict[str, tuple[str, list[tuple[int, str]]]] = field(default_factory=dict)

    def __iter__(self) -> Iterator[BuiltPage]:
        for path, text in sorted(self.html.items()):
            if not path.endswith("index.html"):
                continue
            match = ARTICLE.search(text)
            if match and path in self.content_only:
                content = match.group(0)
                tree = parse_html(content)
                before = text.count("\n", 0, match.start())
                found = [
                    (line + before if line else 0, message)
                    for line, message in outside_loads(content, self.site_host, tree)
                ]
            else:
                tree = parse_html(text)
                found = outside_loads(text, self.site_host, tree)
            self.seen[path] = (text, found)
            url = path.removesuffix("index.html")
            article = match["body"] if match else None
            yield BuiltPage(url, path, text, tree, article, self.kinds.get(path, "pagina"))
