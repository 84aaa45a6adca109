"""What is new: "laatst gewijzigd" on each page, "Nieuw" in the catalogue, and the Atom feed
of new and changed practice examples and glossary readings (site/nieuw.xml).

Dates come from git (the last commit that touched a file, the commit that added it) or from
the front matter (an example's `datum`, a term's `stand`), never from the clock of the build:
the same sources give the same site. A copy that is not a git checkout, or a shallow clone
(whose history would date every file to its one commit), gets the front-matter dates only;
the publishing workflow checks out the full history (`fetch-depth: 0`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from xml.etree import ElementTree as ET

from markupsafe import Markup

from ..core import gitlog
from ..core.links import page_url
from ..core.text import dutch_date, excerpt
from .model import EXAMPLES_DIR, GLOSSARY_PAGE, PERSPECTIVES, Example, Site, Term

FEED = "nieuw.xml"  # generated into the site root: declare it with the site's outputs
FEED_PAGES = ("praktijkvoorbeelden.md", GLOSSARY_PAGE)  # they link the feed in their <head>
NEW_DAYS = 90
FEED_ENTRIES = 100
ATOM = "http://www.w3.org/2005/Atom"
AUTHOR = "werkgroep Sociaal Woonbeleid"


@dataclass(frozen=True)
class Revisions:
    """Dates from git, by path relative to the project root (YYYY-MM-DD)."""

    changed: Mapping[str, str] = field(default_factory=dict)  # the last commit touching it
    added: Mapping[str, str] = field(default_factory=dict)  # the commit that added it
    head: str | None = None  # the newest commit

    @classmethod
    def from_git(cls, root: Path) -> Revisions:
        def git(*args: str) -> str | None:
            return gitlog.git(root, *args)

        prefix = git("rev-parse", "--show-prefix")
        if prefix is None or (git("rev-parse", "--is-shallow-repository") or "").strip() != "false":
            return cls()
        prefix = prefix.strip()
        folders = ("docs", "glossary", "data")
        changed = _dates(
            git("log", "--format=@@%cs", "--name-only", "--no-renames", "--", *folders)
        )
        added = _dates(
            git("log", "--format=@@%cs", "--name-only", "--diff-filter=A", "--", *folders),
        )
        head = (git("log", "-1", "--format=%cs") or "").strip() or None
        strip = lambda dates: {p.removeprefix(prefix): d for p, d in dates.items()}  # noqa: E731
        return cls(strip(changed), strip(added), head)


def _dates(log: str | None) -> dict[str, str]:
    """`git log --format=@@%cs --name-only`, newest first -> {path: newest date}."""
    dates: dict[str, str] = {}
    current = None
    for line in (log or "").splitlines():
        if line.startswith("@@"):
            current = line[2:]
        elif line and current:
            dates.setdefault(line, current)
    return dates


# Dates of records and pages


def example_changed(example: Example, revisions: Revisions) -> str | None:
    return revisions.changed.get(f"docs/{example.src_path}") or example.datum


def example_added(example: Example, revisions: Revisions) -> str | None:
    return example.datum or revisions.added.get(f"docs/{example.src_path}")


def term_changed(term: Term, revisions: Revisions) -> str:
    return revisions.changed.get(f"glossary/{term.id}.yaml") or term.stand


def page_date(src_path: str, site: Site, revisions: Revisions) -> str | None:
    """When the page's content last changed: its file, or for generated pages their data."""
    folder, _, name = src_path.rpartition("/")
    if folder == EXAMPLES_DIR:
        return example_changed(site.example(name.removesuffix(".md")), revisions)
    dates = [revisions.changed.get(f"docs/{src_path}")]
    if src_path == GLOSSARY_PAGE:
        dates += [term_changed(t, revisions) for t in site.terms]
    return max((d for d in dates if d), default=None)


def reference_date(site: Site, revisions: Revisions) -> str | None:
    """The day "new" is counted back from: the newest commit, or the newest front-matter date
    when there is no git history."""
    if revisions.head:
        return revisions.head
    dates = [e.datum for e in site.examples if e.datum] + [t.stand for t in site.terms]
    return max(dates, default=None)


