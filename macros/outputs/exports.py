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
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from ..data.model import Bron, Site, Term
from ..pages.glossary import publisher_name, reading_label, source_dates

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
    """{titel, url, uitgever, gepubliceerd, geraadpleegd}; the article, if any, is part of
    the title ('…, art. 4.1')."""
    return {
        "titel": bron.label,
        "url": bron.url,
        "uitgever": bron.uitgever,
        "gepubliceerd": bron.gepubliceerd,
        "geraadpleegd": bron.geraadpleegd,
    }


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
                        "tot": x.tot,
                        "vervangen_door": x.vervangen_door,
                    }
                    for x in t.lezingen
                ],
                "wijzigingen": [
                    {
                        "sinds": w.sinds,
                        "tekst": w.tekst,
                        "bron": bron_data(w.bron),
                        "tot": w.tot,
                        "vervangen_door": w.vervangen_door,
                    }
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
    "bron_uitgever",
    "bron_gepubliceerd",
    "bron_geraadpleegd",
    "tot",
    "vervangen_door",
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
                x.bron.uitgever,
                x.bron.gepubliceerd,
                x.bron.geraadpleegd,
                x.tot,
                x.vervangen_door,
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


FOAF = Namespace("http://xmlns.com/foaf/0.1/")


def citation(bron: Bron, site: Site) -> str:
    """'Titel, art. 1 — Uitgever; gepubliceerd …, geraadpleegd … <url>' as one line."""
    parts = [bron.label]
    if not bron.is_guide:
        parts.append(f" — {publisher_name(bron, site)}")
    dates = source_dates(bron)
    if dates:
        parts.append(f"; {dates}")
    if bron.url:
        parts.append(f" <{bron.url}>")
    return "".join(parts)


class Sources:
    """Source documents as the NL-SBB profile wants them: one node per distinct source, with
    its title (dct:title), its page on the web (foaf:page) and a bibliographic citation."""

    def __init__(self, graph: Graph, site: Site, base: str):
        self.graph, self.site, self.base = graph, site, base
        self.nodes: dict[tuple, URIRef] = {}

    def node(self, bron: Bron) -> URIRef:
        key = (bron.label, bron.url, bron.uitgever, bron.gepubliceerd, bron.geraadpleegd)
        if key in self.nodes:
            return self.nodes[key]
        node = URIRef(f"{self.base}bron/{len(self.nodes) + 1}")
        self.nodes[key] = node
        graph = self.graph
        graph.add((node, DCTERMS.title, Literal(bron.label, lang="nl")))
        graph.add(
            (
                node,
                DCTERMS.bibliographicCitation,
                Literal(citation(bron, self.site), datatype=XSD.string),
            )
        )
        graph.add((node, DCTERMS.publisher, Literal(publisher_name(bron, self.site), lang="nl")))
        if bron.url:
            graph.add((node, FOAF.page, URIRef(bron.url)))
        if bron.gepubliceerd:
            graph.add((node, DCTERMS.issued, Literal(bron.gepubliceerd)))
        return node


def reading_pref_label(term: Term, number: int, lezing, site: Site) -> str:
    """Unique within its perspective's scheme: 'Sector — lezing 2: Wonen — zoals …'."""
    return f"{term.term} — lezing {number}: {reading_label(lezing, site)}"


def history(lezing) -> str:
    return f"Gold tot {lezing.tot}. Vervangen door: {lezing.vervangen_door}"


def to_graph(site: Site, base: str) -> Graph:
    """SKOS as the Dutch NL-SBB application profile intends it (checked against its SHACL
    shapes in the tests, with no violation and no warning).

    The main scheme has one top concept per term, with a unique prefLabel, its other names as
    altLabels, a definition (its first current reading) and its source as a source document
    (title, foaf:page, citation); `zie_ook` becomes skos:related. Each perspective (leidraad,
    wonen, welzijn, partner, redactie) is a ConceptScheme of its own, with one top concept per
    reading, labelled with the term, the reading's number and who says it, and mapped to the
    main concept: skos:exactMatch for the reading that defines it, skos:closeMatch for the
    others. A reading or a change that no longer holds is a skos:historyNote; a superseded
    term has dct:isReplacedBy.
    """
    graph = Graph()
    graph.bind("skos", SKOS)
    graph.bind("dct", DCTERMS)
    graph.bind("foaf", FOAF)
    ns = Namespace(base + "#")
    sources = Sources(graph, site, base)
    scheme = URIRef(base)
    graph.add((scheme, RDF.type, SKOS.ConceptScheme))
    graph.add((scheme, DCTERMS.title, Literal(TITLE, lang="nl")))
    graph.add((scheme, RDFS.comment, Literal(SOURCE, lang="nl")))
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
        graph.add((concept, SKOS.topConceptOf, scheme))
        graph.add((scheme, SKOS.hasTopConcept, concept))
        graph.add((concept, SKOS.prefLabel, Literal(t.term, lang="nl")))
        graph.add((concept, DCTERMS.modified, modified))
        for alt in ([t.afkorting] if t.afkorting else []) + list(t.synoniemen):
            if alt != t.term:
                graph.add((concept, SKOS.altLabel, Literal(alt, lang="nl")))
        main = next((x for x in t.lezingen if not x.historisch), t.lezingen[0])
        graph.add((concept, SKOS.definition, Literal(main.tekst, lang="nl")))
        graph.add((concept, DCTERMS.source, sources.node(main.bron)))
        for number, x in enumerate(t.lezingen, start=1):
            reading = URIRef(f"{base}perspectief/{x.perspectief}#{t.id}-{number}")
            own_scheme = schemes[x.perspectief]
            graph.add((reading, RDF.type, SKOS.Concept))
            graph.add((reading, SKOS.inScheme, own_scheme))
            graph.add((reading, SKOS.topConceptOf, own_scheme))
            graph.add((own_scheme, SKOS.hasTopConcept, reading))
            label = reading_pref_label(t, number, x, site)
            graph.add((reading, SKOS.prefLabel, Literal(label, lang="nl")))
            graph.add((reading, SKOS.definition, Literal(x.tekst, lang="nl")))
            graph.add((reading, DCTERMS.source, sources.node(x.bron)))
            graph.add((reading, SKOS.note, Literal(reading_label(x, site), lang="nl")))
            graph.add((reading, DCTERMS.modified, modified))
            if x.historisch:
                graph.add((reading, SKOS.historyNote, Literal(history(x), lang="nl")))
            if x.partner:
                graph.add((reading, DCTERMS.creator, Literal(site.partner(x.partner).naam)))
            graph.add((reading, SKOS.exactMatch if x is main else SKOS.closeMatch, concept))
        for w in t.wijzigingen:
            period = f"Van {w.sinds} tot {w.tot}" if w.historisch else f"Sinds {w.sinds}"
            note = f"{period}: {w.tekst} (bron: {citation(w.bron, site)})"
            if w.historisch:
                note += f" Vervangen door: {w.vervangen_door}"
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
