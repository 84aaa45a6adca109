"""The issue forms: valid for GitHub's issue-form schema, in sync with data/; and the links of
the Bijdragen page (form, prefilled web editor, mailto) made from the repository address."""

from __future__ import annotations

import html
import os
import re
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

import pytest
import yaml

from macros.data.site import load_site
from macros.github.generate import stale
from macros.pages.contribute import (
    MAIL,
    TEMPLATE,
    default_urls,
    mail_url,
    reading_form_url,
    web_editor_url,
)
from macros.pages.forms import (
    EXAMPLE_FORM,
    FORMS_DIR,
    READING_FORMS,
    check_forms,
    check_issue_form,
    prefill_problems,
)

REPO = "https://github.com/voorbeeld/woonkansen-kiezen"


def forms_of(root: Path) -> dict[str, dict]:
    folder = root / FORMS_DIR
    return {
        p.name: yaml.safe_load(p.read_text(encoding="utf-8"))
        for p in folder.glob("*.yml")
        if p.name != "config.yml"
    }


def test_every_form_is_valid_and_in_sync_with_data(root):
    assert stale(root) == []
    names = forms_of(root)
    assert {EXAMPLE_FORM, *(f.file for f in READING_FORMS.values())} <= set(names)
    assert names["lezing-welzijn.yml"]["name"] == "Lezing van Welzijn"
    # The perspective is the form: no reading form asks for it in a dropdown.
    for form in READING_FORMS.values():
        assert "perspectief" not in {i.get("id") for i in names[form.file]["body"]}


def test_dropdowns_offer_what_data_holds(root):
    site = load_site(root)
    body = {item.get("id"): item for item in forms_of(root)[EXAMPLE_FORM]["body"]}
    # Every municipality, a former one with today's name: "Bilzen (nu Bilzen-Hoeselt)".
    label = site.municipalities.label
    assert body["gemeenten"]["attributes"]["options"] == [label(g) for g in site.gemeenten]
    assert "Kortessem (nu Hasselt)" in body["gemeenten"]["attributes"]["options"]
    assert {"Bilzen-Hoeselt", "Tessenderlo-Ham", "Tongeren-Borgloon"} <= set(site.gemeenten)
    assert body["igs"]["attributes"]["options"] == [i.naam for i in site.igs]
    assert body["themas"]["attributes"]["options"] == [t.naam for t in site.themas]
    assert len(body["bouwstenen"]["attributes"]["options"]) == len(site.bouwstenen)
    for id in ("bouwstenen", "gemeenten", "igs", "partners", "themas", "contact"):
        assert body[id]["type"] == "dropdown", id


def test_the_old_unquoted_colon_is_gone(root):
    # The form GitHub refused: `description: Een korte titel, bv. “Genk: woonloket aan huis”.`
    text = (root / FORMS_DIR / EXAMPLE_FORM).read_text(encoding="utf-8")
    yaml.safe_load(text)  # raises on the old file


def test_a_new_municipality_without_the_form_fails_naming_the_file(project, root):
    gemeenten = project / "data" / "gemeenten.yaml"
    gemeenten.write_text(gemeenten.read_text(encoding="utf-8") + "- Nieuwstad\n", "utf-8")
    problems = check_forms(project, load_site(project))
    assert problems == [
        f"{FORMS_DIR}/{EXAMPLE_FORM}: de keuzelijst “Gemeenten” mist “Nieuwstad”; werk het bij "
        "met `make formulieren` (de keuzes komen uit data/ en docs/contact.md)"
    ]


def test_a_broken_form_file_is_reported(project, root):
    (project / FORMS_DIR / "kapot.yml").write_text(
        "name: Kapot\ndescription: Een titel, bv. “Genk: woonloket”.\nbody: x: y\n", "utf-8"
    )
    problems = check_forms(project, load_site(project))
    assert any(p.startswith(f"{FORMS_DIR}/kapot.yml: de YAML is niet leesbaar") for p in problems)


