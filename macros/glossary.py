"""The shared Wonen–Welzijn glossary: glossary/<id>.yaml -> /woordenlijst/.

Bouwsteen 4, "Spreek dezelfde taal": housing and welfare use the same words for different
things. The page shows each sector's reading side by side, says so where a reading is not
known yet, and lets people filter the terms as they type during a meeting.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from markupsafe import Markup

from .links import href, link
from .model import SLUG, Site, Term, check_member, read_text, rel, slugify
from .text import md_escape
from .validation import Problems, check_schema, parse_yaml

GLOSSARY_DIR = "glossary"
GLOSSARY_PAGE = "woordenlijst.md"
SECTORS = {"wonen": "Wonen", "welzijn": "Welzijn"}
# Examples named per term: the glossary must not grow with every new example.
MAX_EXAMPLES_PER_TERM = 8

# Loader


def load_glossary(root: Path, site: Site, problems: Problems) -> tuple[Term, ...]:
    folder = root / GLOSSARY_DIR
    if not folder.is_dir():
        return ()
    raw: dict[str, tuple[dict, dict, str]] = {}
    for path in sorted(folder.iterdir()):
        file = rel(path, root)
        if path.name == "README.md":
            continue
        if path.is_dir() or path.suffix != ".yaml":
            problems.add(
                file,
                "in glossary/ horen alleen termen als .yaml-bestand (één bestand per term); "
                "dit bestand komt niet op de site",
            )
            continue
        if not SLUG.match(path.stem):
            problems.add(
                file,
                "de bestandsnaam is het id van de term: gebruik kleine letters, cijfers en "
                f"streepjes, bv. “{slugify(path.stem) or 'term'}.yaml”",
                "bestandsnaam",
            )
            continue
        text = read_text(path, root, problems)
        if text is None:
            continue
        parsed = parse_yaml(text, file, problems)
        if parsed is None:
            continue
        data, lines = parsed
        if not check_schema(data, "term", file, lines, problems):
            continue
        raw[path.stem] = (data, lines, file)

    partner_ids = [p.id for p in site.partners]
    abbreviations: dict[str, str] = {}
    terms = []
    for id, (data, lines, file) in raw.items():
        for index, other in enumerate(data.get("zie_ook", ())):
            if other == id:
                problems.add(file, "een term verwijst niet naar zichzelf", "zie_ook")
            else:
                check_member(
                    other,
                    raw,
                    "term",
                    file,
                    "zie_ook",
                    problems,
                    lines.get(("zie_ook", index)),
                    "de bestanden in glossary/",
                )
        for index, item in enumerate(data.get("per_partner", ())):
            check_member(
                item["partner"],
                partner_ids,
                "partner",
                file,
                "per_partner.partner",
                problems,
                lines.get(("per_partner", index, "partner")),
                "data/partners.yaml",
            )
        abbreviation = data.get("afkorting")
        if abbreviation:
            if abbreviation in abbreviations:
                problems.add(
                    file,
                    f"“{abbreviation}” is al de afkorting van {abbreviations[abbreviation]}",
                    "afkorting",
                    lines.get(("afkorting",)),
                )
            abbreviations.setdefault(abbreviation, file)
        terms.append(
            Term(
                id=id,
                term=data["term"].strip(),
                definities={k: v.strip() for k, v in data["definities"].items()},
                bronnen=tuple(data["bronnen"]),
                afkorting=abbreviation,
                synoniemen=tuple(data.get("synoniemen", ())),
                per_partner=tuple(
                    (i["partner"], i["definitie"].strip()) for i in data.get("per_partner", ())
                ),
                lezingen=tuple(x.strip() for x in data.get("lezingen", ())),
                toelichting=(data.get("toelichting") or "").strip() or None,
                zie_ook=tuple(data.get("zie_ook", ())),
            )
        )
    return tuple(sorted(terms, key=lambda t: sort_key(t.term)))


# Helper functions


def fold(text: str) -> str:
    """Lower case without accents: 'Geïntegreerd' -> 'geintegreerd' (as the filter does)."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def sort_key(text: str) -> str:
    return fold(text).lstrip("'’ ")


