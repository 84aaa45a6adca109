"""The Wonen–Welzijn glossary: validation, rendering, exports, and the filter in a browser."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from macros.exports import to_csv, to_json, to_turtle
from macros.glossary import fold, render_abbreviations, render_term
from macros.model import Term, load_site
from macros.validation import DataError
from tests.pages import article, text_of

BASE = "https://voorbeeld.test/woordenlijst/"
TERM = """term: Testterm
afkorting: TT
synoniemen: [proefterm]
definities:
  wonen: Zo leest Wonen het.
per_partner:
  - partner: caw
    definitie: Zo leest het CAW het.
bronnen: [Leidraad, bouwsteen 4]
zie_ook: [{other}]
"""


def errors(project: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_site(project)
    return [str(problem) for problem in caught.value.problems]


def write(project: Path, name: str, text: str) -> str:
    (project / "glossary" / name).write_text(text, encoding="utf-8")
    return f"glossary/{name}"


@pytest.fixture(scope="module")
def real(root):
    return load_site(root)


def by_abbreviation(site, abbreviation: str) -> Term:
    return next(t for t in site.terms if t.afkorting == abbreviation)


def by_term(site, text: str) -> Term:
    return next(t for t in site.terms if fold(t.term) == fold(text))


# The data


def test_at_least_40_terms_and_the_key_readings(real):
    assert len(real.terms) >= 40
    for abbreviation in (
        "OCMW",
        "IGS",
        "SHM",
        "SVK",
        "LWO",
        "CAW",
        "LCO",
        "BVR",
        "BSO",
        "GGZ",
        "CGG",
        "VAPH",
        "DMW",
        "GSA",
        "RIMO",
        "SMART",
        "RO",
        "ED",
    ):
        assert by_abbreviation(real, abbreviation)
    sector = by_term(real, "sector")
    assert "wonen" in sector.definities and "welzijn" in sector.definities
    assert sector.definities["wonen"] != sector.definities["welzijn"]
    assert len(by_term(real, "woonbegeleiding").lezingen) == 4
    assert len(by_term(real, "sociaal wonen").lezingen) == 2


def test_a_valid_term_loads(project, real):
    other = real.terms[0].id
    write(project, "testterm.yaml", TERM.format(other=other))
    term = load_site(project).term("testterm")
    assert term.per_partner == (("caw", "Zo leest het CAW het."),)
    assert term.zie_ook == (other,)


MISTAKES = {
    "unknown-key": ("bron: x\n", "bron", "is geen gekend veld"),
    "unknown-zie-ook": ("", "zie_ook", "“bestaat-niet” bestaat niet als term"),
    "unknown-partner": ("", "per_partner.partner", "“cawww” bestaat niet als partner"),
    "broken-yaml": ("definities: [\n", "", "de YAML is niet leesbaar"),
    "html": ("", "term", "heeft niet de juiste vorm"),
    "duplicate-abbreviation": ("", "afkorting", "is al de afkorting van"),
}


@pytest.mark.parametrize("case", MISTAKES, ids=list(MISTAKES))
def test_glossary_mistake_fails_with_file_and_field(project, real, case):
    extra, field, fragment = MISTAKES[case]
    text = TERM.format(other=real.terms[0].id) + extra
    if case == "unknown-zie-ook":
        text = TERM.format(other="bestaat-niet")
    if case == "unknown-partner":
        text = text.replace("partner: caw", "partner: cawww")
    if case == "html":
        text = text.replace("term: Testterm", "term: <b>Testterm</b>")
    if case == "duplicate-abbreviation":
        text = text.replace("afkorting: TT", "afkorting: SVK")
    file = write(project, "testterm.yaml", text)
    found = [e for e in errors(project) if e.startswith(file)]
    wanted = f": {field}: " if field else ": "
    assert any(wanted in e and fragment in e for e in found), found


def test_stray_file_in_glossary_fails(project):
    file = write(project, "woonbegeleiding.yml", "term: x\n")
    assert any(e.startswith(f"{file}: in glossary/ horen alleen") for e in errors(project))


# Rendering


def test_missing_sector_reading_says_so(real):
    term = Term(id="x", term="X & Y", definities={"wonen": "<b>vet</b>"}, bronnen=("B",))
    html = str(render_term(term, real, "woordenlijst.md"))
    assert "Nog geen Welzijn-lezing — vul aan via een pull request" in html
    assert "&lt;b&gt;vet&lt;/b&gt;" in html and "X &amp; Y" in html
    assert '<h2 id="x" class="term-naam">' in html


def test_abbreviations_come_from_the_glossary(real):
    lines = render_abbreviations(real).splitlines()
    assert f"*[SVK]: {by_abbreviation(real, 'SVK').term}" in lines
    assert len(lines) == sum(1 for t in real.terms if t.afkorting)


# Exports


def test_json_export_holds_every_term(real):
    data = json.loads(to_json(real, BASE))
    assert [t["id"] for t in data["termen"]] == [t.id for t in real.terms]
    woonbegeleiding = next(t for t in data["termen"] if t["term"].lower() == "woonbegeleiding")
    assert len(woonbegeleiding["lezingen"]) == 4


def test_csv_export_has_a_row_per_term_and_perspective(real):
    text = to_csv(real, BASE)
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert {r["id"] for r in rows} == {t.id for t in real.terms}
    sector = by_term(real, "sector")
    perspectives = {r["perspectief"] for r in rows if r["id"] == sector.id}
    assert {"wonen", "welzijn"} <= perspectives


def test_turtle_export_is_valid_skos(real):
    graph = Graph().parse(data=to_turtle(real, BASE), format="turtle")
    concepts = set(graph.subjects(RDF.type, SKOS.Concept))
    assert len(concepts) == len(real.terms)
    assert (URIRef(BASE), RDF.type, SKOS.ConceptScheme) in graph
    svk = URIRef(BASE + "#" + by_abbreviation(real, "SVK").id)
    labels = {str(o) for o in graph.objects(svk, SKOS.altLabel)}
    assert "SVK" in labels
    assert next(graph.objects(svk, SKOS.prefLabel)).language == "nl"
    notes = {
        str(note)
        for definition in graph.objects(URIRef(BASE + "#" + by_term(real, "sector").id),
                                        SKOS.definition)
        for note in graph.objects(definition, SKOS.note)
    }  # fmt: skip
    assert {"Lezing van Wonen", "Lezing van Welzijn"} <= notes
    for term in real.terms:
        for other in term.zie_ook:
            assert (URIRef(BASE + "#" + term.id), SKOS.related, URIRef(BASE + "#" + other)) in graph


# The real site


def test_page_has_every_term_and_the_exports(site, real):
    html = article(site / "woordenlijst" / "index.html")
    for term in real.terms:
        assert f'<h2 id="{term.id}" class="term-naam">' in html
    for name in ("woordenlijst.json", "woordenlijst.csv", "woordenlijst.ttl"):
        assert f'href="{name}"' in html
        assert (site / "woordenlijst" / name).stat().st_size > 1000
    Graph().parse(site / "woordenlijst" / "woordenlijst.ttl", format="turtle")
    json.loads((site / "woordenlijst" / "woordenlijst.json").read_text(encoding="utf-8"))


def test_key_terms_show_competing_readings_side_by_side(site, real):
    html = article(site / "woordenlijst" / "index.html")
    for name in ("woonbegeleiding", "sector", "sociaal wonen"):
        term = by_term(real, name)
        section = re.search(rf'<h2 id="{term.id}".*?</section>', html, re.S).group(0)
        assert 'class="lezingen-naast-elkaar"' in section, name
    sector = re.search(rf'<h2 id="{by_term(real, "sector").id}".*?</section>', html, re.S)
    text = text_of(sector.group(0))
    assert "Voor Wonen is wonen een sector" in text and "Welzijn omschrijft zichzelf" in text


def test_abbreviations_get_tooltips_across_the_site(site, real):
    html = article(site / "bouwstenen" / "2-werk-integraal" / "index.html")
    assert f'<abbr title="{by_abbreviation(real, "OCMW").term}">OCMW</abbr>' in html


# In a browser


def visible_ids(page) -> list[str]:
    return page.eval_on_selector_all(
        "#woordenlijst section.term:not([hidden]) h2", "els => els.map(e => e.id)"
    )


def test_filter_finds_by_abbreviation_synonym_and_accentless_spelling(page, server, real):
    page.goto(server + "woordenlijst/")
    search = page.get_by_label("Zoek een term, afkorting of woord uit een definitie")
    total = len(real.terms)
    assert len(visible_ids(page)) == total

    search.press_sequentially("svk")
    assert by_abbreviation(real, "SVK").id in visible_ids(page)
    assert len(visible_ids(page)) < total
    assert "?q=svk" in page.evaluate("location.search")  # page.url can lag

    search.fill("")
    search.press_sequentially("lwo")
    assert by_abbreviation(real, "LWO").id in visible_ids(page)

    search.fill("")
    search.press_sequentially("geintegreerd")
    assert by_term(real, "geïntegreerd breed onthaal").id in visible_ids(page)
    assert "van" in page.locator("#woordenlijst-aantal").inner_text()

    search.press("Escape")
    assert search.input_value() == ""
    assert len(visible_ids(page)) == total


def test_query_in_the_url_prefills_the_filter(page, server, real):
    page.goto(server + "woordenlijst/?q=huisvestigingsambtenaar")
    search = page.get_by_label("Zoek een term, afkorting of woord uit een definitie")
    assert search.input_value() == "huisvestigingsambtenaar"
    shown = visible_ids(page)
    assert 0 < len(shown) < len(real.terms)
    page.wait_for_timeout(500)
    assert not page.is_checked("#__search"), "the site search must not open over the glossary"


def test_large_text_mode_and_copy_link_buttons(page, server):
    page.goto(server + "woordenlijst/")
    before = page.evaluate("getComputedStyle(document.documentElement).fontSize")
    toggle = page.get_by_role("button", name="Grote tekst (projector)")
    toggle.click()
    assert toggle.get_attribute("aria-pressed") == "true"
    after = page.evaluate("getComputedStyle(document.documentElement).fontSize")
    assert float(after.rstrip("px")) > float(before.rstrip("px"))
    assert page.locator("button.term-kopieer").first.is_visible()
