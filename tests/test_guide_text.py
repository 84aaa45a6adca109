"""Every sentence of the guide "Woonkansen kiezen" reaches the built site, word for word.

The PDF text extraction (data/leidraad-2021.txt, a byte-identical copy of the
source) is cleaned by macros/core/leidraad.py, split into sentences, and compared
with the text of the built pages on the word sequence only: case, punctuation, quote, apostrophe
and dash variants are ignored. The pages come from the session's strict build (tests/conftest.py).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path

from macros.core.leidraad import GUIDE_FILE, LINE_END_SPLIT, load_guide_text, norm, source_units

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / GUIDE_FILE

# Intended differences: {normalised source fragment: reason}. A missing sentence containing a
# fragment is accepted; a fragment that no longer matches anything must be removed.
ALLOWED: dict[str, str] = {
    "ocmw cli enteel": "Dutch hyphenation drops the trema: “cli-enteel” is “cliënteel”",
    "gelijkeonderwijskansen": "typo fixed: missing space in “gelijke onderwijskansen”",
    "link toevoegen of voorbeelden hieronder aanduiden": "editor's note in footnote 13, resolved",
    "werkgroep werkgroep": "typo fixed: doubled word",
    "spraakverwarring uit de praktijk het begrip sector": "site adds the sub-heading “Sector”",
    "interne en extern communiceren": "typo fixed: “intern en extern”",
    "berdine billen en an humblet": "contact table: the two persons are listed one by one",
    "daniella karzmierczak": "typo fixed: “Kazmierczak”, as in the list of the werkgroep",
}

VOID_TAGS = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "source"})


def split_pairs(text: str) -> list[tuple[str, str]]:
    """(head, tail) for every word split by a hyphen at a line end: ("lo", "kale")."""
    pairs = []
    for unit in source_units(text):
        for line, following in pairwise(unit):
            if match := LINE_END_SPLIT.search(line):
                pairs.append((match.group(1), following.split(" ", 1)[0]))
    return pairs


def source_sentences(text: str, site: str) -> list[str]:
    """Normalised sentences (3+ words); a line-end hyphen is kept only if the site keeps it."""
    sentences = []
    for unit in source_units(text):
        joined = unit[0]
        for line in unit[1:]:
            match = LINE_END_SPLIT.search(joined)
            if match and f" {norm(match.group(1) + line.split(' ', 1)[0])} " in f" {site} ":
                joined = joined[:-1] + line  # "lo-" + "kale" -> "lokale"
            else:
                joined += line if match else " " + line  # "woon-" + "en" stays "woon-en"
        for sentence in re.split(r"(?<=[.?!])[”\"\u2019)]?\s+", joined):
            if len(norm(sentence).split()) >= 3:
                sentences.append(norm(sentence))
    return sentences


class ArticleText(HTMLParser):
    """Text of <article>, without footnote numbers, back-links, "¶" anchors, block titles and
    blocks the site generates between the guide's paragraphs (class "gegenereerd")."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.parts: list[str] = []

    @staticmethod
    def skipped(tag: str, attrs: dict[str, str | None]) -> bool:
        classes = (attrs.get("class") or "").split()
        return (
            tag in ("script", "style")
            or (tag == "sup" and (attrs.get("id") or "").startswith("fnref"))
            or {"headerlink", "footnote-backref", "admonition-title", "gegenereerd"} & set(classes)
            != set()
        )

    def handle_starttag(self, tag, attrs):
        if tag not in VOID_TAGS and (self.stack or tag == "article"):
            skip = bool(self.stack and self.stack[-1][1]) or self.skipped(tag, dict(attrs))
            self.stack.append((tag, skip))

    def handle_endtag(self, tag):
        if tag in (name for name, _ in self.stack):
            while self.stack.pop()[0] != tag:
                pass

    def handle_data(self, data):
        if self.stack and not self.stack[-1][1]:
            self.parts.append(data)


def page_html(site: Path) -> dict[str, str]:
    pages = {
        str(path.relative_to(site)): path.read_text(encoding="utf-8")
        for path in sorted(site.rglob("*.html"))
        if path.name != "404.html" and not {"search", "assets"} & set(path.parts)
    }
    assert pages, f"no pages built in {site}"
    return pages


def article_text(html: str) -> str:
    parser = ArticleText()
    parser.feed(html)
    return " ".join(parser.parts)


def test_every_source_sentence_is_on_the_site(site):
    text = " ".join(norm(article_text(html)) for html in page_html(site).values())
    missing = [
        s
        for s in source_sentences(SOURCE.read_text(encoding="utf-8"), text)
        if f" {s} " not in f" {text} "
    ]
    unexplained = [s for s in missing if not any(key in s for key in ALLOWED)]
    stale = [key for key in ALLOWED if not any(key in s for s in missing)]
    assert not unexplained, "Not on the site (fix docs/ or justify in ALLOWED):\n" + "\n".join(
        f"  - {s}" for s in unexplained
    )
    assert not stale, f"ALLOWED entries that no longer match a missing sentence: {stale}"


def test_no_pdf_residue_on_the_site(site):
    pairs = split_pairs(SOURCE.read_text(encoding="utf-8"))
    problems = []
    for name, html in page_html(site).items():
        article = re.search(r"<article\b.*?</article>", html, re.S)
        article = article.group(0) if article else ""
        text = article_text(article)
        flat = " ".join(text.split()).casefold()
        if "\t" in text:
            problems.append(f"{name}: tab character in the text")
        if "PRAAT MET JE" in text:
            problems.append(f"{name}: stray heading “PRAAT MET JE”")
        problems += [
            f"{name}: bare page number {match!r}"
            for match in re.findall(r"<p>\s*\d{1,3}\s*</p>", article)
        ]
        problems += [
            f"{name}: split word “{head}- {tail}”"
            for head, tail in pairs
            if tail not in ("en", "of") and f"{head}- {tail}".casefold() in flat
        ]
    assert not problems, "PDF residue in the built pages:\n" + "\n".join(problems)


def test_guide_text_knows_its_own_words():
    guide = load_guide_text(ROOT)
    # across a line-end hyphen ("lo-" / "kale") and with an elision
    assert guide.contains("Het begrip woonbegeleiding is een containerbegrip.")
    assert guide.contains("Voor Wonen is wonen een sector … ")
    assert not guide.contains("Het begrip woonbegeleiding is een eenvoudig begrip.")
    assert not guide.contains("… …")
