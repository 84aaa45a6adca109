"""The Wonen–Welzijn glossary: validation, rendering, exports, and the filter in a browser."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import quote

import pytest
import yaml
from markupsafe import escape
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS, XSD

from macros.core.text import fold_accents as fold
from macros.core.validation import DataError
from macros.data.abbreviations import abbreviation_title, abbreviations
from macros.data.model import Bron, Lezing, Term, Wijziging
from macros.data.site import load_site
from macros.outputs.exports import safe_cell, to_csv, to_excel_csv, to_json, to_turtle
from macros.pages.changes import collect_changes
from macros.pages.glossary import (
    BLOCK_SIZE,
    EDITORS_LABEL,
    LONG_LIST,
    blocks_of,
    is_stale,
    render_freshness,
    render_glossary,
    render_term,
)
from tests.pages import article, text_of

BASE = "https://voorbeeld.test/woordenlijst/"
REPO = "https://github.com/voorbeeld/repo"
TERM = """term: Testterm
soort: begrip
stand: 2026-11-30
afkorting: TT
synoniemen: [proefterm]
lezingen:
  - perspectief: wonen
    tekst: Zo leest Wonen het.
    bron: {{titel: Toewijzing, artikel: art. 1.3, url: https://www.vlaanderen.be/x,
      uitgever: wonen-in-vlaanderen, gepubliceerd: 2020-07-17, geraadpleegd: 2026-11-30}}
  - perspectief: partner
    partner: caw
    tekst: Zo leest het CAW het.
    bron: {{titel: CAW Limburg, url: https://www.caw.be, uitgever: caw, geraadpleegd: 2026-11-30}}
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


def bron(titel="Een bron", uitgever="redactie", **rest) -> Bron:
    return Bron(titel=titel, uitgever=uitgever, **rest)


def term(soort="begrip", lezingen=(), **rest) -> Term:
    return Term(id="x", term="X & Y", soort=soort, stand="2026-11-30", lezingen=lezingen, **rest)


# The data


def guide_readings_in_file(root, term: Term) -> list[dict]:
    """The guide's readings of a term as its YAML file lists them (read without the loader)."""
    data = yaml.safe_load((root / "glossary" / f"{term.id}.yaml").read_text(encoding="utf-8"))
    return [x for x in data["lezingen"] if x["perspectief"] == "leidraad"]


def test_at_least_40_terms_and_the_key_readings(real, root):
    assert len(real.terms) >= 40
    assert len(real.terms) == len(list((root / "glossary").glob("*.yaml")))  # none left out
    for abbreviation in (
        "OCMW", "IGS", "SHM", "SVK", "LWO", "CAW", "LCO", "BVR", "BSO", "GGZ", "CGG", "VAPH",
        "DMW", "GSA", "RIMO", "SMART", "RO", "ED",
    ):  # fmt: skip
        assert by_abbreviation(real, abbreviation)
    # Every reading the guide gives in the file reaches the record, in order (an editor who adds
    # one changes the file, not this test). Woonbegeleiding: the guide's unattributed readings
    # and what it says partners do are the guide's words about a partner, not that partner's
    # own definition.
    for name, at_least in (("sector", 2), ("woonbegeleiding", 4), ("sociaal wonen", 2)):
        found = by_term(real, name)
        in_file = guide_readings_in_file(root, found)
        assert len(in_file) >= at_least, name
        assert [" ".join(x.tekst.split()) for x in found.lezingen_van("leidraad")] == [
            " ".join(x["tekst"].split()) for x in in_file
        ], name
    assert not by_term(real, "woonbegeleiding").lezingen_van("partner")


def test_every_term_is_checked_and_every_reading_has_a_source(real):
    # No calendar year here: a re-check in any year keeps this green.
    for t in real.terms:
        assert date.fromisoformat(t.stand), t.id
        for x in t.lezingen:
            assert x.bron.titel
            publisher = real.uitgever(x.bron.uitgever)
            if x.perspectief == "leidraad":
                assert x.bron.is_guide, t.id
            elif x.bron.url:
                assert x.bron.geraadpleegd, t.id
            else:
                assert publisher.sector in ("leidraad", "redactie", "wetgever"), t.id


def test_begrippen_with_both_sector_readings_side_by_side(real):
    both = [
        t.id
        for t in real.terms
        if t.soort == "begrip" and t.lezingen_van("wonen") and t.lezingen_van("welzijn")
    ]
    assert len(both) >= 8, both  # every other begrip shows the open column


def test_a_sector_speaks_only_through_its_own_publishers(real):
    # Wonen and Welzijn: that sector's organisations, or the guide's record of the sector;
    # never the editors, the media or the association of local governments.
    for t in real.terms:
        for key in ("wonen", "welzijn"):
            for x in t.lezingen_van(key):
                assert real.uitgever(x.bron.uitgever).sector in (key, "leidraad"), t.id
                assert "te bevestigen" not in x.tekst.lower(), t.id
    sector = by_term(real, "sector")
    assert all(
        x.recorded_by_guide for x in sector.lezingen_van("wonen") + sector.lezingen_van("welzijn")
    )
    assert sector.lezingen_van("wonen") and sector.lezingen_van("welzijn")


def test_superseded_terms_point_to_what_replaced_them(real):
    for abbreviation in ("SHM", "SVK"):
        old = by_abbreviation(real, abbreviation)
        assert old.historisch and old.opgevolgd_door == ("woonmaatschappij",)
        assert old.wijzigingen
    assert real.term("woonmaatschappij").status == "actueel"
    assert by_abbreviation(real, "VMSW").opgevolgd_door == ("wonen-in-vlaanderen",)
    assert real.term("wonen-in-vlaanderen").lezingen


def test_a_valid_term_loads(project, real):
    other = real.terms[0].id
    write(project, "testterm.yaml", TERM.format(other=other))
    loaded = load_site(project).term("testterm")
    assert loaded.lezingen[1].partner == "caw"
    assert loaded.lezingen[0].bron.label == "Toewijzing, art. 1.3"
    assert loaded.lezingen[0].bron.gepubliceerd == "2020-07-17"
    assert loaded.lezingen[0].bron.uitgever == "wonen-in-vlaanderen"
    assert loaded.zie_ook == (other,)


MISTAKES = {
    "unknown-key": ("bronnen: [x]\n", "bronnen", "is geen gekend veld"),
    "unknown-zie-ook": ("", "zie_ook", "“bestaat-niet” bestaat niet als term"),
    "unknown-partner": ("", "lezingen.partner", "“cawww” bestaat niet als partner"),
    "broken-yaml": ("lezingen: [\n", "", "de YAML is niet leesbaar"),
    "html": ("", "term", "heeft niet de juiste vorm"),
    "duplicate-abbreviation": ("", "afkorting", "is ook een naam van de term"),
    "abbreviation-not-one": ("", "afkorting", "is geen afkorting"),
    "unknown-publisher": ("", "lezingen[2].bron.uitgever", "“cawww” bestaat niet als uitgever"),
    "publisher-name-not-id": ("", "lezingen[2].bron.uitgever", "schrijf het id “caw”"),
    "url-without-consulted": ("", "lezingen[2].bron.geraadpleegd", "wanneer je ze las"),
    "wrong-sector": ("", "lezingen[1].bron.uitgever", "spreekt niet voor Wonen"),
    "editors-doubt-under-a-sector": ("", "lezingen[1].tekst", "is een opmerking van de redactie"),
    "until-without-replacement": ("", "lezingen.vervangen_door", "wie tot invult"),
    "until-before-publication": ("", "lezingen[1].tot", "ligt vóór"),
    "impossible-until": ("", "lezingen[1].tot", "is geen bestaande datum"),
    "reading-without-source": ("", "lezingen.bron", "ontbreekt; dit veld is verplicht"),
    "source-without-url": ("", "lezingen[2].bron.url", "heeft een webadres (url)"),
    "source-without-publisher": ("", "lezingen.bron.uitgever", "ontbreekt; dit veld is verplicht"),
    "old-date-field": ("", "lezingen.bron.datum", "is geen gekend veld"),
    "partner-without-id": ("", "lezingen.partner", "ontbreekt; dit veld is verplicht"),
    "partner-id-on-sector-reading": ("", "lezingen", "hoort alleen bij perspectief: partner"),
    "historisch-without-successor": (
        "status: historisch\n",
        "opgevolgd_door",
        "ontbreekt; dit veld is verplicht",
    ),
    "successor-without-historisch": ("opgevolgd_door: [ocmw]\n", "", "alleen bij status"),
    "unknown-successor": (
        "status: historisch\nopgevolgd_door: [woonmaatschapij]\n",
        "opgevolgd_door",
        "bedoel je “woonmaatschappij”?",
    ),
    "impossible-date": ("", "stand", "“2026-02-30” is geen bestaande datum"),
    "impossible-source-date": ("", "lezingen[1].bron.gepubliceerd", "“2020-13-17” is geen"),
    "missing-stand": ("", "stand", "ontbreekt; dit veld is verplicht"),
    "unknown-soort": ("", "soort", "is niet toegelaten (kies uit: begrip, organisatie"),
    "javascript-url": ("", "lezingen.bron.url", "heeft niet de juiste vorm"),
}
EDITS = {
    "unknown-partner": ("partner: caw", "partner: cawww"),
    "html": ("term: Testterm", "term: <b>Testterm</b>"),
    "duplicate-abbreviation": ("afkorting: TT", "afkorting: SVK"),
    "reading-without-source": (
        "    bron: {titel: CAW Limburg, url: https://www.caw.be, uitgever: caw, "
        "geraadpleegd: 2026-11-30}\n",
        "",
    ),
    "source-without-url": ("url: https://www.caw.be, ", ""),
    "source-without-publisher": ("uitgever: caw, ", ""),
    "old-date-field": ("geraadpleegd: 2026-11-30}", "datum: 2026-11-30}"),
    "abbreviation-not-one": ("afkorting: TT", "afkorting: Tt"),
    "unknown-publisher": ("uitgever: caw", "uitgever: cawww"),
    "publisher-name-not-id": ("uitgever: caw", "uitgever: c-a-w"),
    "url-without-consulted": (", geraadpleegd: 2026-11-30}\nzie", "}\nzie"),
    "wrong-sector": ("uitgever: wonen-in-vlaanderen", "uitgever: vvsg"),
    "editors-doubt-under-a-sector": ("Zo leest Wonen het.", "Zo leest Wonen het; te bevestigen."),
    "until-without-replacement": (
        "    tekst: Zo leest Wonen het.\n",
        "    tekst: Zo leest Wonen het.\n    tot: 2023-12-31\n",
    ),
    "until-before-publication": (
        "    tekst: Zo leest Wonen het.\n",
        "    tekst: Zo leest Wonen het.\n    tot: 2019-12-31\n    vervangen_door: Iets anders.\n",
    ),
    "impossible-until": (
        "    tekst: Zo leest Wonen het.\n",
        "    tekst: Zo leest Wonen het.\n    tot: 2023-02-30\n    vervangen_door: Iets anders.\n",
    ),
    "partner-without-id": ("    partner: caw\n", ""),
    "partner-id-on-sector-reading": (
        "  - perspectief: wonen\n",
        "  - perspectief: wonen\n    partner: caw\n",
    ),
    "impossible-date": ("stand: 2026-11-30", "stand: 2026-02-30"),
    "impossible-source-date": ("gepubliceerd: 2020-07-17", "gepubliceerd: 2020-13-17"),
    "missing-stand": ("stand: 2026-11-30\n", ""),
    "unknown-soort": ("soort: begrip", "soort: concept"),
    "javascript-url": ("url: https://www.caw.be", "url: javascript:alert(1)"),
}


@pytest.mark.parametrize("case", MISTAKES, ids=list(MISTAKES))
def test_glossary_mistake_fails_with_file_line_and_field(project, real, case):
    extra, field, fragment = MISTAKES[case]
    text = TERM.format(other=real.terms[0].id) + extra
    if case == "unknown-zie-ook":
        text = TERM.format(other="bestaat-niet")
    if case in EDITS:
        old, new = EDITS[case]
        assert old in text
        text = text.replace(old, new)
    file = write(project, "testterm.yaml", text)
    found = [e for e in errors(project) if e.startswith(file)]
    wanted = f": {field}: " if field else ": "
    assert any(wanted in e and fragment in e for e in found), found
    if case != "broken-yaml":
        assert all(re.match(rf"{re.escape(file)}:\d+: ", e) for e in found), found


def test_stray_file_in_glossary_fails(project):
    file = write(project, "woonbegeleiding.yml", "term: x\n")
    assert any(e.startswith(f"{file}: in glossary/ horen alleen") for e in errors(project))


def test_partner_successor_must_be_a_term(project):
    path = project / "data" / "partners.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            "opgevolgd_door: [wonen-in-vlaanderen]", "opgevolgd_door: [wonen-in-vlaandere]"
        ),
        encoding="utf-8",
    )
    assert any("“wonen-in-vlaandere” bestaat niet als term" in e for e in errors(project))


# Rendering


def section_between(html: str, start: str, end: str) -> str:
    return html.split(start, 1)[1].split(end, 1)[0]


def test_open_columns_invite_a_sourced_reading(real):
    source = bron(
        "Vlaamse Codex Wonen van 2021",
        "wonen-in-vlaanderen",
        url="https://a.b",
        gepubliceerd="2024-01",
        geraadpleegd="2026-11-30",
    )
    reading = Lezing("wonen", "<b>vet</b>", source)
    html = str(render_term(term(lezingen=(reading,)), real, "woordenlijst.md", REPO))
    assert "Nog geen lezing van Welzijn — vul aan" in html
    assert "Nog geen lezing van Wonen" not in html
    url = (
        f"{REPO}/issues/new?template=lezing-welzijn.yml&amp;term=X%20%26%20Y"
        "&amp;title=Lezing%3A%20X%20%26%20Y"
    )
    assert f'href="{url}"' in html
    assert "&lt;b&gt;vet&lt;/b&gt;" in html and "X &amp; Y" in html
    assert '<h2 id="x" class="term-naam">' in html
    publisher = real.uitgever("wonen-in-vlaanderen").naam
    assert f"Wonen — {escape(publisher)}" in html
    # The sector's own words, as a quotation, with publisher and both dates.
    assert '<blockquote class="lezing-citaat"><p>&lt;b&gt;vet&lt;/b&gt;</p></blockquote>' in html
    assert "gepubliceerd januari 2024, geraadpleegd 30 november 2026" in text_of(html)


