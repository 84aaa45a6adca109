"""Practice examples: one Markdown file each, validated, and the views generated from them.

Contributors write docs/praktijkvoorbeelden/<slug>.md with Dutch front matter. MkDocs ignores
broken front matter silently, so every file in that folder is parsed and validated here; a
mistake fails the build with a Dutch message naming file, line and field.

Example pages are never rendered by Jinja: their text is shown as written. The text is
untrusted: it is rendered with the site's Markdown settings and the HTML must pass the allowlist
in macros/sanitize.py unchanged; raw HTML is refused (see CONTRIBUTING.md).
"""

from __future__ import annotations

import heapq
import re
from pathlib import Path

from markupsafe import Markup, escape
from mkdocs.utils.meta import YAML_RE as MKDOCS_FRONT_MATTER
from mkdocs.utils.meta import get_data as mkdocs_front_matter
from pymdownx.snippets import SnippetPreprocessor

from .links import href, link
from .model import (
    CATALOGUE_PAGE,
    EXAMPLES_DIR,
    SLUG,
    Example,
    Site,
    check_member,
    read_text,
    rel,
    slugify,
)
from .sanitize import Checker
from .text import excerpt, md_escape, split_footnotes
from .validation import Problems, check_schema, check_text, parse_yaml
from .vocabulary import example_vocabularies

# Loader

FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<yaml>.*?)^---[ \t]*(?:\r?\n|\Z)", re.S | re.M)
# The include syntax exactly as pymdownx.snippets recognises it (inline and block form). The
# site does not load that extension, so nothing is ever included; a contribution that tries is
# refused so that nobody reviewing it has to wonder.
SNIPPET_LINE = SnippetPreprocessor.RE_ALL_SNIPPETS
CONTRIBUTING = "CONTRIBUTING.md"
RESERVED_NAMES = {"index.md", "readme.md"}
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
        example = load_example(path, root, site, checker)
        if example is not None:
            examples.append(example)
    titles: dict[str, str] = {}
    for example in examples:
        key = example.titel.casefold().strip()
        if key in titles:
            problems.add(
                f"docs/{example.src_path}",
                f"“{example.titel}” is ook de titel van "
                f"{titles[key]}; kies een titel die dit voorbeeld onderscheidt",
                "titel",
            )
        titles.setdefault(key, f"docs/{example.src_path}")
    return tuple(examples)


def load_example(path: Path, root: Path, site: Site, checker: Checker) -> Example | None:
    file = rel(path, root)
    problems = checker.problems
    text = read_text(path, root, problems)
    if text is None or not check_text(text, file, problems):
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
    keys = set(data)
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
    # And MkDocs must read the same fields from it.
    _, mkdocs_data = mkdocs_front_matter(text.replace("\r\n", "\n"))
    if set(mkdocs_data) != keys:
        problems.add(file, AMBIGUOUS_FRONT_MATTER, line=1)
        return None

    body = text[match.end() :]
    body_line = text[: match.end()].count("\n") + 1
    ok = check_references(data, file, lines, site, problems)
    ok = check_body(body, body_line, file, checker) and ok
    # The title is only ever written escaped (in headings, links and lists): its HTML is the
    # escaped text, held to the same allowlist.
    title_html = str(Markup("<p>{}</p>").format(data["titel"]))
    ok = checker.html(title_html, file, "titel", "", lines.get(("titel",))) and ok
    if not ok:
        return None
    return Example(
        slug=path.stem,
        titel=data["titel"].strip(),
        bouwstenen=tuple(data["bouwstenen"]),
        bron=data["bron"],
        tekst=body.strip("\n"),
        gemeenten=tuple(data.get("gemeenten", ())),
        igs=tuple(data.get("igs", ())),
        partners=tuple(data.get("partners", ())),
        themas=tuple(data.get("themas", ())),
        contact=data.get("contact"),
        datum=data.get("datum"),
    )


def check_references(data: dict, file: str, lines, site: Site, problems: Problems) -> bool:
    """Every number and id must exist in data/ or on the contact page.

    Where an id is asked, what people know is accepted too: the name, the abbreviation, any
    case or accents (“CAW”, “IGS GAOZ”, “Privéhuurmarkt en discriminatie”, “genk”). Such a
    value is replaced in `data` by its id, so the record holds ids only; an unknown value is a
    problem that suggests the closest id.
    """
    before = len(problems)
    numbers = [b.nummer for b in site.bouwstenen]
    for index, nummer in enumerate(data["bouwstenen"]):
        if nummer not in numbers:
            problems.add(
                file,
                f"{nummer} bestaat niet (kies {numbers[0]} t/m {numbers[-1]})",
                "bouwstenen",
                lines.get(("bouwstenen", index)),
            )
    vocabularies = example_vocabularies(site)
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


