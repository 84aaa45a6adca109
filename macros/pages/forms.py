"""The GitHub issue forms, generated from data/ so their dropdowns never drift from it.

`make formulieren` (python -m macros.github.generate) writes
.github/ISSUE_TEMPLATE/<form>.yml; `python -m macros.github.generate --controleer` and
tests/test_forms.py fail, in Dutch and naming the file, when a form is stale or breaks GitHub's
issue-form rules. The labels defined here are also what macros/github/intake.py reads back
from an issue's body (`### Label` sections).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import yaml

from ..data.model import Site
from ..data.vocabulary import example_vocabularies

FORMS_DIR = ".github/ISSUE_TEMPLATE"
EXAMPLE_FORM = "praktijkvoorbeeld.yml"
EXAMPLE_LABEL = "praktijkvoorbeeld"
READING_LABEL = "woordenlijst"

# Field id -> the label GitHub shows and writes into the issue body as `### Label`.
EXAMPLE_FIELDS = {
    "titel": "Titel",
    "bouwstenen": "Bouwstenen",
    "gemeenten": "Gemeenten",
    "igs": "Intergemeentelijk samenwerkingsverband (IGS)",
    "partners": "Partners",
    "themas": "Thema's",
    "contact": "Contact",
    "tekst": "Je voorbeeld",
    "nieuw": "Ontbreekt er een gemeente, partner, thema of contact?",
    "akkoord": "Akkoord",
}


@dataclass(frozen=True)
class ReadingForm:
    """One "lezing" form per perspective: GitHub prefills only inputs and textareas from a
    link, never a dropdown, so the perspective is the form itself (see CONTRIBUTING.md)."""

    perspective: str  # the `perspectief` it writes into glossary/<id>.yaml
    file: str
    name: str
    text_label: str  # the label of the reading's textarea, unique per form: the intake
    # recognises the form by its headings

    def fields(self) -> dict[str, str]:
        """Field id -> label, in the form's order (what GitHub writes as `### Label`)."""
        partner = {"partner": "Partner"} if self.perspective == "partner" else {}
        return {
            "term": "Term",
            **partner,
            "tekst": self.text_label,
            "bron_titel": "Titel van de bron",
            "bron_url": "Webadres van de bron",
            "bron_uitgever": "Uitgever van de bron",
            "bron_gepubliceerd": "Publicatiedatum van de bron",
            "bron_geraadpleegd": "Geraadpleegd op",
            "bron_artikel": "Artikel",
        }


# The perspectives a contributor may speak for (leidraad and redactie are the editors' own).
READING_FORMS = {
    "wonen": ReadingForm("wonen", "lezing-wonen.yml", "Lezing van Wonen", "Lezing van Wonen"),
    "welzijn": ReadingForm(
        "welzijn", "lezing-welzijn.yml", "Lezing van Welzijn", "Lezing van Welzijn"
    ),
    "partner": ReadingForm(
        "partner", "lezing-partner.yml", "Lezing van een partner", "Lezing van de partner"
    ),
}
# Keys GitHub fills from a link into an issue form besides the ids of its inputs and
# textareas (docs.github.com, "Creating an issue from a URL query"; see CONTRIBUTING.md).
URL_KEYS = {"template", "title", "labels", "assignees", "projects", "milestone"}
# Dropdowns filled from a vocabulary (macros/data/vocabulary.py): field id -> description.
CHOICES = {
    "gemeenten": "Over welke gemeente(n) gaat het? De gemeenten die op 1 januari 2025 fuseerden, "
    "staan er onder hun oude en hun nieuwe naam in.",
    "igs": "Werkte een IGS mee?",
    "partners": "Met wie werkten jullie samen?",
    "themas": "Eén tot drie thema's.",
    "contact": "Wie op de contactpagina kan meer vertellen over dit voorbeeld?",
}
AGREEMENT = "De gemeente of het IGS is akkoord met de publicatie van dit voorbeeld."

HEADER = (
    "# Generated from data/ by `make formulieren` (python -m macros.github.generate); "
    "do not edit.\n"
    "# Change the form in macros/pages/forms.py, the choices in data/, "
    "then run `make formulieren`.\n"
)


