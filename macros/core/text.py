"""Small text helpers: folding for matching, slugs, escaping for generated Markdown,
footnotes, excerpts and Dutch dates.

Folding is written here once for Python; docs/javascripts/tekst.js is its twin for the
browser (`fold`, `foldWords`, `searchFold`: tests/test_tekst_js.py holds them equal).
"""

from __future__ import annotations

import re
import unicodedata

from markupsafe import escape

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower case, without accents or other signs outside ASCII: 'Cliënt’s' -> 'clients'.

    For words of Dutch text (a thousand pages a build: the fast way, in C).
    """
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def fold_words(text: str) -> str:
    """`fold`, with punctuation gone and single spaces: 'Privé-huur' -> 'prive huur'."""
    return " ".join(_NOT_ALNUM.sub(" ", fold(text)).split())


def search_fold(text: str) -> str:
    """`fold_words`, and a long vowel written once: Dutch writes it double in a closed syllable
    and once in an open one ('leegstand', 'leegstaande'; 'straat', 'straten'), so both
    spellings meet."""
    # As re.sub(r"([aeou])\1", r"\1", …), without a Python call per match: a pair is taken
    # from the left and leaves its vowel, so no other pair is made or undone.
    folded = fold_words(text)
    for vowel in "aeou":
        folded = folded.replace(vowel * 2, vowel)
    return folded


def fold_key(text: str) -> str:
    """Letters and digits of `fold` only: 'Sint-Truiden', 'SINT TRUIDEN' -> 'sinttruiden'."""
    return _NOT_ALNUM.sub("", fold(str(text)))


def slugify(text: str) -> str:
    """'Mijn Voorbeeld é' -> 'mijn-voorbeeld-e' (file names suggested in error messages)."""
    return _NOT_ALNUM.sub("-", fold(text)).strip("-")


def without_accents(text: str) -> str:
    """'cliënteel' -> 'clienteel': the text with its combining marks dropped; other signs
    (’, ß, capitals) stay as they are."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_accents(text: str) -> str:
    """Lower case without accents, other signs kept: 'Geïntegreerd' -> 'geintegreerd'
    (the glossary's sort keys and the text its filter matches)."""
    return without_accents(text).casefold()


_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}()#+!])")
_FOOTNOTE_DEF = re.compile(r"^\[\^[^\]]+\]:")


def md_escape(text: str) -> str:
    """Text from data, safe inside generated Markdown: HTML-escaped, Markdown syntax inert."""
    return _MD_SPECIAL.sub(r"\\\1", str(escape(text)))


def split_footnotes(markdown: str) -> tuple[str, str]:
    """Split Markdown into (body, footnote definitions) so definitions can stand at top level."""
    body: list[str] = []
    notes: list[str] = []
    in_note = False
    for line in markdown.splitlines():
        if _FOOTNOTE_DEF.match(line):
            in_note = True
        elif in_note and line.strip() and not line.startswith("    "):
            in_note = False
        (notes if in_note else body).append(line)
    return "\n".join(body).strip("\n"), "\n".join(notes).strip("\n")


def plain_text(markdown: str) -> str:
    """Markdown to readable plain text (for excerpts and search data)."""
    text, _ = split_footnotes(markdown)
    text = re.sub(r"\[\^[^\]]+\]", "", text)  # footnote references
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)  # links and images
    text = re.sub(r"<(https?://[^>]+|[^@>\s]+@[^>\s]+)>", r"\1", text)  # autolinks
    text = re.sub(r"[*_`]+", "", text)
    text = re.sub(r"^\s*(?:[-+*]|\d+\.)\s+", "", text, flags=re.M)
    return re.sub(r"\s+", " ", text).strip()


def excerpt(markdown: str, limit: int = 220) -> str:
    """The start of the text, cut at a word boundary."""
    text = plain_text(markdown)
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + " …"


MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def dutch_date(iso: str) -> str:
    """'2023-07-01' -> '1 juli 2023'; '2023-07' -> 'juli 2023'; '2023' -> '2023'."""
    parts = iso.split("-")
    if len(parts) == 1:
        return parts[0]
    month = f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return f"{int(parts[2])} {month}" if len(parts) == 3 else month
