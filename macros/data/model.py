"""Typed records of the site's data, and the loaders that validate them.

Data flows one way: files -> validated records (once per build) -> render functions.
Loaders collect every problem and raise one DataError, so a build fails with a full list.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..core.gitlog import git
from ..core.leidraad import GUIDE_FILE
from ..core.municipalities import Municipalities, municipality_view
from ..core.sanitize import Checker
from ..core.validation import Lines, Problems, check_schema, field_name, parse_yaml
from .vocabulary import Vocabulary, plain

EXAMPLES_DIR = "praktijkvoorbeelden"
# The catalogue sits beside the folder of contributed files, not in it (same URL).
GLOSSARY_PAGE = "woordenlijst.md"
# The perspectives of a reading on the glossary (glossary/*.yaml `perspectief`), as labelled.
PERSPECTIVES = {
    "leidraad": "Leidraad (2021)",
    "wonen": "Wonen",
    "welzijn": "Welzijn",
    "partner": "Partner",
    "redactie": "Redactie",
}
CATALOGUE_PAGE = "praktijkvoorbeelden.md"
# What the build reads: no symbolic link anywhere in them (see check_no_symlinks).
BUILD_READS = (
    *("docs", "data", "glossary", "overrides", "macros", ".github"),
    *("mkdocs.yml", "CONTRIBUTING.md", "requirements.txt"),
)
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# The files of data/, each read by its loader below (the guide's text by core/leidraad.py);
# check_data_folder refuses any other, so nothing put there is silently left unread.
DATA_DIR = "data"
BOUWSTENEN_FILE = "data/bouwstenen.yaml"
THEMAS_FILE = "data/themas.yaml"
GEMEENTEN_FILE = "data/gemeenten.yaml"
IGS_FILE = "data/igs.yaml"
UITGEVERS_FILE = "data/uitgevers.yaml"
PARTNERS_FILE = "data/partners.yaml"
MERGERS_FILE = "data/fusies.yaml"
DATA_FILES = (
    *(BOUWSTENEN_FILE, THEMAS_FILE, GEMEENTEN_FILE, IGS_FILE),
    *(UITGEVERS_FILE, PARTNERS_FILE, MERGERS_FILE, GUIDE_FILE),
)

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
    status: str = "actueel"
    opgevolgd_door: tuple[str, ...] = ()
    wijzigingen: tuple[Wijziging, ...] = ()
    sinds: str | None = None  # a partner the guide (2021) does not know: since when
    opgevolgd_uit: tuple[str, ...] = ()  # the partners it grew out of (ids in this file)

    @property
    def historisch(self) -> bool:
        return self.status == "historisch"

    @property
    def nieuw(self) -> bool:
        """Not in the guide: an actor of today, beside the 2021 ones."""
        return self.sinds is not None

    @property
    def label(self) -> str:
        """Short name for lists: the abbreviation where there is one."""
        return self.afkorting or self.naam


@dataclass(frozen=True)
class Contact:
    """A heading with a stable id on docs/contact.md."""

    id: str
    naam: str
    # When the editors last confirmed it (`data-bevestigd` on its heading); None: the guide's.
    bevestigd: str | None = None


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
    # The text rendered and accepted at load time, for its own page (macros.data.examples.
    # ExamplePage) when MkDocs would render it the same; None when MkDocs must render it.
    html: str | None = field(default=None, compare=False, repr=False)
    toc: tuple[dict, ...] = field(default=(), compare=False, repr=False)

    @property
    def src_path(self) -> str:
        return f"{EXAMPLES_DIR}/{self.slug}.md"


# Who a publisher speaks for (data/uitgevers.yaml): a Wonen reading needs a `wonen` publisher.
UITGEVER_SECTORS = (
    "leidraad",
    "redactie",
    "wonen",
    "welzijn",
    "lokale-besturen",
    "overheid",
    "wetgever",
    "media",
    "onderzoek",
    "middenveld",
)
GUIDE_PUBLISHER = "leidraad"


@dataclass(frozen=True)
class Uitgever:
    """Who publishes a source, and for which sector it speaks (data/uitgevers.yaml)."""

    id: str
    naam: str
    sector: str  # one of UITGEVER_SECTORS
    url: str | None = None
    opgeheven: str | None = None  # the day it stopped existing (JJJJ-MM-DD)
    opgevolgd_door: str | None = None  # an uitgever id

    @property
    def defunct(self) -> bool:
        return self.opgeheven is not None


@dataclass(frozen=True)
class Bron:
    """Where a reading or a change comes from: title, URL, publisher and two dates.

    `gepubliceerd` is the date the source states (JJJJ, JJJJ-MM or JJJJ-MM-DD), if any;
    `geraadpleegd` the day it was read (required with a URL).
    """

    titel: str
    uitgever: str
    url: str | None = None
    gepubliceerd: str | None = None
    geraadpleegd: str | None = None
    artikel: str | None = None

    @property
    def is_guide(self) -> bool:
        return self.uitgever == GUIDE_PUBLISHER

    @property
    def label(self) -> str:
        """'Vlaamse Codex Wonen van 2021, art. 4.1' (the title, with the article if any)."""
        return f"{self.titel}, {self.artikel}" if self.artikel else self.titel


@dataclass(frozen=True)
class Lezing:
    """One reading of a term: who says it (perspectief), what, and from which source."""

    perspectief: str  # leidraad | wonen | welzijn | partner | redactie
    tekst: str
    bron: Bron
    partner: str | None = None
    tot: str | None = None  # the last day this reading held
    vervangen_door: str | None = None  # what replaced it (editors' words)

    @property
    def historisch(self) -> bool:
        return self.tot is not None

    @property
    def recorded_by_guide(self) -> bool:
        """A sector's words as the guide (2021) recorded them (bouwsteen 4)."""
        return self.perspectief in ("wonen", "welzijn") and self.bron.is_guide


