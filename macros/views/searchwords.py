"""Words for searching as people type: the query words to drop, Dutch word forms, and the
site's own vocabulary for "Bedoelde je …?".

Built once per build from the site's data and text (macros/outputs/search.py calls it) and
written to `zoeken/woorden.json`, which the search page (docs/javascripts/zoeken.js) loads with
the first query:

- `stopwoorden`: the Dutch question and function words of STOP_WORDS, less every word that is
  a name on the site (a term, an abbreviation, a synonym, a municipality, a partner, …): a
  question "wat is een referentieadres" searches "referentieadres"; a name is never dropped.
- `woorden`: the words that matter (term names, abbreviations, synonyms, successor names,
  partner, municipality and IGS names, themes, the titles of examples and bouwstenen), folded
  (lower case, no accents), for typo correction with an edit distance in the browser.
- `fusies`: every municipality name, old or new, with the other names it goes with since the
  mergers (data/fusies.yaml): a search for one also finds the examples of the others.

Word forms (`word_forms`) pair the forms of a word the site itself uses (singular and plural,
adjective with and without -e: "schepen"/"schepenen", "gezin"/"gezinnen", "sociaal"/"sociale"),
so a page that uses one form is found by the other: the Snowball Dutch stemmer of Pagefind
misses some of those pairs (measured in tests/zoekvragen.yaml, soort: woordvorm).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from ..core.text import fold
from ..data.model import Site, Term

# Dutch question and function words, dropped from a query before it reaches the index (all
# words of a query must match, so a question would find only pages that ask it). Written
# folded (lower case, no accents). Never dropped when the word is a name on the site.
STOP_WORDS_TEXT = """
    wat wie waar wanneer waarom hoe welk welke wiens hoeveel waarvoor waarmee waarover
    waardoor waarin waaraan vanwaar hoelang
    is zijn ben bent was waren wordt worden werd werden zal zullen zou zouden kan kunnen kon
    konden mag mogen moet moeten heb hebt heeft hebben had hadden doe doet doen deed
    betekent betekenen beteken betekenis definitie uitleg verklaring omschrijving bedoeld
    bedoelt wil willen weet weten vind vinden zoek zoeken info informatie
    de het een der des den
    ik jij je u hij zij ze we wij men mijn jouw uw zijn haar ons onze hun mij me jou hen hem
    er daar hier dit dat deze die zo
    en of maar dan want dus als om
    in op aan van voor met bij naar tot uit over door onder tussen tegen zonder binnen na
    te toe
    niet geen wel ook nog al eens even graag
    iets iemand alles
