"""Reading contributor-written YAML and checking it against JSON Schemas, in Dutch.

Every problem names the file, the line where known, the field and what is allowed, so a
contributor using the GitHub web editor knows exactly what to fix. Problems are collected,
not raised one by one: a build lists every mistake at once and then fails.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, validators
from referencing import Registry, Resource

SCHEMA_DIR = Path(__file__).parent.parent / "schemas"


# Data


@dataclass(frozen=True)
class Problem:
    """One mistake in one file, worded for the person who has to fix it."""

    file: str
    message: str
    field: str = ""
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


class DataError(Exception):
    """Raised with every problem found; its text is what the build prints before failing."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=lambda p: (p.file, p.line or 0, p.field))
        super().__init__(str(self))

    def __str__(self) -> str:
        count = len(self.problems)
        head = "1 fout" if count == 1 else f"{count} fouten"
        lines = "\n".join(f"  - {p}" for p in self.problems)
        return f"De bouw stopt: {head} in de inhoud of de gegevens.\n{lines}"


class Problems(list):
    """A list of Problem with a helper to raise them all at once.

    It also knows which records of data/ could not be used (`unusable`): a list file with a
    problem leaves out the records that have one, or is left out whole. A reference to such a
    record elsewhere is then not reported as unknown (`check_member`): one mistake in
    data/partners.yaml gave some sixty follow-on messages "bestaat niet als partner" over
    the examples, and hid the one that mattered.
    """

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.unusable: dict[str, frozenset[str] | None] = {}  # kind -> ids; None: all of them

    def add(self, file: str, message: str, field: str = "", line: int | None = None) -> None:
        self.append(Problem(file, message, field, line))

    def leave_out(self, kind: str, ids: frozenset[str] | None) -> None:
        """Records of `kind` ("partner") that are not used: `ids`, or all if None."""
        known = self.unusable.get(kind, frozenset())
        self.unusable[kind] = None if ids is None or known is None else known | ids

    def left_out(self, kind: str, value: object) -> bool:
        """Whether `value` may name a record of `kind` that was left out."""
        if kind not in self.unusable:
            return False
        ids = self.unusable[kind]
        return ids is None or value in ids

    def raise_if_any(self) -> None:
        if self:
            raise DataError(list(self))


# YAML with line numbers


# libyaml's parser where PyYAML has it: ten times faster on a thousand example files.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeLoader):
    """SafeLoader that keeps dates as text, so `datum: 2024-05-01` is checked as a string."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

Lines = dict[tuple, int]

# Contributed YAML is parsed defensively: no anchors or aliases (an alias bomb never finishes
# composing), no explicit tags, bounded nesting and size, string keys only. Every refusal is a
# Dutch problem naming the file, never a traceback or a hang.
MAX_FILE_BYTES = 256 * 1024
MAX_DEPTH = 10
# The longest list any data file needs (data/gemeenten.yaml has 42 names, data/partners.yaml
# about 40 partners). Checked on the parser's events, before anything is built: jsonschema's
# `uniqueItems` is quadratic on a long list of mixed values, and `maxItems` does not stop it.
MAX_ITEMS = 200


# Characters that show nothing but are not Cc or Cf: Unicode's Default_Ignorable_Code_Point
# letters and marks (combining grapheme joiner, Hangul fillers, variation selectors, Mongolian
# free variation selectors, Khmer inherent vowels) and the blank braille pattern. "Genk" with
# one of them is another title that looks the same, and a title of Hangul fillers (letters, to
# Python) is invisible. Ranges from DerivedCoreProperties.txt, Unicode 15.
BLANK_RANGES = (
    (0x034F, 0x034F),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x2800, 0x2800),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFFA0, 0xFFA0),
    (0xE0100, 0xE01EF),
)


def _invisible_codes() -> list[int]:
    """Every control (Cc) and format (Cf) character: C0/C1 controls, bidirectional overrides
    ("Trojan Source"), zero-width spaces and joiners, soft hyphens, tag characters; the line
    and paragraph separators (Zl, Zp: a line break inside a one-line field, and a line end to
    YAML and JavaScript); and the blank characters above."""
    blank = {c for low, high in BLANK_RANGES for c in range(low, high + 1)}
    return [
        c
        for c in (*range(0x20000), *range(0xE0000, 0xE0200))
        if unicodedata.category(chr(c)) in ("Cc", "Cf", "Zl", "Zp") or c in blank
    ]


def _invisible_class(codes: list[int], allowed: str) -> str:
    """The characters of `codes` but those `allowed`, as ranges of code points, so that the
    regular expression stays small. A class alone, not a class behind a look-ahead that
    excepts the allowed ones: the regex engine then skips to a character of the class, where
    it tried the look-ahead at every character (150 µs for an example's file, now 1)."""
    ranges: list[list[int]] = []
    for code in codes:
        if chr(code) in allowed:
            continue
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )


_INVISIBLE_CODES = _invisible_codes()
# In a file as it is stored: tab, newline and carriage return are layout.
INVISIBLE = re.compile("[" + _invisible_class(_INVISIBLE_CODES, "\t\n\r") + "]")
# In a decoded YAML value: only the newline, which the schema allows where a field may hold
# several lines. YAML escapes ("\u202E", "\e", "\x9B", "\t") decode to exactly the
# characters the file itself may not hold.
INVISIBLE_DECODED = re.compile("[" + _invisible_class(_INVISIBLE_CODES, "\n") + "]")
# An abbreviation definition (`*[SVK]: …`) as the abbr extension reads it: in contributed text
# it would replace the glossary's tooltip on every page the text lands on.
ABBREVIATION_DEFINITION = re.compile(r"\*\[[^\]\n]{0,200}\][ ]?:")
# Fields that name a thing: they must show letters (not only spaces, digits or signs).
TITLE_KEYS = frozenset({"titel", "term", "naam", "kop"})
LETTER = re.compile(r"[^\W\d_]")
_STR_TAG = "tag:yaml.org,2002:str"


def title_key(text: str) -> str:
    """A title as people read it, to find two that look the same: compatibility forms
    (NFKC: "Ｇｅｎｋ" is "Genk"), no format characters, case folded, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return " ".join(text.casefold().split())


def check_text(
    text: str, file: str, problems: Problems, line_offset: int = 0, limit: int = MAX_FILE_BYTES
) -> bool:
    """Refuse text that is too large or holds invisible control characters; True if fine."""
    size = len(text.encode("utf-8"))
    if size > limit:
        problems.add(
            file,
            f"is te groot ({size // 1024} KB; hoogstens {limit // 1024} KB): "
            "een praktijkvoorbeeld of gegevensbestand is veel korter",
        )
        return False
    match = INVISIBLE.search(text)
    if match:
        line = text.count("\n", 0, match.start()) + 1 + line_offset
        problems.add(
            file,
            f"bevat een onzichtbaar stuurteken (U+{ord(match.group()):04X}); verwijder het "
            "(het komt vaak mee bij kopiëren en plakken uit een ander programma)",
            line=line,
        )
        return False
    return True


def parse_yaml(
    text: str, file: str, problems: Problems, line_offset: int = 0
) -> tuple[Any, Lines] | None:
    """Parse YAML; return (data, {path: line}) or None after recording a problem.

    `line_offset` shifts line numbers, for front matter that starts below line 1.
    Duplicate keys are an error: PyYAML would silently keep the last one.
    """
    if not check_text(text, file, problems, line_offset):
        return None
    try:
        if not _check_events(text, file, problems, line_offset):
            return None
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 + line_offset if mark else None
        reason = getattr(error, "problem", None) or str(error)
        problems.add(
            file,
            f"de YAML is niet leesbaar ({_yaml_reason(reason)}); kijk naar inspringing, "
            "dubbele punten en aanhalingstekens",
            line=line,
        )
        return None
    if node is None:
        return None, {}
    lines: Lines = {}
    problems_before = len(problems)
    _walk(node, (), lines, file, problems, line_offset)
    if len(problems) > problems_before:
        return None
    loader = _Loader("")
    try:
        data = loader.construct_document(node)
    except yaml.YAMLError as error:
        problems.add(
            file, f"de YAML is niet leesbaar ({_yaml_reason(str(error))})", line=line_offset + 1
        )
        return None
    except ValueError:  # Python refuses to read an integer of more than 4,300 digits
        problems.add(
            file,
            "een getal is te lang om te lezen (duizenden cijfers); schrijf een gewoon getal",
            line=line_offset + 1,
        )
        return None
    if not check_values(data, file, lines, problems):
        return None
    return data, lines


def check_values(data: Any, file: str, lines: Lines, problems: Problems, path: tuple = ()) -> bool:
    """Every decoded key and text of `data`: no control or format characters (the newline
    excepted), no abbreviation definitions, and letters in a field that names a thing. False
    when the data must not be read on (a field without letters is only recorded).

    The raw file was checked before parsing, but YAML escapes write any character in plain
    ASCII: this is where a decoded value is seen as the site would show it.
    """
    ok = True
    if isinstance(data, dict):
        items = list(data.items())
    elif isinstance(data, list):
        items = list(enumerate(data))
    else:
        return True
    for key, value in items:
        here = (*path, key)
        texts = [key] if isinstance(key, str) else []
        texts += [value] if isinstance(value, str) else []
        for text in texts:
            message = text_problem(text)
            if message:
                problems.add(file, message, field_name(here), _line_for(lines, here))
                ok = False
                break
        else:
            # Recorded, but the file is read on: the schema may say more about the field.
            if key in TITLE_KEYS and isinstance(value, str) and not LETTER.search(value):
                problems.add(
                    file,
                    "moet letters bevatten: een naam of titel die niemand kan lezen, is er geen",
                    field_name(here),
                    _line_for(lines, here),
                )
        ok = check_values(value, file, lines, problems, here) and ok
    return ok


def text_problem(text: str) -> str | None:
    """The Dutch problem with one decoded contributed text, or None."""
    match = INVISIBLE_DECODED.search(text)
    if match:
        return (
            f"bevat een onzichtbaar teken (U+{ord(match.group()):04X}), ook als het met een "
            "YAML-code als “\\u…” of “\\x…” geschreven is; verwijder het"
        )
    match = ABBREVIATION_DEFINITION.search(text)
    if match:
        return (
            f"“{match.group()[:40]}” definieert een afkorting; dat kan niet in een bijdrage: "
            "de uitleg van afkortingen komt uit de woordenlijst (glossary/)"
        )
    return None


def _check_events(text: str, file: str, problems: Problems, offset: int) -> bool:
    """Walk the parser's event stream (iterative, cheap) before anything is composed."""
    depth = 0
    documents = 0
    # Per open collection: is it a list, and how many items it has so far.
    open_collections: list[list] = []
    for event in yaml.parse(text, Loader=_Loader):
        line = event.start_mark.line + 1 + offset
        is_item = isinstance(event, (yaml.ScalarEvent, yaml.AliasEvent, yaml.CollectionStartEvent))
        if is_item and open_collections and open_collections[-1][0]:
            open_collections[-1][1] += 1
            if open_collections[-1][1] > MAX_ITEMS:
                problems.add(
                    file,
                    f"een lijst is te lang (meer dan {MAX_ITEMS} elementen)",
                    line=line,
                )
                return False
        if isinstance(event, yaml.CollectionStartEvent):
            open_collections.append([isinstance(event, yaml.SequenceStartEvent), 0])
        elif isinstance(event, yaml.CollectionEndEvent):
            open_collections.pop()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            problems.add(
                file,
                "verwijzingen met & en * (ankers en aliassen) zijn niet toegelaten; "
                "schrijf elke waarde voluit",
                line=line,
            )
            return False
        if getattr(event, "tag", None) not in (None, "!"):
            problems.add(
                file,
                f"een YAML-tag (“{event.tag}”) is niet toegelaten; schrijf gewone tekst, "
                "getallen en lijsten",
                line=line,
            )
            return False
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                problems.add(
                    file,
                    "bevat meer dan één YAML-document (een regel “---” of “...” te veel?)",
                    line=line,
                )
                return False
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                problems.add(
                    file,
                    f"is te diep genest (meer dan {MAX_DEPTH} niveaus); schrijf het eenvoudiger",
                    line=line,
                )
                return False
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
    return True


