"""Forgiving look-up of ids: what people know (a name, an abbreviation, any case or accents)
mapped to the id the data uses, or the closest id to suggest in a Dutch error.

One place for the aliases, used by the front matter of practice examples (macros/data/examples.py)
and by the issue-form intake (macros/github/intake.py), so both accept and suggest the same things.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..core.text import fold_key

if TYPE_CHECKING:  # records only; this module never imports the loaders
    from .model import Site

# Data


@dataclass(frozen=True)
class Entry:
    """One allowed value: its id and the label people see (in lists and forms)."""

    id: str
    label: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Vocabulary:
    """The allowed values of one field, with every spelling that maps to each id."""

    what: str  # "gemeente": used in messages
    where: str  # "data/gemeenten.yaml": where the list is kept
    entries: tuple[Entry, ...]
    _keys: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    id_set: frozenset[str] = field(default=frozenset(), repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "id_set", frozenset(e.id for e in self.entries))
        for entry in self.entries:
            for alias in (entry.id, entry.label, *entry.aliases):
                # The first entry to claim a spelling keeps it: an id beats another's alias.
                self._keys.setdefault(fold_key(alias), entry.id)
        for entry in self.entries:
            self._keys[fold_key(entry.id)] = entry.id

    @property
    def ids(self) -> list[str]:
        return [e.id for e in self.entries]

    def resolve(self, value: str) -> str | None:
        """The id `value` stands for, or None."""
        if value in self.id_set:
            return value
        return self._keys.get(fold_key(value))

    def suggest(self, value: str) -> str | None:
        """The id closest to an unknown `value`, or None when nothing is close."""
        key = fold_key(value)
        if not key:
            return None
        close = difflib.get_close_matches(key, list(self._keys), n=1, cutoff=0.6)
        if close:
            return self._keys[close[0]]
        # "Tongeren" for "tongeren borgloon x": a known spelling contained in the value.
        contained = [k for k in self._keys if len(k) >= 4 and (k in key or key in k)]
        return self._keys[max(contained, key=len)] if contained else None

    def label(self, id: str) -> str:
        return next(e.label for e in self.entries if e.id == id)


# Helper functions


def plain(ids: Iterable[str], what: str, where: str = "") -> Vocabulary:
    """A vocabulary of bare ids (no names): only case, accents and separators are forgiven."""
    return Vocabulary(what, where, tuple(Entry(i, i) for i in ids))


def _parenthesised(name: str) -> tuple[str, ...]:
    """'IGS Wonen in West-Limburg (WWL)' -> ('WWL', 'IGS Wonen in West-Limburg',
    'Wonen in West-Limburg'): the abbreviation and the name without it or the 'IGS' prefix."""
    aliases = []
    match = re.match(r"^(?P<name>.*?)\s*\((?P<short>[^()]*)\)\s*$", name)
    if match:
        aliases += [match["short"], match["name"]]
        name = match["name"]
    if name.casefold().startswith("igs "):
        aliases.append(name[4:])
    return tuple(aliases)


def partner_aliases(naam: str, afkorting: str | None, kort: str | None) -> tuple[str, ...]:
    """The abbreviation, the short name, and "Naam (AFK)" as the issue form shows it."""
    aliases = [a for a in (afkorting, kort) if a]
    if afkorting:
        aliases.append(f"{naam} ({afkorting})")
    return tuple(aliases)


def example_vocabularies(site: Site) -> dict[str, Vocabulary]:
    """The vocabularies of an example's front matter, keyed by field.

    Built once per build (macros/views/context.py) and once per load of the examples.
    """
    return {
        "gemeenten": Vocabulary(
            "gemeente",
            "data/gemeenten.yaml",
            # A former municipality as 'Bilzen (nu Bilzen-Hoeselt)' (in the forms too).
            tuple(Entry(g, site.municipalities.label(g)) for g in site.gemeenten),
        ),
        "igs": Vocabulary(
            "IGS",
            "data/igs.yaml",
            tuple(Entry(i.id, i.naam, _parenthesised(i.naam)) for i in site.igs),
        ),
        "partners": Vocabulary(
            "partner",
            "data/partners.yaml",
            tuple(
                Entry(p.id, p.naam, partner_aliases(p.naam, p.afkorting, p.kort))
                for p in site.partners
            ),
        ),
        "themas": Vocabulary(
            "thema", "data/themas.yaml", tuple(Entry(t.id, t.naam) for t in site.themas)
        ),
        "contact": Vocabulary(
            "contact",
            "de koppen van docs/contact.md",
            tuple(Entry(c.id, c.naam, _parenthesised(c.naam)) for c in site.contacts),
        ),
    }
