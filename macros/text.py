"""Small text helpers for generated Markdown: escaping, footnotes, excerpts."""

from __future__ import annotations

import re

from markupsafe import escape

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
