"""Where each abbreviation leads: its glossary entry.

Python-Markdown's `abbr` extension gives every abbreviation a tooltip (`<abbr title>`), which
only a mouse can read. The theme writes this map into every page (overrides/main.html), so
docs/javascripts/afkortingen.js can make each abbreviation a control for keyboard and touch
that shows the expansion and links to the term on /woordenlijst/.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

from .model import Site


def abbreviation_targets(site: Site) -> dict[str, dict[str, str]]:
    """{abbreviation: {"id": term id, "term": term}} for every term with an abbreviation."""
    return {
        t.afkorting: {"id": t.id, "term": " ".join(t.term.split())}
        for t in site.terms
        if t.afkorting
    }


class Abbreviator:
    """Wraps abbreviations in plain text in `<abbr title>`, as the abbr extension does.

    For HTML the site writes itself (an example page's title and facts): the same glossary and
    the same matching as Python-Markdown's abbr extension (whole words, longest first), so an
    abbreviation looks and works the same there as in rendered Markdown.
    """

    def __init__(self, expansions: dict[str, str]):
        self.expansions = {a: t for a, t in expansions.items() if t}
        self._done: dict[str, Markup] = {}
        names = sorted(self.expansions, key=len, reverse=True)
        self.pattern = (
            re.compile(rf"\b(?:{'|'.join(re.escape(n) for n in names)})\b") if names else None
        )

    def __call__(self, text: str) -> Markup:
        """`text` escaped, its abbreviations wrapped (remembered: names repeat on every page)."""
        if text not in self._done:
            self._done[text] = self._abbreviate(text)
        return self._done[text]

    def _abbreviate(self, text: str) -> Markup:
        if self.pattern is None:
            return escape(text)
        parts, position = [], 0
        for match in self.pattern.finditer(text):
            name = match.group(0)
            parts += [
                escape(text[position : match.start()]),
                Markup('<abbr title="{}">{}</abbr>').format(self.expansions[name], name),
            ]
            position = match.end()
        parts.append(escape(text[position:]))
        return Markup("").join(parts)
