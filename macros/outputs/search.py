"""Site search with Pagefind: the built pages -> search records -> an index in site/pagefind/.

Material's own search (lunr) downloads the whole index before the first result and knows no
Dutch. Pagefind stems Dutch, splits its index into fragments (a query downloads only what it
needs) and runs without a server. This module decides what is indexed, as one record per
thing a visitor looks for:

- every page of the site, with its kind (bouwsteen, praktijkvoorbeeld, pagina);
- every glossary term and every partner as its own record (their sections on /woordenlijst/
  and /partners/ are not indexed a second time as part of those pages);
- copies are not indexed: the catalogue's entries and the examples framed on a bouwsteen page
  are found as the example's own page.

Each record carries words a visitor types that the page does not: every name of the glossary
terms it uses (abbreviation, synonyms, successor name), the parts of its compound words
("brand" for "woningbrand") and its words without accents. They are indexed with a low weight,
so a page that really says the word ranks first; a term's own record carries its names with
the highest weight, so the glossary entry comes first for an exact term or abbreviation.

The records are built from the HTML MkDocs wrote (handed over by `on_post_page`:
macros/views/built.py), so the published pages stay as MkDocs made them.
"""

from __future__ import annotations

import json
import re
import subprocess
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from markupsafe import escape
from selectolax.lexbor import LexborNode

from ..core.links import page_url
from ..core.sanitize import parse_html
from ..core.text import fold
from ..data.model import Site, Term
from ..pages.glossary import GLOSSARY_PAGE
from ..pages.partners import heading_text
from ..views.built import BuiltPage
from ..views.searchwords import (
    base_forms,
    merged_names,
    render_search_words,
    term_names,
    word_forms,
)

SEARCH_PAGE = "zoeken.md"
BUNDLE_DIR = "pagefind"
TERMS_FILE = "termen.json"
WORDS_FILE = "woorden.json"  # stop words, vocabulary, merged names: macros/views/searchwords.py
OPENSEARCH_FILE = "opensearch.xml"
SECTIONS_DIR = "_secties"  # records of page sections, for the indexer only
PARTNER_PAGE = "partners.md"
CATALOGUE_URL = "praktijkvoorbeelden/"

# Theme chrome and copies inside the article that are not indexed: by class, and by tag.
EXCLUDED_CLASSES = (
    "headerlink",  # the ¶ after each heading
    "md-content__button",  # "Wijzig deze pagina"
    "voorbeelden",  # the catalogue's entries: each example is found as its own page
    "praktijkvoorbeeld",  # an example framed on a bouwsteen page: idem
    "verwante-voorbeelden",  # the related examples under an example: idem
    "term-details",  # a term's sources, "zie ook" and "komt voor in": other things' names
    # The note on a term not checked for a year (macros/pages/glossary.py): hidden on the
    # page until it is due (docs/javascripts/nagekeken.js), an excerpt would quote it anyway.
    "term-verouderd",
    "laatst-gewijzigd",  # each page's date (macros/data/revisions.py)
    "nieuw-feed",  # the link to the feed
    # Page furniture, never in an excerpt (the words that matter are in the record's meta):
    "term-acties",  # "Link naar deze term", "Kopieer link"
    "term-synoniemen",  # "Ook: …" (the term's names are its `namen`)
    "lezing-kop",  # "Wonen — <source>" above a reading
    "lezing-bron",  # "Bron: …" under a reading
    "lezing-ontbreekt",  # "Nog geen lezing van Wonen — vul aan", "Stel een lezing … voor"
    "voorbeeld-kenmerken",  # an example's facts (they are its `kenmerken`)
    "partner-kenmerken",  # a partner's level and sector: "Actief in de gemeente · Wonen"
)
EXCLUDED_TAGS = ("form", "svg")
EXCLUDED = tuple(f".{c}" for c in EXCLUDED_CLASSES) + EXCLUDED_TAGS  # Pagefind selectors

