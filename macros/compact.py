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

ABBREVIATIONS_ID = "afkortingen-gegevens"

# A start or end tag, its attribute values quoted as Jinja and nh3 write them. A quote opens a
# value wherever it stands, so a tag is never taken to end sooner than a browser ends it.
_TAG = re.compile(r"""<[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>""")
_RAW = re.compile(r"<(pre|textarea|script|style)\b", re.I)
_RAW_END = {
    name: re.compile(rf"</{name}\s*>", re.I) for name in ("pre", "textarea", "script", "style")
}
_BREAK_RUN = re.compile(r"[ \t\r\f]*\n[ \t\r\n\f]*")
_ABBR = re.compile(r"<abbr\b[^>]*>(.*?)</abbr>", re.S | re.I)
_TAGS = re.compile(r"<[^>]*>")
_DATA = re.compile(
    rf'(<script type="application/json" id="{ABBREVIATIONS_ID}"[^>]*>)(.*?)(</script>)', re.S
)


def collapse_whitespace(page: str) -> str:
    """`page` with every whitespace run in text that holds a line break reduced to "\\n".

    Only what is surely text is touched: tags, comments and the content of <pre>, <textarea>,
    <script> and <style> are copied as they are, and from anything left unfinished (a tag, a
    comment or such an element without its end) the rest of the page is copied as it is. Each
    character is looked at a bounded number of times.
    """
    out: list[str] = []
    position = 0
    while True:
        start = page.find("<", position)
        if start < 0:
            out.append(_BREAK_RUN.sub("\n", page[position:]))
            break
        out.append(_BREAK_RUN.sub("\n", page[position:start]))
        if page.startswith("<!--", start):
            close = page.find("-->", start + 4)
            end = close + 3 if close >= 0 else len(page)
        else:
            tag = _TAG.match(page, start)
            if tag is None:
                out.append(page[start:])
                break
            end = tag.end()
            raw = _RAW.match(page, start)
            if raw:
                close = _RAW_END[raw.group(1).lower()].search(page, end)
                end = close.end() if close else len(page)
        out.append(page[start:end])
        position = end
        if end >= len(page):
            break
    return "".join(out)


def abbreviations_used(page: str) -> set[str]:
    """The text of each `<abbr>` in `page`, as afkortingen.js reads it (textContent, trimmed)."""
    return {html.unescape(_TAGS.sub("", m.group(1))).strip() for m in _ABBR.finditer(page)}


def keep_used_abbreviations(page: str) -> str:
    """`page` with the theme's abbreviation map reduced to the abbreviations it shows."""
    match = _DATA.search(page)
    if match is None:
        return page
    data = json.loads(match.group(2))
    used = abbreviations_used(page)
    kept = {short: entry for short, entry in data.items() if short in used}
    # As Jinja's tojson writes it: HTML-safe, so the map cannot end the <script> element.
    text = (
        json.dumps(kept, sort_keys=True)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("'", "\\u0027")
    )
    return page[: match.start(2)] + text + page[match.end(2) :]


def compact_page(page: str) -> str:
    """The page as it is written to site/: both changes above."""
    return collapse_whitespace(keep_used_abbreviations(page))