def valid_form() -> dict:
    return {
        "name": "Test",
        "description": "Een formulier",
        "labels": ["praktijkvoorbeeld"],
        "body": [
            {"type": "markdown", "attributes": {"value": "Uitleg"}},
            {"type": "input", "id": "titel", "attributes": {"label": "Titel"}},
            {
                "type": "dropdown",
                "id": "keuze",
                "attributes": {"label": "Keuze", "options": ["a", "b"]},
                "validations": {"required": True},
            },
            {
                "type": "checkboxes",
                "id": "akkoord",
                "attributes": {"label": "Akkoord", "options": [{"label": "Ja", "required": True}]},
            },
        ],
    }


def broken(change) -> dict:
    form = valid_form()
    change(form)
    return form


GITHUB_RULES = {
    "missing-name": (lambda f: f.pop("name"), "name: ontbreekt of is leeg"),
    "empty-description": (lambda f: f.update(description="  "), "description: ontbreekt"),
    "unknown-top-key": (lambda f: f.update(hello="world"), "hello: is geen toegelaten veld"),
    "boolean-key": (lambda f: f.update({True: "x"}), "True: is geen toegelaten veld"),
    "no-labels": (lambda f: f.pop("labels"), "labels: geef minstens één label"),
    "empty-body": (lambda f: f.update(body=[]), "body: ontbreekt of is leeg"),
    "only-markdown": (lambda f: f.update(body=f["body"][:1]), "bevat geen enkel invulveld"),
    "unknown-type": (lambda f: f["body"][1].update(type="x"), "body[1]: type “x” bestaat niet"),
    "duplicate-id": (lambda f: f["body"][2].update(id="titel"), "id “titel” komt twee keer voor"),
    "bad-id": (lambda f: f["body"][1].update(id="mijn titel"), "mag alleen letters, cijfers"),
    "missing-id": (lambda f: f["body"][1].pop("id"), "geef elk invulveld een id"),
    "duplicate-label": (
        lambda f: f["body"][2]["attributes"].update(label="Titel"),
        "label “Titel” komt twee keer voor",
    ),
    "checkbox-label-clash": (
        lambda f: f["body"][3]["attributes"]["options"][0].update(label="Keuze"),
        "label “Keuze” komt twee keer voor",
    ),
    "empty-options": (
        lambda f: f["body"][2]["attributes"].update(options=[]),
        "options ontbreekt of is leeg",
    ),
    "duplicate-option": (
        lambda f: f["body"][2]["attributes"].update(options=["a", "a"]),
        "keuzes komen twee keer voor: a",
    ),
    "reserved-none": (
        lambda f: f["body"][2]["attributes"].update(options=["a", "None"]),
        "“None” is een gereserveerde keuze",
    ),
    "boolean-option": (
        lambda f: f["body"][2]["attributes"].update(options=["a", True]),
        "elke keuze is tekst",
    ),
    "bad-default": (
        lambda f: f["body"][2]["attributes"].update(default=5),
        "default moet het nummer van een keuze zijn (0 t/m 1)",
    ),
    "unknown-attribute": (
        lambda f: f["body"][1]["attributes"].update(options=["a"]),
        "“options” is geen toegelaten attribuut voor input",
    ),
    "markdown-with-id": (lambda f: f["body"][0].update(id="uitleg"), "geen id en geen validations"),
    "missing-label": (lambda f: f["body"][1]["attributes"].pop("label"), "label ontbreekt"),
    "bad-validation": (
        lambda f: f["body"][1].update(validations={"required": "ja"}),
        "validations.required moet true of false zijn",
    ),
}


def test_a_valid_form_passes():
    assert check_issue_form(valid_form(), "f.yml") == []


@pytest.mark.parametrize("case", GITHUB_RULES, ids=list(GITHUB_RULES))
def test_github_issue_form_rules(case):
    change, fragment = GITHUB_RULES[case]
    problems = check_issue_form(broken(change), "f.yml")
    assert any(p.startswith("f.yml: ") and fragment in p for p in problems), problems


# Links of the Bijdragen page


