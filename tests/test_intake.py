"""From issue form to file: realistic `issues` events fed to `make voorbeeld-uit-issue` and
`make lezing-uit-issue`. A valid form gives one file that builds; a wrong one gives Dutch
messages per field and writes nothing."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from macros.core.validation import Problems, parse_yaml
from macros.data.site import load_site
from macros.data.vocabulary import example_vocabularies
from macros.github.intake import IntakeError, append_reading, choices, form_fields
from macros.pages.forms import AGREEMENT, EXAMPLE_FIELDS, READING_FORMS
from tests.conftest import ROOT, build_site, copy_project

VENV = Path(sys.executable).parent.parent
EXAMPLE = {
    "titel": "Genk – woonloket aan huis voor senioren",
    "bouwstenen": "3 • Kijk naar kansen, 7 • Praat met je inwoners",
    "gemeenten": "Genk, Tongeren-Borgloon",
    "igs": "IGS GAOZ",
    "partners": "Openbaar Centrum voor Maatschappelijk Welzijn (OCMW), "
    "Zorgsector (huisartsenkring, thuisverpleging, thuiszorgdiensten)",
    "themas": "Woonloket, Senioren",
    "contact": "IGS GAOZ (Genk, As, Oudsbergen, Zutendaal)",
    "tekst": "Een medewerker van het woonloket gaat op huisbezoek.\n\n"
    "### Wat het opleverde\n\nSenioren vinden de weg naar premies.",
    "nieuw": "",
    "akkoord": f"- [X] {AGREEMENT}",
}


def issue_body(fields: dict[str, str], answers: dict[str, str]) -> str:
    """The body GitHub writes for an issue form: `### Label`, the answer or `_No response_`."""
    return "\n\n".join(
        f"### {label}\n\n{answers.get(id) or '_No response_'}" for id, label in fields.items()
    )


def event_file(tmp_path: Path, fields, answers, label="praktijkvoorbeeld") -> Path:
    event = {
        "action": "labeled",
        "label": {"name": "omzetten"},
        "sender": {"login": "beheerder"},
        "issue": {
            "number": 7,
            "title": "Praktijkvoorbeeld: {{ config }} <b>x</b>",
            "labels": [{"name": label}, {"name": "omzetten"}],
            "body": issue_body(fields, answers).replace("\n", "\r\n"),  # as GitHub sends it
        },
    }
    path = tmp_path / "event.json"
    path.write_text(json.dumps(event, ensure_ascii=False), encoding="utf-8")
    return path


def make(project: Path, target: str, event: Path) -> subprocess.CompletedProcess:
    """Run the make target in `project`, with this test run's virtual environment."""
    for name in ("Makefile", "requirements.txt", "requirements-dev.txt"):
        if not (project / name).exists():
            shutil.copy2(ROOT / name, project / name)
    return subprocess.run(
        ["make", "-s", target, f"EVENT={event}", f"VENV={VENV}"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )


def files(project: Path) -> dict[str, bytes]:
    return {
        p.relative_to(project).as_posix(): p.read_bytes()
        for folder in ("docs", "glossary", "data")
        for p in (project / folder).rglob("*")
        if p.is_file()
    }


def test_a_valid_form_becomes_one_file_that_builds(project, tmp_path):
    before = files(project)
    result = make(project, "voorbeeld-uit-issue", event_file(tmp_path, EXAMPLE_FIELDS, EXAMPLE))
    assert result.returncode == 0, result.stderr
    path = "docs/praktijkvoorbeelden/genk-woonloket-aan-huis-voor-senioren.md"
    assert result.stdout == f"{path}\n"
    assert set(files(project)) - set(before) == {path}
    assert (project / path).read_text(encoding="utf-8") == (
        "---\n"
        'titel: "Genk – woonloket aan huis voor senioren"\n'
        "bouwstenen: [3, 7]\n"
        "gemeenten: [Genk, Tongeren-Borgloon]\n"
        "igs: [gaoz]\n"
        "partners: [ocmw, zorgsector]\n"
        "themas: [woonloket, senioren]\n"
        "contact: igs-gaoz\n"
        "bron: bijdrage\n"
        f"datum: {date.today().isoformat()}\n"
        "---\n"
        "Een medewerker van het woonloket gaat op huisbezoek.\n\n"
        "### Wat het opleverde\n\n"
        "Senioren vinden de weg naar premies.\n"
    )
    build = build_site(project, tmp_path / "site")
    assert build.returncode == 0, build.stdout + build.stderr
    page = tmp_path / "site" / "praktijkvoorbeelden" / "genk-woonloket-aan-huis-voor-senioren"
    html = (page / "index.html").read_text(encoding="utf-8")
    assert (
        '<h1 id="genk-woonloket-aan-huis-voor-senioren">Genk – woonloket aan huis voor senioren'
        in html
    )
    assert "Wat het opleverde" in html


def refused(project: Path, tmp_path: Path, answers: dict) -> list[str]:
    before = files(project)
    result = make(project, "voorbeeld-uit-issue", event_file(tmp_path, EXAMPLE_FIELDS, answers))
    assert result.returncode != 0
    assert result.stdout == ""
    assert files(project) == before, "nothing may be written on error"
    assert result.stderr.startswith("Het formulier kan niet omgezet worden:\n")
    return [line[2:] for line in result.stderr.splitlines() if line.startswith("- ")]


def test_unknown_municipality_and_no_bouwsteen_are_refused_per_field(project, tmp_path):
    answers = {**EXAMPLE, "bouwstenen": "", "gemeenten": "Atlantis, genck, Sint-Truiden"}
    assert refused(project, tmp_path, answers) == [
        "Bouwstenen: kies minstens één bouwsteen (1 t/m 8)",
        "Gemeente ‘Atlantis’ bestaat niet — kies uit de lijst op /bijdragen/ (data/gemeenten.yaml)",
        "Gemeente ‘genck’ bestaat niet — bedoel je ‘Genk’?",
    ]


def test_template_syntax_and_html_in_the_text_are_refused(project, tmp_path):
    answers = {
        **EXAMPLE,
        "tekst": "Een medewerker {{ config.repo_url }} gaat op huisbezoek.\n\n"
        "<img src=x onerror=alert(1)><script>fetch('//x.be')</script>",
    }
    assert refused(project, tmp_path, answers) == [
        "Je voorbeeld: sjablooncode (“{{”, “{%”, “}}”) is niet toegelaten; schrijf gewone tekst",
        "Je voorbeeld: HTML-code (“<…>”) is niet toegelaten; schrijf gewone tekst",
    ]


def test_the_builds_own_checks_apply_to_the_written_text(project, tmp_path):
    # Not checked by the intake itself: the loader of the build refuses it (same validation).
    answers = {**EXAMPLE, "tekst": "Zie [de site](javascript:alert(1)) voor meer.\n\n# Kop"}
    messages = refused(project, tmp_path, answers)
    assert any(
        m.startswith("Je voorbeeld (regel 1): de link “javascript:alert(1)” op <a> is niet")
        for m in messages
    ), messages
    answers = {**EXAMPLE, "tekst": "Een zin.\n\n# Kop"}
    messages = refused(project, tmp_path, answers)
    assert any(
        m.startswith("Je voorbeeld (regel 3): een titel met “# ” is niet toegelaten")
        for m in messages
    ), messages


def test_more_refusals(project, tmp_path):
    (project / "docs/praktijkvoorbeelden/genk-woonloket-aan-huis-voor-senioren.md").write_text(
        '---\ntitel: "Al een ander voorbeeld"\nbouwstenen: [3]\nbron: bijdrage\n'
        "datum: 2026-11-01\n---\nTekst.\n",
        encoding="utf-8",
    )
    answers = {**EXAMPLE, "akkoord": f"- [ ] {AGREEMENT}", "titel": "", "themas": "Wonen op zee"}
    answers["titel"] = "Genk – woonloket aan huis voor senioren"
    messages = refused(project, tmp_path, answers)
    assert "Thema ‘Wonen op zee’ bestaat niet — bedoel je ‘Woonloket’?" in messages or any(
        m.startswith("Thema ‘Wonen op zee’ bestaat niet") for m in messages
    )
    assert "Akkoord: vink aan dat de gemeente of het IGS akkoord is met de publicatie" in messages
    assert (
        "Titel: er bestaat al een voorbeeld "
        "docs/praktijkvoorbeelden/genk-woonloket-aan-huis-voor-senioren.md; "
        "kies een andere titel" in messages
    )


def test_the_form_is_forgiving_about_names_case_and_accents(root):
    vocabularies = example_vocabularies(load_site(root))
    assert choices("genk; SINT TRUIDEN\nbilzen hoeselt", vocabularies["gemeenten"]) == (
        ["Genk", "Sint-Truiden", "Bilzen-Hoeselt"],
        [],
    )
    assert choices("caw, Privé huurmarkt", vocabularies["partners"]) == (
        ["caw"],
        ["Privé huurmarkt"],
    )
    assert choices("privehuurmarkt en discriminatie", vocabularies["themas"]) == (
        ["privehuurmarkt"],
        [],
    )
    assert choices("WWL, with", vocabularies["igs"]) == (["wwl", "with"], [])


def test_a_heading_in_the_text_that_is_not_a_form_label_stays_text():
    body = issue_body(EXAMPLE_FIELDS, {"titel": "T", "tekst": "a\n\n### Titel van mij\n\nb"})
    assert form_fields(body, EXAMPLE_FIELDS)["tekst"] == "a\n\n### Titel van mij\n\nb"
    assert form_fields(body, EXAMPLE_FIELDS)["gemeenten"] == ""


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        # A forged `### Akkoord` with a ticked box inside the text, the real box unticked.
        (
            issue_body(
                EXAMPLE_FIELDS,
                {
                    **EXAMPLE,
                    "tekst": f"Tekst.\n\n### Akkoord\n\n- [X] {AGREEMENT}",
                    "akkoord": f"- [ ] {AGREEMENT}",
                },
            ),
            "de kop “### Akkoord” staat 2 keer in het issue",
        ),
        # Headings out of the form's order.
        (
            issue_body(dict(reversed(list(EXAMPLE_FIELDS.items()))), EXAMPLE),
            "de koppen staan niet in de volgorde van het formulier",
        ),
        # A blank issue, not the form.
        ("Hallo, hier is mijn voorbeeld.", "de kop “### Titel” ontbreekt"),
        # Text before the first heading.
        ("Lees eerst dit!\n\n" + issue_body(EXAMPLE_FIELDS, EXAMPLE), "boven “### Titel”"),
    ],
    ids=["forged-akkoord", "order", "blank-issue", "preamble"],
)
def test_the_body_must_be_the_form_as_github_writes_it(body, fragment):
    with pytest.raises(IntakeError) as caught:
        form_fields(body, EXAMPLE_FIELDS)
    assert any(fragment in m for m in caught.value.messages), caught.value.messages


