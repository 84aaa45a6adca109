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
    """Lower case, without accents or other signs outside ASCII: 'Cliënt’s' -> 'clients'; and
    without the straight apostrophe, which a phone's keyboard types for the curly one, so
    that "svk's" meets the text's "svk’s" ('svks').

    For words of Dutch text (a thousand pages a build: the fast way, in C).
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return folded.replace("'", "").casefold()


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


_FOOTNOTE_REF = re.compile(r"\[\^[^\]]+\]")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_AUTOLINK = re.compile(r"<(https?://[^>]+|[^@>\s]+@[^>\s]+)>")
_EMPHASIS = str.maketrans("", "", "*_`")
_LIST_MARK = re.compile(r"\s*(?:[-+*]|\d+\.)\s+")


def plain_text(markdown: str) -> str:
    """Markdown to readable plain text (for excerpts and search data).

    The steps of re.sub(…) in turn: footnote references, links and images (their text
    kept), autolinks (their address kept), emphasis and code signs, list marks at the start
    of a line, runs of white space. Done the quick way (an example's text passes here for
    the catalogue, the feed and the glossary, on every build): a pattern runs only where its
    first sign occurs, the signs are deleted in one pass, list marks are tried only at the
    start of a line, and white space is collapsed by str.split, which knows the same white
    space as the regex's \\s (tests/test_examples.py holds it equal to the plain re.sub
    steps).
    """
    text, _ = split_footnotes(markdown)
    if "[^" in text:
        text = _FOOTNOTE_REF.sub("", text)
    if "[" in text:
        text = _LINK.sub(r"\1", text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
    text = text.translate(_EMPHASIS)
    return " ".join(_without_list_marks(text).split())


def _without_list_marks(text: str) -> str:
    """re.sub(r"^\\s*(?:[-+*]|\\d+\\.)\\s+", "", text, flags=re.M), trying the pattern only
    where ^ matches: at a line start not inside an earlier match."""
    kept: list[str] = []
    end = 0  # where the text after the last match starts
    start = 0  # a line start at or after `end`
    while True:
        match = _LIST_MARK.match(text, start)
        if match:
            kept.append(text[end:start])
            end = match.end()
        newline = text.find("\n", max(start, end - 1))
        if newline == -1:
            break
        start = newline + 1
    kept.append(text[end:])
    return "".join(kept)


def excerpt(markdown: str, limit: int = 220) -> str:
    """The start of the text, cut at a word boundary."""
    return shortened(plain_text(markdown), limit)


def shortened(text: str, limit: int = 220) -> str:
    """The start of a plain text (`plain_text`), cut at a word boundary."""
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