def test_web_editor_link_opens_a_new_file_filled_with_the_template(root):
    template = (root / TEMPLATE).read_text(encoding="utf-8")
    url = urlparse(web_editor_url(REPO, template))
    assert f"{url.scheme}://{url.netloc}{url.path}" == (f"{REPO}/new/main/docs/praktijkvoorbeelden")
    query = parse_qs(url.query, strict_parsing=True)
    assert query["filename"] == ["vul-in-gemeente-onderwerp.md"]  # refused until renamed
    assert query["value"] == [template]
    assert "+" not in url.query and " " not in url.query and "\n" not in url.query


def test_mail_link_has_a_subject():
    url = mail_url()
    assert url.startswith(f"mailto:{MAIL}?subject=")
    assert "Praktijkvoorbeeld voor Woonkansen kiezen" in unquote(url)


def test_reading_form_link_fills_in_the_term():
    url = reading_form_url(REPO, "welzijn", "Woonbegeleiding")
    assert url == (
        f"{REPO}/issues/new?template=lezing-welzijn.yml&term=Woonbegeleiding"
        "&title=Lezing%3A%20Woonbegeleiding"
    )


def test_the_bijdragen_page_leads_somewhere(site, root):
    html = (site / "bijdragen" / "index.html").read_text(encoding="utf-8")
    repo_url = os.environ.get("REPO_URL") or default_urls(root)[0]
    assert f'href="{repo_url}/issues/new?template=praktijkvoorbeeld.yml"' in html
    assert f'href="{repo_url}/new/main/docs/praktijkvoorbeelden?filename=' in html
    assert 'href="mailto:wonen@limburg.be?subject=' in html
    assert f'href="{repo_url}/issues/new?template=lezing-wonen.yml"' in html
    assert f'href="{repo_url}/issues/new/choose"' in html
    assert 'id="toegelaten-waarden"' in html
    for gemeente in load_site(root).gemeenten:
        assert f"<li>{gemeente}" in html, gemeente
    assert "<li>Kortessem — sinds 1 januari 2025 deel van Hasselt</li>" in html
    assert "<li>Bilzen-Hoeselt — sinds 1 januari 2025, fusie van Bilzen en Hoeselt</li>" in html
    assert "Approve and run" in html
    assert "site-preview" in html


# Links into the forms prefill only what GitHub prefills (inputs and textareas)


def issue_links(site: Path, root: Path) -> set[str]:
    """Every link into a new issue: on every built page and in CONTRIBUTING.md."""
    links = set()
    for page in site.rglob("*.html"):
        for href in re.findall(r'href="([^"]*/issues/new[^"]*)"', page.read_text("utf-8")):
            links.add(html.unescape(href))
    contributing = (root / "CONTRIBUTING.md").read_text(encoding="utf-8")
    links |= set(re.findall(r"^\[[^\]]+\]: <([^>]*/issues/new[^>]*)>$", contributing, re.M))
    return links


def test_no_link_prefills_a_dropdown_or_an_unknown_field(site, root):
    links = issue_links(site, root)
    # The glossary's "vul aan" links are among them, one per perspective.
    assert any("template=lezing-welzijn.yml&term=" in u for u in links), sorted(links)[:5]
    assert any("template=lezing-wonen.yml&term=" in u for u in links)
    problems = [p for url in sorted(links) for p in prefill_problems(url, root)]
    assert problems == []


def test_a_prefilled_dropdown_is_caught(root):
    url = f"{REPO}/issues/new?template=lezing-partner.yml&term=CAW&partner=caw"
    assert prefill_problems(url, root) == [
        f"{url}: “partner” is een dropdown van lezing-partner.yml; GitHub vult alleen input- "
        "en textarea-velden in vanuit een link"
    ]
    old = f"{REPO}/issues/new?template=lezing.yml&term=x&perspectief=Welzijn"
    assert prefill_problems(old, root) == [
        f"{old}: het formulier .github/ISSUE_TEMPLATE/lezing.yml bestaat niet"
    ]
    unknown = f"{REPO}/issues/new?template=lezing-wonen.yml&perspectief=Wonen"
    assert "“perspectief” is geen veld van lezing-wonen.yml" in prefill_problems(unknown, root)[0]
