"""Typed records of the site's data, and the loaders that validate them.

Data flows one way: files -> validated records (once per build) -> render functions.
Loaders collect every problem and raise one DataError, so a build fails with a full list.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .validation import Lines, Problems, check_schema, field_name, parse_yaml
from .vocabulary import Vocabulary, plain

EXAMPLES_DIR = "praktijkvoorbeelden"
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# Data


@dataclass(frozen=True)
class Bouwsteen:
    nummer: int
    slug: str
    titel: str
    ondertitel: str

    @property
    def src_path(self) -> str:
        """Path of the bouwsteen page, relative to docs/."""
        return f"bouwstenen/{self.nummer}-{self.slug}.md"

    @property
    def label(self) -> str:
        return f"Bouwsteen {self.nummer} • {self.titel}"


@dataclass(frozen=True)
class Thema:
    id: str
    naam: str


@dataclass(frozen=True)
class Igs:
    id: str
    naam: str
    gemeenten: tuple[str, ...] = ()
    contact: str | None = None


@dataclass(frozen=True)
class Partner:
    id: str
    naam: str
    kring: str
    sector: str
    afkorting: str | None = None
    kort: str | None = None
    groep: str | None = None
    kop: str | None = None
    wat: str | None = None
    aandachtspunten: tuple[str, ...] = ()
    vragen: tuple[str, ...] = ()
    website: str | None = None
    bron: str | None = None

    @property
    def label(self) -> str:
        """Short name for lists: the abbreviation where there is one."""
        return self.afkorting or self.naam


@dataclass(frozen=True)
class Contact:
    """A heading with a stable id on docs/contact.md."""

    id: str
    naam: str


@dataclass(frozen=True)
class Example:
    """One practice example: docs/praktijkvoorbeelden/<slug>.md."""

    slug: str
    titel: str
    bouwstenen: tuple[int, ...]
    bron: str
    tekst: str
    gemeenten: tuple[str, ...] = ()
    igs: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    themas: tuple[str, ...] = ()
    contact: str | None = None
    datum: str | None = None

    @property
    def src_path(self) -> str:
        return f"{EXAMPLES_DIR}/{self.slug}.md"


@dataclass(frozen=True)
class Term:
    """One term of the Wonen–Welzijn glossary: glossary/<id>.yaml."""

    id: str
    term: str
    definities: dict[str, str]
    bronnen: tuple[str, ...]
    afkorting: str | None = None
    synoniemen: tuple[str, ...] = ()
    per_partner: tuple[tuple[str, str], ...] = ()  # (partner id, definitie)
    lezingen: tuple[str, ...] = ()
    toelichting: str | None = None
    zie_ook: tuple[str, ...] = ()


@dataclass(frozen=True)
class Site:
    """Everything the macros render from, loaded and validated once per build."""

    root: Path
    bouwstenen: tuple[Bouwsteen, ...]
    themas: tuple[Thema, ...] = ()
    gemeenten: tuple[str, ...] = ()
    igs: tuple[Igs, ...] = ()
    partners: tuple[Partner, ...] = ()
    contacts: tuple[Contact, ...] = ()
    examples: tuple[Example, ...] = ()
    terms: tuple[Term, ...] = ()
    texts: dict[int, str] = field(default_factory=dict, repr=False, compare=False)
    _index: dict = field(default_factory=dict, repr=False, compare=False)

    def _by_id(self, kind: str, records, key: str = "id") -> dict:
        if kind not in self._index:
            self._index[kind] = {getattr(r, key): r for r in records}
        return self._index[kind]

    def bouwsteen(self, nummer: int) -> Bouwsteen:
        try:
            return self._by_id("bouwsteen", self.bouwstenen, key="nummer")[nummer]
        except KeyError:
            raise KeyError(f"bouwsteen {nummer} bestaat niet") from None

    def partner(self, id: str) -> Partner:
        return self._by_id("partner", self.partners)[id]

    def thema(self, id: str) -> Thema:
        return self._by_id("thema", self.themas)[id]

    def igs_by_id(self, id: str) -> Igs:
        return self._by_id("igs", self.igs)[id]

    def contact(self, id: str) -> Contact:
        return self._by_id("contact", self.contacts)[id]

    def example(self, slug: str) -> Example:
        try:
            return self._by_id("example", self.examples, key="slug")[slug]
        except KeyError:
            raise KeyError(f"praktijkvoorbeeld “{slug}” bestaat niet") from None

    def examples_for_bouwsteen(self, nummer: int) -> list[Example]:
        return [e for e in self.examples if nummer in e.bouwstenen]

    def examples_for_partner(self, id: str) -> list[Example]:
        return [e for e in self.examples if id in e.partners]

    def examples_for_contact(self, id: str) -> list[Example]:
        return [e for e in self.examples if e.contact == id]

    def term(self, id: str) -> Term:
        return self._by_id("term", self.terms)[id]

    def terms_for_partner(self, id: str) -> list[Term]:
        return [t for t in self.terms if any(p == id for p, _ in t.per_partner)]


# Loaders


def rel(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def read_text(path: Path, root: Path, problems: Problems) -> str | None:
    """A file's UTF-8 text (without the byte order mark some editors add), or None after a
    Dutch problem naming the file."""
    try:
        return path.read_text(encoding="utf-8").lstrip("\ufeff")
    except FileNotFoundError:
        problems.add(rel(path, root), "bestand ontbreekt")
    except UnicodeDecodeError:
        problems.add(rel(path, root), "is geen UTF-8-tekst; bewaar het bestand als UTF-8")
    return None


def load_yaml_file(
    root: Path, relative: str, schema: str, problems: Problems, what: str = ""
) -> tuple[Any, Lines] | None:
    """Read, parse and schema-check one YAML data file; None if it is not usable.

    `what` names a record in messages ("partner" gives "bij partner “caw”").
    """
    text = read_text(root / relative, root, problems)
    if text is None:
        return None
    parsed = parse_yaml(text, relative, problems)
    if parsed is None:
        return None
    data, lines = parsed

    def record_name(index: int) -> str:
        item = data[index] if isinstance(data, list) and index < len(data) else None
        ident = item.get("id") if isinstance(item, dict) else None
        return f"{what} “{ident}”" if ident else f"{what} nr. {index + 1}"

    if not check_schema(data, schema, relative, lines, problems, record_name=what and record_name):
        return None
    return data, lines


def unique_ids(items: list[dict], file: str, lines: Lines, problems: Problems, key="id") -> None:
    seen: dict[str, int] = {}
    for index, item in enumerate(items):
        value = item[key]
        if value in seen:
            problems.add(
                file,
                f"“{value}” komt twee keer voor (ook item {seen[value] + 1}); elk {key} is uniek",
                key,
                lines.get((index, key)),
            )
        seen.setdefault(value, index)


def load_bouwstenen(root: Path, problems: Problems) -> tuple[Bouwsteen, ...]:
    file = "data/bouwstenen.yaml"
    loaded = load_yaml_file(root, file, "bouwstenen", problems, what="bouwsteen")
    if loaded is None:
        return ()
    data, lines = loaded
    records = tuple(Bouwsteen(**item) for item in data)
    if [b.nummer for b in records] != list(range(1, len(records) + 1)):
        problems.add(file, f"de nummers moeten 1 t/m {len(records)} zijn, in volgorde", "nummer")
    for index, bouwsteen in enumerate(records):
        if not (root / "docs" / bouwsteen.src_path).is_file():
            problems.add(
                file,
                f"de pagina docs/{bouwsteen.src_path} bestaat niet",
                "slug",
                lines.get((index, "slug")),
            )
    return records


def load_bouwsteen_texts(root: Path, bouwstenen: tuple[Bouwsteen, ...]) -> dict[int, str]:
    """The Markdown of each bouwsteen page (read once; used to find where terms occur)."""
    texts = {}
    for bouwsteen in bouwstenen:
        path = root / "docs" / bouwsteen.src_path
        if path.is_file():
            texts[bouwsteen.nummer] = path.read_text(encoding="utf-8")
    return texts


def load_themas(root: Path, problems: Problems) -> tuple[Thema, ...]:
    file = "data/themas.yaml"
    loaded = load_yaml_file(root, file, "themas", problems, what="thema")
    if loaded is None:
        return ()
    data, lines = loaded
    unique_ids(data, file, lines, problems)
    return tuple(Thema(**item) for item in data)


def load_gemeenten(root: Path, problems: Problems) -> tuple[str, ...]:
    loaded = load_yaml_file(root, "data/gemeenten.yaml", "gemeenten", problems)
    return tuple(loaded[0]) if loaded else ()


def load_igs(root: Path, gemeenten: tuple[str, ...], problems: Problems) -> tuple[Igs, ...]:
    file = "data/igs.yaml"
    loaded = load_yaml_file(root, file, "igs", problems, what="IGS")
    if loaded is None:
        return ()
    data, lines = loaded
    unique_ids(data, file, lines, problems)
    for index, item in enumerate(data):
        for position, name in enumerate(item["gemeenten"]):
            check_member(
                name,
                gemeenten,
                "gemeente",
                file,
                "gemeenten",
                problems,
                lines.get((index, "gemeenten", position)),
            )
    return tuple(Igs(**{**item, "gemeenten": tuple(item["gemeenten"])}) for item in data)


def load_partners(root: Path, problems: Problems) -> tuple[Partner, ...]:
    file = "data/partners.yaml"
    loaded = load_yaml_file(root, file, "partners", problems, what="partner")
    if loaded is None:
        return ()
    data, lines = loaded
    unique_ids(data, file, lines, problems)
    ids = [item["id"] for item in data]
    for index, item in enumerate(data):
        group = item.get("groep")
        if group is not None and (group == item["id"] or group not in ids):
            problems.add(
                file,
                f"“{group}” is geen andere partner in dit bestand (bij partner “{item['id']}”)",
                "groep",
                lines.get((index, "groep")),
            )
    return tuple(
        Partner(
            **{
                **item,
                "aandachtspunten": tuple(item.get("aandachtspunten", ())),
                "vragen": tuple(item.get("vragen", ())),
            }
        )
        for item in data
    )


CONTACT_HEADING = re.compile(r"^#{2,3}\s+(?P<naam>.+?)\s*\{\s*#(?P<id>[^\s}]+)\s*\}\s*$")


def load_contacts(root: Path, problems: Problems) -> tuple[Contact, ...]:
    """The headings with an explicit id on docs/contact.md: `## Hasselt { #hasselt }`."""
    file = "docs/contact.md"
    text = read_text(root / file, root, problems)
    if text is None:
        return ()
    contacts: dict[str, Contact] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        match = CONTACT_HEADING.match(line)
        if not match:
            continue
        id = match["id"]
        if not SLUG.match(id):
            problems.add(
                file, f"id “{id}” mag enkel kleine letters, cijfers en - bevatten", "kop", number
            )
        elif id in contacts:
            problems.add(file, f"id “{id}” staat twee keer op de pagina", "kop", number)
        contacts[id] = Contact(id=id, naam=match["naam"])
    return tuple(contacts.values())


def check_member(
    value: str,
    allowed,
    what: str,
    file: str,
    field: str,
    problems: Problems,
    line: int | None,
    where: str = "",
) -> str | None:
    """The id `value` stands for in `allowed`, or None after a problem with a suggestion.

    `allowed` is a list of ids (only the exact id is accepted) or a `Vocabulary`, which also
    accepts what people know: the name, the abbreviation, any case or accents. Either way the
    suggestion in the message forgives case, accents and separators.
    """
    vocabulary = allowed if isinstance(allowed, Vocabulary) else plain(allowed, what, where)
    if value in vocabulary.ids:
        return value
    if isinstance(allowed, Vocabulary) and (id := vocabulary.resolve(value)):
        return id
    suggestion = vocabulary.resolve(value) or vocabulary.suggest(value)
    where = where or vocabulary.where
    hint = f"bedoel je “{suggestion}”?" if suggestion else f"zie {where}" if where else ""
    message = f"“{value}” bestaat niet als {what}"
    problems.add(file, f"{message} ({hint})" if hint else message, field, line)
    return None


def load_site(root: Path) -> Site:
    """Load and validate all data below `root`; raise DataError listing every problem."""
    # The examples and glossary loaders need the vocabularies loaded here first.
    from .examples import load_examples
    from .glossary import load_glossary

    problems = Problems()
    bouwstenen = load_bouwstenen(root, problems)
    themas = load_themas(root, problems)
    gemeenten = load_gemeenten(root, problems)
    igs = load_igs(root, gemeenten, problems)
    partners = load_partners(root, problems)
    contacts = load_contacts(root, problems)
    site = Site(
        root=root,
        bouwstenen=bouwstenen,
        themas=themas,
        gemeenten=gemeenten,
        igs=igs,
        partners=partners,
        contacts=contacts,
        texts=load_bouwsteen_texts(root, bouwstenen),
    )
    for record in igs:
        if record.contact and record.contact not in {c.id for c in contacts}:
            problems.add(
                "data/igs.yaml", f"“{record.contact}” staat niet op docs/contact.md", "contact"
            )
    examples = load_examples(root, site, problems)
    terms = load_glossary(root, site, problems)
    problems.raise_if_any()
    return replace(site, examples=examples, terms=terms, _index={})


def slugify(text: str) -> str:
    """'Mijn Voorbeeld é' -> 'mijn-voorbeeld-e' (for suggestions in error messages)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


__all__ = [
    "Bouwsteen",
    "Contact",
    "Example",
    "Igs",
    "Partner",
    "Site",
    "Term",
    "Thema",
    "check_member",
    "field_name",
    "load_site",
    "slugify",
]