# Metadata of a record (searchable, never in an excerpt; their weights in the ranking are
# set by docs/javascripts/zoeken.js): a term's or partner's own names, the words a page does
# not say in that form (its words' other forms the site uses: `vormen`) or at all (other
# names of its terms, compound parts, words without accents: `woorden`), an example's facts
# (`kenmerken`: municipalities with their names since the mergers, IGS, partners, themes),
# and a term's first readings of Wonen and Welzijn, shown with its result.
META_FIELDS = ("namen", "vormen", "woorden", "kenmerken", "wonen", "welzijn", "soort", "adres")
READING_LENGTH = 160  # characters of a reading shown under a term's result

# Compound splitting: the shortest part worth finding alone, and endings that are no word.
MIN_PART = 4
# Longer "words" are not split: the longest Dutch compounds of the site have about 35 letters
# ("arbeidsongeschiktheidsverzekering" has 33), and splitting costs the cube of a word's
# length. With this bound the splitting is linear in the text.
MAX_SPLIT = 48
SUFFIXES = frozenset(
    [
        "lijk",
        "lijke",
        "elijk",
        "elijke",
        "lijkheid",
        "heid",
        "heden",
        "ing",
        "ingen",
        "isch",
        "ische",
        "baar",
        "bare",
        "schap",
        "schappen",
        "loos",
        "loze",
        "atie",
        "aties",
        "teit",
        "iteit",
        "tjes",
        "erij",
        "erijen",
        "ster",
        "sters",
    ]
)

# Lists of other things at the end of a page, by kind and heading id: each is found itself.
LISTS = {
    "bouwsteen": ("praktijkvoorbeelden",),
}

# Not words of the language: cut-off excerpts ("huu…").
NOT_WORDS = re.compile(r"(?<!\w)\w+(?:…|\.\.\.)")
TOKEN = re.compile(r"\w+")
WORD = re.compile(r"[^\W\d_]+")


# Data


@dataclass(frozen=True)
class Record:
    """One search result: its URL (relative to the site root), kind, and HTML to index."""

    url: str
    kind: str
    html: str


KINDS = {
    "bouwsteen": "Bouwsteen",
    "praktijkvoorbeeld": "Praktijkvoorbeeld",
    "term": "Term",
    "partner": "Partner",
    "pagina": "Pagina",
}


# Vocabulary


class Vocabulary:
    """Finds which glossary terms a text uses, by any of their names."""

    def __init__(self, terms: Iterable[Term]):
        self.names: dict[str, tuple[str, ...]] = {}
        # first folded word of a name -> (folded name, term id); abbreviations match by case.
        self._by_word: dict[str, list[tuple[str, str]]] = {}
        self._abbreviations: dict[str, str] = {}
        terms = tuple(terms)
        by_id = {term.id: term for term in terms}
        for term in terms:
            self.names[term.id] = term_names(term, by_id)
            if term.afkorting:
                self._abbreviations[term.afkorting] = term.id
            for name in self.names[term.id]:
                if name == term.afkorting:
                    continue
                folded = fold(name)
                words = WORD.findall(folded)
                if words:
                    self._by_word.setdefault(words[0], []).append((folded, term.id))

    def used_in(self, text: str, words: set[str], folded_text: str) -> list[str]:
        """Ids of the terms `text` uses (`words`: its folded words; `folded_text`: folded)."""
        tokens = set(TOKEN.findall(text))
        found = {
            id
            for abbr, id in self._abbreviations.items()
            # A whole word ("OCMW", not "OCMWs"): one of the text's tokens, or found as such.
            if (abbr in tokens if TOKEN.fullmatch(abbr) else abbr in text and _has(abbr, text))
        }
        for word in words & self._by_word.keys():
            for name, id in self._by_word[word]:
                if id not in found and (
                    " " not in name or (name in folded_text and _has(name, folded_text))
                ):
                    found.add(id)
        return sorted(found)


