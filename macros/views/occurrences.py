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

    The texts are gathered once per build, when this is made (macros/views/context.py); a
    bouwsteen's text is its page's Markdown and the partner texts that page shows from
    data/partners.yaml (`partner_shown`), an example's its title and text.
    """

    def __init__(self, site: Site):
        self.bouwstenen: dict[int, str] = {}
        for n, text in site.texts.items():
            shown = partner_shown(text, site)
            self.bouwstenen[n] = f"{text}\n{shown}" if shown else text
        self.examples = site.examples
        self._numbers = list(self.bouwstenen)
        self._bouwsteen_texts = _Texts(list(self.bouwstenen.values()))
        self._example_texts = _Texts([f"{e.titel}\n{e.tekst}" for e in site.examples])

    def __call__(self, term: Term) -> tuple[list[int], list[Example]]:
        """The bouwstenen and examples whose text uses the term (or a variant)."""
        names = _Names(term)
        bouwstenen = [self._numbers[i] for i in self._bouwsteen_texts.using(names)]
        examples = [self.examples[i] for i in self._example_texts.using(names)]
        return bouwstenen, examples


class _Names:
    """A term's names as `_Texts.using` looks for them: the term and its synonyms in any case,
    the abbreviation as written; each as a whole word."""

    def __init__(self, term: Term):
        self.variants = [
            (w.lower(), re.compile(rf"(?<!\w){re.escape(w)}(?!\w)", re.I))
            for w in (term.term, *term.synoniemen)
        ]
        self.abbreviation = term.afkorting
        self.abbreviation_pattern = self.abbreviation and re.compile(
            rf"(?<!\w){re.escape(self.abbreviation)}(?!\w)"
        )


class _Texts:
    """Texts to look for names in, each also lower-cased, and both joined for one scan.

    A plain substring test comes first; the word-boundary regex only runs on a text where the
    word can be. That keeps a thousand examples times every term cheap: the substring is looked
    for in all texts at once (`_Joined`), which gives the same texts as a test of each text.
    """

    def __init__(self, texts: list[str]):
        self.texts = texts
        self._joined = _Joined(texts)
        self._lower = _Joined([text.lower() for text in texts])

    def using(self, names: _Names) -> list[int]:
        """The index of every text that uses one of `names`, in order."""
        texts = self.texts
        found: set[int] = set()
        for w, pattern in names.variants:
            found.update(
                i for i in self._lower.containing(w) if i not in found and pattern.search(texts[i])
            )
        if names.abbreviation:
            pattern = names.abbreviation_pattern
            found.update(
                i
                for i in self._joined.containing(names.abbreviation)
                if i not in found and pattern.search(texts[i])
            )
        return sorted(found)


class _Joined:
    """Texts joined by NUL, to find which of them hold a substring with one scan.

    A substring without NUL (a term's name: macros/core/validation.py refuses control
    characters) never runs from one text into the next, whatever the texts hold."""

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
