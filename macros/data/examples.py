"""Practice examples: one Markdown file each, validated, and the views generated from them.

Contributors write docs/praktijkvoorbeelden/<slug>.md with Dutch front matter. MkDocs ignores
broken front matter silently, so every file in that folder is parsed and validated here; a
mistake fails the build with a Dutch message naming file, line and field.

Example pages are never rendered by Jinja: their text is shown as written. The text is
untrusted: it is rendered with the site's Markdown settings and the HTML must pass the allowlist
in macros/core/sanitize.py unchanged; raw HTML is refused (see CONTRIBUTING.md).
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from markdown.extensions.toc import slugify as toc_slugify
from markdown.extensions.toc import unique
from markupsafe import Markup, escape
from mkdocs.structure.toc import AnchorLink, TableOfContents, get_toc
from mkdocs.utils.meta import YAML_RE as MKDOCS_FRONT_MATTER
from pymdownx.snippets import SnippetPreprocessor

from ..core.leidraad import GUIDE_EXAMPLES, load_guide_text, norm
from ..core.links import href, link
from ..core.report import contact_date, fallback_html, report_link
from ..core.sanitize import URL_SCHEMES, Checker, Rendered
from ..core.text import (
    dutch_date,
    fold_words,
    md_escape,
    plain_text,
    search_fold,
    shortened,
    slugify,
    split_footnotes,
    without_accents,
)
from ..core.validation import Problems, check_schema, check_text, parse_yaml, title_key
from .model import (
    CATALOGUE_PAGE,
    EXAMPLES_DIR,
    SLUG,
    Example,
    Site,
    check_member,
    read_text,
    rel,
)
from .vocabulary import Vocabulary, example_vocabularies

# Loader

FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<yaml>.*?)^---[ \t]*(?:\r?\n|\Z)", re.S | re.M)
# The include syntax exactly as pymdownx.snippets recognises it (inline and block form). The
# site does not load that extension, so nothing is ever included; a contribution that tries is
# refused so that nobody reviewing it has to wonder.
SNIPPET_LINE = SnippetPreprocessor.RE_ALL_SNIPPETS
RESERVED_NAMES = {"index.md", "readme.md"}
# The guide's own examples say so; a contribution says `bijdrage` (macros/core/leidraad.py checks).
GUIDE_SOURCE = "leidraad-2021"
MIN_GUIDE_WORDS = 6  # a paragraph of the guide's own examples has at least 15
# The guide's examples are 1 to 3 KB; a contribution may be a few times longer, not more.
MAX_EXAMPLE_BYTES = 32 * 1024
MAX_BODY_BYTES = 16 * 1024
FOOTNOTE_MARK = re.compile(r"\[\^[^\]\s]{1,20}\]:?")
# The template's values are visible placeholders the build refuses until they are replaced,
# so a file made from it without changes can never be published with made-up data.
PLACEHOLDER = "VUL-IN"
_PLACEHOLDER = re.compile(re.escape(PLACEHOLDER), re.I)
PLACEHOLDER_HINTS = {
    "bestandsnaam": "noem het bestand naar gemeente en onderwerp, bv. “genk-woonloket-aan-huis.md”",
    "titel": "schrijf een korte titel, bv. “Genk: woonloket aan huis”",
    "bouwstenen": "schrijf de nummers van de bouwstenen (1 t/m 8), bv. [2, 5]",
    "gemeenten": "schrijf de gemeente(n), bv. [Genk], of [] als je geen gemeente noemt",
    "igs": "schrijf het IGS, bv. [gaoz], of [] als er geen IGS meewerkte",
    "partners": "schrijf de partners, bv. [ocmw, caw], of [] als je er geen noemt",
    "themas": "schrijf één tot drie thema's, bv. [woonkwaliteit]",
    "contact": "schrijf een contact van de contactpagina, bv. hasselt, of verwijder de regel",
    "bron": "schrijf bijdrage",
    "datum": "schrijf de datum van vandaag, bv. 2026-11-26",
    "tekst": "vervang die zin door de tekst van je voorbeeld",
}
AMBIGUOUS_FRONT_MATTER = (
    "de gegevens bovenaan worden niet eenduidig gelezen: begin en eindig ze met een regel "
    "met alleen “---” (gebruik “...” niet) en laat er een regel tekst op volgen"
)


def load_examples(root: Path, site: Site, checker: Checker) -> tuple[Example, ...]:
    problems = checker.problems
    folder = root / "docs" / EXAMPLES_DIR
    if not folder.is_dir():
        return ()
    examples: list[Example] = []
    seen_slugs: dict[str, str] = {}
    taken = catalogue_ids(root, site)
    vocabularies = example_vocabularies(site)
    # Valid names first, so of two clashing names the malformed one is reported.
    for path in sorted(folder.iterdir(), key=lambda p: (not SLUG.match(p.stem), p.name)):
        file = rel(path, root)
        if path.name.lower() in RESERVED_NAMES:
            problems.add(
                file,
                f"“{path.name}” is geen geldige naam voor een praktijkvoorbeeld (die naam is "
                f"voorbehouden); noem het bestand naar gemeente en onderwerp, bv. "
                "“genk-woonloket-aan-huis.md”",
                "bestandsnaam",
            )
            continue
        if path.is_dir():
            problems.add(
                file,
                "submappen horen hier niet: zet elk voorbeeld als één .md-bestand "
                f"rechtstreeks in docs/{EXAMPLES_DIR}/",
            )
            continue
        if path.suffix != ".md":
            problems.add(
                file,
                "in deze map horen alleen praktijkvoorbeelden als .md-bestand; "
                "dit bestand komt niet op de site (verwijder het of hernoem het naar .md)",
            )
            continue
        slug = path.stem
        # Names that differ only in case, accents or separators give the same web address
        # and clash on Windows and macOS: the second one is a duplicate.
        key = slugify(slug)
        if key in seen_slugs:
            problems.add(
                file,
                f"geeft hetzelfde webadres als {seen_slugs[key]}; kies een andere bestandsnaam",
                "bestandsnaam",
            )
            continue
        seen_slugs[key] = file
        if not SLUG.match(slug):
            problems.add(
                file,
                f"de bestandsnaam is ongeldig: gebruik kleine letters, cijfers en "
                f"streepjes, bv. “{key or 'gemeente-onderwerp'}.md”",
                "bestandsnaam",
            )
            continue
        if slug in taken:
            # The catalogue gives every example the id of its name: this one would take over
            # the anchor of a heading or a control of the page itself.
            problems.add(
                file,
                f"“{slug}” is al een id op de catalogus (/{CATALOGUE_PAGE.removesuffix('.md')}/"
                "); kies een andere bestandsnaam, bv. met de gemeente ervoor",
                "bestandsnaam",
            )
            continue
        example = load_example(path, root, site, checker, vocabularies)
        if example is not None:
            examples.append(example)
    titles: dict[str, str] = {}
    for example in examples:
        key = title_key(example.titel)
        if key in titles:
            problems.add(
                f"docs/{example.src_path}",
                f"“{example.titel}” is ook de titel van "
                f"{titles[key]}; kies een titel die dit voorbeeld onderscheidt",
                "titel",
            )
        titles.setdefault(key, f"docs/{example.src_path}")
    return tuple(examples)


HEADING = re.compile(r"^#{1,6}\s+(?P<text>.+?)(?:\s*\{\s*#(?P<id>[^\s}]+)[^}]*\})?\s*$", re.M)
ID = re.compile(r'\bid="([^"]+)"')


def catalogue_ids(root: Path, site: Site) -> set[str]:
    """The ids the catalogue page has without any example: its headings and its filters."""
    path = root / "docs" / CATALOGUE_PAGE
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    ids = {m["id"] or toc_slugify(m["text"], "-") for m in HEADING.finditer(text)}
    return ids | set(ID.findall(render_catalogue(site, CATALOGUE_PAGE)))


def load_example(
    path: Path,
    root: Path,
    site: Site,
    checker: Checker,
    vocabularies: Mapping[str, Vocabulary] | None = None,
) -> Example | None:
    """One example file, read, parsed and rendered once: its record holds the checked HTML
    of its page (`Example.html`), which the page shows as it is (macros/hooks.py)."""
    file = rel(path, root)
    problems = checker.problems
    text = read_text(path, root, problems)
    if text is None or not check_text(text, file, problems, limit=MAX_EXAMPLE_BYTES):
        return None
    if not text.startswith("---"):
        problems.add(
            file,
            "begint niet met de gegevens (front matter): de eerste regel moet "
            "“---” zijn, zie het sjabloon in .github/praktijkvoorbeeld-sjabloon.md",
            line=1,
        )
        return None
    match = FRONT_MATTER.match(text)
    if not match:
        problems.add(
            file,
            "de gegevens bovenaan (front matter) worden niet afgesloten met een regel “---”",
            line=1,
        )
        return None
    # MkDocs finds the front matter itself (and ends it at "..." as well as "---"): it must
    # end where it ends here, or a field could reach MkDocs without passing the schema.
    theirs = MKDOCS_FRONT_MATTER.match(text.replace("\r\n", "\n"))
    if theirs is None or theirs.end() != len(text[: match.end()].replace("\r\n", "\n")):
        problems.add(file, AMBIGUOUS_FRONT_MATTER, line=1)
        return None
    before = len(problems)
    parsed = parse_yaml(match["yaml"], file, problems, line_offset=1)
    if parsed is None:
        if len(problems) == before:
            problems.add(file, "de gegevens bovenaan (front matter) zijn leeg", line=2)
        return None
    data, lines = parsed
    if not isinstance(data, dict):
        problems.add(file, "de gegevens bovenaan moeten velden zijn, zoals “titel: …”", line=2)
        return None
    body_line = text[: match.end()].count("\n") + 1
    if not check_placeholders(
        path.stem, data, lines, text[match.end() :], body_line, file, problems
    ):
        return None
    if "render_macros" in data:
        problems.add(
            file,
            "is niet toegelaten in een praktijkvoorbeeld: sjablooncode in een "
            "bijdrage wordt nooit uitgevoerd",
            "render_macros",
            lines.get(("render_macros",)),
        )
        data = {k: v for k, v in data.items() if k != "render_macros"}
    if not check_schema(data, "praktijkvoorbeeld", file, lines, problems):
        return None
    # MkDocs never parses this front matter: it is given the text without it (macros/hooks.py,
    # `on_page_read_source`), so the fields it reads are the ones checked here.

    body = text[match.end() :]
    vocabularies = vocabularies or example_vocabularies(site)
    ok = check_references(data, file, lines, site, vocabularies, problems)
    rendered = check_body(body, body_line, file, checker)
    ok = rendered is not None and ok
    if data["bron"] == GUIDE_SOURCE and rendered is not None:
        why = (
            "dit bestand is er geen van (macros/core/leidraad.py noemt ze bij naam)"
            if path.stem not in GUIDE_EXAMPLES
            else "en deze tekst staat niet woord voor woord in de leidraad (ook geen link)"
            if not is_guide_text(body, root)
            else None
        )
        if why:
            problems.add(
                file,
                f"“{GUIDE_SOURCE}” staat alleen bij de voorbeelden uit de leidraad zelf, {why}; "
                "schrijf “bron: bijdrage” met de datum",
                "bron",
                lines.get(("bron",)),
            )
            ok = False
    # The title is only ever written escaped (in headings, links and lists): its HTML is the
    # escaped text, held to the same allowlist.
    title_html = str(Markup("<p>{}</p>").format(data["titel"]))
    ok = checker.html(title_html, file, "titel", "", lines.get(("titel",))) and ok
    if not ok:
        return None
    tekst = body.strip("\n")
    page = rendered if renders_alike(tekst, rendered) else None
    return Example(
        slug=path.stem,
        titel=data["titel"].strip(),
        bouwstenen=tuple(data["bouwstenen"]),
        bron=data["bron"],
        tekst=tekst,
        gemeenten=tuple(data.get("gemeenten", ())),
        igs=tuple(data.get("igs", ())),
        partners=tuple(data.get("partners", ())),
        themas=tuple(data.get("themas", ())),
        contact=data.get("contact"),
        datum=data.get("datum"),
        html=page.html if page else None,
        toc=page.toc if page else (),
    )


def is_guide_text(body: str, root: Path) -> bool:
    """Whether an example's text is the guide's own words (data/leidraad-2021.txt).

    Each paragraph (a footnote is one) must stand in the guide as one whole, of at least a few
    words: no montage of scattered words, no elisions (…). Footnote marks are Markdown, not
    words; a link's address is not (the guide's examples have none, and a link would put an
    address the guide never gave under its name); accents are compared without
    their marks, because the site restores the diacritics the PDF's hyphenation dropped
    (“cli-enteel” is “cliënteel”).
    """
    words = FOOTNOTE_MARK.sub("", body)
    guide = load_guide_text(root).bare
    paragraphs = [norm(without_accents(p)) for p in re.split(r"\n\s*\n", words)]
    paragraphs = [p for p in paragraphs if p]
    return bool(paragraphs) and all(
        len(p.split()) >= MIN_GUIDE_WORDS and p.replace(" ", "") in guide for p in paragraphs
    )


def check_placeholders(
    stem: str, data: dict, lines, body: str, body_line: int, file: str, problems: Problems
) -> bool:
    """False after one Dutch problem per placeholder of the template still in the file: in
    its name, in each field (or list item) and in the text."""
    found: list[tuple[str, int | None]] = []
    if _PLACEHOLDER.search(stem):
        found.append(("bestandsnaam", None))
    for key, value in data.items():
        values = value if isinstance(value, list) else [value]
        for index, item in enumerate(values):
            if isinstance(item, str) and _PLACEHOLDER.search(item):
                path = (key, index) if isinstance(value, list) else (key,)
                found.append((str(key), lines.get(path) or lines.get((key,))))
    for offset, line in enumerate(body.splitlines()):
        if _PLACEHOLDER.search(line):
            found.append(("tekst", body_line + offset))
    for field, line in found:
        hint = PLACEHOLDER_HINTS.get(field, "vervang het door wat bij je voorbeeld past")
        problems.add(file, f"“{PLACEHOLDER}” staat er nog uit het sjabloon: {hint}", field, line)
    return not found


def check_references(
    data: dict,
    file: str,
    lines,
    site: Site,
    vocabularies: Mapping[str, Vocabulary],
    problems: Problems,
) -> bool:
    """Every number and id must exist in data/ or on the contact page.

    Where an id is asked, what people know is accepted too: the name, the abbreviation, any
    case or accents (“CAW”, “IGS GAOZ”, “Privéhuurmarkt en discriminatie”, “genk”). Such a
    value is replaced in `data` by its id, so the record holds ids only; an unknown value is a
    problem that suggests the closest id.
    """
    before = len(problems)
    numbers = [b.nummer for b in site.bouwstenen]
    for index, nummer in enumerate(data["bouwstenen"]):
        if nummer not in numbers and not problems.left_out("bouwsteen", nummer):
            problems.add(
                file,
                f"{nummer} bestaat niet (kies {numbers[0]} t/m {numbers[-1]})",
                "bouwstenen",
                lines.get(("bouwstenen", index)),
            )
    for key in ("gemeenten", "igs", "partners", "themas"):
        vocabulary = vocabularies[key]
        mapped = [
            check_member(
                value, vocabulary, vocabulary.what, file, key, problems, lines.get((key, index))
            )
            for index, value in enumerate(data.get(key, ()))
        ]
        if key in data and None not in mapped:
            if len(set(mapped)) < len(mapped):
                problems.add(file, "noemt dezelfde waarde twee keer", key, lines.get((key,)))
            data[key] = mapped
    if "contact" in data:
        contact = check_member(
            data["contact"],
            vocabularies["contact"],
            "contact",
            file,
            "contact",
            problems,
            lines.get(("contact",)),
        )
        if contact:
            data["contact"] = contact
    return len(problems) == before


def check_body(body: str, first_line: int, file: str, checker: Checker) -> Rendered | None:
    """The text: Markdown whose HTML passes the allowlist; no raw HTML, includes or title.

    Returns the accepted HTML, or None after a problem.
    """
    problems = checker.problems
    before = len(problems)
    if not body.strip():
        problems.add(
            file,
            "het voorbeeld heeft geen tekst onder de gegevens (front matter)",
            "tekst",
            first_line,
        )
        return None
    for offset, line in enumerate(body.splitlines()):
        if SNIPPET_LINE.match(line):
            problems.add(
                file,
                f"“{line.strip()[:40]}” is de schrijfwijze om een ander bestand in te voegen; "
                "dat kan niet in een praktijkvoorbeeld: schrijf de tekst zelf",
                "tekst",
                first_line + offset,
            )
    size = len(body.encode("utf-8"))
    if size > MAX_BODY_BYTES:
        problems.add(
            file,
            f"de tekst is te lang ({size // 1024} KB; hoogstens {MAX_BODY_BYTES // 1024} KB): "
            "een praktijkvoorbeeld vertelt kort wat er gebeurde, met een link naar meer",
            "tekst",
            first_line,
        )
    if len(problems) != before:
        return None
    # The text as its own page shows it (`page_text`), so the checked HTML is the page's.
    lead = len(body) - len(body.lstrip("\n"))
    return checker.markdown(body[:lead] + page_text(body[lead:]), file, "tekst", first_line)


# Links in rendered text (MkDocs leaves those to other sites and to the page itself).
LINK = re.compile(r'<a\b[^>]*?\shref="([^"]*)"')


def renders_alike(tekst: str, rendered: Rendered) -> bool:
    """Whether MkDocs would render the text of the example's own page as `rendered` is.

    MkDocs renders a page with the same Markdown settings, and then rewrites links to other
    pages of the site (and checks them). So the HTML of the check can stand on the page when
    every link leads to another site or to a heading or footnote of the text itself;
    otherwise MkDocs renders it (the check renders the page's text: `check_body`).
    """
    own = {f"#{id}" for id in toc_ids(rendered.toc)}
    for url in LINK.findall(rendered.html):
        to_other_site = urlsplit(url).scheme in URL_SCHEMES
        if not (to_other_site or url in own or url.startswith(("#fn:", "#fnref:"))):
            return False
    return True


def toc_ids(tokens) -> list[str]:
    """Every heading id in toc tokens, nested ones too."""
    return [id for t in tokens for id in (t["id"], *toc_ids(t.get("children", ())))]


# Helper functions


def places(example: Example, site: Site) -> list[str]:
    """Gemeenten and IGS names, for display: a former municipality with today's name
    ('Bilzen (nu Bilzen-Hoeselt)'); the example keeps the municipality the guide named."""
    label = site.municipalities.label
    return [*map(label, example.gemeenten), *(site.igs_by_id(i).naam for i in example.igs)]


def reading_order(examples) -> list[Example]:
    """Examples as a reader sees them listed: by title, without regard to case or accents."""
    return sorted(examples, key=lambda e: (fold_words(e.titel), e.slug))


def search_text(example: Example, site: Site, body_text: str | None = None) -> str:
    """Everything a reader sees of an example, folded, for the catalogue's text filter: its
    title, its whole text, and its facts (municipalities under their former and today's
    name, IGS, partners with abbreviation, themes, bouwstenen, contact).

    `body_text`: plain_text(example.tekst) when the caller has it (the text without its
    footnotes, which are added here)."""
    municipalities = site.municipalities
    body, notes = split_footnotes(example.tekst)
    notes = re.sub(r"^\[\^[^\]]+\]:", "", notes, flags=re.M)  # footnotes are text too
    if body_text is None:
        body_text = plain_text(body)
    parts = [example.titel, body_text, plain_text(notes)]
    for name in example.gemeenten:
        parts += [name, municipalities.now(name)]
    for i in example.igs:
        igs = site.igs_by_id(i)
        parts += [igs.naam, *igs.gemeenten, *map(municipalities.now, igs.gemeenten)]
    for p in example.partners:
        partner = site.partner(p)
        parts += [partner.naam, partner.afkorting or "", partner.kort or ""]
    parts += [site.thema(t).naam for t in example.themas]
    parts += [site.bouwsteen(n).label for n in example.bouwstenen]
    if example.contact:
        parts.append(site.contact(example.contact).naam)
    # Each word once: the filter looks for each of the reader's words on its own
    # (praktijkvoorbeelden.js), so a repeated word adds bytes to the catalogue, not matches.
    return " ".join(dict.fromkeys(search_fold(" ".join(parts)).split()))


@dataclass(frozen=True)
class RelatedIndex:
    """Who has each partner, bouwsteen and place, and every example's title for ties.

    Built once per build (macros/views/context.py): comparing every example with every other one
    made each build quadratic in the number of examples.
    """

    by_key: Mapping[tuple, tuple[str, ...]]
    titles: Mapping[str, str]


def related_index(site: Site) -> RelatedIndex:
    by_key: dict[tuple, list[str]] = {}
    for e in site.examples:
        for key, _ in related_keys(e, site):
            by_key.setdefault(key, []).append(e.slug)
    return RelatedIndex(
        {key: tuple(slugs) for key, slugs in by_key.items()},
        {e.slug: e.titel.casefold() for e in site.examples},
    )


def related(example: Example, site: Site, index: RelatedIndex, limit: int = 5) -> list[Example]:
    """Examples sharing a partner or bouwsteen (partners weigh more), best first.

    Score: 3 per shared partner, 2 per shared bouwsteen, 1 per shared place; ties by title.
    """
    score: dict[str, int] = {}
    for key, weight in related_keys(example, site):
        for slug in index.by_key.get(key, ()):
            if weight > 1:
                score[slug] = score.get(slug, 0) + weight
            elif slug in score:  # a shared place only counts with a shared partner or bouwsteen
                score[slug] += weight
    score.pop(example.slug, None)
    best = heapq.nsmallest(limit, score, key=lambda slug: (-score[slug], index.titles[slug]))
    return [site.example(slug) for slug in best]


def related_keys(example: Example, site: Site) -> list[tuple[tuple, int]]:
    """(key, weight) of what an example can share: partners, bouwstenen, then places."""
    return [
        *((("p", p), 3) for p in example.partners),
        *((("b", b), 2) for b in example.bouwstenen),
        *((("w", w), 1) for w in dict.fromkeys(places(example, site))),
    ]


def source_label(example: Example) -> str:
    if example.bron == GUIDE_SOURCE:
        return "Leidraad “Woonkansen kiezen” (2021)"
    return f"Bijdrage van {example.datum}"


def card_source(example: Example) -> str:
    """What a catalogue card says of where the example comes from."""
    if example.bron == "leidraad-2021":
        return "Uit de leidraad (2021)"
    return f"Bijdrage van {dutch_date(example.datum)}" if example.datum else "Bijdrage"


def example_contact(example: Example, site: Site):
    """(contact, how it was found): the example's own, its IGS's, or the werkgroep's.

    Every example has a way to reach someone: without a contact of its own, the contact of
    its IGS (from data/igs.yaml), and otherwise the werkgroep that made the guide.
    """
    if example.contact:
        return site.contact(example.contact), ""
    for i in example.igs:
        igs = site.igs_by_id(i)
        if igs.contact:
            return site.contact(igs.contact), f"via {igs.naam}"
    werkgroep = next((c for c in site.contacts if c.id == WERKGROEP), None)
    return werkgroep, "dit voorbeeld heeft geen eigen contact"


WERKGROEP = "werkgroep"  # the werkgroep's heading on docs/contact.md


@dataclass(frozen=True)
class Neighbours:
    """Previous and next example of each bouwsteen, in the order its page lists them."""

    by_slug: dict[str, tuple[tuple[int, Example | None, Example | None], ...]]


def example_neighbours(site: Site) -> Neighbours:
    """Built once per site: for every example, (bouwsteen, previous, next) per bouwsteen."""
    found: dict[str, list] = {e.slug: [] for e in site.examples}
    for bouwsteen in site.bouwstenen:
        listed = reading_order(site.examples_for_bouwsteen(bouwsteen.nummer))
        for index, example in enumerate(listed):
            before = listed[index - 1] if index else None
            after = listed[index + 1] if index + 1 < len(listed) else None
            found[example.slug].append((bouwsteen.nummer, before, after))
    return Neighbours({slug: tuple(items) for slug, items in found.items()})


# Renderers


def render_example_block(example: Example, from_page: str) -> str:
    """The example framed in place on a bouwsteen page, its title linking to its own page."""
    body, footnotes = split_footnotes(example.tekst)
    title = Markup('<p class="admonition-title">Praktijkvoorbeeld: <a href="{}">{}</a></p>').format(
        href(example.src_path, from_page), example.titel
    )
    opening = '<div class="admonition example praktijkvoorbeeld" markdown>'
    block = f"{opening}\n{title}\n\n{body}\n\n</div>\n"
    return block + (f"\n{footnotes}\n" if footnotes else "")


def render_example_inline(example: Example, from_page: str, indent: int = 0) -> str:
    """The example as running text (in a list item), followed by a link to its page."""
    body, footnotes = split_footnotes(example.tekst)
    if footnotes:
        raise ValueError(f"{example.slug}: een voorbeeld met voetnoten kan niet inline staan")
    target = link(example.src_path, from_page)
    text = f'{body} [→ praktijkvoorbeeld]({target} "{escape(example.titel)}")'
    return text.replace("\n", "\n" + " " * indent)


def render_bouwsteen_examples(site: Site, nummer: int, from_page: str) -> str:
    """Section listing every example of a bouwsteen (the guide's and contributed ones)."""
    examples = reading_order(site.examples_for_bouwsteen(nummer))
    catalogue = link(CATALOGUE_PAGE, from_page)
    lines = ["## Praktijkvoorbeelden bij deze bouwsteen { #praktijkvoorbeelden }", ""]
    if not examples:
        lines.append(
            "Bij deze bouwsteen staan nog geen praktijkvoorbeelden. Heb je er een? "
            f"[Zo stel je een voorbeeld voor]({catalogue}#zelf-een-voorbeeld-toevoegen)."
        )
        return "\n".join(lines) + "\n"
    lines.append(
        f"{len(examples)} praktijkvoorbeelden. Alle voorbeelden, met filters: "
        f"[de catalogus]({catalogue}?bouwsteen={nummer})."
    )
    lines.append("")
    for example in examples:
        where = ", ".join(md_escape(p) for p in places(example, site))
        item = f"- [{md_escape(example.titel)}]({link(example.src_path, from_page)})"
        lines.append(f"{item} — {where}" if where else item)
    return "\n".join(lines) + "\n"


def page_text(tekst: str) -> str:
    """The text as the example's own page shows it.

    The guide's inline examples start mid-sentence ("in Lommel werd …"); on their own page the
    first letter is capitalised. The wording is untouched.
    """
    return tekst[:1].upper() + tekst[1:]


def example_facts(example: Example, site: Site, from_page: str) -> list[tuple[str, list]]:
    """(label, values) for the facts at the top of an example's page; a value is plain text
    or (text, URL). Municipalities, IGS, partners and themes open the catalogue filtered on
    them; a former municipality leads to today's ('Bilzen (nu Bilzen-Hoeselt)')."""
    catalogue = href(CATALOGUE_PAGE, from_page)
    municipalities = site.municipalities
    facts: list[tuple[str, list]] = [
        (
            "Bouwstenen",
            [
                (b.label, href(b.src_path, from_page))
                for b in map(site.bouwsteen, example.bouwstenen)
            ],
        )
    ]
    if example.gemeenten:
        gemeenten = [
            (municipalities.label(g), f"{catalogue}?plaats={place_value(municipalities.now(g))}")
            for g in example.gemeenten
        ]
        facts.append(("Gemeenten", gemeenten))
    if example.igs:
        igs = [(site.igs_by_id(i).naam, f"{catalogue}?plaats=i-{i}") for i in example.igs]
        facts.append(("IGS", igs))
    if example.partners:
        partners = [(site.partner(p).naam, f"{catalogue}?partner={p}") for p in example.partners]
        facts.append(("Partners", partners))
    if example.themas:
        themas = [(site.thema(t).naam, f"{catalogue}?thema={t}") for t in example.themas]
        facts.append(("Thema’s", themas))
    contact, how = example_contact(example, site)
    if contact:
        facts.append(
            (
                "Contact",
                [
                    (
                        contact.naam,
                        href("contact.md", from_page, contact.id),
                        "; ".join(filter(None, (how, contact_note(contact)))),
                    )
                ],
            )
        )
    facts.append(("Bron", [source_label(example)]))
    return facts


def contact_note(contact) -> str:
    """'contactgegevens uit de leidraad (2021)' or '… laatst bevestigd op 30 november 2026'."""
    return f"contactgegevens {contact_date(contact.bevestigd)}"


def fallback_place(example: Example, site: Site) -> str:
    """'van Bilzen-Hoeselt': the municipalities by today's name, for the fallback sentence."""
    names = list(dict.fromkeys(map(site.municipalities.now, example.gemeenten)))
    return f"van {' of '.join(names)}" if names else "van je gemeente"


def place_value(gemeente: str) -> str:
    """The catalogue's filter value of a municipality: 'g-bilzen-hoeselt'."""
    return f"g-{slugify(gemeente)}"


@dataclass(frozen=True)
class ExamplePage:
    """An example's own page: title, facts, the contributor's text, related examples.

    MkDocs renders only the text (`markdown`), as it renders any page. The frame around it is
    written here as HTML from validated data, every value escaped, and added by `wrap` once the
    text is rendered (MkDocs hook `on_page_content`, macros/hooks.py). Written as Markdown, the
    frame cost three times the text's own render, for every example.
    """

    example: Example
    site: Site
    src_path: str
    abbreviate: Callable[[str], Markup]  # the build's Abbreviator (macros/views/context.py)
    related: tuple[Example, ...]  # `related`, from the build's RelatedIndex
    neighbours: Neighbours  # built once per build (example_neighbours)
    permalink_title: str | None = None  # the toc extension's, for the ¶ after a heading
    site_url: str = ""  # for the address in “Meld een verouderd gegeven”

    @property
    def markdown(self) -> str:
        """What MkDocs renders: the text, or nothing when its HTML is ready (`Example.html`)."""
        return "" if self.example.html is not None else page_text(self.example.tekst)

    def heading(self, level: int, text: str, id: str) -> str:
        id = escape(id)
        link = ""
        if self.permalink_title is not None:
            title = escape(self.permalink_title)
            link = f'<a class="headerlink" href="#{id}" title="{title}">&para;</a>'
        return f'<h{level} id="{id}">{self.abbreviate(text)}{link}</h{level}>'

    def value(self, value: str | tuple) -> str:
        if isinstance(value, tuple):
            text, url, *note = value
            linked = f'<a href="{escape(url)}">{self.abbreviate(text)}</a>'
            if not note:
                return linked
            return f'{linked} <span class="feit-noot">— {escape(note[0])}</span>'
        return self.abbreviate(value)

    def neighbour_links(self) -> str:
        """Previous and next example in each of the example's bouwstenen."""
        rows = []
        for nummer, before, after in self.neighbours.by_slug.get(self.example.slug, ()):
            if not (before or after):
                continue
            links = []
            for other, word, kind in ((before, "Vorige", "prev"), (after, "Volgende", "next")):
                if other:
                    url = escape(href(other.src_path, self.src_path))
                    links.append(
                        f'<li><a href="{url}" rel="{kind}">{word}: {self.abbreviate(other.titel)}'
                        "</a></li>"
                    )
            rows.append(
                f'<li><span class="buren-bouwsteen">Bouwsteen {nummer}</span>'
                f"<ul>{''.join(links)}</ul></li>"
            )
        if not rows:
            return ""
        return (
            '<nav class="voorbeeld-buren" aria-label="Vorige en volgende praktijkvoorbeelden '
            f'per bouwsteen"><ul>{"".join(rows)}</ul></nav>'
        )

    def wrap(
        self, content: str, toc: TableOfContents, ids: set[str]
    ) -> tuple[str, TableOfContents]:
        """The whole page around the rendered text `content` (whose heading ids are `ids`,
        extended here), and its table of contents.

        Written with f-strings for speed (this runs for every example): every value from data
        goes through `escape` or `abbreviate`, which escapes.
        """
        example = self.example
        if example.html is not None:
            content, toc = example.html, get_toc(list(example.toc))
            ids.update(toc_ids(example.toc))
        title_id = unique(toc_slugify(example.titel, "-"), ids)
        catalogue = href(CATALOGUE_PAGE, self.src_path)
        parts = [
            # The catalogue link: praktijkvoorbeelden.js points it at the filter the reader
            # came from (kept in the browser's session).
            '<nav class="kruimelpad" aria-label="Kruimelpad"><ol>'
            f'<li><a class="naar-catalogus" href="{escape(catalogue)}">Praktijkvoorbeelden</a>'
            f'</li><li><span aria-current="page">{escape(example.titel)}</span></li></ol></nav>',
            self.heading(1, example.titel, title_id),
            '<div class="voorbeeld-kenmerken">\n<dl>',
        ]
        for label, values in example_facts(example, self.site, self.src_path):
            parts.append(f"<dt>{self.abbreviate(label)}</dt>")
            parts.append(f"<dd>{', '.join(map(self.value, values))}</dd>")
        parts += [
            "</dl>",
            str(fallback_html(fallback_place(example, self.site))),
            "</div>",
            content,
        ]
        top = AnchorLink(str(escape(example.titel)), title_id, 1)
        top.children = list(toc)
        others = self.related
        if others:
            related_id = unique("verwante-praktijkvoorbeelden", ids)
            parts.append('<section class="verwante-voorbeelden">')
            parts.append(self.heading(2, "Verwante praktijkvoorbeelden", related_id))
            items = [
                f'<li><a href="{escape(href(o.src_path, self.src_path))}">'
                f"{self.abbreviate(o.titel)}</a></li>"
                for o in others
            ]
            parts.append("<ul>\n" + "\n".join(items) + "\n</ul>\n</section>")
            top.children.append(AnchorLink("Verwante praktijkvoorbeelden", related_id, 2))
        parts.append(self.neighbour_links())
        page_url = f"{self.site_url.rstrip('/')}/{EXAMPLES_DIR}/{example.slug}/"
        parts.append(str(report_link(f"praktijkvoorbeeld “{example.titel}”", page_url)))
        return "\n".join(parts), TableOfContents([top])


def render_catalogue(site: Site, from_page: str, new: Mapping[str, Markup] | None = None) -> str:
    """Every example with its facts, and filters that narrow the list without reloading.

    Without JavaScript the form stays hidden, a note says filtering needs JavaScript, and the
    full list is there. Places, partners and themes are offered only when some example has
    them; every bouwsteen is offered, so none seems missing. A municipality counts the
    examples of its IGS too, today's municipality those of the municipalities it was formed
    from, and several municipalities or IGS can be chosen at once. The counts in the labels
    follow the other filters, and a choice that would show no example is disabled with its
    reason (the script recounts them: docs/javascripts/praktijkvoorbeelden.js). `new` holds
    the "Nieuw" marker of each recently added example (macros/data/revisions.py), by slug.
    """
    examples = reading_order(site.examples)
    new = new or {}
    counts: dict[str, int] = {}
    for e in examples:
        for token in place_tokens(e, site):
            counts[token] = counts.get(token, 0) + 1
    municipalities = site.municipalities
    today = [m.naam for m in municipalities.today if counts.get(place_value(m.naam))]
    former = [g for g in municipalities.former() if counts.get(place_value(g))]
    igs = sorted(
        (i.id for i in site.igs if counts.get(f"i-{i.id}")), key=lambda i: site.igs_by_id(i).naam
    )
    used_partners = {p for e in examples for p in e.partners}
    used_themas = {t for e in examples for t in e.themas}
    by_name = lambda record: record.naam.casefold()  # noqa: E731

    def place_box(value: str, label: str) -> Markup:
        return Markup(
            '<li><label><input type="checkbox" name="plaats" value="{}"> '
            '<span class="filter-label">{}</span> <span class="filter-aantal">({})</span>'
            "</label></li>"
        ).format(value, label, counts[value])

    def group(title: str, boxes: list[Markup]) -> Markup:
        if not boxes:
            return Markup("")
        return Markup(
            '<fieldset class="plaatsgroep"><legend>{}</legend><ul>{}</ul></fieldset>'
        ).format(title, Markup("").join(boxes))

    place_fields = Markup(
        '<details class="filter-veld filter-plaatsen" id="filter-plaats">'
        '<summary><span class="filter-naam">Gemeenten en IGS</span>: '
        '<span id="filter-plaats-keuze">alle</span></summary>'
        '<div class="plaatsen">{}{}{}</div></details>'
    ).format(
        group(
            "Gemeenten (sinds 2025)",
            [place_box(place_value(g), g) for g in today],
        ),
        group(
            "Vroegere gemeenten (tot 2025)",
            [place_box(place_value(g), municipalities.label(g)) for g in former],
        ),
        group("IGS", [place_box(f"i-{i}", site.igs_by_id(i).naam) for i in igs]),
    )
    fields = Markup("").join(
        [
            field_html(
                "tekst",
                "Zoek in de voorbeelden",
                Markup(
                    '<input type="search" id="filter-tekst" name="q" autocomplete="off" '
                    'placeholder="bv. leegstand, OCMW, Bilzen-Hoeselt">'
                ),
            ),
            select_field(
                "bouwsteen",
                "Bouwsteen",
                "Alle bouwstenen",
                options((str(b.nummer), f"{b.nummer} • {b.titel}") for b in site.bouwstenen),
            ),
            place_fields,
            select_field(
                "partner",
                "Partner",
                "Alle partners",
                options(
                    (p.id, p.naam)
                    for p in sorted(site.partners, key=by_name)
                    if p.id in used_partners
                ),
            ),
            select_field(
                "thema",
                "Thema",
                "Alle thema’s",
                options(
                    (t.id, t.naam) for t in sorted(site.themas, key=by_name) if t.id in used_themas
                ),
            ),
            select_field(
                "sorteer",
                "Sorteer op",
                "Titel",
                options([("gemeente", "Gemeente of IGS")]),
            ),
        ]
    )
    form = Markup(
        '<form class="voorbeeld-filters" id="voorbeeld-filters" hidden role="search" '
        'aria-label="Praktijkvoorbeelden filteren">{}'
        '<button type="reset" class="md-button">Filters wissen</button></form>\n'
        '<p class="voorbeeld-melding" id="voorbeeld-melding" role="alert" hidden></p>\n'
        '<p class="voorbeeld-aantal" id="voorbeeld-aantal" role="status" aria-live="polite">'
        "{} praktijkvoorbeelden</p>\n"
        '<noscript><p class="zonder-js">Filteren werkt alleen met JavaScript. Hieronder staan '
        "alle {} praktijkvoorbeelden, ook als je een link met filters opende.</p></noscript>\n"
    ).format(fields, len(examples), len(examples))
    items = Markup("\n").join(
        catalogue_item(e, site, from_page, new.get(e.slug, "")) for e in examples
    )
    return str(
        form + Markup('<ul class="voorbeelden" id="voorbeelden">\n{}\n</ul>\n').format(items)
    )


def options(pairs) -> Markup:
    return Markup("").join(
        Markup('<option value="{}">{}</option>').format(value, label) for value, label in pairs
    )


def field_html(name: str, label: str, control: Markup) -> Markup:
    return Markup('<div class="filter-veld"><label for="filter-{}">{}</label>{}</div>').format(
        name, label, control
    )


def select_field(name: str, label: str, all_label: str, choices: Markup) -> Markup:
    control = Markup(
        '<select id="filter-{}" name="{}"><option value="">{}</option>{}</select>'
    ).format(name, name, all_label, choices)
    return field_html(name, label, control)


def place_tokens(example: Example, site: Site) -> list[str]:
    """The catalogue's place filter values: the example's municipalities under the name it
    uses and today's, its IGS, and the member municipalities of its IGS (choosing Genk shows
    the examples of IGS GAOZ; choosing Bilzen-Hoeselt those of Bilzen and of Hoeselt)."""
    now = site.municipalities.now
    names = list(example.gemeenten)
    tokens = []
    for i in example.igs:
        tokens.append(f"i-{i}")
        names += site.igs_by_id(i).gemeenten
    for name in names:
        tokens += [place_value(name), place_value(now(name))]
    return list(dict.fromkeys(tokens))


def catalogue_item(example: Example, site: Site, from_page: str, marker: str = "") -> Markup:
    """One entry of the catalogue. Written with f-strings for speed (one per example, on
    every build): every value from data goes through `escape`; `marker` is finished HTML."""
    bouwstenen = ", ".join(
        f'<a href="{escape(href(site.bouwsteen(n).src_path, from_page))}">Bouwsteen {n}</a>'
        for n in example.bouwstenen
    )
    partners = ", ".join(
        f'<a href="{escape(href("partners.md", from_page, p))}">{escape(site.partner(p).label)}</a>'
        for p in example.partners
    )
    themas = "".join(
        f'<li class="voorbeeld-thema">{escape(site.thema(t).naam)}</li>' for t in example.themas
    )
    shown = places(example, site)
    where = ", ".join(shown) or "Gemeente niet vermeld"
    # The plain text of the example's text without footnotes: its excerpt's, and its search
    # text's (plain_text drops the footnotes itself).
    text = plain_text(example.tekst)
    details = f"<dt>Bouwstenen</dt><dd>{bouwstenen}</dd>"
    if partners:
        details += f"<dt>Partners</dt><dd>{partners}</dd>"
    data = {
        "bouwsteen": " ".join(str(n) for n in example.bouwstenen),
        "plaats": " ".join(place_tokens(example, site)),
        "partner": " ".join(example.partners),
        "thema": " ".join(example.themas),
        "tekst": search_text(example, site, text),
        "gemeente": fold_words(", ".join(shown)) if example.gemeenten or example.igs else "",
    }
    attributes = " ".join(f'data-{name}="{escape(value)}"' for name, value in data.items())
    return Markup(
        f'<li class="voorbeeld" {attributes}>'
        f'<h2 class="voorbeeld-titel" id="{escape(example.slug)}">'
        f'<a href="{escape(href(example.src_path, from_page))}">{escape(example.titel)}</a></h2>'
        f"{marker}"
        f'<p class="voorbeeld-plaats">{escape(where)}</p>'
        f'<p class="voorbeeld-bron">{escape(card_source(example))}</p>'
        f'<p class="voorbeeld-uittreksel">{escape(shortened(text))}</p>'
        f'<dl class="voorbeeld-feiten">{details}</dl>'
        f'<ul class="voorbeeld-themas" aria-label="Thema’s">{themas}</ul>'
        "</li>"
    )