def test_a_reading_form_is_recognised_by_its_own_text_label():
    from macros.github.intake import reading_form_of

    for key, form in READING_FORMS.items():
        assert reading_form_of(issue_body(form.fields(), READING)).perspective == key
    mixed = issue_body(WELZIJN, {**READING, "tekst": "### Lezing van Wonen\n\nx"})
    with pytest.raises(IntakeError):
        reading_form_of(mixed)


# Glossary readings (contract 2)

TERM = """\
# Woonbegeleiding: contract-2 fixture
term: Woonbegeleiding
soort: begrip
stand: 2026-11-30
status: actueel
synoniemen: [begeleid wonen]
lezingen:
  - perspectief: leidraad
    tekst: >-
      Het begrip woonbegeleiding is een containerbegrip.
    bron:
      titel: "Leidraad “Woonkansen kiezen” (2021), bouwsteen 4"
      uitgever: leidraad
zie_ook: [woonladder]  # keep this comment
"""


@pytest.fixture
def glossary_project(tmp_path) -> Path:
    # The whole project: a reading is validated by the build's own loader before it is written.
    project = copy_project(tmp_path / "woordenlijst")
    (project / "glossary" / "woonbegeleiding.yaml").write_text(TERM, encoding="utf-8")
    return project


WELZIJN = READING_FORMS["welzijn"].fields()
PARTNER = READING_FORMS["partner"].fields()
READING = {
    "term": "woonbegeleiding",
    "tekst": "Woonbegeleiding is hulp aan huis bij wonen, budget en administratie.",
    "bron_titel": "CAW, Woonbegeleiding",
    "bron_url": "https://www.caw.be/",
    "bron_uitgever": "CAW (Centra Algemeen Welzijnswerk)",
    "bron_gepubliceerd": "2024-05",
    "bron_geraadpleegd": "2026-11-02",
}