# Forms


def bouwsteen_option(nummer: int, titel: str) -> str:
    return f"{nummer} • {titel}"


def partner_option(naam: str, afkorting: str | None) -> str:
    return f"{naam} ({afkorting})" if afkorting and afkorting not in naam else naam


def publisher_options(site: Site) -> list[str]:
    """The publishers a contributor may cite (data/uitgevers.yaml), by name: not the guide
    itself, not the editors."""
    return sorted(u.naam for u in site.uitgevers if u.sector not in ("leidraad", "redactie"))


def dropdown(id: str, label: str, description: str, options: list[str], **extra) -> dict:
    attributes = {"label": label, "description": description, **extra, "options": options}
    item: dict[str, Any] = {"type": "dropdown", "id": id, "attributes": attributes}
    return item


def required(item: dict) -> dict:
    return {**item, "validations": {"required": True}}


def example_form(site: Site) -> dict:
    labels = EXAMPLE_FIELDS
    vocabularies = example_vocabularies(site)

    def options(id: str) -> list[str]:
        if id == "partners":  # "Naam (AFK)": recognisable by either
            return [partner_option(p.naam, p.afkorting) for p in site.partners]
        return [e.label for e in vocabularies[id].entries]

    return {
        "name": "Nieuw praktijkvoorbeeld",
        "description": "Stel een praktijkvoorbeeld voor; een beheerder zet het op de site.",
        "title": "Praktijkvoorbeeld: ",
        "labels": [EXAMPLE_LABEL],
        "body": [
            {
                "type": "markdown",
                "attributes": {
                    "value": (
                        "Bedankt! Vul het formulier in: een beheerder zet je voorbeeld om in een "
                        "pagina en vraagt je na wanneer iets niet duidelijk is. Vermeld geen "
                        "persoonsgegevens van inwoners."
                    )
                },
            },
            required(
                {
                    "type": "input",
                    "id": "titel",
                    "attributes": {
                        "label": labels["titel"],
                        "description": "Een korte titel, bv. “Genk – woonloket aan huis”.",
                    },
                }
            ),
            required(
                dropdown(
                    "bouwstenen",
                    labels["bouwstenen"],
                    "Bij welke bouwsteen(en) van de leidraad past je voorbeeld?",
                    [bouwsteen_option(b.nummer, b.titel) for b in site.bouwstenen],
                    multiple=True,
                )
            ),
            *(
                dropdown(id, labels[id], description, options(id), multiple=id != "contact")
                for id, description in CHOICES.items()
            ),
            required(
                {
                    "type": "textarea",
                    "id": "tekst",
                    "attributes": {
                        "label": labels["tekst"],
                        "description": (
                            "Wat deden jullie, met wie, en wat leverde het op? Gewone tekst: "
                            "een lege regel tussen alinea's, `- ` voor een opsomming. Geen HTML."
                        ),
                    },
                }
            ),
            {
                "type": "textarea",
                "id": "nieuw",
                "attributes": {
                    "label": labels["nieuw"],
                    "description": (
                        "Schrijf hier wat er in de lijsten ontbreekt (bv. een nieuwe "
                        "contactpersoon met het algemene e-mailadres van de dienst); een "
                        "beheerder voegt het toe."
                    ),
                },
            },
            {
                "type": "checkboxes",
                "id": "akkoord",
                "attributes": {
                    "label": labels["akkoord"],
                    "options": [{"label": AGREEMENT, "required": True}],
                },
            },
        ],
    }