def test_labels_say_who_says_it_and_editors_never_sit_under_a_sector(real):
    guide = bron("Leidraad “Woonkansen kiezen” (2021), bouwsteen 4", "leidraad")
    readings = (
        Lezing("leidraad", "Uit de gids.", guide),
        Lezing(
            "redactie",
            "Van de redactie.",
            bron("Decreet", "vlaamse-overheid", gepubliceerd="2009-05-08"),
        ),
        Lezing(
            "welzijn",
            "Van Welzijn.",
            bron("Over het CAW", "caw", url="https://www.caw.be", geraadpleegd="2026-11-30"),
        ),
        Lezing(
            "partner", "Van het CAW.", bron("CAW", "caw", url="https://www.caw.be"), partner="caw"
        ),
    )
    html = str(render_term(term(lezingen=readings), real, "woordenlijst.md", REPO))
    columns = section_between(html, 'class="lezingen-naast-elkaar"', "</div></div></div>")
    assert "Van de redactie." not in columns and "Uit de gids." not in columns
    assert f"Welzijn — {escape(real.uitgever('caw').naam)}" in columns
    assert "Nog geen lezing van Wonen — vul aan" in columns
    text = text_of(html)
    assert "Leidraad (2021)Uit de gids." in text
    decree = real.uitgever("vlaamse-overheid").naam
    assert (
        f"{EDITORS_LABEL}Van de redactie.Bron: Decreet — {decree}; gepubliceerd 8 mei 2009" in text
    )
    assert f"{real.partner('caw').naam}Van het CAW." in text