def _has(name: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def compound_parts(word: str, lexicon: set[str], heads: set[str] | None = None) -> list[str]:
    """The later parts of a Dutch compound: 'woningbrand' -> ['brand'].

    A word splits where its head is a word of the site (`lexicon`, or one of `heads`, such as
    'woon' for 'wonen': searchwords.base_forms) and the rest, after a
    linking s ('leefbaarheidsplan' -> 'plan'), is a word of the site too; failing that, where
    head and rest are both long ('huurderssyndicaat' -> 'syndicaat'; after a base form
    'woonzorgcircuit' -> 'zorgcircuit', the rest longer still). Endings are no part
    ('gemeentelijk' stays whole); the rest may split again.
    """
    parts: list[str] = []
    if len(word) > MAX_SPLIT:
        return parts
    while len(word) >= 2 * MIN_PART:
        known, unknown = [], []
        for k in range(len(word) - MIN_PART, MIN_PART - 1, -1):
            in_lexicon = word[:k] in lexicon
            if not in_lexicon and (heads is None or word[:k] not in heads):
                continue
            # After a head that is only a base form, an unknown rest must be long.
            shortest = MIN_PART if in_lexicon and k > MIN_PART else MIN_PART + 1
            tails = [word[k:]] + ([word[k + 1 :]] if word[k] == "s" else [])
            for tail in tails:
                if len(tail) < MIN_PART or tail in SUFFIXES:
                    continue
                if tail in lexicon:
                    known.append(tail)
                elif len(tail) > shortest:
                    unknown.append(tail)
        tail = (known or unknown or [None])[0]
        if tail is None:
            break
        parts.append(tail)
        word = tail
    return parts


# Records


def page_kind(src_path: str, site: Site) -> str:
    """A page's kind, from the file it is made of (docs/…)."""
    return page_kinds({"": src_path}, site).get("", "pagina")


def page_kinds(sources: Mapping[str, str], site: Site) -> dict[str, str]:
    """Path in the site -> kind, for every page (MkDocs' dest_uri -> src_path in `sources`)
    that is not a plain page."""
    bouwstenen = {b.src_path for b in site.bouwstenen}
    examples = {e.src_path for e in site.examples}
    kinds = {}
    for dest, src in sources.items():
        if src in bouwstenen:
            kinds[dest] = "bouwsteen"
        elif src in examples:
            kinds[dest] = "praktijkvoorbeeld"
    return kinds


def indexed_text(html: str | LexborNode) -> str:
    """The text of `html` (or of a parsed element) as Pagefind indexes it: without the
    EXCLUDED elements."""
    node = html if isinstance(html, LexborNode) else parse_html(html).body
    parts: list[str] = []
    if node is not None:
        _collect_text(node, parts)
    return " ".join(" ".join(parts).split())


def _collect_text(node: LexborNode, parts: list[str]) -> None:
    for child in node.iter(include_text=True):
        if child.is_text_node:
            parts.append(child.text_content or "")
        elif child.is_element_node and not _excluded(child):
            _collect_text(child, parts)


def _excluded(node: LexborNode) -> bool:
    if node.tag.lower() in EXCLUDED_TAGS:
        return True
    classes = (node.attributes.get("class") or "").split()
    return any(c in EXCLUDED_CLASSES for c in classes)


def render_record(
    kind: str,
    body: str,
    extra: Iterable[str] = (),
    title: str = "",
    address: str = "",
    meta: dict[str, str] | None = None,
) -> str:
    """The HTML Pagefind indexes for one record: its content, and in metadata its kind and the
    words that are no content (META_FIELDS), so they are found but never shown in an excerpt.

    `address` (a section's URL relative to the site root) becomes the `adres` meta.
    """
    # A section's title is its heading in the body already: as meta, it is not said twice.
    fields = {"title": title, **(meta or {}), "woorden": " ".join(dict.fromkeys(extra))}
    if address:
        fields["adres"] = address
    # Written with f-strings for speed (one record per page and section, on every build):
    # every value but `body` (finished HTML) goes through `escape`.
    hidden = "".join(
        f'<p data-pagefind-meta="{escape(name)}">{escape(value)}</p>'
        for name, value in fields.items()
        if value
    )
    return (
        '<!doctype html><html lang="nl"><body><main data-pagefind-body '
        f'data-pagefind-filter="soort:{escape(kind)}" data-pagefind-meta="soort:'
        f'{escape(KINDS[kind])}">{body}<div data-pagefind-ignore>{hidden}</div></main></body>'
        "</html>"
    )


def first_reading(term: Term, perspectief: str, length: int = READING_LENGTH) -> str:
    """The start of the term's first reading of `perspectief` (wonen, welzijn), whole words."""
    readings = term.lezingen_van(perspectief)
    if not readings:
        return ""
    text = " ".join(readings[0].tekst.split())
    if len(text) <= length:
        return text
    return text[:length].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def split_sections(body: str, tag: str, ids: Iterable[str]) -> tuple[str, dict[str, str]]:
    """Cut the sections that start with `<tag id="…">` (for `ids`) out of `body`.

    A section ends at the next such heading or at the next heading of a higher level.
    Returns the rest of the body and the sections by id.
    """
    level = int(tag[1])
    higher = "|".join(f"h{n}" for n in range(1, level + 1))
    starts = [
        (m.start(), m.group(1))
        for m in re.finditer(rf'<{tag}\b[^>]*\bid="([^"]+)"', body)
        if m.group(1) in set(ids)
    ]
    sections: dict[str, str] = {}
    rest, position = [], 0
    for start, id in starts:
        rest.append(body[position:start])
        after = re.compile(rf"<(?:{higher})\b").search(body, start + 1)
        end = after.start() if after else len(body)
        sections[id] = body[start:end]
        position = end
    rest.append(body[position:])
    return "".join(rest), sections


@dataclass(frozen=True)
class Page:
    url: str
    body: str
    text: str
    kind: str = "pagina"


def read_pages(built: Iterable[BuiltPage], skip: Iterable[str]) -> list[Page]:
    """The article of every built page (URL relative to the site root), but `skip`."""
    skipped = set(skip)
    pages = []
    for page in built:
        if page.url in skipped or page.url.startswith(("assets/", BUNDLE_DIR + "/")):
            continue
        article = page.tree.css_first("article")
        if page.article is not None and article is not None:
            pages.append(Page(page.url, page.article, indexed_text(article), page.kind))
    return pages


def example_facts(site: Site) -> dict[str, str]:
    """URL of each example -> its facts as words to find it by: its municipalities with the
    names they go with since the mergers (data/fusies.yaml: an example of Bilzen is found by
    "Bilzen-Hoeselt", one of Bilzen-Hoeselt by "Bilzen"), IGS, partners and themes."""
    merged = merged_names(site)
    facts = {}
    for example in site.examples:
        names = [n for g in example.gemeenten for n in (g, *merged.get(fold(g), ()))]
        names += [site.igs_by_id(i).naam for i in example.igs]
        names += [site.partner(p).naam for p in example.partners]
        names += [site.thema(t).naam for t in example.themas]
        facts[f"{CATALOGUE_URL}{example.slug}/"] = " · ".join(dict.fromkeys(names))
    return facts


def build_records(pages: list[Page], site: Site) -> list[Record]:
    """One record per page, glossary term and partner, each with the words it lacks."""
    vocabulary = Vocabulary(site.terms)
    folded = {page.url: fold(page.text) for page in pages}
    lexicon = {
        w
        for text in folded.values()
        for w in WORD.findall(NOT_WORDS.sub(" ", text))
        if len(w) >= MIN_PART
    }
    forms = word_forms(lexicon)
    heads = base_forms(lexicon)
    splits: dict[str, list[str]] = {}

    def extra_words(text: str, folded_text: str | None = None) -> tuple[list[str], list[str]]:
        """The words `text` lacks: other names and parts, and its words' other forms."""
        folded_text = folded_text if folded_text is not None else fold(text)
        words = set(WORD.findall(folded_text))
        extra = [
            n for id in vocabulary.used_in(text, words, folded_text) for n in vocabulary.names[id]
        ]
        other_forms = []
        for word in sorted(words):
            if word not in splits:
                splits[word] = compound_parts(word, lexicon, heads)
            extra += splits[word]
            other_forms += [f for f in forms.get(word, ()) if f not in words]
        extra += sorted({fold(w) for w in WORD.findall(text) if not w.isascii()})
        return extra, other_forms

    glossary_url = page_url(GLOSSARY_PAGE)
    partner_url = page_url(PARTNER_PAGE)
    terms = {t.id: t for t in site.terms}
    partners = {p.id: p for p in site.partners}
    facts = example_facts(site)
    records = []
    for page in pages:
        body = page.body
        if page.url == glossary_url:
            body, sections = split_sections(body, "h2", terms)
            for id, section in sections.items():
                url = f"{page.url}#{id}"
                names = vocabulary.names[id]
                words, other_forms = extra_words(indexed_text(section))
                meta = {
                    "namen": " · ".join(names),
                    "vormen": " ".join(other_forms),
                    "wonen": first_reading(terms[id], "wonen"),
                    "welzijn": first_reading(terms[id], "welzijn"),
                }
                html = render_record("term", section, words, names[0], url, meta)
                records.append(Record(url, "term", html))
        elif page.url == partner_url:
            body, sections = split_sections(body, "h3", partners)
            for id, section in sections.items():
                url = f"{page.url}#{id}"
                partner = partners[id]
                names = [n for n in (partner.naam, partner.afkorting, partner.kort) if n]
                words, other_forms = extra_words(indexed_text(section))
                meta = {"namen": " · ".join(names), "vormen": " ".join(other_forms)}
                html = render_record("partner", section, words, heading_text(partner), url, meta)
                records.append(Record(url, "partner", html))
        kind = page.kind
        if kind in LISTS:
            body, _ = split_sections(body, "h2", LISTS[kind])
        text = page.text if body is page.body else indexed_text(body)
        words, other_forms = extra_words(text, folded[page.url] if body is page.body else None)
        meta = {"vormen": " ".join(other_forms), "kenmerken": facts.get(page.url, "")}
        records.append(Record(page.url, kind, render_record(kind, body, words, meta=meta)))
    return records


# Writing the index and its companions


def record_path(url: str) -> str:
    """Where a record is written for the indexer: a page at its own path, a section (term,
    partner) under a folder no page uses, its address kept in the `adres` meta."""
    page, _, anchor = url.partition("#")
    if anchor:
        return f"{SECTIONS_DIR}/{page}{anchor}/index.html"
    return f"{page}index.html"


INDEX_TIMEOUT = 600  # seconds Pagefind may take; a build of 10,000 examples takes some 30


class Indexing:
    """Pagefind at work on `records`, in its own process, into site_dir/pagefind/: started
    when the records are made, so that the build goes on with what does not need the index
    (the exports, the feed) while Pagefind works on another core; `finish` waits for it.

    The records are written to a temporary folder and indexed there in one run (Pagefind's
    Python API answers one file per 0.1 s, far too slow for a thousand examples).
    """

    def __init__(self, records: list[Record], site_dir: Path) -> None:
        from pagefind.service import get_executable

        executable = get_executable()
        if executable is None:
            raise FileNotFoundError("het programma pagefind ontbreekt")
        self.bundle = site_dir / BUNDLE_DIR
        self.before = (
            {p for p in self.bundle.rglob("*") if p.is_file()} if self.bundle.is_dir() else set()
        )
        self._folder = tempfile.TemporaryDirectory(prefix="zoekindex-")
        folder = Path(self._folder.name)
        for record in records:
            path = folder / "site" / record_path(record.url)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(record.html, encoding="utf-8")
        config = {
            "site": "site",
            "output_path": str(self.bundle.resolve()),
            "force_language": "nl",
            "exclude_selectors": list(EXCLUDED),
        }
        (folder / "pagefind.json").write_text(json.dumps(config), encoding="utf-8")
        self._process = subprocess.Popen(
            [str(executable), "--quiet"],
            cwd=folder,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )

    def finish(self) -> set[Path]:
        """Wait for Pagefind; the files it wrote. A Pagefind that fails or takes longer than
        `INDEX_TIMEOUT` stops the build."""
        try:
            output, _ = self._process.communicate(timeout=INDEX_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise RuntimeError(
                f"pagefind: de zoekindex was na {INDEX_TIMEOUT} seconden niet klaar"
            ) from None
        finally:
            self.stop()
        if self._process.returncode != 0:
            raise RuntimeError(f"pagefind: {output}".strip())
        return {p for p in self.bundle.rglob("*") if p.is_file() and p not in self.before}

    def stop(self) -> None:
        """End Pagefind if it still runs (the build failed on the way), remove its folder."""
        if self._process.poll() is None:
            self._process.kill()
            self._process.communicate()
        self._folder.cleanup()


def render_terms_json(site: Site) -> str:
    """The glossary's names for suggestions after a search without results."""
    glossary_url = page_url(GLOSSARY_PAGE)
    by_id = {t.id: t for t in site.terms}
    return json.dumps(
        [
            {"term": t.term, "url": f"{glossary_url}#{t.id}", "namen": list(term_names(t, by_id))}
            for t in site.terms
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def render_opensearch(site_name: str, site_url: str) -> str:
    """OpenSearch description: search this site from the browser's address bar."""
    template = f"{site_url}{page_url(SEARCH_PAGE)}?q={{searchTerms}}"
    short = site_name  # the specification allows 16 characters: whole words that fit
    while len(short) > 16 and " " in short:
        short = short.rsplit(" ", 1)[0]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">\n'
        f"  <ShortName>{escape(short[:16])}</ShortName>\n"
        f"  <Description>Zoeken in {escape(site_name)}</Description>\n"
        "  <InputEncoding>UTF-8</InputEncoding>\n"
        "  <Language>nl-BE</Language>\n"
        f'  <Url type="text/html" method="get" template="{escape(template)}"/>\n'
        "</OpenSearchDescription>\n"
    )


def start_search(site: Site, built: Iterable[BuiltPage], site_dir: Path) -> Indexing:
    """After the build: the search records, and Pagefind started on them (`finish_search`)."""
    pages = read_pages(built, skip=[page_url(SEARCH_PAGE)])
    return Indexing(build_records(pages, site), site_dir)


def finish_search(
    indexing: Indexing, site: Site, site_dir: Path, site_name: str, site_url: str
) -> set[str]:
    """The Pagefind index once it is written, the terms and words for suggestions and
    corrections, the OpenSearch file.

    Returns the files written, relative to `site_dir` (for the manifest,
    macros/publish/publish.py).
    """
    written = indexing.finish()
    folder = site_dir / page_url(SEARCH_PAGE)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / TERMS_FILE).write_text(render_terms_json(site), encoding="utf-8")
    (folder / WORDS_FILE).write_text(render_search_words(site), encoding="utf-8")
    (site_dir / OPENSEARCH_FILE).write_text(render_opensearch(site_name, site_url), "utf-8")
    written |= {folder / TERMS_FILE, folder / WORDS_FILE, site_dir / OPENSEARCH_FILE}
    return {p.relative_to(site_dir).as_posix() for p in written}
