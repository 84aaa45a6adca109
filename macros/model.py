"""Typed records of the site's data, and the loaders that validate them.

Data flows one way: files -> validated records (once per build) -> render functions.
Loaders collect every problem and raise one DataError, so a build fails with a full list.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .validation import Problems, check_schema, parse_yaml

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
class Site:
    """Everything the macros render from, loaded and validated once per build."""

    root: Path
    bouwstenen: tuple[Bouwsteen, ...]

    def bouwsteen(self, nummer: int) -> Bouwsteen:
        for bouwsteen in self.bouwstenen:
            if bouwsteen.nummer == nummer:
                return bouwsteen
        raise KeyError(f"bouwsteen {nummer} bestaat niet")


# Loaders


def read_text(path: Path, root: Path, problems: Problems) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.add(rel(path, root), "bestand ontbreekt")
    except UnicodeDecodeError:
        problems.add(rel(path, root), "is geen UTF-8-tekst; bewaar het bestand als UTF-8")
    return None


def rel(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def load_bouwstenen(root: Path, problems: Problems) -> tuple[Bouwsteen, ...]:
    path = root / "data" / "bouwstenen.yaml"
    file = rel(path, root)
    text = read_text(path, root, problems)
    parsed = parse_yaml(text, file, problems) if text is not None else None
    if parsed is None:
        return ()
    data, lines = parsed
    if not check_schema(data, "bouwstenen", file, lines, problems):
        return ()
    records = tuple(Bouwsteen(**item) for item in data)
    expected = list(range(1, len(records) + 1))
    if [b.nummer for b in records] != expected:
        problems.add(file, f"de nummers moeten 1 t/m {len(records)} zijn, in volgorde", "nummer")
    for bouwsteen in records:
        if not (root / "docs" / bouwsteen.src_path).is_file():
            problems.add(
                file,
                f"de pagina docs/{bouwsteen.src_path} bestaat niet",
                "slug",
                lines.get((bouwsteen.nummer - 1, "slug")),
            )
    return records


def load_site(root: Path) -> Site:
    """Load and validate all data below `root`; raise DataError listing every problem."""
    problems = Problems()
    bouwstenen = load_bouwstenen(root, problems)
    problems.raise_if_any()
    return Site(root=root, bouwstenen=bouwstenen)