def test_the_guides_record_of_a_sector_fills_its_column(real):
    guide = bron("Leidraad “Woonkansen kiezen” (2021), bouwsteen 4", "leidraad")
    readings = (Lezing("wonen", "Voor Wonen is wonen een sector.", guide),)
    html = str(render_term(term(lezingen=readings), real, "woordenlijst.md", REPO))
    columns = section_between(html, 'class="lezingen-naast-elkaar"', "</div></div></div>")
    assert "Wonen — zoals opgetekend in de leidraad (2021)" in columns
    assert "lezing-opgetekend" in columns and "Voor Wonen is wonen een sector." in columns
    assert "Nog geen lezing van Wonen" not in columns


def test_a_reading_that_no_longer_holds_is_never_the_current_one(real):
    old = Lezing(
        "wonen",
        "Zo was het.",
        bron("Oude pagina", "wonen-in-vlaanderen", url="https://a.b", geraadpleegd="2026-11-30"),
        tot="2023-12-31",
        vervangen_door="Het toewijzingssysteem van 2024.",
    )
    html = str(render_term(term(lezingen=(old,)), real, "woordenlijst.md", REPO))
    columns = section_between(html, 'class="lezingen-naast-elkaar"', "</div></div></div>")
    wonen = columns.split('class="lezing-kolom"')[1]
    # The open column first: there is no current Wonen reading; the old one follows, marked.
    assert wonen.index("Nog geen lezing van Wonen") < wonen.index("Zo was het.")
    assert "lezing-historisch" in wonen
    assert (
        "Historisch: gold tot 31 december 2023; dit is niet meer de huidige lezing. "
        "Vervangen door: Het toewijzingssysteem van 2024." in text_of(wonen)
    )
    change = Wijziging(
        "2020-01-01",
        "Een regel.",
        bron("Decreet", "vlaamse-overheid"),
        tot="2025-12-31",
        vervangen_door="Een nieuwe regel.",
    )
    html = str(
        render_term(term(lezingen=(old,), wijzigingen=(change,)), real, "woordenlijst.md", REPO)
    )
    assert "Historisch: van 1 januari 2020 tot 31 december 2025" in text_of(html)
    assert "Vervangen door: Een nieuwe regel." in text_of(html)


