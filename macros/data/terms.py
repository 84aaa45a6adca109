"""Load the glossary: glossary/<id>.yaml -> validated Term records.

Each reading says who says it (perspectief) and where it comes from (bron); the schema
refuses a reading without a source. Here come the checks a schema cannot make: partner and
term ids that must exist, dates that must exist on the calendar, abbreviations used once.
"""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

from ..core.sanitize import Checker
from ..core.text import fold_accents, slugify
from ..core.validation import Lines, Problems, check_schema, parse_yaml
from .model import (
    SLUG,
    Lezing,
    Site,
    Term,
    check_dates,
    check_member,
    make_bron,
    make_wijzigingen,
    read_text,
    rel,
)
from .names import check_names
from .sources import check_period, check_reading, check_source, publisher_vocabulary

GLOSSARY_DIR = "glossary"

# Loader


def load_glossary(root: Path, site: Site, checker: Checker) -> tuple[Term, ...]:
    problems = checker.problems
    folder = root / GLOSSARY_DIR
    if not folder.is_dir():
        return ()
    raw: dict[str, tuple[dict, Lines, str]] = {}
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
        if not check_dates(data, file, lines, problems):
            continue
        raw[path.stem] = (data, lines, file)

    partner_ids = [p.id for p in site.partners]
    terms = []
    for id, (data, lines, file) in raw.items():
        check_term_references(id, data, lines, file, raw, problems)
        for index, reading in enumerate(data["lezingen"]):
            if "partner" in reading:
                check_member(
                    reading["partner"],
                    partner_ids,
                    "partner",
                    file,
                    "lezingen.partner",
                    problems,
                    lines.get(("lezingen", index, "partner")),
                    "data/partners.yaml",
                )
        term = make_term(id, data)
        check_term_sources(term, root, site, file, lines, problems)
        check_term_html(term, file, lines, checker)
        terms.append(term)
    check_names(terms, root, {t.id: (raw[t.id][2], raw[t.id][1]) for t in terms}, problems)
    return tuple(sorted(terms, key=lambda t: sort_key(t.term)))


def check_term_sources(
    term: Term, root: Path, site: Site, file: str, lines: Lines, problems: Problems
) -> None:
    """Every source names a known publisher; every reading speaks in a voice it may use."""
    vocabulary = publisher_vocabulary(site.uitgevers)
    publishers = {u.id: u for u in site.uitgevers}
    for index, reading in enumerate(term.lezingen):
        line = lines.get(("lezingen", index))
        field = f"lezingen[{index + 1}].bron"
        publisher = check_source(reading.bron, vocabulary, publishers, file, field, line, problems)
        if publisher is not None:
            check_reading(reading, publisher, root, file, index + 1, line, problems)
        check_period(
            reading.bron.gepubliceerd, reading.tot, file, f"lezingen[{index + 1}]", line, problems
        )
    for index, change in enumerate(term.wijzigingen):
        line = lines.get(("wijzigingen", index))
        field = f"wijzigingen[{index + 1}]"
        check_source(change.bron, vocabulary, publishers, file, f"{field}.bron", line, problems)
        check_period(change.sinds, change.tot, file, field, line, problems)


def check_term_html(term: Term, file: str, lines: Lines, checker: Checker) -> None:
    """The HTML a term's texts and sources become must pass the allowlist unchanged.

    The glossary escapes every text, so this holds by construction today; the check keeps it
    so if a renderer changes, and refuses a source URL that is not a plain web link.
    """
    for key, items in (("lezingen", term.lezingen), ("wijzigingen", term.wijzigingen)):
        for index, item in enumerate(items):
            html = Markup("<p>{}</p>").format(item.tekst)
            if item.bron.url:
                html += Markup('<p><a href="{}">{}</a></p>').format(item.bron.url, item.bron.label)
            checker.html(str(html), file, f"{key}[{index + 1}]", "", lines.get((key, index)))


def check_term_references(
    id: str, data: dict, lines: Lines, file: str, known, problems: Problems
) -> None:
    """zie_ook and opgevolgd_door name other terms that exist."""
    for key in ("zie_ook", "opgevolgd_door"):
        for index, other in enumerate(data.get(key, ())):
            if other == id:
                problems.add(file, "een term verwijst niet naar zichzelf", key)
                continue
            check_member(
                other,
                known,
                "term",
                file,
                key,
                problems,
                lines.get((key, index)),
                "de bestanden in glossary/",
            )


def make_term(id: str, data: dict) -> Term:
    return Term(
        id=id,
        term=data["term"].strip(),
        soort=data["soort"],
        stand=data["stand"],
        status=data.get("status", "actueel"),
        opgevolgd_door=tuple(data.get("opgevolgd_door", ())),
        afkorting=data.get("afkorting"),
        synoniemen=tuple(data.get("synoniemen", ())),
        lezingen=tuple(
            Lezing(
                perspectief=x["perspectief"],
                tekst=x["tekst"].strip(),
                bron=make_bron(x["bron"]),
                partner=x.get("partner"),
                tot=x.get("tot"),
                vervangen_door=" ".join(x["vervangen_door"].split())
                if "vervangen_door" in x
                else None,
            )
            for x in data["lezingen"]
        ),
        wijzigingen=make_wijzigingen(data.get("wijzigingen", ())),
        zie_ook=tuple(data.get("zie_ook", ())),
    )


# Helper functions


def sort_key(text: str) -> str:
    return fold_accents(text).lstrip("'’ ")