def _yaml_reason(reason: str) -> str:
    # PyYAML's own parser and libyaml word the same problems differently.
    known = {
        "mapping values are not allowed": "een dubbele punt op een plaats waar dat niet mag",
        "that cannot start any token": "een teken dat hier niet mag, bv. een tab; gebruik spaties",
        "could not find expected ':'": "een dubbele punt ontbreekt",
        "did not find expected key": "de inspringing klopt niet of een aanhalingsteken ontbreekt",
        "did not find expected ',' or ']'": "een lijst [ … ] wordt niet goed afgesloten",
        "expected ',' or ']'": "een lijst [ … ] wordt niet goed afgesloten",
        "found unexpected end of stream": "een aanhalingsteken wordt niet afgesloten",
        "found undefined alias": "onbekende verwijzing (*)",
        "found unhashable key": "een lijst of velden als veldnaam",
        "exceeded maximum nesting depth": "te diep genest",
        "unacceptable character": "een teken dat niet in een tekstbestand hoort",
        "special characters are not allowed": "een teken dat niet in een tekstbestand hoort",
        "found character that cannot start any token": "een teken dat hier niet mag",
    }
    for english, dutch in known.items():
        if english in reason:
            return dutch
    return reason


def _walk(node, path: tuple, lines: Lines, file: str, problems: Problems, offset: int) -> None:
    lines[path] = node.start_mark.line + 1 + offset
    if isinstance(node, yaml.MappingNode):
        seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1 + offset
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != _STR_TAG:
                shown = key_node.value if isinstance(key_node, yaml.ScalarNode) else "een lijst"
                problems.add(
                    file,
                    f"een veldnaam moet gewone tekst zijn, zoals “titel”, maar hier staat "
                    f"“{shown}”",
                    field=_field_name(path),
                    line=line,
                )
                continue
            key = key_node.value
            if key in seen:
                problems.add(
                    file,
                    f"staat twee keer in dit bestand (regel {seen[key]} en {line}); hou er één",
                    field=_field_name((*path, key)),
                    line=line,
                )
            seen[key] = line
            lines[(*path, key)] = line
            _walk(value_node, (*path, key), lines, file, problems, offset)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), lines, file, problems, offset)