def test_an_entry_not_checked_for_a_year_says_so(real):
    # Dates relative to the entry's own `stand`, never to the calendar.
    entry = term(lezingen=(Lezing("redactie", "Tekst.", bron()),))
    checked = date.fromisoformat(entry.stand)
    fresh = str(render_freshness(entry, checked.replace(year=checked.year + 1)))
    stale = str(render_freshness(entry, checked.replace(year=checked.year + 1) + timedelta(days=1)))
    assert 'data-nagekeken="2026-11-30" hidden>' in fresh
    assert " hidden>" not in stale and "meer dan 12 maanden niet nagekeken" in stale
    assert is_stale("2024-01-31", date(2025, 3, 1)) and not is_stale(
        "2024-01-31", date(2025, 1, 31)
    )


def test_an_organisation_is_described_without_sector_columns(real):
    reading = Lezing("redactie", "Een organisatie.", bron("Bron"))
    html = str(render_term(term("organisatie", (reading,)), real, "woordenlijst.md", REPO))
    assert "lezingen-naast-elkaar" not in html and "vul aan" not in html
    assert "Redactie" in text_of(html)


def test_abbreviation_title_says_what_a_term_is_now(real):
    assert abbreviation_title(by_abbreviation(real, "SHM"), real) == (
        "SHM — sociale huisvestingsmaatschappij; sinds 2023 opgegaan in de woonmaatschappij"
    )
    assert abbreviation_title(by_abbreviation(real, "VMSW"), real).endswith(
        "sinds 2023 opgegaan in Wonen in Vlaanderen"
    )
    ocmw = by_abbreviation(real, "OCMW")
    assert abbreviation_title(ocmw, real) == f"OCMW — {ocmw.term}"


def test_abbreviations_come_from_the_glossary(real):
    expansions = abbreviations(real)
    svk = by_abbreviation(real, "SVK")
    assert expansions["SVK"] == abbreviation_title(svk, real)
    assert "woonmaatschappij" in expansions["SVK"]
    assert len(expansions) == sum(1 for t in real.terms if t.afkorting)


def test_changes_are_collected_once_with_everything_they_touch(real):
    changes = collect_changes(real)
    merger = next(c for c in changes if "41 woonmaatschappijen" in c.wijziging.tekst)
    assert {"sociale-huisvestingsmaatschappij", "sociaal-verhuurkantoor"} <= set(merger.terms)
    assert {"shm", "svk"} <= set(merger.partners)
    assert [c.wijziging.sinds for c in changes] == sorted(c.wijziging.sinds for c in changes)


# Exports


def test_json_export_has_the_shape_of_the_issue(real):
    data = json.loads(to_json(real, BASE))
    assert list(data) == ["titel", "bron", "url", "stand", "termen"]
    assert [t["id"] for t in data["termen"]] == [t.id for t in real.terms]
    for entry in data["termen"]:
        assert list(entry) == [
            "id", "url", "term", "soort", "afkorting", "synoniemen", "status",
            "opgevolgd_door", "stand", "lezingen", "wijzigingen", "zie_ook",
        ]  # fmt: skip
        for reading in entry["lezingen"]:
            assert list(reading) == [
                "perspectief", "partner", "tekst", "bron", "tot", "vervangen_door",
            ]  # fmt: skip
            assert list(reading["bron"]) == [
                "titel", "url", "uitgever", "gepubliceerd", "geraadpleegd",
            ]  # fmt: skip
        for change in entry["wijzigingen"]:
            assert list(change) == ["sinds", "tekst", "bron", "tot", "vervangen_door"]
    shm = next(t for t in data["termen"] if t["afkorting"] == "SHM")
    assert shm["status"] == "historisch" and shm["opgevolgd_door"] == ["woonmaatschappij"]
    woonbegeleiding = next(t for t in data["termen"] if t["id"] == "woonbegeleiding")
    assert {r["perspectief"] for r in woonbegeleiding["lezingen"]} == {
        x.perspectief for x in real.term("woonbegeleiding").lezingen
    }


def test_csv_exports_have_a_row_per_term_and_reading(real):
    comma = to_csv(real, BASE)
    semicolon = to_excel_csv(real, BASE)
    assert comma.startswith("\ufeff") and semicolon.startswith("\ufeff")
    assert "\r\n" in comma
    rows = list(csv.DictReader(io.StringIO(comma.lstrip("\ufeff"))))
    excel = list(csv.DictReader(io.StringIO(semicolon.lstrip("\ufeff")), delimiter=";"))
    assert rows == excel
    assert len(rows) == sum(len(t.lezingen) for t in real.terms)
    assert {r["id"] for r in rows} == {t.id for t in real.terms}
    sector = by_term(real, "sector")
    assert {r["perspectief"] for r in rows if r["id"] == sector.id} >= {"wonen", "welzijn"}
    assert all(r["bron_uitgever"] for r in rows)
    assert all(r["bron"] for r in rows)


