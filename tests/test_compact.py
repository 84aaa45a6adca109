"""Leaner pages that render the same (macros/outputs/compact.py), and the built site
written that way."""

from __future__ import annotations

import json
import random
import re
from html.parser import HTMLParser

import pytest
from jinja2.utils import htmlsafe_json_dumps

from macros.data.abbreviations import abbreviation_targets
from macros.data.site import load_site
from macros.outputs.compact import (
    ABBREVIATIONS_ID,
    abbreviations_used,
    collapse_whitespace,
    compact_page,
    keep_used_abbreviations,
    shared_part,
)


class _Tokens(HTMLParser):
    """A page as a browser's parser sees it, with whitespace in text as the layout treats it
    (a run is one space), except inside <pre>, <textarea>, <script> and <style>."""

    KEEP = frozenset({"pre", "textarea", "script", "style"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tokens: list[tuple] = []
        self.text = ""
        self.keep = 0

    def flush(self):
        if self.text:
            self.tokens.append(("text", self.text if self.keep else re.sub(r"\s+", " ", self.text)))
            self.text = ""

    def handle_starttag(self, tag, attrs):
        self.flush()
        self.tokens.append(("start", tag, tuple(attrs)))
        self.keep += tag in self.KEEP

    def handle_endtag(self, tag):
        self.flush()
        self.tokens.append(("end", tag))
        self.keep -= tag in self.KEEP

    def handle_data(self, data):
        self.text += data

    def handle_comment(self, data):
        self.flush()
        self.tokens.append(("comment", data))


def rendered(page: str) -> list[tuple]:
    parser = _Tokens()
    parser.feed(page)
    parser.close()
    parser.flush()
    return parser.tokens


PAGE = """<!doctype html>
<html lang="nl">
  <head>
    <meta name="description" content="twee
      regels">
    <script>
      var a = `een
          twee`;
    </script>
    <style>
      p   { color: red }
    </style>
  </head>
  <body>
    <div class="md-grid"  data-x='a
       b'>
      <p>Tekst
         met   een
         afbreking en <em>nadruk</em>
         verder.</p>
      <pre><code>def f():
    return  1

        # ingesprongen
</code></pre>
      <textarea>
  regel
      twee
</textarea>
      <!-- een
           opmerking -->
      <svg><text>label
          kaart</text></svg>
    </div>
  </body>
</html>
"""


def test_collapse_keeps_what_the_browser_shows():
    compacted = collapse_whitespace(PAGE)
    assert rendered(compacted) == rendered(PAGE)
    assert len(compacted) < len(PAGE)


def test_collapse_leaves_preformatted_content_scripts_and_tags_alone():
    compacted = collapse_whitespace(PAGE)
    for kept in (
        "<pre><code>def f():\n    return  1\n\n        # ingesprongen\n</code></pre>",
        "<textarea>\n  regel\n      twee\n</textarea>",
        "var a = `een\n          twee`;",
        "p   { color: red }",
        'content="twee\n      regels"',
        "data-x='a\n       b'",
        "<!-- een\n           opmerking -->",
    ):
        assert kept in compacted, kept
    assert "<p>Tekst\nmet   een\nafbreking en <em>nadruk</em>\nverder.</p>" in compacted


def test_collapse_is_idempotent_and_keeps_text_without_line_breaks():
    once = collapse_whitespace(PAGE)
    assert collapse_whitespace(once) == once
    line = "<p>a  b\tc</p>"
    assert collapse_whitespace(line) == line


@pytest.mark.parametrize(
    "page",
    [
        "<pre>open en nooit gesloten\n    ingesprongen",
        "<p>een < twee\n   en drie</p>",
        "<script>niet gesloten\n   var x;",
        "<" * 5000 + "\n   " * 5000,
        "<!-- open\n   " * 50,
        '<a title="x > y\n   z">en\n   verder</a>',
        "<a title='open\n   " * 50,
    ],
)
def test_collapse_handles_unfinished_markup(page):
    compacted = collapse_whitespace(page)
    assert rendered(compacted) == rendered(page)


DATA = {
    "OCMW": {"id": "ocmw", "term": "Openbaar Centrum voor Maatschappelijk Welzijn"},
    "SVK": {"id": "sociaal-verhuurkantoor", "term": "Sociaal verhuurkantoor"},
    "R&D": {"id": "r-en-d", "term": "<Onderzoek> & 'ontwikkeling'"},
}


def with_data(body: str) -> str:
    data = htmlsafe_json_dumps(DATA, sort_keys=True)  # as the theme's tojson writes it
    return (
        f'<head><script type="application/json" id="{ABBREVIATIONS_ID}" '
        f'data-woordenlijst="../woordenlijst/">{data}</script></head><body>{body}</body>'
    )


def map_in(page: str) -> dict:
    match = re.search(rf'id="{ABBREVIATIONS_ID}"[^>]*>(.*?)</script>', page, re.S)
    return json.loads(match.group(1))


def test_only_the_abbreviations_a_page_shows_are_kept():
    page = with_data(
        '<p>Het <abbr title="Openbaar Centrum">OCMW</abbr> en <abbr>R&amp;D</abbr></p>'
    )
    assert abbreviations_used(page) == {"OCMW", "R&D"}
    kept = keep_used_abbreviations(page)
    assert map_in(kept) == {"OCMW": DATA["OCMW"], "R&D": DATA["R&D"]}
    # Written as the theme writes it (Jinja's tojson): nothing in it can close the element.
    assert "<Onderzoek>" not in kept and "\\u003cOnderzoek\\u003e" in kept
    assert 'data-woordenlijst="../woordenlijst/"' in kept


def test_a_page_without_abbreviations_keeps_an_empty_map_and_one_without_a_map_is_unchanged():
    assert map_in(keep_used_abbreviations(with_data("<p>Niets.</p>"))) == {}
    plain = "<p>Het <abbr>OCMW</abbr>.</p>"
    assert keep_used_abbreviations(plain) == plain


def test_every_built_page_is_compact_and_maps_exactly_its_abbreviations(site, root):
    targets = abbreviation_targets(load_site(root))
    pages = sorted(site.rglob("*.html"))
    assert len(pages) == len(list(site.rglob("index.html"))) + 1  # and 404.html
    shown_anywhere: set[str] = set()
    for path in pages:
        page = path.read_text(encoding="utf-8")
        name = path.relative_to(site)
        assert compact_page(page) == page, f"{name} is not written compactly"
        assert f'id="{ABBREVIATIONS_ID}"' in page, name
        shown = abbreviations_used(page)
        shown_anywhere |= shown
        # Each abbreviation the page shows that the glossary knows leads to its entry; no other.
        assert map_in(page) == {s: targets[s] for s in shown if s in targets}, name
    assert shown_anywhere & set(targets), "no page shows an abbreviation of the glossary"


# A shared part of many pages (the theme's navigation, header, footer) is compacted once and
# stands in the page as a key: the page written is the one compacting the whole page gives.
KEY = "woonkansen0123456789abcdefdeel0"
PIECES = [
    "\n   ",
    "  ",
    "\n",
    "tekst",
    "<p>",
    "</p>",
    "<pre>\n  a\n  </pre>",
    "<pre>\n  open",
    "<!-- c\n  -->",
    "<!-- open\n  ",
    '<a title="x\n  y">',
    "<a title='open\n  ",
    "<script>\n  s",
    "</script>",
    "<",
    ">",
    '"',
    "<abbr>OCMW</abbr>",
    "<abbr>SVK",
    "</abbr>",
    "\x00",  # the joiner collapse_whitespace uses between text parts
]


def standing(before: str, html: str, after: str) -> tuple[str, str]:
    """(the page as the theme writes it, the page with the part standing in it as its key)."""
    part = shared_part(html)
    return before + html + after, f"{before}{part.lead}{KEY}{part.trail}{after}"


def test_a_page_with_a_shared_part_is_compacted_as_the_whole_page():
    rng = random.Random(11)
    checked = 0
    for _ in range(4000):
        before, html, after = (
            "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 6))) for _ in range(3)
        )
        whole, page = standing(before, html, after)
        part = shared_part(html)
        assert compact_page(page, {KEY: part}) == compact_page(whole), (before, html, after)
        checked += part.compact is not None
    assert checked > 1000  # most parts were put in place compacted, not the whole page again


def test_a_page_with_the_abbreviation_map_in_a_shared_part_maps_exactly_its_abbreviations():
    head = with_data("").split("<body>")[0]
    for used in ("", '<abbr title="Openbaar Centrum">OCMW</abbr>', "<abbr>R&amp;D</abbr> en"):
        whole, page = standing("<html>\n  ", head + "\n  ", f"<body>\n  <p>{used}</p></body>")
        assert compact_page(page, {KEY: shared_part(head)}) == compact_page(whole)


@pytest.mark.parametrize(
    "before, html, after",
    [
        ('<a title="', "<nav>\n  x</nav>", '">'),  # the key would stand in a tag
        ("<!-- ", "<nav>\n  x</nav>", " -->"),  # in a comment
        ("<script>", "<nav>\n  x</nav>", "</script>"),  # in a kept element
        ("<p>", "<nav>\n  <pre>open", "\n  </pre></p>"),  # the part leaves its scan inside
        ("<p>", "<nav title='open", "'>\n  x</p>"),
    ],
)
def test_a_shared_part_that_does_not_stand_in_text_gives_the_whole_page(before, html, after):
    whole, page = standing(before, html, after)
    assert compact_page(page, {KEY: shared_part(html)}) == compact_page(whole)


def test_a_shared_part_keeps_its_surrounding_whitespace_in_the_page():
    part = shared_part("\n    <nav>\n      <a>x</a>\n    </nav>\n  ")
    assert (part.lead, part.core, part.trail) == (
        "\n    ",
        "<nav>\n      <a>x</a>\n    </nav>",
        "\n  ",
    )
    assert part.compact == "<nav>\n<a>x</a>\n</nav>"
    assert shared_part("<pre>open").compact is None
    assert shared_part(" \n ").compact is None


def test_a_key_that_stands_twice_in_a_page_stops_the_build():
    part = shared_part("<nav>\n  x</nav>")
    for page in (f"<p>{KEY}</p><p>{KEY}</p>", f'<a title="{KEY}">{KEY}</a>', "<p>zonder</p>"):
        with pytest.raises(ValueError, match="niet precies één keer"):
            compact_page(page, {KEY: part})
