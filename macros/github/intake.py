"""From an issue form to a file: a practice example or a glossary reading.

    python -m macros.github.intake voorbeeld EVENT   # writes docs/praktijkvoorbeelden/<slug>.md
    python -m macros.github.intake lezing EVENT      # adds a reading to glossary/<id>.yaml
    python -m macros.github.intake issue EVENT       # one of both, by the issue's label

EVENT is the JSON of a GitHub `issues` event (what a workflow finds in $GITHUB_EVENT_PATH).
The issue body is the contributor's: untrusted. Front-matter values are built only from ids
the vocabularies map to; the text is written as the contributor wrote it and then goes
through the project's own loader (macros.data.site.load_site) before anything is written, so it
meets every check and sanitiser the build applies. On any problem nothing is written and the
command exits 1 with one Dutch message per field on stderr; on success it prints the path.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

import yaml

from ..core.text import slugify
from ..core.validation import DataError, Problems, parse_yaml
from ..data.model import EXAMPLES_DIR, Site, real_date
from ..data.site import load_site
from ..data.sources import publisher_vocabulary
from ..data.vocabulary import Entry, Vocabulary, example_vocabularies, partner_aliases
from ..pages.forms import (
    AGREEMENT,
    EXAMPLE_FIELDS,
    EXAMPLE_LABEL,
    READING_FORMS,
    READING_LABEL,
    ReadingForm,
    bouwsteen_option,
)

NO_RESPONSE = "_No response_"
TEMPLATE_SYNTAX = re.compile(r"\{\{|\{%|\{#|%\}|\}\}")
HTML = re.compile(r"<\s*/?\s*(?!https?://|mailto:)[a-zA-Z!?]")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_SLUG = 60


class IntakeError(Exception):
    """The form cannot become a file; `messages` says why, one Dutch line per problem."""

    def __init__(self, messages: list[str]):
        self.messages = messages
        super().__init__("\n".join(messages))

    def __str__(self) -> str:
        lines = "\n".join(f"- {m}" for m in self.messages)
        return f"Het formulier kan niet omgezet worden:\n{lines}"


@dataclass(frozen=True)
class Change:
    """One file to write: its path relative to the project and its new text."""

    path: str
    text: str


# Reading the event and the form


def read_event(path: Path) -> dict:
    try:
        event = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise IntakeError([f"het event-bestand {path} is niet leesbaar ({error})"]) from None
    if not isinstance(event, dict) or not isinstance(event.get("issue"), dict):
        raise IntakeError([f"{path} is geen GitHub-event over een issue (“issue” ontbreekt)"])
    return event


def issue_labels(event: dict) -> set[str]:
    return {
        label.get("name", "")
        for label in event["issue"].get("labels") or []
        if isinstance(label, dict)
    }


HEADING = re.compile(r"^###[ \t]+(.*?)[ \t]*$", re.M)


def form_fields(body: str | None, fields: dict[str, str]) -> dict[str, str]:
    """The answers of an issue form: {field id: text}, "" for `_No response_`.

    The body must be what GitHub writes for this form: every field's `### Label`, in the
    form's order, once each, and nothing before the first one. A form label written inside
    an answer (a forged `### Akkoord` under the text) makes the body ambiguous, so it is
    refused rather than guessed at; a `### ` line that is not one of the form's labels stays
    text.
    """
    text = (body or "").replace("\r\n", "\n").replace("\r", "\n")
    labels = list(fields.values())
    found = [m for m in HEADING.finditer(text) if m.group(1) in labels]
    order = [m.group(1) for m in found]
    if order != labels:
        raise IntakeError(_heading_problems(order, labels))
    if text[: found[0].start()].strip():
        raise IntakeError(
            [f"boven “### {labels[0]}” staat tekst die niet bij het formulier hoort; haal ze weg"]
        )
    answers = {}
    for index, (id, match) in enumerate(zip(fields, found, strict=True)):
        stop = found[index + 1].start() if index + 1 < len(found) else len(text)
        value = text[match.end() : stop].strip("\n").strip()
        answers[id] = "" if value == NO_RESPONSE else value
    return answers


def _heading_problems(order: list[str], labels: list[str]) -> list[str]:
    problems = []
    for label in labels:
        count = order.count(label)
        if count > 1:
            problems.append(
                f"de kop “### {label}” staat {count} keer in het issue; GitHub schrijft elke "
                f"kop van het formulier één keer: haal de regel “### {label}” uit je tekst"
            )
        elif count == 0:
            problems.append(
                f"de kop “### {label}” ontbreekt: maak het issue met het formulier zelf "
                "(niet als leeg issue) en laat de koppen staan"
            )
    return problems or [
        "de koppen staan niet in de volgorde van het formulier; maak het issue "
        "opnieuw met het formulier"
    ]


def reading_form_of(body: str | None) -> ReadingForm:
    """Which reading form (one per perspective) wrote this body, by its own text label."""
    text = (body or "").replace("\r\n", "\n").replace("\r", "\n")
    headings = {m.group(1) for m in HEADING.finditer(text)}
    forms = [f for f in READING_FORMS.values() if f.text_label in headings]
    if len(forms) != 1:
        names = ", ".join(f"“{f.name}”" for f in READING_FORMS.values())
        raise IntakeError(
            [f"maak het issue met één van de formulieren {names}; dit issue volgt er geen"]
        )
    return forms[0]


def choices(value: str, vocabulary: Vocabulary) -> tuple[list[str], list[str]]:
    """('Genk, Zorgsector (huisartsenkring, thuisverpleging, thuiszorgdiensten)') ->
    (ids, unknown parts). A dropdown joins its choices with ", ", and a choice may itself
    hold a comma: the longest run of parts that names a known value wins."""
    parts = [p.strip() for p in re.split(r"[,;\n]", value) if p.strip()]
    ids: list[str] = []
    unknown: list[str] = []
    index = 0
    while index < len(parts):
        for end in range(len(parts), index, -1):
            id = vocabulary.resolve(", ".join(parts[index:end]))
            if id:
                if id not in ids:
                    ids.append(id)
                index = end
                break
        else:
            unknown.append(parts[index])
            index += 1
    return ids, unknown


def unknown_message(value: str, vocabulary: Vocabulary) -> str:
    what = vocabulary.what[:1].upper() + vocabulary.what[1:]
    suggestion = vocabulary.suggest(value)
    if suggestion:
        return f"{what} ‘{value}’ bestaat niet — bedoel je ‘{vocabulary.label(suggestion)}’?"
    return f"{what} ‘{value}’ bestaat niet — kies uit de lijst op /bijdragen/ ({vocabulary.where})"


def plain_text_problems(label: str, value: str) -> list[str]:
    problems = []
    if TEMPLATE_SYNTAX.search(value):
        problems.append(
            f"{label}: sjablooncode (“{{{{”, “{{%”, “}}}}”) is niet toegelaten; "
            "schrijf gewone tekst"
        )
    if HTML.search(value):
        problems.append(f"{label}: HTML-code (“<…>”) is niet toegelaten; schrijf gewone tekst")
    return problems


def one_line_problems(label: str, value: str) -> list[str]:
    problems = plain_text_problems(label, value)
    if "\n" in value:
        problems.append(f"{label}: schrijf dit op één regel")
    if re.search(r"[<>{}]", value) and not problems:
        problems.append(f"{label}: de tekens < > {{ }} zijn niet toegelaten")
    return problems


# Practice example


def bouwsteen_vocabulary(site: Site) -> Vocabulary:
    return Vocabulary(
        "bouwsteen",
        "data/bouwstenen.yaml",
        tuple(
            Entry(
                str(b.nummer),
                bouwsteen_option(b.nummer, b.titel),
                (b.titel, f"bouwsteen {b.nummer}"),
            )
            for b in site.bouwstenen
        ),
    )


def example_from_issue(event: dict, root: Path, today: str) -> Change:
    """The example file an issue form describes, validated as the build validates it."""
    try:
        site = load_site(root)
    except DataError as error:
        raise IntakeError(
            [f"de site zelf heeft fouten; een beheerder lost die eerst op:\n{error}"]
        ) from None
    labels = EXAMPLE_FIELDS
    answers = form_fields(event["issue"].get("body"), labels)
    problems: list[str] = []

    titel = answers["titel"]
    if not titel:
        problems.append(f"{labels['titel']}: vul een korte titel in")
    else:
        problems += one_line_problems(labels["titel"], titel)
        if not 3 <= len(titel) <= 120:
            problems.append(f"{labels['titel']}: gebruik 3 tot 120 tekens")

    bouwstenen, unknown = choices(answers["bouwstenen"], bouwsteen_vocabulary(site))
    problems += [unknown_message(v, bouwsteen_vocabulary(site)) for v in unknown]
    if not bouwstenen and not unknown:
        last = site.bouwstenen[-1].nummer if site.bouwstenen else 8
        problems.append(f"{labels['bouwstenen']}: kies minstens één bouwsteen (1 t/m {last})")

    vocabularies = example_vocabularies(site)
    values: dict[str, list[str]] = {}
    for key in ("gemeenten", "igs", "partners", "themas", "contact"):
        values[key], unknown = choices(answers[key], vocabularies[key])
        problems += [unknown_message(v, vocabularies[key]) for v in unknown]
    if len(values["contact"]) > 1:
        problems.append(f"{labels['contact']}: kies één contact")

    tekst = answers["tekst"].strip()
    if not tekst:
        problems.append(f"{labels['tekst']}: de tekst van je voorbeeld ontbreekt")
    problems += plain_text_problems(labels["tekst"], tekst)

    if not re.search(rf"^\s*-\s*\[[xX]\]\s*{re.escape(AGREEMENT)}", answers["akkoord"], re.M):
        problems.append(
            f"{labels['akkoord']}: vink aan dat de gemeente of het IGS akkoord is met de publicatie"
        )

    slug = example_slug(titel)
    path = f"docs/{EXAMPLES_DIR}/{slug}.md"
    if titel and (root / path).exists():
        problems.append(
            f"{labels['titel']}: er bestaat al een voorbeeld {path}; kies een andere titel"
        )
    if problems:
        raise IntakeError(problems)

    front = {
        "titel": json.dumps(titel, ensure_ascii=False),
        "bouwstenen": flow([int(n) for n in sorted(bouwstenen, key=int)]),
        **{key: flow(values[key]) for key in ("gemeenten", "igs", "partners", "themas")},
        "contact": values["contact"][0] if values["contact"] else "",
        "bron": "bijdrage",
        "datum": today,
    }
    lines = [f"{key}: {value}" for key, value in front.items() if value not in ("", "[]")]
    text = "---\n" + "\n".join(lines) + "\n---\n" + tekst + "\n"
    problems = validate_as_build(root, path, text)
    if problems:
        raise IntakeError(problems)
    return Change(path, text)


def example_slug(titel: str) -> str:
    slug = slugify(titel)
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG].rsplit("-", 1)[0]
    return slug or "voorbeeld"


def flow(values: list) -> str:
    """A YAML flow list; every value is an id from data/ or a number, quoted when needed."""
    return (
        "["
        + ", ".join(
            str(v) if re.match(r"^[A-Za-z0-9][A-Za-z0-9 -]*$", str(v)) else json.dumps(v)
            for v in values
        )
        + "]"
    )


# Front-matter field (as the loader names it) -> the form label the contributor knows.
LOADER_FIELDS = {"bestandsnaam": "titel", "render_macros": "tekst", "": "tekst"}


def validate_as_build(root: Path, path: str, text: str, describe=None) -> list[str]:
    """Load the whole site, with the new file, from a temporary copy: the same validation (and
    sanitising) as `make build`. Returns Dutch messages; the real tree is never touched."""
    describe = describe or (lambda problem: loader_message(problem, path, text))
    with tempfile.TemporaryDirectory(prefix="intake-") as tmp:
        copy = Path(tmp)
        for name in ("docs", "data", "glossary"):
            if (root / name).is_dir():
                shutil.copytree(root / name, copy / name, symlinks=True)
        shutil.copy2(root / "mkdocs.yml", copy / "mkdocs.yml")  # the site's Markdown settings
        (copy / path).write_text(text, encoding="utf-8")
        try:
            load_site(copy)
        except DataError as error:
            return [describe(problem) for problem in error.problems]
    return []


def loader_message(problem, path: str, text: str) -> str:
    if problem.file != path:
        return f"de site zelf heeft een fout (een beheerder lost die op): {problem}"
    field = problem.field.split(".")[0].split("[")[0]
    label = EXAMPLE_FIELDS.get(LOADER_FIELDS.get(field, field), field)
    body_start = text.split("\n").index("---", 1) + 2  # first line of the text in the file
    if label == EXAMPLE_FIELDS["tekst"] and problem.line and problem.line >= body_start:
        return f"{label} (regel {problem.line - body_start + 1}): {problem.message}"
    return f"{label}: {problem.message}"


# Glossary reading (contract 2: perspectief, partner, tekst,
# bron{titel, url, uitgever, gepubliceerd, geraadpleegd, artikel})


def term_vocabulary(root: Path) -> Vocabulary:
    entries = []
    for path in sorted((root / "glossary").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        parsed = parse_yaml(text, f"glossary/{path.name}", Problems())
        data = parsed[0] if parsed else None
        if isinstance(data, dict) and isinstance(data.get("term"), str):
            aliases = [data.get("afkorting"), *(data.get("synoniemen") or [])]
            entries.append(
                Entry(path.stem, data["term"], tuple(a for a in aliases if isinstance(a, str)))
            )
    return Vocabulary("term", "de woordenlijst (glossary/)", tuple(entries))


def reading_from_issue(event: dict, root: Path, today: str) -> Change:
    """The term file with the proposed reading appended under `lezingen:`."""
    body = event["issue"].get("body")
    form = reading_form_of(body)
    labels = form.fields()
    answers = form_fields(body, labels)
    problems: list[str] = []
    terms = term_vocabulary(root)
    try:
        site = load_site(root)
    except DataError as error:
        raise IntakeError([f"de site zelf heeft een fout: {p}" for p in error.problems]) from None
    partners = Vocabulary(
        "partner",
        "data/partners.yaml",
        tuple(
            Entry(p.id, p.naam, partner_aliases(p.naam, p.afkorting, p.kort)) for p in site.partners
        ),
    )

    term = terms.resolve(answers["term"]) if answers["term"] else None
    if not answers["term"]:
        problems.append(f"{labels['term']}: vul de term in, zoals in de woordenlijst")
    elif not term:
        problems.append(unknown_message(answers["term"], terms))

    perspective = form.perspective
    partner = None
    if perspective == "partner":
        if not answers["partner"]:
            problems.append(f"{labels['partner']}: kies de partner voor wie deze lezing spreekt")
        else:
            partner = partners.resolve(answers["partner"])
            if not partner:
                problems.append(unknown_message(answers["partner"], partners))

    tekst = answers["tekst"].strip()
    if len(tekst) < 3:
        problems.append(f"{labels['tekst']}: de tekst van de lezing ontbreekt")
    problems += plain_text_problems(labels["tekst"], tekst)

    bron: dict[str, str] = {}
    if not answers["bron_titel"]:
        problems.append(f"{labels['bron_titel']}: geef de titel van de bron")
    else:
        problems += one_line_problems(labels["bron_titel"], answers["bron_titel"])
        bron["titel"] = answers["bron_titel"]
    if answers["bron_url"]:
        url = urlparse(answers["bron_url"])
        if url.scheme not in ("http", "https") or not url.netloc or " " in answers["bron_url"]:
            problems.append(f"{labels['bron_url']}: geef een webadres dat met https:// begint")
        else:
            bron["url"] = answers["bron_url"]
    publishers = publisher_vocabulary(site.uitgevers)
    if not answers["bron_uitgever"]:
        problems.append(f"{labels['bron_uitgever']}: kies wie de bron publiceerde")
    elif publisher := publishers.resolve(answers["bron_uitgever"]):
        bron["uitgever"] = publisher
    else:
        problems.append(unknown_message(answers["bron_uitgever"], publishers))
    if answers["bron_gepubliceerd"]:
        problems += date_problems(
            labels["bron_gepubliceerd"], answers["bron_gepubliceerd"], today, PARTIAL_DATE
        )
        bron["gepubliceerd"] = answers["bron_gepubliceerd"]
    if answers["bron_geraadpleegd"]:
        problems += date_problems(labels["bron_geraadpleegd"], answers["bron_geraadpleegd"], today)
        bron["geraadpleegd"] = answers["bron_geraadpleegd"]
    elif "url" in bron:
        bron["geraadpleegd"] = today  # as the form says: the day the proposal is processed
    if answers["bron_artikel"]:
        problems += one_line_problems(labels["bron_artikel"], answers["bron_artikel"])
        bron["artikel"] = answers["bron_artikel"]
    if problems:
        raise IntakeError(problems)

    reading: dict = {"perspectief": perspective}
    if partner:
        reading["partner"] = partner
    reading |= {"tekst": tekst, "bron": bron}
    path = f"glossary/{term}.yaml"
    try:
        text = append_reading((root / path).read_text(encoding="utf-8"), reading, path)
    except ValueError as error:
        raise IntakeError([str(error)]) from None
    # The same validation (schema, sources, allowlist) as the build, on a temporary copy.
    found = validate_as_build(
        root,
        path,
        text,
        lambda problem: (
            f"{problem.field or 'lezing'}: {problem.message}"
            if problem.file == path
            else f"de site zelf heeft een fout (een beheerder lost die op): {problem}"
        ),
    )
    if found:
        raise IntakeError(found)
    return Change(path, text)


# A publication date as a source states it: a year, a month or a day.
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def date_problems(label: str, value: str, today: str, form: re.Pattern | None = None) -> list[str]:
    shown = "JJJJ, JJJJ-MM of JJJJ-MM-DD" if form is PARTIAL_DATE else "JJJJ-MM-DD"
    if not (form or DATE).match(value) or not real_date(value):
        return [f"{label}: ‘{value}’ is geen datum; schrijf {shown}, bv. 2026-11-30"]
    if value > today[: len(value)]:
        return [f"{label}: {value} ligt in de toekomst"]
    return []


def append_reading(text: str, reading: dict, file: str) -> str:
    """`text` with `reading` as the last item of its top-level `lezingen:` list.

    Only text is added: comments, order and formatting of the rest stay as they were. The
    result is parsed again and must equal the old data plus the new reading.
    """
    before = parse_yaml(text, file, problems := Problems())
    if before is None or not isinstance(before[0], dict):
        detail = f" ({problems[0].message})" if problems else ""
        raise ValueError(f"{file} is geen leesbare term{detail}; een beheerder kijkt het na")
    old = before[0]
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    value_node = next((v for k, v in node.value if k.value == "lezingen"), None)
    if not text.endswith("\n"):
        text += "\n"
    if value_node is None:
        new_text = text + "lezingen:\n" + _item(reading, 2)
    elif (
        isinstance(value_node, yaml.SequenceNode)
        and value_node.value
        and not (value_node.flow_style)
    ):
        last = value_node.value[-1]
        stop = len(text[: last.end_mark.index].rstrip())
        insert = text.find("\n", stop) + 1 or len(text)
        indent = value_node.start_mark.column
        new_text = text[:insert] + _item(reading, indent) + text[insert:]
    elif (isinstance(value_node, yaml.SequenceNode) and not value_node.value) or (
        isinstance(value_node, yaml.ScalarNode) and value_node.value in ("", "~", "null")
    ):
        line_end = text.find("\n", value_node.start_mark.index)
        head = text[: text.rfind("\n", 0, value_node.start_mark.index) + 1]
        new_text = head + "lezingen:\n" + _item(reading, 2) + text[line_end + 1 :]
    else:
        raise ValueError(
            f"{file}: “lezingen” staat niet als lijst met “- ” op aparte regels; "
            "een beheerder voegt de lezing met de hand toe"
        )
    after = parse_yaml(new_text, file, Problems())
    wanted = {**old, "lezingen": [*(old.get("lezingen") or []), reading]}
    if after is None or after[0] != wanted:
        raise ValueError(
            f"{file}: de lezing kan niet veilig toegevoegd worden; doe het met de hand"
        )
    return new_text


def _item(reading: dict, indent: int) -> str:
    dumped = yaml.safe_dump([reading], allow_unicode=True, sort_keys=False, width=90)
    return "".join(" " * indent + line for line in dumped.splitlines(keepends=True))


# Command line


def convert(kind: str, event_path: Path, root: Path, today: str) -> Change:
    event = read_event(event_path)
    if kind == "issue":
        labels = issue_labels(event)
        if EXAMPLE_LABEL in labels:
            kind = "voorbeeld"
        elif READING_LABEL in labels:
            kind = "lezing"
        else:
            raise IntakeError(
                [f"het issue heeft geen label “{EXAMPLE_LABEL}” of “{READING_LABEL}”"]
            )
    if kind == "voorbeeld":
        return example_from_issue(event, root, today)
    if kind == "lezing":
        return reading_from_issue(event, root, today)
    raise IntakeError([f"onbekende opdracht “{kind}”: gebruik voorbeeld, lezing of issue"])


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(
            "gebruik: python -m macros.github.intake voorbeeld|lezing|issue EVENT.json",
            file=sys.stderr,
        )
        return 2
    root = Path.cwd()
    try:
        change = convert(argv[0], Path(argv[1]), root, date.today().isoformat())
    except IntakeError as error:
        print(error, file=sys.stderr)
        return 1
    (root / change.path).write_text(change.text, encoding="utf-8")
    print(change.path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
