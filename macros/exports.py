"""Glossary exports beside the page: JSON, CSV (RFC 4180 and for Belgian Excel) and SKOS.

Each function takes the validated site and returns the file's text, so it can be tested
without MkDocs; the build writes them to site/woordenlijst/. Every reading carries its
perspective and source in every format, as on the page.
"""

from __future__ import annotations

import csv
import io
import json

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS, XSD

from .glossary import reading_label
from .model import Bron, Site, Term

EXPORT_NAMES = (
    "woordenlijst.json",
    "woordenlijst.csv",
    "woordenlijst-excel.csv",
    "woordenlijst.ttl",
)
TITLE = "Woordenlijst Wonen–Welzijn"
SOURCE = (
    "Leidraad “Woonkansen kiezen” (2021), werkgroep Sociaal Woonbeleid "
    "(Provincie Limburg en Wonen-Vlaanderen), aangevuld door de redactie van deze site"
)
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def term_url(base: str, term: Term) -> str:
    return f"{base}#{term.id}"


def site_stand(site: Site) -> str:
    """The most recent date any term was checked."""
    return max((t.stand for t in site.terms), default="")


def bron_data(bron: Bron) -> dict:
    """{titel, url, datum}; the article, if any, is part of the title ('…, art. 4.1')."""
    return {"titel": bron.label, "url": bron.url, "datum": bron.datum}


# JSON