"""
STOP_WORDS = frozenset(STOP_WORDS_TEXT.split())

# Adjective and plural endings for word forms: (plural or inflected ending, singular ending).
_VOWEL = "aeiou"


def term_names(term: Term, by_id: dict[str, Term] | None = None) -> tuple[str, ...]:
    """Every name a visitor may type for `term`: term, abbreviation, synonyms, and the name
    of what replaced it since the guide (`opgevolgd_door`, e.g. SVK -> woonmaatschappij)."""
    successors = [by_id[s].term for s in term.opgevolgd_door if by_id and s in by_id]
    names = [term.term, term.afkorting or "", *term.synoniemen, *successors]
    return tuple(dict.fromkeys(" ".join(n.split()) for n in names if n.strip()))


WORD = re.compile(r"[^\W\d_]+")


def _singulars(word: str) -> list[str]:
    """Candidate base forms of a Dutch plural or inflected adjective (folded): 'gezinnen' ->
    ['gezinn', 'gezin'], 'straten' -> ['strat', 'straat'], 'sociale' -> ['social', 'sociaal'].
    Only candidates the site itself uses are kept (word_forms)."""
    found: list[str] = []
    for ending in ("eren", "en", "e", "s", "'s", "n"):
        if not word.endswith(ending) or len(word) - len(ending) < 3:
            continue
        base = word[: -len(ending)]
        found.append(base)
        if len(base) >= 2 and base[-1] == base[-2] and base[-1] not in _VOWEL:
            found.append(base[:-1])  # gezinnen -> gezin
        if base[-1] == "v":
            found.append(base[:-1] + "f")  # brieven -> brief
        if base[-1] == "z":
            found.append(base[:-1] + "s")  # huizen -> huis
        # an open syllable: straten -> straat, sociale -> sociaal, schapen -> schaap
        if len(base) >= 3 and base[-2] in _VOWEL and base[-1] not in _VOWEL:
            found.append(base[:-1] + base[-2] + base[-1])
        if base.endswith("hed"):
            found.append(base[:-3] + "heid")  # mogelijkheden -> mogelijkheid
    return found


def base_forms(lexicon: Iterable[str]) -> set[str]:
    """The lexicon's words with the base forms they suggest ("wonen" -> "woon"): where a
    compound may start ("woonzorgcircuit" = "woon" + "zorgcircuit")."""
    words = set(lexicon)
    return words | {base for word in words for base in _singulars(word) if len(base) >= 4}


def word_forms(lexicon: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """For each word of `lexicon` (folded words of the site), its other forms in `lexicon`:
    'schepenen' -> ('schepen',) and 'schepen' -> ('schepenen',)."""
    words = set(lexicon)
    pairs: dict[str, set[str]] = {}
    for word in words:
        for base in _singulars(word):
            if base != word and base in words:
                pairs.setdefault(word, set()).add(base)
                pairs.setdefault(base, set()).add(word)
    return {word: tuple(sorted(forms)) for word, forms in pairs.items()}


def site_names(site: Site) -> list[str]:
    """Every name on the site a visitor may type: terms with their abbreviations, synonyms and
    successors; partners; municipalities (old and new); IGS; themes; bouwstenen; examples."""
    by_id = {t.id: t for t in site.terms}
    names = [n for t in site.terms for n in term_names(t, by_id)]
    names += [n for p in site.partners for n in (p.naam, p.afkorting, p.kort) if n]
    names += list(site.gemeenten)
    if site.mergers:
        names += [m.gemeente for m in site.mergers.fusies]
    names += [i.naam for i in site.igs]
    names += [t.naam for t in site.themas]
    names += [b.titel for b in site.bouwstenen]
    names += [e.titel for e in site.examples]
    return names


def vocabulary(site: Site) -> list[str]:
    """The folded words of the site's names (site_names), longest runs kept whole too
    ('herk-de-stad'), sorted: the words "Bedoelde je …?" chooses from."""
    words: set[str] = set()
    for name in site_names(site):
        folded = fold(name)
        words.update(w for w in WORD.findall(folded) if len(w) >= 3)
        words.update(w for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)+", folded))
    return sorted(words)


def protected(site: Site) -> set[str]:
    """Folded words that are a name or an abbreviation on their own: never dropped."""
    singles = set()
    for name in site_names(site):
        words = WORD.findall(fold(name))
        if len(words) == 1:
            singles.add(words[0])
    for term in site.terms:
        if term.afkorting:
            singles.add(fold(term.afkorting))
    return singles


def merged_names(site: Site) -> dict[str, list[str]]:
    """Folded municipality name -> the names it goes with since the mergers: the new name
    for an old one, the old names for the new one (data/fusies.yaml)."""
    names: dict[str, list[str]] = {}
    for merger in site.mergers.fusies if site.mergers else ():
        group = list(dict.fromkeys([merger.gemeente, *merger.uit]))
        for name in group:
            others = names.setdefault(fold(name), [])
            others += [n for n in group if n != name and n not in others]
    return names


def render_search_words(site: Site) -> str:
    """zoeken/woorden.json for the search page."""
    keep = protected(site)
    return json.dumps(
        {
            "stopwoorden": sorted(STOP_WORDS - keep),
            "woorden": vocabulary(site),
            "fusies": merged_names(site),
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )
