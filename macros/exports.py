"""Glossary exports beside the page: JSON, CSV and SKOS (Turtle).

Each function takes the validated site and returns the file's text, so it can be tested
without MkDocs; the build writes them to site/woordenlijst/.
"""

from __future__ import annotations

import csv
import io
import json

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS

from .model import Site, Term

EXPORT_NAMES = ("woordenlijst.json", "woordenlijst.csv", "woordenlijst.ttl")
TITLE = "Woordenlijst Wonen–Welzijn"
PERSPECTIVES = {"wonen": "Wonen", "welzijn": "Welzijn", "gedeeld": "Wonen en Welzijn"}


def perspectives(term: Term, site: Site) -> list[tuple[str, str, str]]:
    """(key, whose reading in words, definition) for every reading of a term."""
    rows = [(k, f"Lezing van {PERSPECTIVES[k]}", v) for k, v in term.definities.items()]
    rows += [
        (f"partner:{p}", f"Lezing van {site.partner(p).naam}", text) for p, text in term.per_partner
    ]
    rows += [("praktijk", "Lezing uit de praktijk, niet toegeschreven", x) for x in term.lezingen]
    return rows


# A cell that starts with one of these is a formula to Excel and LibreOffice ("CSV injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_cell(value: str) -> str:
    """Neutralise a cell that a spreadsheet would run as a formula: a leading apostrophe.

    The usual rule (OWASP, "CSV Injection"): the apostrophe makes the spreadsheet show the
    text as text; the rest of the cell is unchanged.
    """
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def term_url(base: str, term: Term) -> str:
    return f"{base}#{term.id}"


def to_json(site: Site, base: str) -> str:
    data = {
        "titel": TITLE,
        "bron": "Leidraad “Woonkansen kiezen”, werkgroep Sociaal Woonbeleid "
        "(Provincie Limburg en Wonen-Vlaanderen)",
        "url": base,
        "termen": [
            {
                "id": t.id,
                "url": term_url(base, t),
                "term": t.term,
                "afkorting": t.afkorting,
                "synoniemen": list(t.synoniemen),
                "definities": dict(t.definities),
                "per_partner": [
                    {"partner": p, "partner_naam": site.partner(p).naam, "definitie": d}
                    for p, d in t.per_partner
                ],
                "lezingen": list(t.lezingen),
                "toelichting": t.toelichting,
                "bronnen": list(t.bronnen),
                "zie_ook": list(t.zie_ook),
            }
            for t in site.terms
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def to_csv(site: Site, base: str) -> str:
    """One row per term and perspective; UTF-8 with a byte order mark so Excel reads accents."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    write = lambda row: writer.writerow([safe_cell(cell) for cell in row])  # noqa: E731
    write(
        [
            "id",
            "term",
            "afkorting",
            "synoniemen",
            "perspectief",
            "van wie",
            "definitie",
            "bronnen",
            "url",
        ]
    )
    for t in site.terms:
        for key, whose, text in perspectives(t, site):
            write(
                [
                    t.id,
                    t.term,
                    t.afkorting or "",
                    "; ".join(t.synoniemen),
                    key,
                    whose,
                    text,
                    "; ".join(t.bronnen),
                    term_url(base, t),
                ]
            )
    return "\ufeff" + out.getvalue()


def to_graph(site: Site, base: str) -> Graph:
    """SKOS: a ConceptScheme, a Concept per term with stable URIs from the ids."""
    graph = Graph()
    graph.bind("skos", SKOS)
    graph.bind("dct", DCTERMS)
    ns = Namespace(base + "#")
    scheme = URIRef(base)
    graph.add((scheme, RDF.type, SKOS.ConceptScheme))
    graph.add((scheme, DCTERMS.title, Literal(TITLE, lang="nl")))
    for t in site.terms:
        concept = ns[t.id]
        graph.add((concept, RDF.type, SKOS.Concept))
        graph.add((concept, SKOS.inScheme, scheme))
        graph.add((scheme, SKOS.hasTopConcept, concept))
        graph.add((concept, SKOS.prefLabel, Literal(t.term, lang="nl")))
        for alt in ([t.afkorting] if t.afkorting else []) + list(t.synoniemen):
            graph.add((concept, SKOS.altLabel, Literal(alt, lang="nl")))
        for _, whose, text in perspectives(t, site):
            # A definition as a resource: its text (rdf:value) and a note saying whose it is.
            definition = BNode()
            graph.add((concept, SKOS.definition, definition))
            graph.add((definition, RDF.value, Literal(text, lang="nl")))
            graph.add((definition, SKOS.note, Literal(whose, lang="nl")))
        if t.toelichting:
            graph.add((concept, SKOS.scopeNote, Literal(t.toelichting, lang="nl")))
        for source in t.bronnen:
            graph.add((concept, DCTERMS.source, Literal(source, lang="nl")))
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
        "woordenlijst.ttl": to_turtle(site, base),
    }
