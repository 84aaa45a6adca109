"""Limburg's municipalities as they are today, each knowing the ones it was formed from.

The guide (2021) names municipalities that merged on 1 January 2025 (data/fusies.yaml). This
is the one place that knows which name is today's and which names it covers, for every view
that lets a reader choose or see a municipality: the catalogue's filter and counts, the facts
of an example, the contact page, the forms and search. An example keeps the municipality the
guide named; what changes is that today's name finds it, and a former name still does.

Pure data: built from the names of data/gemeenten.yaml and the mergers of data/fusies.yaml,
without importing the loaders (macros/data/model.py holds the result on `Site.municipalities`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

# Data


@dataclass(frozen=True)
class Municipality:
    """A municipality that exists today, and the former municipalities it now covers."""

    naam: str
    vroeger: tuple[str, ...] = ()  # former municipalities merged into it (not itself)

    @property
    def names(self) -> tuple[str, ...]:
        """Every name that stands for a part of this municipality: today's first."""
        return (self.naam, *self.vroeger)


@dataclass(frozen=True)
class Municipalities:
    """Today's municipalities, and for each name of data/gemeenten.yaml the one it is now."""

    today: tuple[Municipality, ...] = ()
    sinds: str | None = None  # date of the mergers, ISO
    _now: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        for municipality in self.today:
            for name in municipality.names:
                self._now[name] = municipality.naam

    def now(self, name: str) -> str:
        """Today's municipality for a name the guide or a contribution uses."""
        return self._now.get(name, name)

    def is_former(self, name: str) -> bool:
        """Whether `name` no longer exists as a municipality of its own."""
        return self.now(name) != name

    def covers(self, today: str) -> tuple[str, ...]:
        """Every name whose examples today's municipality `today` shows (itself first)."""
        for municipality in self.today:
            if municipality.naam == today:
                return municipality.names
        return (today,)

    def label(self, name: str) -> str:
        """'Bilzen (nu Bilzen-Hoeselt)' for a former municipality; today's name as it is."""
        return f"{name} (nu {self.now(name)})" if self.is_former(name) else name

    def former(self) -> tuple[str, ...]:
        """Every former municipality, in the order of today's list."""
        return tuple(name for m in self.today for name in m.vroeger)


# Helper functions


def municipality_view(
    names: Iterable[str], mergers: Iterable[tuple[str, Iterable[str]]], sinds: str | None = None
) -> Municipalities:
    """Today's municipalities from all known names and the mergers (today's name, from names).

    A name that went into a merger under another name is no longer a municipality of its
    own; a merger that kept one of its names (Hasselt, with Kortessem) stays under it.
    """
    merged: dict[str, list[str]] = {}
    gone: set[str] = set()
    for today, parts in mergers:
        for part in parts:
            if part != today:
                merged.setdefault(today, []).append(part)
                gone.add(part)
    names = list(dict.fromkeys(names))
    today = [Municipality(name, tuple(merged.get(name, ()))) for name in names if name not in gone]
    return Municipalities(tuple(today), sinds)