def letter_of(term: Term) -> str:
    first = sort_key(term.term)[:1].upper()
    return first if first.isalpha() else "#"


def search_text(term: Term, site: Site) -> str:
    """Everything the filter matches on: term, abbreviation, synonyms, every reading."""
    parts = [term.term, term.afkorting or "", *term.synoniemen, *term.definities.values()]
    parts += [f"{site.partner(p).label} {d}" for p, d in term.per_partner]
    parts += [*term.lezingen, term.toelichting or ""]
    return re.sub(r"\s+", " ", fold(" ".join(parts))).strip()


def occurrences(term: Term, site: Site) -> tuple[list[int], list]:
    """The bouwstenen and practice examples whose text uses the term (or a variant).

    A plain substring test on lower-cased text comes first; the word-boundary regex only
    runs where the word can be. That keeps a thousand examples times every term cheap.
    """
    key = ("occurrences", term.id)
    if key in site._index:
        return site._index[key]
    variants = [
        (w.lower(), re.compile(rf"(?<!\w){re.escape(w)}(?!\w)", re.I))
        for w in (term.term, *term.synoniemen)
    ]
    abbreviation = term.afkorting
    abbreviation_pattern = abbreviation and re.compile(rf"(?<!\w){re.escape(abbreviation)}(?!\w)")

    def uses(text: str, lower: str) -> bool:
        if any(w in lower and p.search(text) for w, p in variants):
            return True
        return bool(abbreviation and abbreviation in text and abbreviation_pattern.search(text))

    texts = _searchable_texts(site)
    bouwstenen = [n for n, (text, lower) in texts["bouwstenen"].items() if uses(text, lower)]
    examples = [e for e, (text, lower) in texts["examples"] if uses(text, lower)]
    site._index[key] = (bouwstenen, examples)
    return bouwstenen, examples


def _searchable_texts(site: Site) -> dict:
    """Each bouwsteen's and example's text with its lower-cased copy (built once per site)."""
    if "searchable" not in site._index:
        partner_text = _bouwsteen_2_partner_text(site)
        bouwstenen = {}
        for n, text in site.texts.items():
            full = f"{text}\n{partner_text}" if n == 2 else text
            bouwstenen[n] = (full, full.lower())
        examples = []
        for e in site.examples:
            text = f"{e.titel}\n{e.tekst}"
            examples.append((e, (text, text.lower())))
        site._index["searchable"] = {"bouwstenen": bouwstenen, "examples": examples}
    return site._index["searchable"]


def _bouwsteen_2_partner_text(site: Site) -> str:
    """The partner text bouwsteen 2 renders from data/partners.yaml (built once per site)."""
    if "partner_text" not in site._index:
        site._index["partner_text"] = "\n".join(
            " ".join([p.kop or "", p.wat or "", *p.aandachtspunten, *p.vragen])
            for p in site.partners
            if p.kop
        )
    return site._index["partner_text"]


# Renderers


def render_abbreviations(site: Site) -> str:
    """Markdown abbreviation definitions (*[SVK]: …) for every term with an abbreviation.

    Appended to every page by pymdownx.snippets, so each abbreviation gets a tooltip.
    """
    lines = [f"*[{t.afkorting}]: {' '.join(t.term.split())}" for t in site.terms if t.afkorting]
    return "\n".join(lines) + "\n"


def reading(label: str, text: str | None, kind: str, missing: str = "") -> Markup:
    if text is None:
        return Markup(
            '<div class="lezing lezing-{} lezing-ontbreekt"><p class="lezing-kop">{}</p>'
            "<p>{}</p></div>"
        ).format(kind, label, missing)
    return Markup(
        '<div class="lezing lezing-{}"><p class="lezing-kop">{}</p><p>{}</p></div>'
    ).format(kind, label, text)


