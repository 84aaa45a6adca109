"""The names a term claims (term, afkorting, synoniemen), and which it may not claim.

A name is what the site links, filters and shows tooltips for across every page, so a
contributed term must not take a word that belongs to another term or to everyone:
- an abbreviation looks like one: it starts with a capital and holds at least two capitals
  (BSO, OCMW, HeLo), so "premie" or "Woning" can never become a tooltip on every page;
- no name of one term is a name of another (compared without case, accents or punctuation);
- a one-word name that is a building block of the guide's vocabulary, i.e. that stands inside
  a longer word of the guide with at least four more letters ("premie" in "energiepremies",
  "woning" in "huurwoningen", "kamer" in "studentenkamer"; a plural such as "noodkopers"
  does not count), is a common word of the guide. A term may only claim it when one of its own
  readings from the guide (uitgever leidraad, not an editors' text: the guide's own words,
  checked against the guide) uses it: when the guide itself ties that word to this concept
  ("Sector"). Specific words ("Woonloket",
  "Sofaslapers") and names of several words ("sociale woning" for sociaal wonen) only get
  the collision rule.
Every check is a set look-up or a scan of the guide's ~2,300 distinct words per one-word
name: bounded by the schema's limits on names, whatever a file holds.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from ..core.leidraad import GUIDE_FILE, norm, source_units
from ..core.validation import Lines, Problems
from .model import Term

ABBREVIATION = re.compile(r"^[A-ZÀ-Ý][^\s]*$")


def is_abbreviation(text: str) -> bool:
    """'BSO', 'OCMW', 'HeLo', 'CGG’s' yes; 'Premie', 'woning', 'X' no."""
    return bool(ABBREVIATION.match(text)) and sum(1 for c in text if c.isupper()) >= 2


def name_key(text: str) -> str:
    """'Sociaal verhuurkantoor', 'sociaal-verhuurkantoor', 'SOCIAAL VERHUURKANTOOR' -> one key."""
    return norm(text)


@functools.cache
def guide_words(root: Path) -> frozenset[str]:
    """The distinct words of the guide's running text, casefolded."""
    text = (root / GUIDE_FILE).read_text(encoding="utf-8")
    return frozenset(norm(" ".join(" ".join(unit) for unit in source_units(text))).split())


# How many letters a longer guide word must add for a name to be a part of it (not an
# inflection: -s, -en, -sen, -end).
COMPOUND_EXTRA = 4


def is_common_guide_word(word: str, words: frozenset[str]) -> bool:
    """A building block of the guide's words ("premie" in "energiepremies")."""
    return any(word in other for other in words if len(other) >= len(word) + COMPOUND_EXTRA)


def names_of(term: Term) -> list[tuple[str, tuple, str]]:
    """(field, YAML path, name) for every name the term claims."""
    names = [("term", ("term",), term.term)]
    if term.afkorting:
        names.append(("afkorting", ("afkorting",), term.afkorting))
    names += [(f"synoniemen[{i + 1}]", ("synoniemen", i), s) for i, s in enumerate(term.synoniemen)]
    return names


def check_names(
    terms: list[Term], root: Path, files: dict[str, tuple[str, Lines]], problems: Problems
) -> None:
    """The three rules above, each a Dutch problem naming the file, line and field."""
    words = guide_words(root)
    # Every term that claims a name (file order must not decide who keeps it: both are named).
    claims: dict[str, dict[str, tuple[str, tuple, str]]] = {}
    for term in terms:
        for field, path, name in names_of(term):
            claims.setdefault(name_key(name), {}).setdefault(term.id, (field, path, name))
    for claimants in claims.values():
        if len(claimants) < 2:
            continue
        for id, (field, path, name) in claimants.items():
            file, lines = files[id]
            others = ", ".join(
                f"“{other}” ({files[other][0]})" for other in claimants if other != id
            )
            problems.add(
                file,
                f"“{name}” is ook een naam van de term {others}; elke naam hoort bij één term",
                field,
                lines.get(path),
            )
    for term in terms:
        file, lines = files[term.id]
        if term.afkorting and not is_abbreviation(term.afkorting):
            problems.add(
                file,
                f"“{term.afkorting}” is geen afkorting: een afkorting begint met een hoofdletter "
                "en heeft er minstens twee (zoals BSO, OCMW, HeLo); zet een ander woord bij "
                "synoniemen",
                "afkorting",
                lines.get(("afkorting",)),
            )
        guide_readings = " ".join(
            x.tekst for x in term.lezingen if x.bron.is_guide and x.perspectief != "redactie"
        )
        own_words = set(norm(guide_readings).split())
        for field, path, name in names_of(term):
            key = name_key(name)
            if len(claims[key]) > 1:
                continue
            if field == "afkorting" or " " in key:
                continue
            if is_common_guide_word(key, words) and not any(key in w for w in own_words):
                problems.add(
                    file,
                    f"“{name}” is een gewoon woord uit de leidraad; een term mag het alleen als "
                    "naam nemen als een eigen lezing met de woorden van de leidraad (uitgever "
                    "leidraad) het gebruikt. Kies een specifiekere naam van meer woorden",
                    field,
                    lines.get(path),
                )