@dataclass(frozen=True)
class Wijziging:
    """Something that changed since the guide (2021): since when, what, and the source."""

    sinds: str
    tekst: str
    bron: Bron
    tot: str | None = None  # the last day this change held
    vervangen_door: str | None = None

    @property
    def historisch(self) -> bool:
        return self.tot is not None


@dataclass(frozen=True)
class Term:
    """One term of the Wonen–Welzijn glossary: glossary/<id>.yaml."""

    id: str
    term: str
    soort: str  # begrip | organisatie | regelgeving | instrument
    stand: str
    lezingen: tuple[Lezing, ...]
    status: str = "actueel"
    opgevolgd_door: tuple[str, ...] = ()
    afkorting: str | None = None
    synoniemen: tuple[str, ...] = ()
    wijzigingen: tuple[Wijziging, ...] = ()
    zie_ook: tuple[str, ...] = ()

    @property
    def historisch(self) -> bool:
        return self.status == "historisch"

    def lezingen_van(self, perspectief: str) -> tuple[Lezing, ...]:
        return tuple(x for x in self.lezingen if x.perspectief == perspectief)


@dataclass(frozen=True)
class Merger:
    """A municipality formed on `sinds` from the municipalities in `uit`."""

    gemeente: str
    uit: tuple[str, ...]


@dataclass(frozen=True)
class Mergers:
    sinds: str
    bronnen: tuple[Bron, ...]
    fusies: tuple[Merger, ...]


@dataclass(frozen=True)
class SiteIds:
    """The records of a `Site` by id (by number for bouwstenen, by slug for examples)."""

    bouwstenen: Mapping[int, Bouwsteen]
    partners: Mapping[str, Partner]
    themas: Mapping[str, Thema]
    igs: Mapping[str, Igs]
    contacts: Mapping[str, Contact]
    examples: Mapping[str, Example]
    terms: Mapping[str, Term]
    uitgevers: Mapping[str, Uitgever]


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
    uitgevers: tuple[Uitgever, ...] = ()  # data/uitgevers.yaml
    mergers: Mergers | None = None  # data/fusies.yaml
    # Today's municipalities and the former ones each covers (macros/core/municipalities.py).
    municipalities: Municipalities = field(default_factory=Municipalities)
    texts: dict[int, str] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self):
        # Each kind of record by its id, built with the record (`replace` builds them again).
        by = SiteIds(
            bouwstenen={b.nummer: b for b in self.bouwstenen},
            partners={p.id: p for p in self.partners},
            themas={t.id: t for t in self.themas},
            igs={i.id: i for i in self.igs},
            contacts={c.id: c for c in self.contacts},
            examples={e.slug: e for e in self.examples},
            terms={t.id: t for t in self.terms},
            uitgevers={u.id: u for u in self.uitgevers},
        )
        object.__setattr__(self, "_by", by)

    def bouwsteen(self, nummer: int) -> Bouwsteen:
        try:
            return self._by.bouwstenen[nummer]
        except KeyError:
            raise KeyError(f"bouwsteen {nummer} bestaat niet") from None

    def partner(self, id: str) -> Partner:
        return self._by.partners[id]

    def thema(self, id: str) -> Thema:
        return self._by.themas[id]

    def igs_by_id(self, id: str) -> Igs:
        return self._by.igs[id]

    def contact(self, id: str) -> Contact:
        return self._by.contacts[id]

    def example(self, slug: str) -> Example:
        try:
            return self._by.examples[slug]
        except KeyError:
            raise KeyError(f"praktijkvoorbeeld “{slug}” bestaat niet") from None

    def examples_for_bouwsteen(self, nummer: int) -> list[Example]:
        return [e for e in self.examples if nummer in e.bouwstenen]

    def examples_for_partner(self, id: str) -> list[Example]:
        return [e for e in self.examples if id in e.partners]

    def examples_for_contact(self, id: str) -> list[Example]:
        return [e for e in self.examples if e.contact == id]

    def term(self, id: str) -> Term:
        return self._by.terms[id]

    def uitgever(self, id: str) -> Uitgever:
        return self._by.uitgevers[id]

    def terms_for_partner(self, id: str) -> list[Term]:
        """Terms with a reading of this partner's own (perspectief: partner)."""
        return [t for t in self.terms if any(x.partner == id for x in t.lezingen)]