def test_a_reading_is_added_to_the_term_file(glossary_project, tmp_path):
    event = event_file(tmp_path, WELZIJN, READING, label="woordenlijst")
    result = make(glossary_project, "lezing-uit-issue", event)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "glossary/woonbegeleiding.yaml\n"
    text = (glossary_project / "glossary" / "woonbegeleiding.yaml").read_text(encoding="utf-8")
    assert text.startswith(TERM.split("zie_ook")[0])
    assert text.endswith("zie_ook: [woonladder]  # keep this comment\n")
    data, _ = parse_yaml(text, "t", Problems())
    assert data["lezingen"][-1] == {
        "perspectief": "welzijn",
        "tekst": READING["tekst"],
        "bron": {
            "titel": "CAW, Woonbegeleiding",
            "url": "https://www.caw.be/",
            "uitgever": "caw",
            "gepubliceerd": "2024-05",
            "geraadpleegd": "2026-11-02",
        },
    }
    assert len(data["lezingen"]) == 2 and data["stand"] == "2026-11-30"


def test_a_partner_reading_names_the_partner_by_id(glossary_project, tmp_path):
    answers = {**READING, "partner": "CAW"}
    answers["term"] = "Begeleid wonen"  # a synonym
    result = make(
        glossary_project,
        "lezing-uit-issue",
        event_file(tmp_path, PARTNER, answers, label="woordenlijst"),
    )
    assert result.returncode == 0, result.stderr
    data, _ = parse_yaml(
        (glossary_project / "glossary/woonbegeleiding.yaml").read_text("utf-8"), "t", Problems()
    )
    assert data["lezingen"][-1]["perspectief"] == "partner"
    assert data["lezingen"][-1]["partner"] == "caw"


