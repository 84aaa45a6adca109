"""Whose voice a text is: the rules that tie a reading or a change to its publisher.

A text under "Wonen" or "Welzijn" is that sector's own words, from an organisation of that
sector (data/uitgevers.yaml); the guide's own words are checked against the guide's text; what
no longer holds says until when and what replaced it. JSON Schema checks the form of a `bron`;
these checks need the registry of publishers and the guide, so they live here, once, for the
glossary, the partners and the mergers.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..core.leidraad import load_guide_text
from ..core.validation import Problems
from .model import (
    GUIDE_PUBLISHER,
    MERGERS_FILE,
    PARTNERS_FILE,
    UITGEVERS_FILE,
    Bron,
    Lezing,
    Site,
    Uitgever,
    check_member,
)
from .vocabulary import Entry, Vocabulary

# Publishers whose sources may go without a web address: the guide itself, the editors'
# own text, and legislation (cited by its title, date and article).
NO_URL_SECTORS = ("leidraad", "redactie", "wetgever")
# Which publishers may speak under each perspective; a sector column takes the guide's
# record of that sector as well (bouwsteen 4: "Voor Wonen is wonen …").
VOICES = {
    "leidraad": ("leidraad",),
    "wonen": ("wonen", "leidraad"),
    "welzijn": ("welzijn", "leidraad"),
}
# A partner speaks for itself: never a news report or the editors.
NOT_A_PARTNER_VOICE = ("media", "redactie")
# The editors' doubts belong in their own text, never under a sector's or a partner's name.
EDITORS_DOUBT = re.compile(r"te\s+bevestigen|nog\s+na\s+te\s+gaan", re.IGNORECASE)
SECTOR_NAMES = {
    "leidraad": "de leidraad",
    "redactie": "de redactie",
    "wonen": "Wonen",
    "welzijn": "Welzijn",
    "lokale-besturen": "de lokale besturen",
    "overheid": "een andere overheid",
    "wetgever": "de wetgever",
    "media": "de media",
    "onderzoek": "onderzoek",
    "middenveld": "het middenveld",
}


def publisher_vocabulary(uitgevers: tuple[Uitgever, ...]) -> Vocabulary:
    return Vocabulary("uitgever", UITGEVERS_FILE, tuple(Entry(u.id, u.naam) for u in uitgevers))


def check_source(
    bron: Bron,
    vocabulary: Vocabulary,
    publishers: dict[str, Uitgever],
    file: str,
    field: str,
    line: int | None,
    problems: Problems,
) -> Uitgever | None:
    """The publisher exists; a URL comes with the day it was read; only the guide, the
    editors and legislation go without a URL. Returns the publisher, or None."""
    prefix = f"{field}." if field else ""
    found = check_member(
        bron.uitgever, vocabulary, "uitgever", file, f"{prefix}uitgever", problems, line
    )
    if found is None:
        return None
    if found != bron.uitgever:  # a name or another spelling: the data keeps the id itself
        problems.add(
            file, f"schrijf het id “{found}”, niet “{bron.uitgever}”", f"{prefix}uitgever", line
        )
        return None
    publisher = publishers[bron.uitgever]
    if bron.url and not bron.geraadpleegd:
        problems.add(
            file,
            "ontbreekt: een bron met een url zegt wanneer je ze las (geraadpleegd: JJJJ-MM-DD)",
            f"{prefix}geraadpleegd",
            line,
        )
    if not bron.url and publisher.sector not in NO_URL_SECTORS:
        problems.add(
            file,
            f"ontbreekt: een bron van {publisher.naam} heeft een webadres (url) en de dag "
            "waarop je ze las (geraadpleegd); alleen de leidraad, de redactie en wetteksten "
            "mogen zonder url",
            f"{prefix}url",
            line,
        )
    return publisher


def check_reading(
    lezing: Lezing,
    publisher: Uitgever,
    root: Path,
    file: str,
    number: int,
    line: int | None,
    problems: Problems,
) -> None:
    """Whose voice the reading is: the rules of issue 17, each naming file and reading."""
    where = f"lezingen[{number}]"
    perspective = lezing.perspectief
    allowed = VOICES.get(perspective)
    if allowed is not None and publisher.sector not in allowed:
        who = f"{publisher.naam} (sector: {SECTOR_NAMES[publisher.sector]})"
        if perspective == "leidraad":
            message = (
                f"een lezing met perspectief leidraad komt uit de leidraad zelf (uitgever: "
                f"{GUIDE_PUBLISHER}), niet van {who}"
            )
        else:
            message = (
                f"onder {SECTOR_NAMES[perspective]} staan alleen de eigen woorden van een "
                f"organisatie uit die sector; {who} spreekt niet voor {SECTOR_NAMES[perspective]}. "
                "Zet de tekst als perspectief redactie (met deze bron), of laat de kolom open"
            )
        problems.add(file, message, f"{where}.bron.uitgever", line)
    if perspective == "partner" and publisher.sector in NOT_A_PARTNER_VOICE:
        problems.add(
            file,
            f"een lezing van een partner zijn de eigen woorden van die partner, niet van "
            f"{publisher.naam} (sector: {SECTOR_NAMES[publisher.sector]})",
            f"{where}.bron.uitgever",
            line,
        )
    guide_words = publisher.id == GUIDE_PUBLISHER and perspective != "redactie"
    if guide_words and not load_guide_text(root).contains(lezing.tekst):
        problems.add(
            file,
            "de tekst staat niet zo in de leidraad; een lezing met uitgever leidraad geeft "
            "letterlijk de woorden van de leidraad (laat weg met …). Eigen woorden van de "
            "redactie horen onder perspectief redactie",
            f"{where}.tekst",
            line,
        )
    if perspective != "redactie" and EDITORS_DOUBT.search(lezing.tekst):
        problems.add(
            file,
            f"“{EDITORS_DOUBT.search(lezing.tekst).group()}” is een opmerking van de redactie; "
            f"die hoort niet in een lezing van {SECTOR_NAMES.get(perspective, 'een partner')}. "
            "Zet ze in een lezing met perspectief redactie",
            f"{where}.tekst",
            line,
        )
    if publisher.defunct and perspective != "redactie" and not lezing.historisch:
        problems.add(
            file,
            f"{publisher.naam} bestaat niet meer sinds {publisher.opgeheven}; een lezing van "
            "toen is historisch: vul tot en vervangen_door in, of kies een bron van vandaag",
            f"{where}.tot",
            line,
        )


def check_period(
    start: str | None, tot: str | None, file: str, field: str, line: int | None, problems: Problems
) -> None:
    """`tot` is not before `sinds` (or before the date the source was published)."""
    if start and tot and tot < start:
        problems.add(
            file,
            f"“{tot}” ligt vóór “{start}”: tot is de laatste dag waarop dit gold",
            f"{field}.tot",
            line,
        )


def check_data_sources(site: Site, problems: Problems) -> None:
    """The sources of data/partners.yaml's changes and of data/fusies.yaml."""
    vocabulary = publisher_vocabulary(site.uitgevers)
    publishers = {u.id: u for u in site.uitgevers}
    for partner in site.partners:
        for index, change in enumerate(partner.wijzigingen):
            field = f"wijzigingen[{index + 1}] (bij partner “{partner.id}”)"
            check_source(
                change.bron, vocabulary, publishers, PARTNERS_FILE, f"{field}.bron", None, problems
            )
            check_period(change.sinds, change.tot, PARTNERS_FILE, field, None, problems)
    if site.mergers is not None:
        for index, bron in enumerate(site.mergers.bronnen):
            field = f"bronnen[{index + 1}]"
            check_source(bron, vocabulary, publishers, MERGERS_FILE, field, None, problems)
