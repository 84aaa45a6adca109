"""The glossary's SKOS export against the NL-SBB application profile's SHACL shapes
(tests/standaarden/skos-ap-nl.ttl, Geonovum, CC-BY-4.0): no violation, no warning, no info."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Graph, Literal
from rdflib.namespace import RDF, SH, SKOS

from macros.data.site import load_site
from macros.outputs.exports import to_graph

SHAPES = Path(__file__).parent / "standaarden" / "skos-ap-nl.ttl"
BASE = "https://voorbeeld.test/woordenlijst/"


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def results(graph: Graph, shapes: Graph) -> list[tuple[str, str, str]]:
    """(severity, focus node, message) of every SHACL result, whatever its severity."""
    _, report, _ = validate(graph, shacl_graph=shapes, allow_warnings=False, allow_infos=False)
    found = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        severity = report.value(result, SH.resultSeverity)
        found.append(
            (
                str(severity).rsplit("#", 1)[-1],
                str(report.value(result, SH.focusNode)),
                str(report.value(result, SH.resultMessage)),
            )
        )
    return found


def test_the_export_passes_the_nl_sbb_shapes_without_any_result(root, shapes):
    found = results(to_graph(load_site(root), BASE), shapes)
    assert found == [], found[:20]


def test_the_shapes_do_catch_what_the_export_avoids(root, shapes):
    # The same check finds a shared prefLabel in one scheme and a source given as plain text:
    # the test above is not vacuous.
    site = load_site(root)
    few = replace(site, terms=site.terms[:3])
    graph = to_graph(few, BASE)
    first, second = sorted(
        {
            s
            for s in graph.subjects(RDF.type, SKOS.Concept)
            if "#" in str(s) and "perspectief" not in str(s)
        }
    )[:2]
    graph.set((second, SKOS.prefLabel, graph.value(first, SKOS.prefLabel)))
    graph.add((first, SKOS.altLabel, Literal("x")))  # no language tag
    found = results(graph, shapes)
    severities = {severity for severity, _, _ in found}
    assert "Warning" in severities, found
    assert any(str(second) == focus for _, focus, _ in found), found