def to_json(site: Site, base: str) -> str:
    data = {
        "titel": TITLE,
        "bron": SOURCE,
        "url": base,
        "stand": site_stand(site),
        "termen": [
            {
                "id": t.id,
                "url": term_url(base, t),
                "term": t.term,
                "soort": t.soort,
                "afkorting": t.afkorting,
                "synoniemen": list(t.synoniemen),
                "status": t.status,
                "opgevolgd_door": list(t.opgevolgd_door),
                "stand": t.stand,
                "lezingen": [
                    {
                        "perspectief": x.perspectief,
                        "partner": x.partner,
                        "tekst": x.tekst,
                        "bron": bron_data(x.bron),
                    }
                    for x in t.lezingen
                ],
                "wijzigingen": [
                    {"sinds": w.sinds, "tekst": w.tekst, "bron": bron_data(w.bron)}
                    for w in t.wijzigingen
                ],
                "zie_ook": list(t.zie_ook),
            }
            for t in site.terms
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# CSV


def safe_cell(value) -> str:
    """A cell a spreadsheet shows as text: a leading = + - @ tab, CR or LF gets an apostrophe
    (the usual rule against "CSV injection", OWASP)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


CSV_HEADER = (
    "id",
    "term",
    "soort",
    "status",
    "opgevolgd_door",
    "afkorting",
    "synoniemen",
    "perspectief",
    "partner",
    "van wie",
    "tekst",
    "bron",
    "bron_url",
    "bron_datum",
    "wijzigingen",
    "stand",
    "url",
)


def csv_rows(site: Site, base: str):
    """One row per term and reading."""
    for t in site.terms:
        changes = " | ".join(
            f"sinds {w.sinds}: {w.tekst} (bron: {w.bron.label})" for w in t.wijzigingen
        )
        for x in t.lezingen:
            yield (
                t.id,
                t.term,
                t.soort,
                t.status,
                "; ".join(t.opgevolgd_door),
                t.afkorting,
                "; ".join(t.synoniemen),
                x.perspectief,
                x.partner,
                reading_label(x, site),
                x.tekst,
                x.bron.label,
                x.bron.url,
                x.bron.datum,
                changes,
                t.stand,
                term_url(base, t),
            )


def to_csv(site: Site, base: str, delimiter: str = ",") -> str:
    """RFC 4180 (comma, CRLF, quotes where needed), UTF-8 with a byte order mark so Excel
    reads accents. Every cell passes safe_cell()."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    for row in (CSV_HEADER, *csv_rows(site, base)):
        writer.writerow([safe_cell(cell) for cell in row])
    return "\ufeff" + out.getvalue()


def to_excel_csv(site: Site, base: str) -> str:
    """The same table separated by semicolons: Excel with Belgian settings opens it in columns."""
    return to_csv(site, base, delimiter=";")


# SKOS


PERSPECTIVE_SCHEME_TITLES = {
    "leidraad": "Lezingen uit de leidraad “Woonkansen kiezen” (2021)",
    "wonen": "Lezingen van de sector Wonen",
    "welzijn": "Lezingen van de sector Welzijn",
    "partner": "Lezingen van partners",
    "redactie": "Omschrijvingen van de redactie",
}


def source_node(bron: Bron):
    return URIRef(bron.url) if bron.url else Literal(bron.label, lang="nl")


def to_graph(site: Site, base: str) -> Graph:
    """SKOS, following the Dutch NL-SBB rules: every concept has a prefLabel, a definition
    and a source.

    The main scheme has one concept per term, defined by its first reading. Each perspective
    (leidraad, wonen, welzijn, partner, redactie) is a ConceptScheme of its own, with one
    concept per reading, mapped to the main concept: skos:exactMatch for the reading that
    defines it, skos:closeMatch for the others. A superseded term has dct:isReplacedBy and a
    skos:historyNote.
    """
    graph = Graph()
    graph.bind("skos", SKOS)
    graph.bind("dct", DCTERMS)
    ns = Namespace(base + "#")
    scheme = URIRef(base)
    graph.add((scheme, RDF.type, SKOS.ConceptScheme))
    graph.add((scheme, DCTERMS.title, Literal(TITLE, lang="nl")))
    graph.add((scheme, DCTERMS.source, Literal(SOURCE, lang="nl")))
    schemes = {}
    for key, title in PERSPECTIVE_SCHEME_TITLES.items():
        schemes[key] = URIRef(f"{base}perspectief/{key}")
        graph.add((schemes[key], RDF.type, SKOS.ConceptScheme))
        graph.add((schemes[key], DCTERMS.title, Literal(title, lang="nl")))
    for t in site.terms:
        concept = ns[t.id]
        modified = Literal(t.stand, datatype=XSD.date)
        graph.add((concept, RDF.type, SKOS.Concept))
        graph.add((concept, SKOS.inScheme, scheme))
        graph.add((scheme, SKOS.hasTopConcept, concept))
        graph.add((concept, SKOS.prefLabel, Literal(t.term, lang="nl")))
        graph.add((concept, DCTERMS.modified, modified))
        for alt in ([t.afkorting] if t.afkorting else []) + list(t.synoniemen):
            graph.add((concept, SKOS.altLabel, Literal(alt, lang="nl")))
        main = t.lezingen[0]
        graph.add((concept, SKOS.definition, Literal(main.tekst, lang="nl")))
        graph.add((concept, DCTERMS.source, source_node(main.bron)))
        for number, x in enumerate(t.lezingen, start=1):
            reading = URIRef(f"{base}perspectief/{x.perspectief}#{t.id}-{number}")
            graph.add((reading, RDF.type, SKOS.Concept))
            graph.add((reading, SKOS.inScheme, schemes[x.perspectief]))
            graph.add((reading, SKOS.prefLabel, Literal(t.term, lang="nl")))
            graph.add((reading, SKOS.definition, Literal(x.tekst, lang="nl")))
            graph.add((reading, DCTERMS.source, source_node(x.bron)))
            graph.add((reading, SKOS.note, Literal(reading_label(x, site), lang="nl")))
            graph.add((reading, DCTERMS.modified, modified))
            if x.partner:
                graph.add((reading, DCTERMS.creator, Literal(site.partner(x.partner).naam)))
            graph.add((reading, SKOS.exactMatch if x is main else SKOS.closeMatch, concept))
        for w in t.wijzigingen:
            note = f"Sinds {w.sinds}: {w.tekst} (bron: {w.bron.label})"
            graph.add((concept, SKOS.historyNote, Literal(note, lang="nl")))
        for successor in t.opgevolgd_door:
            graph.add((concept, DCTERMS.isReplacedBy, ns[successor]))
        if t.historisch and not t.wijzigingen:
            names = ", ".join(site.term(s).term for s in t.opgevolgd_door)
            note = f"Historische term, opgevolgd door {names}."
            graph.add((concept, SKOS.historyNote, Literal(note, lang="nl")))
        for other in t.zie_ook:
            graph.add((concept, SKOS.related, ns[other]))
    return graph


def to_turtle(site: Site, base: str) -> str:
    return to_graph(site, base).serialize(format="turtle")


def exports(site: Site, base: str) -> dict[str, str]:
    """File name -> content, for the files beside the glossary page."""
    return {
        "woordenlijst.json": to_json(site, base),
        "woordenlijst.csv": to_csv(site, base),
        "woordenlijst-excel.csv": to_excel_csv(site, base),
        "woordenlijst.ttl": to_turtle(site, base),
    }
