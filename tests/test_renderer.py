"""The renderer of contributed Markdown (macros/core/sanitize.py `Renderer`): its quicker inline
scans find what Python-Markdown's own patterns find, so the HTML is the same, byte for byte."""

from __future__ import annotations

import itertools
import random
import re

import markdown
import pytest
from markdown import inlinepatterns

from macros.core.sanitize import INCLUDING_EXTENSIONS, QUICKER_PATTERNS, MarkdownSettings, Renderer
from tests.conftest import ROOT

# The characters the patterns look at, and one they do not.
ALPHABET = "\\`[!a"
# Python-Markdown's own patterns for the processors whose pattern the renderer replaces.
THEIRS = {
    "backtick": inlinepatterns.BACKTICK_RE,
    "reference": inlinepatterns.REFERENCE_RE,
    "link": inlinepatterns.LINK_RE,
    "short_reference": inlinepatterns.REFERENCE_RE,
}


def strings():
    """Every string of up to six characters over ALPHABET, and longer random ones."""
    for length in range(7):
        for chars in itertools.product(ALPHABET, repeat=length):
            yield "".join(chars)
    rng = random.Random(7)
    for _ in range(3000):
        yield "".join(rng.choice(ALPHABET + " \n") for _ in range(rng.randint(7, 40)))


def found(pattern: re.Pattern, text: str, start: int):
    match = pattern.search(text, start)
    return match and (match.span(), match.groups())


def test_the_replaced_patterns_are_python_markdowns_own():
    """A Python-Markdown that changes one of them fails here, not silently in the renderer."""
    assert {name: theirs for name, (theirs, _) in QUICKER_PATTERNS.items()} == THEIRS


@pytest.mark.parametrize("name", sorted(QUICKER_PATTERNS))
def test_a_quicker_pattern_finds_the_same_match_and_groups(name):
    theirs, ours = (re.compile(p, re.DOTALL | re.UNICODE) for p in QUICKER_PATTERNS[name])
    checked = 0
    for text in strings():
        for start in range(len(text) + 1):
            assert found(ours, text, start) == found(theirs, text, start), (text, start)
            checked += 1
    assert checked > 100_000


def test_the_renderer_uses_them_and_renders_as_python_markdown_does():
    settings = MarkdownSettings.from_file(ROOT / "mkdocs.yml")
    renderer = Renderer(settings)
    names = [n for n in settings.extensions if n not in INCLUDING_EXTENSIONS]
    configs = {n: dict(settings.configs.get(n) or {}) for n in names}
    plain = markdown.Markdown(extensions=names, extension_configs=configs)
    for name, (_, ours) in QUICKER_PATTERNS.items():
        assert renderer._site.inlinePatterns[name].compiled_re.pattern == ours
    texts = [
        "Een `code` en ``dubbele ` tik`` en \\`geen code\\` en \\\\`wel code`.",
        "Een [link](https://example.org) en ![beeld](x.png) en [ref][a] en [a].\n\n[a]: https://a.be",
        "![x][a] !\\[geen] \\[ook geen] [**vet**](b.md) `` ` `` ```",
        "Tekst zonder iets bijzonders, " * 40,
    ]
    for text in texts:
        assert renderer.render(text) == plain.reset().convert(text), text