def reading_form(site: Site, form: ReadingForm) -> dict:
    labels = form.fields()
    who = {
        "wonen": "de sector Wonen (een woonmaatschappij, een woonloket, Wonen-Vlaanderen …)",
        "welzijn": "de sector Welzijn (een CAW, een OCMW, een welzijnsorganisatie …)",
        "partner": "één partner uit de leidraad (kies hem hieronder)",
    }[form.perspective]
    partner = (
        [
            required(
                dropdown(
                    "partner",
                    labels["partner"],
                    "Voor welke partner spreekt deze lezing?",
                    [partner_option(p.naam, p.afkorting) for p in site.partners],
                )
            )
        ]
        if "partner" in labels
        else []
    )
    return {
        "name": form.name,
        "description": f"Stel een lezing van een term uit de woordenlijst voor namens {who}.",
        "title": "Lezing: ",
        "labels": [READING_LABEL],
        "body": [
            {
                "type": "markdown",
                "attributes": {
                    "value": (
                        f"Hoe leest {who} deze term? Schrijf alleen wat in een bron van die "
                        "sector of organisatie staat en geef die bron: een beheerder "
                        "controleert ze voor de lezing op de site komt."
                    )
                },
            },
            required(
                {
                    "type": "input",
                    "id": "term",
                    "attributes": {
                        "label": labels["term"],
                        "description": "De term zoals in de woordenlijst, bv. Woonbegeleiding.",
                    },
                }
            ),
            *partner,
            required(
                {
                    "type": "textarea",
                    "id": "tekst",
                    "attributes": {
                        "label": labels["tekst"],
                        "description": "Gewone tekst, zonder HTML.",
                    },
                }
            ),
            required(
                {
                    "type": "input",
                    "id": "bron_titel",
                    "attributes": {
                        "label": labels["bron_titel"],
                        "description": "Bv. de naam van het decreet of de titel van de webpagina.",
                    },
                }
            ),
            {
                "type": "input",
                "id": "bron_url",
                "attributes": {
                    "label": labels["bron_url"],
                    "description": "Begint met https://. Alleen een wettekst mag zonder webadres.",
                },
            },
            required(
                dropdown(
                    "bron_uitgever",
                    labels["bron_uitgever"],
                    "Wie publiceerde de bron? Onder Wonen of Welzijn staan alleen de eigen woorden "
                    "van een organisatie uit die sector. Staat ze er niet bij, zeg het in een "
                    "opmerking: de redactie voegt ze toe aan data/uitgevers.yaml.",
                    publisher_options(site),
                )
            ),
            {
                "type": "input",
                "id": "bron_gepubliceerd",
                "attributes": {
                    "label": labels["bron_gepubliceerd"],
                    "description": "Alleen als de bron ze vermeldt: JJJJ, JJJJ-MM of JJJJ-MM-DD.",
                    "placeholder": "2024-01-01",
                },
            },
            {
                "type": "input",
                "id": "bron_geraadpleegd",
                "attributes": {
                    "label": labels["bron_geraadpleegd"],
                    "description": "De dag waarop je de bron las, JJJJ-MM-DD. Leeg: de dag "
                    "waarop de redactie je voorstel verwerkt.",
                },
            },
            {
                "type": "input",
                "id": "bron_artikel",
                "attributes": {
                    "label": labels["bron_artikel"],
                    "description": "Bij regelgeving: het artikel, bv. art. 4.1.",
                },
            },
        ],
    }


def render_form(form: dict) -> str:
    body = yaml.safe_dump(form, allow_unicode=True, sort_keys=False, width=100)
    return HEADER + body


def forms(site: Site) -> dict[str, str]:
    """File name in .github/ISSUE_TEMPLATE/ -> the form's YAML text."""
    return {
        EXAMPLE_FORM: render_form(example_form(site)),
        **{f.file: render_form(reading_form(site, f)) for f in READING_FORMS.values()},
    }


# GitHub's issue-form rules (docs.github.com: "Syntax for issue forms", "Syntax for GitHub's
# form schema", "Common validation errors when creating issue forms"), checked in Dutch.

TOP_LEVEL = {"name", "description", "body", "assignees", "labels", "title", "projects", "type"}
ATTRIBUTES = {
    "markdown": {"value"},
    "textarea": {"label", "description", "placeholder", "value", "render"},
    "input": {"label", "description", "placeholder", "value"},
    "dropdown": {"label", "description", "multiple", "options", "default"},
    "checkboxes": {"label", "description", "options"},
}
ID = re.compile(r"^[A-Za-z0-9_-]+$")


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def check_issue_form(data: Any, file: str) -> list[str]:
    """Every way `data` breaks GitHub's issue-form schema, one Dutch message each."""
    problems: list[str] = []

    def add(where: str, message: str) -> None:
        problems.append(f"{file}: {where}: {message}" if where else f"{file}: {message}")

    if not isinstance(data, dict):
        return [f"{file}: een formulier bestaat uit velden “name:”, “description:” en “body:”"]
    for key in ("name", "description"):
        if not _text(data.get(key)):
            add(key, "ontbreekt of is leeg; dit veld is verplicht (tekst)")
    for key in data:
        if key not in TOP_LEVEL:
            add(str(key), f"is geen toegelaten veld; toegelaten: {', '.join(sorted(TOP_LEVEL))}")
    labels = data.get("labels")
    if isinstance(labels, str):
        labels = [x.strip() for x in labels.split(",")]
    if not labels or not all(_text(x) for x in labels):
        add("labels", "geef minstens één label, zodat een beheerder het formulier herkent")
    body = data.get("body")
    if not isinstance(body, list) or not body:
        add("body", "ontbreekt of is leeg; geef een lijst met velden")
        return problems
    ids: set[str] = set()
    seen_labels: set[str] = set()
    inputs = 0
    for index, item in enumerate(body):
        where = f"body[{index}]"
        if not isinstance(item, dict):
            add(where, "moet velden hebben: type, id, attributes, validations")
            continue
        for key in item:
            if key not in {"type", "id", "attributes", "validations"}:
                add(
                    where, f"“{key}” is geen toegelaten sleutel (type, id, attributes, validations)"
                )
        kind = item.get("type")
        if kind not in ATTRIBUTES:
            add(where, f"type “{kind}” bestaat niet; kies uit {', '.join(ATTRIBUTES)}")
            continue
        attributes = item.get("attributes")
        if not isinstance(attributes, dict):
            add(where, "attributes ontbreekt")
            continue
        for key in attributes:
            if key not in ATTRIBUTES[kind]:
                add(where, f"“{key}” is geen toegelaten attribuut voor {kind}")
        if kind == "markdown":
            if not _text(attributes.get("value")):
                add(where, "attributes.value ontbreekt of is leeg")
            if "id" in item or "validations" in item:
                add(where, "een markdown-blok heeft geen id en geen validations")
            continue
        inputs += 1
        id = item.get("id")
        if id is None:
            add(where, "geef elk invulveld een id (nodig om het formulier om te zetten)")
        elif not isinstance(id, str) or not ID.match(id):
            add(where, f"id “{id}” mag alleen letters, cijfers, - en _ bevatten")
        elif id in ids:
            add(where, f"id “{id}” komt twee keer voor; elk id is uniek")
        else:
            ids.add(id)
        label = attributes.get("label")
        if not _text(label):
            add(where, "attributes.label ontbreekt of is leeg")
        elif label in seen_labels:
            add(where, f"label “{label}” komt twee keer voor; elk label is uniek")
        else:
            seen_labels.add(label)
        validations = item.get("validations", {})
        if not isinstance(validations, dict) or set(validations) - {"required"}:
            add(where, "validations kent alleen “required: true/false”")
        elif not isinstance(validations.get("required", False), bool):
            add(where, "validations.required moet true of false zijn")
        if kind == "dropdown":
            _check_dropdown(attributes, where, add)
        if kind == "checkboxes":
            options = attributes.get("options")
            if not isinstance(options, list) or not options:
                add(where, "options ontbreekt of is leeg")
                continue
            for number, option in enumerate(options, start=1):
                if not isinstance(option, dict) or not _text(option.get("label")):
                    add(where, f"keuze {number} heeft geen label")
                elif option["label"] in seen_labels:
                    add(where, f"label “{option['label']}” komt twee keer voor")
                else:
                    seen_labels.add(option["label"])
                if isinstance(option, dict) and set(option) - {"label", "required"}:
                    add(where, f"keuze {number} kent alleen label en required")
    if not inputs:
        add("body", "bevat geen enkel invulveld (alleen markdown)")
    return problems