# mkdocs.yml outside MkDocs


def read_mkdocs_config(path: Path) -> dict:
    """mkdocs.yml as plain data, for tools and tests that run without MkDocs.

    `!ENV [NAME, fallback]` gives its fallback (the default, not the environment); any other
    MkDocs tag (e.g. `!relative`) gives None.
    """

    class Loader(yaml.SafeLoader):
        pass

    def env(loader, suffix, node):
        if suffix != "ENV":
            return None
        if isinstance(node, yaml.SequenceNode):
            values = loader.construct_sequence(node)
            return values[-1] if values else ""
        return ""

    Loader.add_multi_constructor("!", env)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=Loader) or {}


# JSON Schema, explained in Dutch


@cache
def load_schema(name: str) -> dict:
    return json.loads((SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8"))


@cache
def _registry() -> Registry:
    """Every schema of macros/schemas/ by file name, so one can refer to another's parts
    ("bron.schema.json#/$defs/bron"); nothing is ever fetched from the network."""
    return Registry().with_resources(
        (path.name, Resource.from_contents(load_schema(path.name.removesuffix(".schema.json"))))
        for path in sorted(SCHEMA_DIR.glob("*.schema.json"))
    )


@cache
def _validator(name: str) -> Draft202012Validator:
    schema = load_schema(name)
    Draft202012Validator.check_schema(schema)
    # "format": "date" is checked against the calendar (2021-02-31 does not exist).
    return _StrictValidator(
        schema, format_checker=Draft202012Validator.FORMAT_CHECKER, registry=_registry()
    )


# JSON Schema counts 2.0 as an integer; where a number is an id (`bouwstenen: [2.0]` would
# show "Bouwsteen 2.0"), only a number written without a decimal point is one.
_StrictValidator = validators.extend(
    Draft202012Validator,
    type_checker=Draft202012Validator.TYPE_CHECKER.redefine(
        "integer", lambda _, value: isinstance(value, int) and not isinstance(value, bool)
    ),
)


def check_schema(
    data: Any,
    schema_name: str,
    file: str,
    lines: Lines,
    problems: Problems,
    base_path: tuple = (),
    record_name=None,
    bad_records: set[int] | None = None,
    records: tuple = (),
) -> bool:
    """Validate `data` against a schema in macros/schemas/; record Dutch problems.

    `record_name(index)` names the record of a list file ("partner “caw”"), so a message
    says which record to fix. Returns True when the data is valid. `bad_records`, if given,
    receives the index of each record (in the list at `records` in the data) with a problem,
    and -1 for a problem outside the records.
    """
    errors = sorted(_validator(schema_name).iter_errors(data), key=lambda e: list(e.path))
    for error in errors:
        path = (*base_path, *error.absolute_path)
        field, message = explain(error, path)
        if record_name and path and isinstance(path[0], int):
            message += f" (bij {record_name(path[0])})"
        problems.add(file, message, field=field, line=_line_for(lines, path))
        if bad_records is not None:
            inside = path[len(records) :] if path[: len(records)] == records else ()
            bad_records.add(inside[0] if inside and isinstance(inside[0], int) else -1)
    return not errors


def _line_for(lines: Lines, path: tuple) -> int | None:
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return lines.get(())


def _field_name(path: tuple) -> str:
    """('per_partner', 1, 'partner') -> 'per_partner[2].partner' (1-based for people)."""
    name = ""
    for part in path:
        if isinstance(part, int):
            name += f"[{part + 1}]"
        else:
            name += f".{part}" if name else str(part)
    return name


def field_name(path: tuple) -> str:
    return _field_name(path)


_TYPES = {
    "string": "tekst",
    "integer": "een geheel getal",
    "number": "een getal",
    "array": "een lijst (regels die met '- ' beginnen, of [a, b])",
    "object": "velden met 'naam: waarde'",
    "boolean": "true of false",
    "null": "leeg",
}


def _type_of(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "een getal"
    if isinstance(value, float):
        return "een kommagetal"
    if isinstance(value, str):
        return "tekst"
    if isinstance(value, list):
        return "een lijst"
    if isinstance(value, dict):
        return "velden"
    if value is None:
        return "niets (leeg)"
    return type(value).__name__


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f"“{value}”"
    return json.dumps(value, ensure_ascii=False)


def explain(error, path: tuple) -> tuple[str, str]:
    """Return (field, Dutch message) for one jsonschema error.

    A schema may carry `x-uitleg` on a property: the Dutch description of what is allowed,
    used instead of the generic wording.
    """
    schema = error.schema if isinstance(error.schema, dict) else {}
    hint = schema.get("x-uitleg")
    field = _field_name(tuple(p for p in path if not isinstance(p, int))) if path else ""
    value = error.instance
    kind = error.validator

    if kind == "required":
        missing = re.search(r"'([^']+)' is a required property", error.message)
        name = missing.group(1) if missing else "?"
        sub = schema.get("properties", {}).get(name, {})
        allowed = sub.get("x-uitleg")
        field = _field_name((*tuple(p for p in path if not isinstance(p, int)), name))
        return field, "ontbreekt; dit veld is verplicht" + (f" ({allowed})" if allowed else "")
    if kind == "additionalProperties":
        allowed = sorted(schema.get("properties", {}))
        extra = sorted(set(value) - set(allowed)) if isinstance(value, dict) else []
        names = ", ".join(extra) or "?"
        field = _field_name((*tuple(p for p in path if not isinstance(p, int)), extra[0]))
        word = "is geen gekend veld" if len(extra) == 1 else f"zijn geen gekende velden ({names})"
        return field, f"{word}; toegelaten velden: {', '.join(allowed)}"
    if kind == "type":
        expected = error.validator_value
        expected = expected if isinstance(expected, list) else [expected]
        want = " of ".join(_TYPES.get(t, t) for t in expected)
        return field, f"verwacht {hint or want}, maar kreeg {_type_of(value)} {_show(value)}"
    if kind == "enum":
        options = ", ".join(str(o) for o in error.validator_value)
        return field, f"{_show(value)} is niet toegelaten (kies uit: {options})"
    if kind in ("minimum", "maximum"):
        low = schema.get("minimum")
        high = schema.get("maximum")
        if low is not None and high is not None:
            return field, f"{_show(value)} bestaat niet (kies {low} t/m {high})"
        bound = f"minstens {low}" if kind == "minimum" else f"hoogstens {high}"
        return field, f"{_show(value)} is niet toegelaten ({bound})"
    if kind == "pattern":
        return field, f"{_show(value)} heeft niet de juiste vorm ({hint or error.validator_value})"
    if kind == "minLength":
        return field, "mag niet leeg zijn" + (f" ({hint})" if hint else "")
    if kind == "maxLength":
        return field, f"is te lang (hoogstens {error.validator_value} tekens)"
    if kind == "minItems":
        return field, f"geef er minstens {error.validator_value}" + (f" ({hint})" if hint else "")
    if kind == "maxItems":
        return field, f"is te lang (hoogstens {error.validator_value} waarden)"
    if kind == "uniqueItems":
        return field, "bevat een waarde twee keer; vermeld elke waarde één keer"
    if kind == "format":
        if error.validator_value == "date":
            return field, f"{_show(value)} bestaat niet op de kalender ({hint or 'JJJJ-MM-DD'})"
        return field, f"{_show(value)} heeft niet de juiste vorm ({hint or error.validator_value})"
    if kind == "dependentRequired":
        # {"tot": ["vervangen_door"]}: name the field that is missing beside the one given.
        given = next((k for k in error.validator_value if k in (value or {})), "?")
        missing = next((m for m in error.validator_value.get(given, ()) if m not in value), "?")
        field = _field_name((*tuple(p for p in path if not isinstance(p, int)), missing))
        return field, f"ontbreekt: wie {given} invult, vult ook {missing} in"
    if kind == "const":
        return field, f"moet {_show(error.validator_value)} zijn"
    if kind == "not":
        return field, hint or f"{_show(value)} is hier niet toegelaten"
    return field, hint or error.message