def new_examples(site: Site, revisions: Revisions, days: int = NEW_DAYS) -> dict[str, str]:
    """slug -> the day it was added, for the contributed examples added in the `days` before
    the reference date (the guide's own examples of 2021 are not new, whenever their file
    was committed)."""
    reference = reference_date(site, revisions)
    if not reference:
        return {}
    since = (date.fromisoformat(reference) - timedelta(days=days)).isoformat()
    found = {}
    for example in site.examples:
        added = example_added(example, revisions)
        if example.bron != "leidraad-2021" and added and since < added <= reference:
            found[example.slug] = added
    return found


def render_new_marker(added: str) -> Markup:
    return Markup(
        '<p class="voorbeeld-nieuw"><strong>Nieuw</strong> — toegevoegd op {}</p>'
    ).format(dutch_date(added))


def render_page_date(iso: str) -> Markup:
    return Markup(
        '<p class="laatst-gewijzigd">Laatst gewijzigd op <time datetime="{}">{}</time></p>'
    ).format(iso, dutch_date(iso))


# The feed


@dataclass(frozen=True)
class FeedEntry:
    title: str
    updated: str  # YYYY-MM-DD
    link: str  # absolute
    summary: str


def feed_entries(site: Site, revisions: Revisions, site_url: str) -> list[FeedEntry]:
    """Examples and glossary terms (with their readings), newest first; undated ones left out
    (Atom needs a date, and the build's clock is no source)."""
    base = site_url.rstrip("/") + "/"
    # An example's summary is made only if it is among the newest: the sort does not read it.
    dated = [
        (updated, e.titel, e) for e in site.examples if (updated := example_changed(e, revisions))
    ]
    dated.sort(key=lambda d: (d[0], d[1]), reverse=True)
    entries = [
        FeedEntry(title, updated, base + page_url(e.src_path), excerpt(e.tekst))
        for updated, title, e in dated[:FEED_ENTRIES]
    ]
    glossary = base + page_url(GLOSSARY_PAGE)
    for term in site.terms:
        voices = ", ".join(dict.fromkeys(PERSPECTIVES[x.perspectief] for x in term.lezingen))
        first = excerpt(term.lezingen[0].tekst, 160) if term.lezingen else ""
        entries.append(
            FeedEntry(
                f"Woordenlijst: {term.term}",
                term_changed(term, revisions),
                f"{glossary}#{term.id}",
                f"Lezingen van {voices}. {first}" if voices else first,
            )
        )
    entries.sort(key=lambda e: (e.updated, e.title), reverse=True)
    return entries[:FEED_ENTRIES]


def render_feed(entries: list[FeedEntry], site_url: str, site_name: str) -> str:
    """Atom 1.0 (RFC 4287): feed id, title, updated, author, self link; per entry id, title,
    updated, link and summary. Text is escaped by ElementTree."""
    base = site_url.rstrip("/") + "/"
    ET.register_namespace("", ATOM)

    def sub(parent, tag: str, text: str | None = None, **attributes) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attributes)
        element.text = text
        return element

    feed = ET.Element(f"{{{ATOM}}}feed", {"xml:lang": "nl-BE"})
    sub(feed, "id", base + FEED)
    sub(feed, "title", f"{site_name}: nieuw en gewijzigd")
    sub(
        feed, "subtitle", "Nieuwe en gewijzigde praktijkvoorbeelden en lezingen van de woordenlijst"
    )
    newest = max((e.updated for e in entries), default="2021-01-01")
    sub(feed, "updated", f"{newest}T00:00:00Z")
    sub(sub(feed, "author"), "name", AUTHOR)
    sub(feed, "link", rel="self", type="application/atom+xml", href=base + FEED)
    sub(feed, "link", rel="alternate", type="text/html", href=base)
    for entry in entries:
        item = sub(feed, "entry")
        sub(item, "id", entry.link)
        sub(item, "title", entry.title)
        sub(item, "updated", f"{entry.updated}T00:00:00Z")
        sub(item, "link", rel="alternate", type="text/html", href=entry.link)
        sub(item, "summary", entry.summary)
    return ET.tostring(feed, encoding="unicode", xml_declaration=True) + "\n"