def _check_dropdown(attributes: dict, where: str, add) -> None:
    options = attributes.get("options")
    if not isinstance(options, list) or not options:
        add(where, "options ontbreekt of is leeg; een keuzelijst heeft minstens één keuze")
        return
    if not all(isinstance(o, str) and o.strip() for o in options):
        add(where, "elke keuze is tekst (zet yes/no/true/false tussen aanhalingstekens)")
        return
    if len(set(options)) < len(options):
        twice = sorted({o for o in options if options.count(o) > 1})
        add(where, f"keuzes komen twee keer voor: {', '.join(twice)}")
    if any(o.strip().casefold() == "none" for o in options):
        add(where, "“None” is een gereserveerde keuze bij GitHub; gebruik een ander woord")
    if not isinstance(attributes.get("multiple", False), bool):
        add(where, "multiple moet true of false zijn")
    default = attributes.get("default")
    if default is not None and (
        not isinstance(default, int) or isinstance(default, bool) or not 0 <= default < len(options)
    ):
        add(where, f"default moet het nummer van een keuze zijn (0 t/m {len(options) - 1})")


def check_forms(root: Path, site: Site) -> list[str]:
    """Every form valid for GitHub and in sync with data/; Dutch messages naming the file."""
    problems: list[str] = []
    folder = root / FORMS_DIR
    names: dict[str, str] = {}
    for path in sorted(folder.glob("*.y*ml")):
        if path.name == "config.yml":
            continue
        file = f"{FORMS_DIR}/{path.name}"
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as error:
            problems.append(f"{file}: de YAML is niet leesbaar ({error}); GitHub toont het niet")
            continue
        problems += check_issue_form(data, file)
        name = data.get("name") if isinstance(data, dict) else None
        if name in names:
            problems.append(f"{file}: name “{name}” is ook de naam van {names[name]}")
        names.setdefault(name, file)
    for name, text in forms(site).items():
        file = f"{FORMS_DIR}/{name}"
        path = folder / name
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current != text:
            problems.append(
                f"{file}: {_staleness(current, text)}; werk het bij met `make formulieren` "
                "(de keuzes komen uit data/ en docs/contact.md)"
            )
    return problems


def _staleness(current: str | None, wanted: str) -> str:
    if current is None:
        return "het formulier ontbreekt"
    try:
        old, new = yaml.safe_load(current), yaml.safe_load(wanted)
        for before, after in zip(old["body"], new["body"], strict=False):
            gone = [
                o
                for o in after["attributes"].get("options", [])
                if o not in before.get("attributes", {}).get("options", [])
            ]
            if gone and after["type"] == "dropdown":
                return f"de keuzelijst “{after['attributes']['label']}” mist " + ", ".join(
                    f"“{o}”" for o in gone[:5]
                )
    except (TypeError, KeyError, AttributeError, yaml.YAMLError):
        pass
    return "het formulier is niet meer gelijk aan wat data/ en macros/pages/forms.py geven"


# Links into a form: only what GitHub prefills


def prefill_problems(url: str, root: Path) -> list[str]:
    """Why a link into an issue form would not open that form filled as it promises: every
    key must be one GitHub prefills (title, labels …) or the id of an input or textarea of
    the form it names. A dropdown, checkbox or unknown key is refused (GitHub leaves a
    dropdown empty or falls back to a blank issue; see CONTRIBUTING.md)."""
    parts = urlsplit(url)
    query = parse_qs(parts.query, keep_blank_values=True)
    if not parts.path.endswith("/issues/new"):
        return []
    templates = query.get("template", [])
    if len(templates) != 1:
        return [f"{url}: noem precies één formulier met template="]
    path = root / FORMS_DIR / templates[0]
    if not path.is_file():
        return [f"{url}: het formulier {FORMS_DIR}/{templates[0]} bestaat niet"]
    form = yaml.safe_load(path.read_text(encoding="utf-8"))
    kinds = {i.get("id"): i.get("type") for i in form.get("body", []) if i.get("id")}
    problems = []
    for key in query:
        if key in URL_KEYS:
            continue
        kind = kinds.get(key)
        if kind not in ("input", "textarea"):
            what = f"een {kind}" if kind else "geen veld"
            problems.append(
                f"{url}: “{key}” is {what} van {templates[0]}; GitHub vult alleen input- en "
                "textarea-velden in vanuit een link"
            )
    return problems
