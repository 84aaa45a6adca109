"""The text of the 2021 guide "Woonkansen kiezen", as the build's reference for its own words.

`data/leidraad-2021.txt` is a byte-identical copy of the PDF's text extraction (words split by
hyphens at line ends, page numbers, footnote markers glued to words). The cleaning rules live
here once: the test that every sentence reaches the site (tests/test_guide_text.py) and the build's
checks that a text claiming to be the guide's really is (`GuideText.contains`) both use them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .text import without_accents

GUIDE_FILE = "data/leidraad-2021.txt"

# The guide's own examples, by file name (docs/praktijkvoorbeelden/<slug>.md): only these may
# say `bron: leidraad-2021`. The text check alone cannot vouch for a new file: its title, places
# and partners are the contributor's, and any run of six of the guide's words would pass. This
# list is the maintainers' (macros/ is code): a pull request that adds to it changes the build.
GUIDE_EXAMPLES = frozenset(
    {
        "beringen-rimo-leefbaarheidsplan-steenveld",
        "bilzen-adviescommissie-senioren",
        "bilzen-overleg-wijkpolitie",
        "bilzen-stappenplan-leegstand-woningkwaliteit",
        "borgloon-woonloket-gemeentehuis",
        "casus-bewoonster-woont-in-auto",
        "caw-limburg-housing-first",
        "gaoz-toewijzingsreglement-doelgroepenplan",
        "gaoz-with-outreachend-senioren",
        "genk-draaiboek-woningbrand",
        "genk-jaarlijks-overleg-ocmw-igs",
        "genk-sjabloon-lokaal-woonoverleg",
        "genk-solidair-huren",
        "genk-stappenplan-woonkwaliteit-ocmw",
        "haber-bewonersbevraging-sociale-woonwijk",
        "hasselt-beringen-wijkwerking-lwo",
        "hasselt-casusoverleg-lco-ocmw",
        "hasselt-domicilie-studentenkamer",
        "hasselt-onderwijs-in-gecoro",
        "hasselt-woonzorgcircuit",
        "hechtel-eksel-wijkagenten",
        "helo-mobiel-woonloket",
        "herk-de-stad-huisvestingsambtenaar-ocmw",
        "heusden-zolder-herhuisvesting-noodsituaties",
        "heusden-zolder-politie-gemeenschapswachten",
        "kortessem-aanpak-verwaarlozing",
        "lanaken-huurderssyndicaat",
        "lanaken-samenwerking-ocmw-dossiers",
        "lanaken-zitdag-vlaams-woningfonds",
        "limburg-ruimtelijke-ordening-en-wonen",
        "limburg-sociaal-ruimtelijk-onderzoek-woonwijken",
        "lommel-samen-huren",
        "lummen-activeringscoach-ocmw",
        "maasmechelen-kleinschalige-woonvormen",
        "nieuwerkerken-informeel-overleg-ocmw",
        "noolim-woonbegeleiding-svk-huurders",
        "peer-technische-dienst-uithuiszetting",
        "pelt-kindvriendelijke-gemeente",
        "pelt-woonbeleidsoverleg-schepenen",
        "sint-truiden-hulp-digitale-omgevingsaanvraag",
        "sint-truiden-rimo-immosector",
        "stebo-ervaringsdeskundige-armoede",
        "tongeren-kortessem-grote-gezinnen-woningfonds",
        "tongeren-nota-visie-sociaal-wonen",
        "tongeren-overleg-woningkwaliteit",
        "voeren-overleg-wonen-zorg",
        "werkgroep-woonladder-woonvragen",
        "woonfocus-haspengouw-nist-woon-zorgoverleg",
        "wwl-lummen-overleg-woondossiers",
    }
)

# Footnote texts and list numbers ("1 Jouw sociaal…", "- 1 de gemeente…") open a new text unit.
NUMBERED_LINE = re.compile(r"^(?:- )?\d{1,2} (?=\S)")
# Lines that are PDF residue or block labels rendered as admonition titles on the site.
DROPPED_LINE = re.compile(
    r"\d{1,3}|(?:https?://|www\.)\S*[^.\s]|PRAAT MET JE|Aandachtspunten:?|Mogelijke vragen:?"
)
# Footnote markers glued to a word, to punctuation, or to a year ("20187" = 2018 + note 7).
MARKER = re.compile(
    r"(?<=[^\W\d_])\d{1,2}(?=[\s.,:;?!)]|$)|(?<=[.,:;)])\d{1,2}(?=\s|$)|(?<=\b20[12]\d)\d{1,2}\b"
)
LINE_END_SPLIT = re.compile(r"(\S*[^\W\d_])-$")
# Where a quotation leaves words out: "…", "...", "[…]", "(…)".
_ELISION = re.compile(r"[\[(]?(?:…|\.\.\.)[\])]?")


def norm(text: str) -> str:
    """Casefolded word sequence: punctuation, quotes, apostrophes and dashes become spaces."""
    text = unicodedata.normalize("NFC", text).casefold()
    return " ".join(re.sub(r"\W+", " ", text).split())


def source_units(text: str) -> list[list[str]]:
    """The source's lines, cleaned, grouped into runs of running text (body, footnote, item)."""
    units: list[list[str]] = [[]]
    for raw in text.splitlines():
        line = " ".join(raw.replace("\t", " ").split())
        if not line:
            continue
        if "|" in line:  # a row of the contact table: every cell is a unit of its own
            units += [[cell.strip()] for cell in line.split("|")] + [[]]
            continue
        if DROPPED_LINE.fullmatch(line) or raw.startswith(" ") or NUMBERED_LINE.match(line):
            units.append([])  # page start, footnote, list item or residue: a new unit
        if not DROPPED_LINE.fullmatch(line):
            units[-1].append(MARKER.sub("", NUMBERED_LINE.sub("", line, count=1)))
    return [unit for unit in units if unit]


def _squeezed(text: str) -> str:
    """The letters and digits of a text, casefolded, without any space: "lo- kale" = "lokale"."""
    return norm(text).replace(" ", "")


@dataclass(frozen=True)
class GuideText:
    """The guide's words, squeezed (no spaces) so that a line-end split never hides a match."""

    squeezed: str
    bare: str  # `squeezed` without accents (see without_accents), made once

    def contains(self, text: str) -> bool:
        """Whether `text` is the guide's own words: every part between elisions (…, [...])
        stands in the guide, in that order; case, punctuation and spacing are ignored."""
        parts = [_squeezed(part) for part in _ELISION.split(text)]
        parts = [part for part in parts if part]
        if not parts:
            return False
        start = 0
        for part in parts:
            found = self.squeezed.find(part, start)
            if found < 0:
                return False
            start = found + len(part)
        return True


def guide_text_from(source: str) -> GuideText:
    """The cleaned guide text: residue lines and footnote markers dropped, units joined."""
    squeezed = "".join(_squeezed(" ".join(unit)) for unit in source_units(source))
    return GuideText(squeezed, without_accents(squeezed))


@functools.cache
def load_guide_text(root: Path) -> GuideText:
    return guide_text_from((root / GUIDE_FILE).read_text(encoding="utf-8"))
