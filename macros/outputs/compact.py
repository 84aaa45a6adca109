"""Leaner pages, rendered the same: the finished HTML of a page before it is written.

Two changes, neither visible in a browser:

- **Indentation.** Material's templates indent their HTML and leave blank lines; in text, a
  run of whitespace that holds a line break shows as one space, so the run becomes a single
  line break. Tags (their attributes), `<pre>`, `<textarea>`, `<script>` and `<style>` are left
  exactly as they are.
- **Abbreviations.** The theme writes the map abbreviation → glossary entry into every page
  for docs/javascripts/afkortingen.js (overrides/main.html). The script only looks up the
  abbreviations that stand in the page (the text of its `<abbr>` elements), so only those
  are kept.

Both take time linear in the page's length, whatever a page holds: nothing is searched for
twice, and what is left unfinished ends the work.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

from jinja2.utils import htmlsafe_json_dumps

ABBREVIATIONS_ID = "afkortingen-gegevens"

# What is copied as it is: an element whose content keeps its whitespace (to its end tag or,
# left open, to the end of the page), a comment, a start or end tag (attribute values quoted as
# Jinja and nh3 write them; a quote opens a value wherever it stands, so a tag never ends
# sooner than a browser ends it), and from anything left unfinished, the rest of the page. A
# failed alternative is followed by one that takes the rest of the page, so no character is
# scanned more than a few times. One group only: `split` returns text and kept parts in turn.
# Every alternative starts with "<", written once in front: the same alternatives in the same
# order, tried only where a "<" stands.
_KEPT = re.compile(
    "(<(?:"
    + "|".join(
        rf"{name}\b[^>]*>(?:.*?</{name}\s*>|.*\Z)"
        for name in ("pre", "textarea", "script", "style")
    )
    + r"|!--(?:.*?-->|.*\Z)"
    + r"""|[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>"""
    + r"|.*\Z"
    + "))",
    re.S | re.I,
)
_BREAK_RUN = re.compile(r"\n[ \t\r\n\f]*")
_JOIN = "\x00"  # stands between the text parts while they are collapsed in one pass
# An <abbr> and its text; a scan never runs past the next <abbr (linear on unclosed ones too).
_ABBR = re.compile(r"<abbr\b[^<>]*>((?:[^<]|<(?!/?abbr\b))*)</abbr>", re.I)
_TAGS = re.compile(r"<[^>]*>")
_DATA = re.compile(
    rf'(<script type="application/json" id="{ABBREVIATIONS_ID}"[^>]*>)(.*?)(</script>)', re.S
)


def collapse_whitespace(page: str) -> str:
    """`page` with every whitespace run in text that starts with a line break reduced to it.

    Only what is surely text is touched: tags, comments and the content of <pre>, <textarea>,
    <script> and <style> are copied as they are, and so is the rest of the page from anything
    left unfinished (a tag, a comment or such an element without its end).
    """
    return _collapse_parts(_KEPT.split(page), page)


def _collapse_parts(parts: list[str], page: str) -> str:
    """`page`, split by `_KEPT` into `parts`, with its text parts collapsed."""
    texts = parts[0::2]
    if _JOIN in page:
        parts[0::2] = [_BREAK_RUN.sub("\n", text) for text in texts]
    else:  # all text parts in one pass: a run never crosses the (non-space) joiner
        parts[0::2] = _BREAK_RUN.sub("\n", _JOIN.join(texts)).split(_JOIN)
    return "".join(parts)


def abbreviations_used(page: str) -> set[str]:
    """The text of each `<abbr>` in `page`, as afkortingen.js reads it (textContent, trimmed)."""
    return {html.unescape(_TAGS.sub("", m.group(1))).strip() for m in _ABBR.finditer(page)}


def keep_used_abbreviations(page: str, used: set[str] | None = None) -> str:
    """`page` with the theme's abbreviation map reduced to the abbreviations it shows (`used`:
    those of the page, if they are known)."""
    match = _DATA.search(page)
    if match is None:
        return page
    data = json.loads(match.group(2))
    used = abbreviations_used(page) if used is None else used
    kept = {short: entry for short, entry in data.items() if short in used}
    # As the theme's `tojson` wrote it: HTML-safe, so the map cannot end the <script> element.
    text = str(htmlsafe_json_dumps(kept, sort_keys=True))
    return page[: match.start(2)] + text + page[match.end(2) :]


# Parts that many pages share (the theme's navigation, header, footer: macros/__init__.py,
# `Build.shared_fragment`) are compacted once. Such a part stands in the page as a key, with
# the whitespace around it; the page is compacted around the key, and the compacted part is
# put in its place. That gives the page compacting the whole would give when the key stands
# in text (not in a tag, comment or kept element) and the part's own scan ends in text, as a
# page scan continues after it; `compact_page` checks the first, `shared_part` the second, and
# either failing, the whole page is compacted as it is.
WHITESPACE = " \t\r\n\f"
_AFTER = "<x>"  # a tag after the part: scanned on its own only if the part's scan ended


@dataclass(frozen=True)
class SharedPart:
    """A part of many pages, compacted once: `lead` + `core` + `trail` is its HTML."""

    lead: str  # the whitespace before it, left in the page
    core: str
    trail: str  # the whitespace after it, left in the page
    compact: str | None  # `core` compacted; None if its scan ends inside something


def shared_part(html: str) -> SharedPart:
    core = html.strip(WHITESPACE)
    lead = html[: len(html) - len(html.lstrip(WHITESPACE))]
    trail = html[len(lead) + len(core) :]
    parts = _KEPT.split(core + _AFTER)
    ended = bool(core) and parts[-2:] == [_AFTER, ""]
    return SharedPart(lead, core, trail, collapse_whitespace(core) if ended else None)


def compact_page(page: str, standing: Mapping[str, SharedPart] | None = None) -> str:
    """The page as it is written to site/: both changes above. `standing`: the shared parts
    that stand in `page` as their key (see `SharedPart`)."""
    if not standing:
        return collapse_whitespace(keep_used_abbreviations(page))
    whole = page
    for key, part in standing.items():
        if page.count(key) != 1:  # a key is drawn at random for the build: never by chance
            raise ValueError(f"{key} staat niet precies één keer in de pagina")
        whole = whole.replace(key, part.core)
    parts = _KEPT.split(page)
    kept = "".join(parts[1::2])
    if any(part.compact is None or key in kept for key, part in standing.items()):
        return compact_page(whole)
    compacted = _collapse_parts(parts, page)
    for key, part in standing.items():
        compacted = compacted.replace(key, part.compact)
    return keep_used_abbreviations(compacted, abbreviations_used(whole))