HOSTILE_CELLS = ["=1+1", "+31", "-2", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x")']


@pytest.mark.parametrize("value", HOSTILE_CELLS)
def test_safe_cell_neutralises_formulas(value):
    assert safe_cell(value) == "'" + value
    assert safe_cell("gewone tekst") == "gewone tekst"
    assert safe_cell(None) == ""


def test_every_csv_cell_is_formula_safe(real):
    hostile = term(
        lezingen=(Lezing("redactie", "=cmd|' /C calc'!A0", bron("@bron")),),
        synoniemen=("-min",),
    )
    site = replace(real, terms=(*real.terms, hostile))
    for text, delimiter in ((to_csv(site, BASE), ","), (to_excel_csv(site, BASE), ";")):
        cells = [c for row in csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter)
                 for c in row]  # fmt: skip
        assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells)
        assert "'=cmd|' /C calc'!A0" in cells and "'@bron" in cells


def skos(real) -> Graph:
    return Graph().parse(data=to_turtle(real, BASE), format="turtle")


def test_skos_meets_nl_sbb_required_fields(real):
    # NL-SBB: every concept has a preferred label, a definition and a source.
    graph = skos(real)
    concepts = set(graph.subjects(RDF.type, SKOS.Concept))
    assert len(concepts) == len(real.terms) + sum(len(t.lezingen) for t in real.terms)
    for concept in concepts:
        labels = list(graph.objects(concept, SKOS.prefLabel))
        assert len(labels) == 1 and labels[0].language == "nl", concept
        assert len(list(graph.objects(concept, SKOS.definition))) == 1, concept
        assert list(graph.objects(concept, DCTERMS.source)), concept
        assert list(graph.objects(concept, SKOS.inScheme)), concept
        modified = list(graph.objects(concept, DCTERMS.modified))
        assert len(modified) == 1 and modified[0].datatype == XSD.date, concept


def test_skos_models_perspectives_as_schemes_mapped_to_the_main_concept(real):
    graph = skos(real)
    main = URIRef(BASE)
    tops = set(graph.objects(main, SKOS.hasTopConcept))
    assert len(tops) == len(real.terms)
    schemes = set(graph.subjects(RDF.type, SKOS.ConceptScheme)) - {main}
    assert {str(s).rsplit("/", 1)[1] for s in schemes} >= {
        "leidraad",
        "wonen",
        "welzijn",
        "redactie",
    }
    sector = URIRef(BASE + "#" + by_term(real, "sector").id)
    readings = set(graph.subjects(SKOS.closeMatch, sector)) | set(
        graph.subjects(SKOS.exactMatch, sector)
    )
    assert len(readings) == len(by_term(real, "sector").lezingen)
    assert len(set(graph.subjects(SKOS.exactMatch, sector))) == 1
    for reading in readings:
        assert next(graph.objects(reading, SKOS.inScheme)) in schemes
    svk = URIRef(BASE + "#" + by_abbreviation(real, "SVK").id)
    assert "SVK" in {str(o) for o in graph.objects(svk, SKOS.altLabel)}
    for t in real.terms:
        for other in t.zie_ook:
            assert (URIRef(BASE + "#" + t.id), SKOS.related, URIRef(BASE + "#" + other)) in graph


def test_skos_superseded_concepts_are_replaced_with_a_history_note(real):
    graph = skos(real)
    shm = URIRef(BASE + "#" + by_abbreviation(real, "SHM").id)
    assert (shm, DCTERMS.isReplacedBy, URIRef(BASE + "#woonmaatschappij")) in graph
    assert list(graph.objects(shm, SKOS.historyNote))
    for t in real.terms:
        if t.historisch:
            concept = URIRef(BASE + "#" + t.id)
            assert list(graph.objects(concept, DCTERMS.isReplacedBy)), t.id
            assert list(graph.objects(concept, SKOS.historyNote)), t.id


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


@pytest.mark.parametrize(
    "count", [0, 1, BLOCK_SIZE - 1, BLOCK_SIZE, BLOCK_SIZE + 1, 3 * BLOCK_SIZE + 7]
)
def test_blocks_keep_every_item_in_order(count):
    items = list(range(count))
    blocks = blocks_of(items)
    assert [item for block in blocks for item in block] == items
    assert all(len(block) == BLOCK_SIZE for block in blocks[:-1])
    assert not blocks or 0 < len(blocks[-1]) <= BLOCK_SIZE


