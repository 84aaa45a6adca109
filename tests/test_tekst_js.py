"""docs/javascripts/tekst.js, the one JavaScript module for folding text, folds exactly as the
Python side folds the data the filters and the search compare a reader's words with: run in
Chromium (Debian's) over the site's own texts and over the signs that differ between ways of
folding (accents, ligatures, curly quotes, dashes, ß, full-width and non-Latin letters)."""

from __future__ import annotations

import pytest
import yaml

from macros.core import text

TRICKY = [
    "",
    "Geïntegreerd Breed Onthaal",
    "Cliënt’s “woonnood” – of niet?",
    "svk's SVK’s cgg's 'quoted' ''",
    "Privé-huur in Bilzen-Hoeselt",
    "ŒUVRE Æther ﬁnanciën ﬂexibel",
    "Straße Łódź Øresund",
    "Ｇｅｎｋ ① ² ½ ™ …",
    "ĳzer Ĳsselmeer",
    "café\u0301 e\u0308\u0301n",
    "tab\there\nnew line\u00a0nbsp\u2009thin",
    "Ελληνικά кириллица 日本語 😀",
    "leegstaande straat, ouderen: aaa eee ooo uuu",
    "KAPITALEN EN 123 cijfers_met-tekens",
    "İstanbul ǅemal ǈubljana",
]


def site_texts(root) -> list[str]:
    """Every string of the glossary and the text of every practice example."""
    found: list[str] = []

    def walk(value):
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in sorted((root / "glossary").glob("*.yaml")):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    for path in sorted((root / "docs" / "praktijkvoorbeelden").glob("*.md")):
        found.append(path.read_text(encoding="utf-8"))
    return found


@pytest.fixture(scope="module")
def tekst(browser, root):
    context = browser.new_context()
    page = context.new_page()
    page.set_content("<!doctype html><title>tekst.js</title>")
    page.add_script_tag(path=str(root / "docs" / "javascripts" / "tekst.js"))
    yield page
    context.close()


@pytest.mark.parametrize(
    ("name", "python"),
    [
        ("fold", text.fold),
        ("foldWords", text.fold_words),
        ("searchFold", text.search_fold),
    ],
)
def test_tekst_js_folds_as_the_python_side(tekst, root, name, python):
    texts = TRICKY + site_texts(root)
    assert len(texts) > len(TRICKY) + 100  # the site's texts were found
    folded = tekst.evaluate(f"texts => texts.map(t => Tekst.{name}(t))", texts)
    differ = [
        (t[:60], js, python(t)) for t, js in zip(texts, folded, strict=True) if js != python(t)
    ]
    assert not differ, f"Tekst.{name} folds otherwise than Python: {differ[:5]}"


def test_every_script_folds_with_tekst_js(root):
    """One place: no other script normalizes text itself, and tekst.js loads before them."""
    scripts = root / "docs" / "javascripts"
    for path in sorted(scripts.glob("*.js")):
        if path.name != "tekst.js":
            assert ".normalize(" not in path.read_text(encoding="utf-8"), path.name
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    order = config.split("extra_javascript:", 1)[1].split("\n\n", 1)[0].split()
    listed = [item for item in order if item.startswith("javascripts/")]
    assert listed[0] == "javascripts/tekst.js", listed