def render_term(term: Term, site: Site, from_page: str) -> Markup:
    d = term.definities
    parts = []
    heading = Markup("{}").format(term.term)
    if term.afkorting and term.afkorting != term.term:
        heading += Markup(' <span class="term-afkorting">({})</span>').format(term.afkorting)
    parts.append(
        Markup(
            '<h2 id="{id}" class="term-naam">{heading}</h2>'
            '<p class="term-acties"><a class="term-anker" href="#{id}">Link naar deze term</a>'
            '<button type="button" class="term-kopieer md-button" data-anker="{id}" hidden>'
            "Kopieer link</button></p>"
        ).format(id=term.id, heading=heading)
    )
    if term.synoniemen:
        parts.append(
            Markup('<p class="term-synoniemen">Ook: {}</p>').format(", ".join(term.synoniemen))
        )
    if "gedeeld" in d:
        parts.append(reading("Wonen en Welzijn", d["gedeeld"], "gedeeld"))
    if "wonen" in d or "welzijn" in d or "gedeeld" not in d:
        columns = Markup("").join(
            reading(
                label,
                d.get(key),
                key,
                f"Nog geen {label}-lezing — vul aan via een pull request op "
                f"glossary/{term.id}.yaml.",
            )
            for key, label in SECTORS.items()
        )
        parts.append(Markup('<div class="lezingen-naast-elkaar">{}</div>').format(columns))
    if term.lezingen:
        # Competing readings the source does not attribute: side by side, like the sectors.
        cards = Markup("").join(
            Markup(
                '<div class="lezing lezing-praktijk"><p class="lezing-kop">Lezing {}</p>'
                "<p>{}</p></div>"
            ).format(number, text)
            for number, text in enumerate(term.lezingen, start=1)
        )
        note = Markup("<p>{}</p>").format(term.toelichting) if term.toelichting else ""
        parts.append(
            Markup(
                '<div class="lezingen-praktijk"><p class="lezing-kop">Lezingen uit de praktijk, '
                'niet toegeschreven</p>{}<div class="lezingen-naast-elkaar">{}</div></div>'
            ).format(note, cards)
        )
    elif term.toelichting:
        parts.append(Markup('<p class="term-toelichting">{}</p>').format(term.toelichting))
    if term.per_partner:
        rows = Markup("").join(
            Markup('<dt><a href="{}">{}</a></dt><dd>{}</dd>').format(
                href("partners.md", from_page, p), site.partner(p).naam, text
            )
            for p, text in term.per_partner
        )
        parts.append(
            Markup(
                '<div class="lezing lezing-partners"><p class="lezing-kop">Per partner</p>'
                "<dl>{}</dl></div>"
            ).format(rows)
        )
    details = [Markup("<dt>Bronnen</dt><dd>{}</dd>").format("; ".join(term.bronnen))]
    if term.zie_ook:
        links = Markup(", ").join(
            Markup('<a href="#{}">{}</a>').format(other, site.term(other).term)
            for other in term.zie_ook
        )
        details.append(Markup("<dt>Zie ook</dt><dd>{}</dd>").format(links))
    bouwstenen, examples = occurrences(term, site)
    if bouwstenen or examples:
        found = [
            Markup('<a href="{}">Bouwsteen {}</a>').format(
                href(site.bouwsteen(n).src_path, from_page), n
            )
            for n in bouwstenen
        ]
        found += [
            Markup('<a href="{}">{}</a>').format(href(e.src_path, from_page), e.titel)
            for e in examples[:MAX_EXAMPLES_PER_TERM]
        ]
        more = len(examples) - MAX_EXAMPLES_PER_TERM
        tail = Markup(" en nog {} andere praktijkvoorbeelden").format(more) if more > 0 else ""
        details.append(
            Markup("<dt>Komt voor in</dt><dd>{}{}</dd>").format(Markup(", ").join(found), tail)
        )
    parts.append(Markup('<dl class="term-details">{}</dl>').format(Markup("").join(details)))
    return Markup('<section class="term" data-zoek="{}">{}</section>').format(
        search_text(term, site), Markup("").join(parts)
    )