# Loaders


def rel(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def read_text(path: Path, root: Path, problems: Problems) -> str | None:
    """A file's UTF-8 text (without the byte order mark some editors add), or None after a
    Dutch problem naming the file."""
    if path.is_symlink():
        problems.add(rel(path, root), SYMLINK_MESSAGE)
        return None
    try:
        return path.read_text(encoding="utf-8").lstrip("\ufeff")
    except FileNotFoundError:
        problems.add(rel(path, root), "bestand ontbreekt")
    except UnicodeDecodeError:
        problems.add(rel(path, root), "is geen UTF-8-tekst; bewaar het bestand als UTF-8")
    return None


SYMLINK_MESSAGE = (
    "is een symbolische link; die zijn nergens in de repository toegelaten (een link kan elk "
    "bestand van de machine die de site bouwt publiceren): zet er een gewoon bestand"
)


def check_no_symlinks(root: Path, problems: Problems) -> None:
    """A link could publish any file of the machine that builds the site: refuse them all.

    Two views, because a checkout is not always a git repository (the copies tests build):
    every link git records in the checkout (mode 120000), and every link on disk in the
    folders and files the build reads, tracked or not.
    """
    found = set(git_symlinks(root))
    for name in BUILD_READS:
        base = root / name
        if base.is_symlink():
            found.add(name)
            continue
        for directory, folders, files in os.walk(base, followlinks=False):
            for entry in folders + files:
                path = Path(directory) / entry
                if path.is_symlink():
                    found.add(rel(path, root))
    for name in sorted(found):
        problems.add(name, SYMLINK_MESSAGE)


def git_symlinks(root: Path) -> list[str]:
    """The paths git records as symbolic links below `root`; none when it is no checkout."""
    listed = git(root, "ls-files", "-s", "-z", timeout=30)
    if listed is None:
        return []
    links = []
    for entry in listed.split("\0"):
        info, _, path = entry.partition("\t")
        if info.startswith("120000 "):
            links.append(path)
    return links


def load_yaml_file(
    root: Path,
    relative: str,
    schema: str,
    problems: Problems,
    what: str = "",
    kind: str = "",
    records: tuple | None = None,
) -> tuple[Any, Lines] | None:
    """Read, parse and schema-check one YAML data file; None if it is not usable.

    `what` names a record in messages ("partner" gives "bij partner “caw”"). `kind` is what
    other files name a record of this one by (`check_member`'s `what`): when the file cannot
    be used, references to any of its records elsewhere are not reported as unknown, and a
    note says so (`Problems.left_out`). `records` says where the list of records with an
    `id` stands in the data (`()`: the file is that list): a record with a problem is then
    left out on its own, the others are used, and only references to it go unchecked.
    """
    text = read_text(root / relative, root, problems)
    if text is None:
        return _left_out_whole(relative, kind, problems)
    parsed = parse_yaml(text, relative, problems)
    if parsed is None:
        return _left_out_whole(relative, kind, problems)
    data, lines = parsed

    def record_name(index: int) -> str:
        item = data[index] if isinstance(data, list) and index < len(data) else None
        ident = item.get("id") if isinstance(item, dict) else None
        return f"{what} “{ident}”" if ident else f"{what} nr. {index + 1}"

    bad: set[int] = set()
    if check_schema(
        data,
        schema,
        relative,
        lines,
        problems,
        record_name=what and record_name,
        bad_records=bad,
        records=records or (),
    ):
        return data, lines
    items = _at(data, records)
    ids = [item.get("id") if isinstance(item, dict) else None for item in items or ()]
    if records is None or items is None or -1 in bad or any(not _is_id(ids[i]) for i in bad):
        return _left_out_whole(relative, kind, problems)
    for index in sorted(bad):
        problems.add(
            relative,
            f"tot {kind} “{ids[index]}” verbeterd is, telt die niet mee en worden verwijzingen "
            "ernaar in andere bestanden niet nagekeken",
            line=lines.get((*records, index)),
        )
    problems.leave_out(kind, frozenset(ids[i] for i in bad))
    kept = [item for index, item in enumerate(items) if index not in bad]
    renumbered = {old: new for new, old in enumerate(i for i in range(len(items)) if i not in bad)}
    size = len(records)
    shifted: Lines = {}
    for key, line in lines.items():
        if key[:size] != records or len(key) == size or not isinstance(key[size], int):
            shifted[key] = line
        elif key[size] in renumbered:
            shifted[(*records, renumbered[key[size]], *key[size + 1 :])] = line
    return _replaced(data, records, kept), shifted


def _left_out_whole(relative: str, kind: str, problems: Problems) -> None:
    if kind:
        problems.leave_out(kind, None)
        problems.add(
            relative,
            f"tot dit bestand verbeterd is, worden verwijzingen naar een {kind} in andere "
            "bestanden niet nagekeken",
        )
    return None


def _is_id(value: object) -> bool:
    return isinstance(value, str) and bool(value)


def _at(data: Any, path: tuple | None) -> list | None:
    """The list at `path` in `data`, or None."""
    for key in path or ():
        data = data.get(key) if isinstance(data, dict) else None
    return data if path is not None and isinstance(data, list) else None


def _replaced(data: Any, path: tuple, items: list) -> Any:
    """`data` with the list at `path` replaced by `items`."""
    if not path:
        return items
    return {**data, path[0]: _replaced(data[path[0]], path[1:], items)}


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


def check_data_folder(root: Path, problems: Problems) -> None:
    """Every entry of data/ is a file the build reads (`DATA_FILES`): anything else would be
    left unread without a word, so it is a problem naming it."""
    folder = root / DATA_DIR
    if not folder.is_dir():
        return
    known = ", ".join(Path(f).name for f in DATA_FILES)
    for path in sorted(folder.iterdir()):
        file = f"{DATA_DIR}/{path.name}"
        if file in DATA_FILES and path.is_file():
            continue
        problems.add(
            file,
            f"de site leest {'deze map' if path.is_dir() else 'dit bestand'} niet: in data/ staan "
            f"alleen de lijsten die de bouw leest ({known}). Een praktijkvoorbeeld hoort in "
            "docs/praktijkvoorbeelden/, een term in glossary/; een nieuwe lijst vraagt ook "
            "code (README, “Waar verander ik wat?”)",
        )


def load_bouwstenen(root: Path, problems: Problems) -> tuple[Bouwsteen, ...]:
    file = BOUWSTENEN_FILE
    loaded = load_yaml_file(root, file, "bouwstenen", problems, what="bouwsteen", kind="bouwsteen")
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
    file = THEMAS_FILE
    loaded = load_yaml_file(root, file, "themas", problems, what="thema", kind="thema", records=())
    if loaded is None:
        return ()
    data, lines = loaded
    unique_ids(data, file, lines, problems)
    return tuple(Thema(**item) for item in data)


def load_gemeenten(root: Path, problems: Problems) -> tuple[str, ...]:
    loaded = load_yaml_file(root, GEMEENTEN_FILE, "gemeenten", problems, kind="gemeente")
    return tuple(loaded[0]) if loaded else ()


def load_igs(root: Path, gemeenten: tuple[str, ...], problems: Problems) -> tuple[Igs, ...]:
    file = IGS_FILE
    loaded = load_yaml_file(root, file, "igs", problems, what="IGS", kind="IGS", records=())
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


# Partner fields that are Markdown on bouwsteen 2 and /partners/.
PARTNER_MARKDOWN = ("wat", "aandachtspunten", "vragen")


def load_uitgevers(root: Path, problems: Problems) -> tuple[Uitgever, ...]:
    """data/uitgevers.yaml: unique ids, real dates, successors that exist."""
    loaded = load_yaml_file(
        root, UITGEVERS_FILE, "uitgevers", problems, kind="uitgever", records=("uitgevers",)
    )
    if loaded is None:
        return ()
    data, lines = loaded
    items = data["uitgevers"]
    shifted = {key[1:]: line for key, line in lines.items() if key[:1] == ("uitgevers",)}
    unique_ids(items, UITGEVERS_FILE, shifted, problems)
    check_dates(data, UITGEVERS_FILE, lines, problems)
    ids = [item["id"] for item in items]
    for index, item in enumerate(items):
        successor = item.get("opgevolgd_door")
        unknown = successor not in ids and not problems.left_out("uitgever", successor)
        if successor is not None and (successor == item["id"] or unknown):
            problems.add(
                UITGEVERS_FILE,
                f"“{successor}” is geen andere uitgever in dit bestand (bij uitgever "
                f"“{item['id']}”)",
                "opgevolgd_door",
                lines.get(("uitgevers", index, "opgevolgd_door")),
            )
    if GUIDE_PUBLISHER not in ids and not problems.left_out("uitgever", GUIDE_PUBLISHER):
        problems.add(
            UITGEVERS_FILE,
            f"de uitgever “{GUIDE_PUBLISHER}” (de leidraad zelf, sector leidraad) ontbreekt",
            "uitgevers",
        )
    return tuple(Uitgever(**item) for item in items)


def load_mergers(root: Path, gemeenten: tuple[str, ...], problems: Problems) -> Mergers | None:
    """data/fusies.yaml; every name must be in data/gemeenten.yaml."""
    file = MERGERS_FILE
    loaded = load_yaml_file(root, file, "fusies", problems)
    if loaded is None:
        return None
    data, lines = loaded
    for index, item in enumerate(data["fusies"]):
        for position, name in enumerate([item["gemeente"], *item["uit"]]):
            key = ("fusies", index, "gemeente") if position == 0 else ("fusies", index, "uit")
            check_member(name, gemeenten, "gemeente", file, "fusies", problems, lines.get(key))
    return Mergers(
        sinds=data["sinds"],
        bronnen=tuple(make_bron(b) for b in data["bronnen"]),
        fusies=tuple(Merger(m["gemeente"], tuple(m["uit"])) for m in data["fusies"]),
    )


def load_municipalities(gemeenten: tuple[str, ...], mergers: Mergers | None) -> Municipalities:
    """Today's municipalities: data/gemeenten.yaml seen through data/fusies.yaml."""
    if mergers is None:
        return municipality_view(gemeenten, ())
    fusies = ((m.gemeente, m.uit) for m in mergers.fusies)
    return municipality_view(gemeenten, fusies, mergers.sinds)


def load_partners(root: Path, checker: Checker) -> tuple[Partner, ...]:
    file = PARTNERS_FILE
    problems = checker.problems
    loaded = load_yaml_file(
        root, file, "partners", problems, what="partner", kind="partner", records=()
    )
    if loaded is None:
        return ()
    data, lines = loaded
    unique_ids(data, file, lines, problems)
    for index, item in enumerate(data):
        for key in PARTNER_MARKDOWN:
            values = item.get(key)
            texts = [values] if isinstance(values, str) else values or []
            for position, text in enumerate(texts):
                path = (index, key) if isinstance(values, str) else (index, key, position)
                checker.markdown(
                    text,
                    file,
                    field_name(path[1:]) + f" (bij partner “{item['id']}”)",
                    lines.get(path),
                )
    ids = [item["id"] for item in data]
    for index, item in enumerate(data):
        for position, origin in enumerate(item.get("opgevolgd_uit", ())):
            if origin == item["id"] or (
                origin not in ids and not problems.left_out("partner", origin)
            ):
                problems.add(
                    file,
                    f"“{origin}” is geen andere partner in dit bestand "
                    f"(bij partner “{item['id']}”)",
                    "opgevolgd_uit",
                    lines.get((index, "opgevolgd_uit", position)),
                )
        group = item.get("groep")
        unknown = group not in ids and not problems.left_out("partner", group)
        if group is not None and (group == item["id"] or unknown):
            problems.add(
                file,
                f"“{group}” is geen andere partner in dit bestand (bij partner “{item['id']}”)",
                "groep",
                lines.get((index, "groep")),
            )
    check_dates(data, file, lines, problems)
    return tuple(
        Partner(
            **{
                **item,
                "aandachtspunten": tuple(item.get("aandachtspunten", ())),
                "vragen": tuple(item.get("vragen", ())),
                "opgevolgd_door": tuple(item.get("opgevolgd_door", ())),
                "opgevolgd_uit": tuple(item.get("opgevolgd_uit", ())),
                "wijzigingen": make_wijzigingen(item.get("wijzigingen", ())),
            }
        )
        for item in data
    )


DATE_KEYS = ("stand", "sinds", "datum", "geraadpleegd", "gepubliceerd", "tot", "opgeheven")


def real_date(value: str) -> bool:
    """'2024', '2024-05' or '2024-05-31' that exists on the calendar."""
    parts = value.split("-")
    try:
        date(
            int(parts[0]),
            int(parts[1]) if len(parts) > 1 else 1,
            int(parts[2]) if len(parts) > 2 else 1,
        )
    except (ValueError, IndexError):
        return False
    return True


def check_dates(data: Any, file: str, lines: Lines, problems: Problems, path: tuple = ()) -> bool:
    """Every date field in `data` is a real calendar date (the schema checks the form).

    2026-02-30 has the right form but does not exist: a Dutch problem names file, line, field.
    """
    ok = True
    if isinstance(data, dict):
        items = data.items()
    elif isinstance(data, list):
        items = enumerate(data)
    else:
        return True
    for key, value in items:
        here = (*path, key)
        if key in DATE_KEYS and isinstance(value, str) and DATE_FORM.match(value):
            if not real_date(value):
                ok = False
                problems.add(
                    file,
                    f"“{value}” is geen bestaande datum (schrijf JJJJ-MM-DD, bv. 2026-11-30)",
                    field_name(here),
                    lines.get(here),
                )
        else:
            ok = check_dates(value, file, lines, problems, here) and ok
    return ok


DATE_FORM = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def valid_date(value: str) -> bool:
    """Whether `value` is JJJJ-MM-DD and on the calendar."""
    if not DATE_FORM.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def make_bron(data: dict) -> Bron:
    return Bron(
        titel=" ".join(data["titel"].split()),
        uitgever=data["uitgever"],
        url=data.get("url"),
        gepubliceerd=data.get("gepubliceerd"),
        geraadpleegd=data.get("geraadpleegd"),
        artikel=data.get("artikel"),
    )


def make_wijzigingen(items) -> tuple[Wijziging, ...]:
    return tuple(
        Wijziging(
            sinds=i["sinds"],
            tekst=i["tekst"].strip(),
            bron=make_bron(i["bron"]),
            tot=i.get("tot"),
            vervangen_door=" ".join(i["vervangen_door"].split()) if "vervangen_door" in i else None,
        )
        for i in items
    )


CONTACT_HEADING = re.compile(
    r"^#{2,3}\s+(?P<naam>.+?)\s*\{\s*#(?P<id>[^\s}]+)"
    r'(?:\s+data-bevestigd="?(?P<bevestigd>[^"\s}]*)"?)?\s*\}\s*$'
)


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
        bevestigd = match["bevestigd"]
        if bevestigd is not None and not valid_date(bevestigd):
            problems.add(
                file,
                f"data-bevestigd “{bevestigd}” is geen bestaande datum (schrijf JJJJ-MM-DD, "
                "bv. 2026-11-30)",
                "kop",
                number,
            )
            bevestigd = None
        contacts[id] = Contact(id=id, naam=match["naam"], bevestigd=bevestigd)
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
    if isinstance(allowed, Vocabulary):
        if value in allowed.id_set:
            return value
    elif value in allowed:  # the usual case: no vocabulary to build for a known id
        return value
    vocabulary = allowed if isinstance(allowed, Vocabulary) else plain(allowed, what, where)
    if isinstance(allowed, Vocabulary) and (id := vocabulary.resolve(value)):
        return id
    if problems.left_out(what, value):  # its own file says what is wrong with it
        return None
    suggestion = vocabulary.resolve(value) or vocabulary.suggest(value)
    where = where or vocabulary.where
    hint = f"bedoel je “{suggestion}”?" if suggestion else f"zie {where}" if where else ""
    message = f"“{value}” bestaat niet als {what}"
    problems.add(file, f"{message} ({hint})" if hint else message, field, line)
    return None


__all__ = [
    "Bouwsteen",
    "Bron",
    "Contact",
    "Example",
    "Igs",
    "Lezing",
    "Partner",
    "Site",
    "Term",
    "Thema",
    "Uitgever",
    "Wijziging",
    "check_dates",
    "check_member",
    "field_name",
]