def check_body(body: str, first_line: int, file: str, checker: Checker) -> bool:
    """The text: Markdown whose HTML passes the allowlist; no raw HTML, includes or title."""
    problems = checker.problems
    before = len(problems)
    if not body.strip():
        problems.add(
            file,
            "het voorbeeld heeft geen tekst onder de gegevens (front matter)",
            "tekst",
            first_line,
        )
        return False
    for offset, line in enumerate(body.splitlines()):
        if SNIPPET_LINE.match(line):
            problems.add(
                file,
                f"“{line.strip()[:40]}” is de schrijfwijze om een ander bestand in te voegen; "
                "dat kan niet in een praktijkvoorbeeld: schrijf de tekst zelf",
                "tekst",
                first_line + offset,
            )
    if len(problems) == before:
        checker.markdown(body, file, "tekst", first_line)
    return len(problems) == before


# Helper functions


def places(example: Example, site: Site) -> list[str]:
    """Gemeenten and IGS names, for display."""
    return [*example.gemeenten, *(site.igs_by_id(i).naam for i in example.igs)]


def related(example: Example, site: Site, limit: int = 5) -> list[Example]:
    """Examples sharing a partner or bouwsteen (partners weigh more), best first."""
    features, by_key = _related_index(site)
    partners, bouwstenen, where, _ = features[example.slug]
    candidates = set()
    for key in [("p", p) for p in partners] + [("b", b) for b in bouwstenen]:
        candidates.update(by_key.get(key, ()))
    candidates.discard(example.slug)

    def rank(slug: str) -> tuple[int, str]:
        other_partners, other_bouwstenen, other_where, title = features[slug]
        score = (
            3 * len(partners & other_partners)
            + 2 * len(bouwstenen & other_bouwstenen)
            + len(where & other_where)
        )
        return -score, title

    return [site.example(slug) for slug in heapq.nsmallest(limit, candidates, key=rank)]


def _related_index(site: Site):
    """Per example its partner, bouwsteen and place sets and title, and who shares each one.

    Built once per site: comparing every example with every other one made each build
    quadratic in the number of examples.
    """
    if "related" not in site._index:
        features = {}
        by_key: dict[tuple, list[str]] = {}
        for e in site.examples:
            where = set(places(e, site))
            features[e.slug] = (set(e.partners), set(e.bouwstenen), where, e.titel.casefold())
            for key in [("p", p) for p in e.partners] + [("b", b) for b in e.bouwstenen]:
                by_key.setdefault(key, []).append(e.slug)
        site._index["related"] = (features, by_key)
    return site._index["related"]


def source_label(example: Example) -> str:
    if example.bron == "leidraad-2021":
        return "Leidraad “Woonkansen kiezen” (2021)"
    return f"Bijdrage van {example.datum}"


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
    examples = site.examples_for_bouwsteen(nummer)
    catalogue = link(CATALOGUE_PAGE, from_page)
    lines = ["## Praktijkvoorbeelden bij deze bouwsteen { #praktijkvoorbeelden }", ""]
    if not examples:
        lines.append(
            "Bij deze bouwsteen staan nog geen praktijkvoorbeelden. Heb je er een? "
            f"[Lees hoe je een voorbeeld toevoegt]({catalogue}#zelf-een-voorbeeld-toevoegen)."
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


def render_example_page(example: Example, site: Site, from_page: str) -> str:
    """The whole Markdown of an example's own page: title, facts, text, related examples."""
    facts = []
    facts.append(
        (
            "Bouwstenen",
            [
                f"[{md_escape(b.label)}]({link(b.src_path, from_page)})"
                for b in map(site.bouwsteen, example.bouwstenen)
            ],
        )
    )
    if example.gemeenten:
        facts.append(("Gemeenten", [md_escape(g) for g in example.gemeenten]))
    if example.igs:
        facts.append(("IGS", [md_escape(site.igs_by_id(i).naam) for i in example.igs]))
    if example.partners:
        facts.append(
            (
                "Partners",
                [
                    f"[{md_escape(site.partner(p).naam)}]({link('partners.md', from_page, p)})"
                    for p in example.partners
                ],
            )
        )
    if example.themas:
        catalogue = link(CATALOGUE_PAGE, from_page)
        facts.append(
            (
                "Thema’s",
                [
                    f"[{md_escape(site.thema(t).naam)}]({catalogue}?thema={t})"
                    for t in example.themas
                ],
            )
        )
    if example.contact:
        contact = site.contact(example.contact)
        facts.append(
            (
                "Contact",
                [f"[{md_escape(contact.naam)}]({link('contact.md', from_page, contact.id)})"],
            )
        )
    facts.append(("Bron", [md_escape(source_label(example))]))

    parts = [f"# {md_escape(example.titel)}", "", '<div class="voorbeeld-kenmerken" markdown>', ""]
    for label, values in facts:
        parts += [label, f":   {', '.join(values)}", ""]
    # The guide's inline examples start mid-sentence ("in Lommel werd …"); on their own page
    # the first letter is capitalised. The wording is untouched.
    tekst = example.tekst[:1].upper() + example.tekst[1:]
    parts += ["</div>", "", tekst, ""]
    others = related(example, site)
    if others:
        parts += ["## Verwante praktijkvoorbeelden", ""]
        parts += [f"- [{md_escape(o.titel)}]({link(o.src_path, from_page)})" for o in others]
        parts.append("")
    return "\n".join(parts)


def render_catalogue(site: Site, from_page: str) -> str:
    """Every example with its facts, and filters that narrow the list without reloading.

    Without JavaScript the form stays hidden, a note says filtering needs JavaScript, and the
    full list is there. Filters offer only values that occur in some example, so no choice
    leads to an empty list; a municipality counts the examples of its IGS too.
    """
    examples = site.examples
    counts: dict[str, int] = {}
    for e in examples:
        for token in place_tokens(e, site):
            counts[token] = counts.get(token, 0) + 1
    gemeenten = [g for g in site.gemeenten if counts.get(f"g-{slugify(g)}")]
    igs = sorted(
        (i.id for i in site.igs if counts.get(f"i-{i.id}")), key=lambda i: site.igs_by_id(i).naam
    )
    used_partners = {p for e in examples for p in e.partners}
    used_themas = {t for e in examples for t in e.themas}
    by_name = lambda record: record.naam.casefold()  # noqa: E731

    places = Markup('<optgroup label="Gemeenten">{}</optgroup><optgroup label="IGS">{}</optgroup>')
    fields = Markup("").join(
        [
            field_html(
                "tekst",
                "Zoek in titel en tekst",
                Markup(
                    '<input type="search" id="filter-tekst" name="q" autocomplete="off" '
                    'placeholder="bv. leegstand, OCMW, Genk">'
                ),
            ),
            select_field(
                "bouwsteen",
                "Bouwsteen",
                "Alle bouwstenen",
                options((str(b.nummer), f"{b.nummer} • {b.titel}") for b in site.bouwstenen),
            ),
            select_field(
                "plaats",
                "Gemeente of IGS",
                "Alle gemeenten en IGS",
                places.format(
                    options(
                        (f"g-{slugify(g)}", f"{g} ({counts[f'g-{slugify(g)}']})") for g in gemeenten
                    ),
                    options(
                        (f"i-{i}", f"{site.igs_by_id(i).naam} ({counts[f'i-{i}']})") for i in igs
                    ),
                ),
            ),
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
        ]
    )
    form = Markup(
        '<form class="voorbeeld-filters" id="voorbeeld-filters" hidden role="search" '
        'aria-label="Praktijkvoorbeelden filteren">{}'
        '<button type="reset" class="md-button">Filters wissen</button></form>\n'
        '<p class="voorbeeld-aantal" id="voorbeeld-aantal" role="status" aria-live="polite">'
        "{} praktijkvoorbeelden</p>\n"
        '<noscript><p class="zonder-js">Filteren werkt alleen met JavaScript. Hieronder staan '
        "alle {} praktijkvoorbeelden, ook als je een link met filters opende.</p></noscript>\n"
    ).format(fields, len(examples), len(examples))
    items = Markup("\n").join(catalogue_item(e, site, from_page) for e in examples)
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
    """The catalogue's place filter values: the example's municipalities and IGS, and the
    member municipalities of its IGS (choosing Genk shows the examples of IGS GAOZ)."""
    tokens = [f"g-{slugify(g)}" for g in example.gemeenten]
    for i in example.igs:
        tokens.append(f"i-{i}")
        tokens += [f"g-{slugify(g)}" for g in site.igs_by_id(i).gemeenten]
    return list(dict.fromkeys(tokens))


def catalogue_item(example: Example, site: Site, from_page: str) -> Markup:
    bouwstenen = Markup(", ").join(
        Markup('<a href="{}">{}</a>').format(
            href(site.bouwsteen(n).src_path, from_page), f"Bouwsteen {n}"
        )
        for n in example.bouwstenen
    )
    partners = Markup(", ").join(
        Markup('<a href="{}">{}</a>').format(
            href("partners.md", from_page, p), site.partner(p).label
        )
        for p in example.partners
    )
    themas = Markup("").join(
        Markup('<li class="voorbeeld-thema">{}</li>').format(site.thema(t).naam)
        for t in example.themas
    )
    where = ", ".join(places(example, site)) or "Gemeente niet vermeld"
    details = [Markup("<dt>Bouwstenen</dt><dd>{}</dd>").format(bouwstenen)]
    if partners:
        details.append(Markup("<dt>Partners</dt><dd>{}</dd>").format(partners))
    return Markup(
        '<li class="voorbeeld" data-bouwsteen="{}" data-plaats="{}" data-partner="{}" '
        'data-thema="{}">'
        '<h2 class="voorbeeld-titel" id="{}"><a href="{}">{}</a></h2>'
        '<p class="voorbeeld-plaats">{}</p>'
        '<p class="voorbeeld-uittreksel">{}</p>'
        '<dl class="voorbeeld-feiten">{}</dl>'
        '<ul class="voorbeeld-themas" aria-label="Thema’s">{}</ul>'
        "</li>"
    ).format(
        " ".join(str(n) for n in example.bouwstenen),
        " ".join(place_tokens(example, site)),
        " ".join(example.partners),
        " ".join(example.themas),
        example.slug,
        href(example.src_path, from_page),
        example.titel,
        where,
        excerpt(example.tekst),
        Markup("").join(details),
        themas,
    )