def test_a_long_list_skips_off_screen_terms_from_the_first_paint(real):
    """Up to LONG_LIST terms, the page opens drawn whole (find-in-page, axe); beyond, not."""
    opening = '<div class="woordenlijst alleen-in-beeld" id="woordenlijst">'
    short = render_glossary(real, "woordenlijst.md", "https://github.com/o/r")
    assert len(real.terms) <= LONG_LIST and opening not in short
    assert '<div class="woordenlijst" id="woordenlijst">' in short
    copies = LONG_LIST // len(real.terms) + 1
    terms = real.terms * copies  # the same terms again: only the length counts here
    long = render_glossary(replace(real, terms=terms), "woordenlijst.md", "https://github.com/o/r")
    assert opening in long
    assert long.count('<div class="woordenlijst-blok">') == len(blocks_of(terms))


def test_the_terms_stand_in_blocks_in_alphabetical_order(site, real):
    """The filter (woordenlijst.js) relies on it: terms in blocks of BLOCK_SIZE, nothing else."""
    html = (site / "woordenlijst" / "index.html").read_text(encoding="utf-8")
    listing = html.split('<div class="woordenlijst" id="woordenlijst">', 1)[1]
    listing = listing.split('<p class="woordenlijst-leeg"', 1)[0]
    blocks = re.split(r'<div class="woordenlijst-blok">', listing)[1:]
    ids = [re.findall(r'<h2 id="([^"]+)" class="term-naam">', block) for block in blocks]
    assert [len(b) for b in ids] == [len(b) for b in blocks_of(real.terms)]
    assert [i for b in ids for i in b] == [t.id for t in real.terms]


def test_key_terms_show_competing_readings_side_by_side(site, real):
    html = article(site / "woordenlijst" / "index.html")
    for name in ("woonbegeleiding", "sector", "sociaal wonen"):
        term = by_term(real, name)
        section = re.search(rf'<h2 id="{term.id}".*?</section>', html, re.S).group(0)
        assert 'class="lezingen-naast-elkaar"' in section, name
    sector = re.search(rf'<h2 id="{by_term(real, "sector").id}".*?</section>', html, re.S)
    text = text_of(sector.group(0))
    assert "Voor Wonen is wonen een sector" in text and "Welzijn omschrijft zichzelf" in text


def test_glossary_page_labels_every_reading_and_opens_missing_columns(site, real):
    html = article(site / "woordenlijst" / "index.html")
    for t in real.terms:
        section = re.search(rf'<h2 id="{t.id}".*?</section>', html, re.S).group(0)
        # Every reading has a label and a source line.
        assert section.count('class="lezing-kop"') >= len(t.lezingen), t.id
        assert section.count('class="lezing-bron"') >= len(t.lezingen), t.id
        columns = re.search(r'class="lezingen-naast-elkaar".*', section, re.S)
        if t.soort != "begrip":
            assert columns is None, t.id
            continue
        for key, name in (("wonen", "Wonen"), ("welzijn", "Welzijn")):
            if not t.lezingen_van(key):
                assert f"Nog geen lezing van {name} — vul aan" in section, t.id
                form = f"template=lezing-{key}.yml&amp;term={quote(t.term)}"
                assert form in section, t.id
        # Editors' and guide texts never sit in a sector column: the columns hold only
        # wonen/welzijn readings and open columns, up to the partner readings or details.
        column_html = re.split(r'class="lezingen-overig"|class="term-wijzigingen"|'
                               r'class="term-details"', columns.group(0))[0]  # fmt: skip
        assert "lezing-redactie" not in column_html and "lezing-leidraad" not in column_html


def test_historic_terms_keep_their_anchor_and_name_their_successor(site, real):
    html = article(site / "woordenlijst" / "index.html")
    shm = by_abbreviation(real, "SHM")
    section = re.search(rf'<h2 id="{shm.id}".*?</section>', html, re.S).group(0)
    assert "Bestaat niet meer onder deze naam." in text_of(section)
    assert '<a href="#woonmaatschappij">Woonmaatschappij</a>' in section
    assert '<h2 id="woonmaatschappij" class="term-naam">' in html


def test_changes_page_lists_every_change_with_date_source_and_links(site, real):
    html = article(site / "sinds-2021" / "index.html")
    changes = collect_changes(real)
    # The term and partner changes, and the municipal mergers of data/fusies.yaml.
    assert html.count('<li class="wijziging">') == len(changes) + 1 >= 6
    assert "Kortessem ging op in Hasselt" in html
    assert "Bilzen en Hoeselt werden Bilzen-Hoeselt" in html
    for change in changes:
        assert f'<time datetime="{change.wijziging.sinds}">' in html
        if change.wijziging.bron.url:
            assert f'href="{escape(change.wijziging.bron.url)}"' in html
        for id in change.terms:
            assert f'href="../woordenlijst/#{id}"' in html
        for id in change.partners:
            assert f'href="../partners/#{id}"' in html
    nav = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="sinds-2021/"' in nav


