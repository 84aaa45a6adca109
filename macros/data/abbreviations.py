"""Where each abbreviation leads: its glossary entry.

Python-Markdown's `abbr` extension gives every abbreviation a tooltip (`<abbr title>`), which
only a mouse can read. The theme writes this map into every page (overrides/main.html), so
docs/javascripts/afkortingen.js can make each abbreviation a control for keyboard and touch
that shows the expansion and links to the term on /woordenlijst/.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

from .model import Site, Term


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


# What each abbreviation stands for (also for the abbr extension: macros/data/site.py)


def plain_name(name: str) -> str:
    """A common noun in running text: 'Sociale huisvestingsmaatschappij' -> 'sociale …'.

    Names with more capitals ('Wonen in Vlaanderen', 'Openbaar Centrum voor …') are proper
    names and keep theirs.
    """
    if name[:1].isupper() and not any(c.isupper() for c in name[1:]):
        return name[:1].lower() + name[1:]
    return name


def successors_phrase(term: Term, site: Site) -> str:
    """'de woonmaatschappij' / 'Wonen in Vlaanderen' (and … for several)."""
    names = []
    for id in term.opgevolgd_door:
        name = site.term(id).term
        plain = plain_name(name)
        names.append(f"de {plain}" if plain != name else name)
    return " en ".join(names)


def since_year(term: Term) -> str | None:
    return min((w.sinds for w in term.wijzigingen), default="")[:4] or None


def abbreviation_title(term: Term, site: Site) -> str:
    """What an abbreviation's tooltip says: what the term is, and what it is now.

    'SHM — sociale huisvestingsmaatschappij; sinds 2023 opgegaan in de woonmaatschappij'.
    """
    name = " ".join(term.term.split())
    head = f"{term.afkorting} — {plain_name(name)}" if term.afkorting else name
    if not term.historisch:
        return head
    year = since_year(term)
    when = f"sinds {year} " if year else ""
    return f"{head}; {when}opgegaan in {successors_phrase(term, site)}"


def abbreviations(site: Site) -> dict[str, str]:
    """Abbreviation -> what the term is now, for the tooltips on every page.

    Handed to Python-Markdown's abbr extension as its `glossary` setting: no file is written
    and no include syntax is needed, so no page can name a path to include.
    """
    return {t.afkorting: abbreviation_title(t, site) for t in site.terms if t.afkorting}