def test_a_wrong_reading_is_refused_and_nothing_written(glossary_project, tmp_path):
    before = files(glossary_project)
    answers = {
        **READING,
        "term": "Woonbegeleidin",
        "tekst": "Zie <a href=x>hier</a>",
        "bron_url": "javascript:alert(1)",
        "bron_uitgever": "Centrum voor Wonen",
        "bron_geraadpleegd": "2021-02-31",
    }
    result = make(
        glossary_project,
        "lezing-uit-issue",
        event_file(tmp_path, PARTNER, answers, label="woordenlijst"),
    )
    assert result.returncode != 0 and result.stdout == ""
    assert files(glossary_project) == before
    messages = [line[2:] for line in result.stderr.splitlines() if line.startswith("- ")]
    assert messages == [
        "Term ‘Woonbegeleidin’ bestaat niet — bedoel je ‘Woonbegeleiding’?",
        "Partner: kies de partner voor wie deze lezing spreekt",
        "Lezing van de partner: HTML-code (“<…>”) is niet toegelaten; schrijf gewone tekst",
        "Webadres van de bron: geef een webadres dat met https:// begint",
        messages[4],
        "Geraadpleegd op: ‘2021-02-31’ is geen datum; schrijf JJJJ-MM-DD, bv. 2026-11-30",
    ]
    assert messages[4].startswith("Uitgever ‘Centrum voor Wonen’ bestaat niet")


def test_a_reading_needs_a_titled_source_with_its_publisher(glossary_project):
    from macros.github.intake import reading_from_issue

    answers = {**READING, "bron_uitgever": "", "bron_titel": ""}
    event = {"issue": {"body": issue_body(WELZIJN, answers)}}
    with pytest.raises(IntakeError) as caught:
        reading_from_issue(event, glossary_project, "2026-11-30")
    assert caught.value.messages == [
        "Titel van de bron: geef de titel van de bron",
        "Uitgever van de bron: kies wie de bron publiceerde",
    ]


def test_a_borrowed_voice_is_refused_as_the_build_refuses_it(glossary_project):
    from macros.github.intake import reading_from_issue

    answers = {**READING, "bron_uitgever": "Vereniging van Vlaamse Steden en Gemeenten (VVSG)"}
    event = {"issue": {"body": issue_body(WELZIJN, answers)}}
    with pytest.raises(IntakeError) as caught:
        reading_from_issue(event, glossary_project, "2026-11-30")
    assert any("spreekt niet voor Welzijn" in m for m in caught.value.messages), caught.value


def test_an_empty_consultation_date_is_the_day_of_processing(glossary_project):
    from macros.github.intake import reading_from_issue

    answers = {**READING, "bron_geraadpleegd": "", "bron_gepubliceerd": "2099"}
    event = {"issue": {"body": issue_body(WELZIJN, answers)}}
    with pytest.raises(IntakeError) as caught:  # a publication date in the future
        reading_from_issue(event, glossary_project, "2026-11-30")
    assert caught.value.messages == ["Publicatiedatum van de bron: 2099 ligt in de toekomst"]
    answers["bron_gepubliceerd"] = ""
    event = {"issue": {"body": issue_body(WELZIJN, answers)}}
    change = reading_from_issue(event, glossary_project, "2026-11-30")
    assert "geraadpleegd: '2026-11-30'" in change.text or "geraadpleegd: 2026-11-30" in change.text


@pytest.mark.parametrize(
    "text",
    [
        "term: X\nzie_ook: [a]\n",  # no lezingen yet
        "term: X\nlezingen: []\nzie_ook: [a]\n",
        "term: X\nlezingen:\n- perspectief: wonen\n  tekst: a b c\n\n\nzie_ook: [a]\n",
        "term: X\nlezingen:\n  - perspectief: wonen\n    tekst: |\n      a\n      b\n",
    ],
    ids=["absent", "empty", "unindented", "block-scalar-at-end"],
)
def test_append_reading_keeps_the_rest_of_the_file(text):
    reading = {
        "perspectief": "welzijn",
        "tekst": "x: y, z",
        "bron": {"titel": "T", "uitgever": "caw", "geraadpleegd": "2026-01-01"},
    }
    new = append_reading(text, reading, "t.yaml")
    before, _ = parse_yaml(text, "t", Problems())
    after, _ = parse_yaml(new, "t", Problems())
    assert after == {**before, "lezingen": [*(before.get("lezingen") or []), reading]}
    if "zie_ook" in text and "lezingen" in text:
        assert new.rstrip().endswith("zie_ook: [a]")