def test_partner_page_says_who_no_longer_exists(site, real):
    html = article(site / "partners" / "index.html")
    for partner in real.partners:
        if partner.historisch:
            section = html.split(f'id="{partner.id}"', 1)[1].split("<h3", 1)[0]
            assert "Bestaat niet meer onder deze naam" in section, partner.id
            assert "bron:" in text_of(section), partner.id


def test_abbreviations_get_tooltips_across_the_site(site, real):
    html = article(site / "bouwstenen" / "2-werk-integraal" / "index.html")
    ocmw = by_abbreviation(real, "OCMW")
    assert f'<abbr title="{abbreviation_title(ocmw, real)}">OCMW</abbr>' in html


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
    # The address follows once typing pauses (page.url can lag behind replaceState).
    page.wait_for_function("location.search.includes('q=svk')")

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


def test_freshness_notes_follow_the_readers_today(browser, server, real):
    # The reader's clock decides, not the build's: on the day of the most recent check no
    # entry warns; 13 months later every entry says it was not checked for over a year.
    newest = max(date.fromisoformat(t.stand) for t in real.terms)
    later = newest.replace(year=newest.year + 1) + timedelta(days=40)
    for day, expected in ((newest, 0), (later, len(real.terms))):
        context = browser.new_context(locale="nl-BE")
        page = context.new_page()
        page.clock.install(time=f"{day.isoformat()}T12:00:00")
        page.goto(server + "woordenlijst/")
        page.wait_for_load_state("load")
        assert page.locator(".term-verouderd:visible").count() == expected, day
        context.close()


def test_a_page_counts_the_partner_texts_it_shows_by_macro(real):
    """“Komt voor in” reads a bouwsteen with the partner texts its page shows from
    data/partners.yaml (`partner_sectie`, `partner_tekst`), whichever page calls them."""
    from macros.views.occurrences import Occurrences, partner_shown

    ocmw = next(p for p in real.partners if p.id == "ocmw")
    shown = partner_shown(
        "Tekst.\n- {{ partner_tekst(\"ocmw\") }} en {{ partner_sectie('ocmw') }}", real
    )
    assert shown == " ".join([ocmw.kop or "", ocmw.wat or "", *ocmw.aandachtspunten, *ocmw.vragen])
    assert partner_shown("Een pagina zonder partners.", real) == ""
    occurrences = Occurrences(real)
    showing = [n for n, source in real.texts.items() if "partner_" in source]
    assert showing, "a bouwsteen (today the second) shows partner texts by macro"
    for number, source in real.texts.items():
        text = occurrences.bouwstenen[number]
        if number in showing:
            assert text == f"{source}\n{partner_shown(source, real)}"
            assert ocmw.wat and ocmw.wat in text
        else:
            assert text == source


def reference_uses(term: Term, text: str) -> bool:
    """Whether `text` uses `term`, as Occurrences first tested it: each text on its own."""
    lower = text.lower()
    for word in (term.term, *term.synoniemen):
        if word.lower() in lower and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.I):
            return True
    abbreviation = term.afkorting
    return bool(
        abbreviation
        and abbreviation in text
        and re.search(rf"(?<!\w){re.escape(abbreviation)}(?!\w)", text)
    )


def test_occurrences_scan_all_examples_at_once_as_each_on_its_own(real):
    """Occurrences looks for a name in all examples' texts at once: it finds the examples a
    test of each text finds, on the real site and on texts made to trip it (names at the
    very start and end of a text, across the joins, case that lower() and re.I read apart,
    texts without letters, empty ones)."""
    import random

    from macros.views.occurrences import Occurrences

    rng = random.Random(23)
    names = [n for t in real.terms for n in (t.term, t.afkorting, *t.synoniemen) if n]
    pieces = [*rng.sample(names, 40), "İ", "ı", "ẞ", "ß", "K", "ſ", "-", " ", "\n", "x", ""]
    texts = [e.tekst for e in real.examples]
    texts += ["".join(rng.choices(pieces, k=rng.randint(0, 8))) for _ in range(400)]
    examples = tuple(
        replace(
            real.examples[n % len(real.examples)],
            slug=f"x-{n}",
            titel=rng.choice(pieces),
            tekst=text,
        )
        for n, text in enumerate(texts)
    )
    terms = [
        *real.terms,
        replace(real.terms[0], term="ſtraat", synoniemen=("İs", "K"), afkorting="SS"),
    ]
    for site in (real, replace(real, examples=examples)):
        occurrences = Occurrences(site)
        for term in terms:
            expected = [e for e in site.examples if reference_uses(term, f"{e.titel}\n{e.tekst}")]
            assert occurrences(term)[1] == expected, term.id
