"""Where each glossary term is used: the bouwstenen and practice examples whose text says it.

A derived view, made once per build (macros/views/context.py) and shown on the glossary page
(“Komt voor in”, macros/pages/glossary.py).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from ..data.model import Example, Site, Term


class Occurrences:
    """Where each term is used: the bouwstenen and practice examples whose text says it.

    The texts (each with its lower-cased copy) are gathered once per build, when this is made
    (macros/views/context.py); a bouwsteen's text is its page's Markdown and the partner texts that
    page shows from data/partners.yaml (`partner_shown`).
    """

    def __init__(self, site: Site):
        self.bouwstenen: dict[int, tuple[str, str]] = {}
        for n, text in site.texts.items():
            shown = partner_shown(text, site)
            full = f"{text}\n{shown}" if shown else text
            self.bouwstenen[n] = (full, full.lower())
        self.examples: list[tuple[Example, tuple[str, str]]] = []
        for e in site.examples:
            text = f"{e.titel}\n{e.tekst}"
            self.examples.append((e, (text, text.lower())))
        # Every example's text in one string (and its lower-cased copy), apart by a NUL,
        # which no text and no name holds (macros/core/validation.py refuses control
        # characters): a name is looked for once in all examples, not once per example.
        self._texts = _Joined([text for _, (text, _) in self.examples])
        self._lower = _Joined([lower for _, (_, lower) in self.examples])

    def __call__(self, term: Term) -> tuple[list[int], list[Example]]:
        """The bouwstenen and examples whose text uses the term (or a variant).

        A plain substring test on lower-cased text comes first; the word-boundary regex only
        runs where the word can be. That keeps a thousand examples times every term cheap:
        the substring is looked for in all examples' texts at once (`_Joined`), which gives
        the same examples as a test of each text.
        """
        variants = [
            (w.lower(), re.compile(rf"(?<!\w){re.escape(w)}(?!\w)", re.I))
            for w in (term.term, *term.synoniemen)
        ]
        abbreviation = term.afkorting
        abbreviation_pattern = abbreviation and re.compile(
            rf"(?<!\w){re.escape(abbreviation)}(?!\w)"
        )

        def uses(text: str, lower: str) -> bool:
            if any(w in lower and p.search(text) for w, p in variants):
                return True
            return bool(abbreviation and abbreviation in text and abbreviation_pattern.search(text))

        bouwstenen = [n for n, (text, lower) in self.bouwstenen.items() if uses(text, lower)]
        found: set[int] = set()
        for w, pattern in variants:
            found.update(
                i
                for i in self._lower.containing(w)
                if i not in found and pattern.search(self.examples[i][1][0])
            )
        if abbreviation:
            found.update(
                i
                for i in self._texts.containing(abbreviation)
                if i not in found and abbreviation_pattern.search(self.examples[i][1][0])
            )
        examples = [self.examples[i][0] for i in sorted(found)]
        return bouwstenen, examples


class _Joined:
    """Texts joined by NUL, to find which of them hold a substring with one scan."""

    def __init__(self, texts: list[str]):
        self.count = len(texts)
        self.starts: list[int] = []
        position = 0
        for text in texts:
            self.starts.append(position)
            position += len(text) + 1
        self.joined = "\0".join(texts)

    def containing(self, needle: str) -> Iterator[int]:
        """The index of every text that holds `needle` (which holds no NUL), in order."""
        if not needle:
            yield from range(self.count)
            return
        position = self.joined.find(needle)
        while position != -1:
            index = bisect_right(self.starts, position) - 1
            yield index
            if index + 1 == self.count:
                return
            position = self.joined.find(needle, self.starts[index + 1])


# A maintainer page shows a partner's text from data/partners.yaml by calling one of these
# macros with the partner's id (macros/__init__.py: `partner_sectie`, `partner_tekst`).
PARTNER_MACRO = re.compile(r"""\bpartner_(?:sectie|tekst)\(\s*["']([^"']+)["']""")


def partner_shown(source: str, site: Site) -> str:
    """The texts of the partners a page's Markdown shows by macro, in data/partners.yaml's
    order: heading, what the partner does, its points of attention and questions."""
    shown = set(PARTNER_MACRO.findall(source))
    return "\n".join(
        " ".join([p.kop or "", p.wat or "", *p.aandachtspunten, *p.vragen])
        for p in site.partners
        if p.id in shown
    )