def ranking_data(terms) -> Markup:
    """What the filter ranks on (woordenlijst.js): term, abbreviation and synonyms per id.

    JSON inside <script>: "<", ">" and "&" are written as \\u escapes, so no text can end
    the element.
    """
    data = [
        {"id": t.id, "term": t.term, "afkorting": t.afkorting, "synoniemen": list(t.synoniemen)}
        for t in terms
    ]
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def render_glossary(site: Site, from_page: str) -> str:
    """The glossary: filter, A–Z index, exports, and every term."""
    terms = site.terms
    letters: dict[str, str] = {}
    for term in terms:
        letters.setdefault(letter_of(term), term.id)
    alphabet = [chr(c) for c in range(ord("A"), ord("Z") + 1)]
    index = Markup("").join(
        Markup('<li><a href="#{}">{}</a></li>').format(letters[ch], ch)
        if ch in letters
        else Markup('<li><span class="az-leeg" aria-hidden="true">{}</span></li>').format(ch)
        for ch in alphabet + (["#"] if "#" in letters else [])
    )
    controls = Markup(
        '<div class="woordenlijst-hulp">'
        '<form class="woordenlijst-filter" role="search" aria-label="Woordenlijst filteren" '
        "hidden>"
        '<label for="woordenlijst-zoek">Zoek een term, afkorting of woord uit een definitie</label>'
        '<input type="search" id="woordenlijst-zoek" name="q" autocomplete="off" '
        'spellcheck="false" placeholder="bv. svk, woonbegeleiding, geintegreerd">'
        "</form>"
        '<button type="button" class="md-button projector-knop" id="woordenlijst-groot" '
        'aria-pressed="false" hidden>Grote tekst (projector)</button>'
        '<p id="woordenlijst-aantal" role="status" aria-live="polite">{} termen</p>'
        '<noscript><p class="zonder-js">Filteren werkt alleen met JavaScript; hieronder staan '
        "alle termen.</p></noscript></div>"
        '<nav class="woordenlijst-az" aria-label="Termen van A tot Z"><ul>{}</ul></nav>'
        '<p class="woordenlijst-export">Download de woordenlijst: '
        '<a href="woordenlijst.json" type="application/json">JSON</a> · '
        '<a href="woordenlijst.csv" type="text/csv">CSV (één rij per term en lezing)</a> · '
        '<a href="woordenlijst.ttl" type="text/turtle">SKOS (Turtle)</a></p>'
        '<script type="application/json" id="woordenlijst-termen">{}</script>'
    ).format(len(terms), index, ranking_data(terms))
    body = Markup("\n").join(render_term(t, site, from_page) for t in terms)
    empty = Markup(
        '<p class="woordenlijst-leeg" id="woordenlijst-leeg" hidden>Geen termen gevonden. '
        "Probeer een ander woord of een afkorting.</p>"
    )
    return str(
        controls
        + Markup('\n<div class="woordenlijst" id="woordenlijst">\n{}\n</div>\n{}\n').format(
            body, empty
        )
    )


def render_partner_terms(site: Site, partner_id: str, from_page: str) -> str:
    """Markdown line for the partner page: terms this partner reads in its own way."""
    terms = site.terms_for_partner(partner_id)
    if not terms:
        return ""
    linked = ", ".join(
        f"[{md_escape(t.term)}]({link(GLOSSARY_PAGE, from_page, t.id)})" for t in terms
    )
    return f"Eigen lezing in de woordenlijst: {linked}.\n"
