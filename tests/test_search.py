"""Site search (Pagefind, macros/outputs/search.py and docs/javascripts/zoeken.js): the records it
indexes, and the search page in a browser against the built site served over HTTP, with the
Dutch test set in tests/zoekvragen.yaml."""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import replace
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
import yaml
from playwright.sync_api import expect

from macros.core.text import fold
from macros.data.model import Term
from macros.data.site import load_site
from macros.outputs.search import (
    BUNDLE_DIR,
    Indexing,
    Page,
    Record,
    Vocabulary,
    build_records,
    compound_parts,
    example_facts,
    first_reading,
    page_kind,
    render_opensearch,
    split_sections,
    term_names,
)
from macros.views.searchwords import (
    STOP_WORDS,
    base_forms,
    merged_names,
    protected,
    render_search_words,
    word_forms,
)
from tests.conftest import ROOT
from tests.searching import DONE, SEARCH_FILES, first_query_bytes, results

QUERIES = yaml.safe_load((Path(__file__).parent / "zoekvragen.yaml").read_text("utf-8"))
MAX_FIRST_QUERY_BYTES = 300 * 1024


def term(**fields) -> Term:
    return Term(**{"soort": "begrip", "stand": "2026-11-30", "lezingen": (), **fields})


@pytest.fixture(scope="module")
def real():
    return load_site(ROOT)


# The records (pure functions)


def test_a_term_is_found_by_every_name_including_its_successor():
    svk = term(id="sociaal-verhuurkantoor", term="Sociaal verhuurkantoor", afkorting="SVK",
               synoniemen=("sociale verhuurkantoren",), status="historisch",
               opgevolgd_door=("woonmaatschappij",))  # fmt: skip
    successor = term(id="woonmaatschappij", term="Woonmaatschappij")
    by_id = {t.id: t for t in (svk, successor)}
    assert term_names(svk, by_id) == (
        "Sociaal verhuurkantoor",
        "SVK",
        "sociale verhuurkantoren",
        "Woonmaatschappij",
    )


def test_vocabulary_finds_terms_by_abbreviation_case_and_multiword_name():

    terms = [
        term(id="svk", term="Sociaal verhuurkantoor", afkorting="SVK"),
        term(id="ro", term="Ruimtelijke ordening", afkorting="RO"),
    ]
    vocabulary = Vocabulary(terms)

    def used(text):
        folded = fold(text)
        return vocabulary.used_in(text, set(re.findall(r"\w+", folded)), folded)

    assert used("Huurders van het SVK") == ["svk"]
    assert used("een sociaal verhuurkantoor") == ["svk"]
    assert used("de ro van de gemeente") == []  # an abbreviation counts in capitals only
    assert used("sociaal wonen en een kantoor") == []


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("woningbrand", ["brand"]),
        ("huurderssyndicaat", ["syndicaat"]),  # head "huurders", rest long enough
        ("leefbaarheidsplan", ["plan"]),  # linking s
        ("gemeentelijk", []),  # an ending is no part
        ("woning", []),
    ],
)
def test_compound_parts(word, parts):
    lexicon = {"woning", "brand", "huurders", "leefbaarheid", "plan", "gemeente"}
    assert compound_parts(word, lexicon) == parts


def test_sections_are_cut_out_until_the_next_heading_of_their_level():
    body = '<p>intro</p><h2 id="a">A</h2><p>a</p><h3 id="x">x</h3><h2 id="b">B</h2><p>b</p><h2>C'
    rest, sections = split_sections(body, "h2", ["a", "b"])
    assert rest == "<p>intro</p><h2>C"
    assert sections == {
        "a": '<h2 id="a">A</h2><p>a</p><h3 id="x">x</h3>',
        "b": '<h2 id="b">B</h2><p>b</p>',
    }


def test_kinds_of_page(real):
    assert page_kind("bouwstenen/2-werk-integraal.md", real) == "bouwsteen"
    assert page_kind("praktijkvoorbeelden/genk-solidair-huren.md", real) == "praktijkvoorbeeld"
    assert page_kind("praktijkvoorbeelden/index.md", real) == "pagina"
    assert page_kind("woordenlijst.md", real) == "pagina"


def test_one_record_per_thing_with_its_kind(real):
    glossary = "".join(f'<h2 id="{t.id}">{t.term}</h2><p>uitleg</p>' for t in real.terms[:2])
    pages = [
        Page("woordenlijst/", f"<h1>Woordenlijst</h1><p>inleiding</p>{glossary}", ""),
        Page(
            "praktijkvoorbeelden/x/",
            "<h1>X</h1><p>bij het SVK</p>",
            "X bij het SVK",
            "praktijkvoorbeeld",  # its kind, from its source (`page_kinds`)
        ),
    ]
    records = {r.url: r for r in build_records(pages, real)}
    first = real.terms[0]
    assert set(records) == {
        "woordenlijst/",
        f"woordenlijst/#{first.id}",
        f"woordenlijst/#{real.terms[1].id}",
        "praktijkvoorbeelden/x/",
    }
    assert 'data-pagefind-filter="soort:term"' in records[f"woordenlijst/#{first.id}"].html
    assert (
        f'<p data-pagefind-meta="title">{first.term}</p>'
        in records[f"woordenlijst/#{first.id}"].html
    )
    assert "uitleg" not in records["woordenlijst/"].html  # the terms are not indexed twice
    example = records["praktijkvoorbeelden/x/"].html
    assert 'data-pagefind-meta="soort:Praktijkvoorbeeld"' in example
    # the page says "SVK": it is found by the term's other names, as metadata (no excerpt)
    assert re.search(r'data-pagefind-meta="woorden">[^<]*Sociaal verhuurkantoor', example)
    assert re.search(r"<div data-pagefind-ignore><p data-pagefind-meta=", example)


def test_word_forms_pair_the_forms_the_site_uses():
    lexicon = {"schepen", "schepenen", "gezin", "gezinnen", "sociaal", "sociale", "straat"}
    lexicon |= {"straten", "huis", "huizen", "mogelijkheid", "mogelijkheden", "woning"}
    forms = word_forms(lexicon)
    assert forms["schepen"] == ("schepenen",) and forms["schepenen"] == ("schepen",)
    assert forms["gezinnen"] == ("gezin",)  # a doubled consonant
    assert forms["sociale"] == ("sociaal",) and forms["straten"] == ("straat",)  # open syllable
    assert forms["huizen"] == ("huis",) and forms["mogelijkheden"] == ("mogelijkheid",)
    assert "woning" not in forms  # "woningen" is not a word of this site: nothing invented


def test_a_compound_may_start_with_a_base_form():
    lexicon = {"wonen", "zorg", "gemeente"}
    heads = base_forms(lexicon)
    assert "woon" in heads  # wonen -> woon
    assert compound_parts("woonzorgcircuit", lexicon, heads) == ["zorgcircuit", "circuit"]
    assert compound_parts("gemeentelijke", lexicon, heads) == []  # an ending is no part


def test_question_words_are_dropped_but_never_a_name(real):
    words = json.loads(render_search_words(real))
    stop = set(words["stopwoorden"])
    assert {"wat", "is", "een", "hoe", "wie", "betekenis", "mijn", "in"} <= stop
    assert stop <= STOP_WORDS
    # a word that is a name on the site is no stop word, however common
    assert protected(real).isdisjoint(stop)
    site = replace(real, gemeenten=(*real.gemeenten, "Wat"))
    assert "wat" not in json.loads(render_search_words(site))["stopwoorden"]


def test_the_vocabulary_holds_the_names_that_matter(real):
    vocabulary = set(json.loads(render_search_words(real))["woorden"])
    assert {
        "woonfocus",
        "woonbegeleiding",
        "referentieadres",
        "svk",
        "bilzen-hoeselt",
    } <= vocabulary
    assert {"bilzen", "hoeselt", "huurderssyndicaat"} <= vocabulary
    assert all(w == w.casefold() and w.isascii() for w in vocabulary)  # folded


def test_merged_municipalities_find_each_other(real):
    merged = merged_names(real)
    for merger in real.mergers.fusies:
        for old in merger.uit:
            if old != merger.gemeente:
                assert merger.gemeente in merged[fold(old)]
                assert old in merged[fold(merger.gemeente)]
    facts = example_facts(real)
    for example in real.examples:
        for gemeente in example.gemeenten:
            for other in merged.get(fold(gemeente), ()):
                assert other in facts[f"praktijkvoorbeelden/{example.slug}/"]


def test_a_term_result_carries_its_first_readings(real):
    term_ = next(t for t in real.terms if t.lezingen_van("wonen") and t.lezingen_van("welzijn"))
    reading = first_reading(term_, "wonen")
    assert 0 < len(reading) <= 162
    assert term_.lezingen_van("wonen")[0].tekst.split()[0] == reading.split()[0]
    assert first_reading(term(id="x", term="X"), "welzijn") == ""


def test_opensearch_description_leads_to_the_search_page():
    xml = render_opensearch("Woonkansen kiezen", "https://example.org/wk/")
    assert 'template="https://example.org/wk/zoeken/?q={searchTerms}"' in xml
    assert "<ShortName>Woonkansen</ShortName>" in xml  # at most 16 characters
    assert "<Description>Zoeken in Woonkansen kiezen</Description>" in xml


# Pagefind in its own process, while the build goes on (`Indexing`)


def fake_pagefind(tmp_path, monkeypatch, script: str) -> None:
    """Pagefind's Python package runs the program PAGEFIND_BINARY_PATH names."""
    program = tmp_path / "pagefind"
    program.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    program.chmod(0o755)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(program))


RECORDS = [
    Record("a/", "pagina", "<html><body><main data-pagefind-body>Tekst</main></body></html>")
]


def test_pagefind_failing_stops_the_build_with_what_it_said(tmp_path, monkeypatch):
    fake_pagefind(tmp_path, monkeypatch, 'echo "kapot: $(ls site)"; exit 3')
    indexing = Indexing(RECORDS, tmp_path / "site")
    with pytest.raises(RuntimeError, match=r"^pagefind: kapot: a$"):
        indexing.finish()
    assert not Path(indexing._folder.name).exists()


def test_pagefind_that_hangs_is_stopped_in_bounded_time(tmp_path, monkeypatch):
    fake_pagefind(tmp_path, monkeypatch, "exec sleep 60")
    monkeypatch.setattr("macros.outputs.search.INDEX_TIMEOUT", 0.5)
    indexing = Indexing(RECORDS, tmp_path / "site")
    with pytest.raises(RuntimeError, match=r"na 0\.5 seconden niet klaar"):
        indexing.finish()
    assert indexing._process.returncode is not None, "killed, not left running"


def test_a_build_that_fails_while_pagefind_works_ends_it(tmp_path, monkeypatch):
    fake_pagefind(tmp_path, monkeypatch, "exec sleep 60")
    indexing = Indexing(RECORDS, tmp_path / "site")
    indexing.stop()
    assert indexing._process.returncode is not None
    assert not Path(indexing._folder.name).exists()
    indexing.stop()  # and again, as `on_post_build` does after `finish`


# The built site


def test_pagefind_replaces_materials_search(site):
    assert (site / BUNDLE_DIR / "pagefind.js").is_file()
    assert list((site / BUNDLE_DIR / "fragment").iterdir())
    assert not (site / "search" / "search_index.json").exists(), "lunr's index is gone"
    html = (site / "index.html").read_text(encoding="utf-8")
    assert 'rel="search" type="application/opensearchdescription+xml"' in html
    assert re.search(r'<form class="zoekvak" role="search" action="[^"]*zoeken/"', html)
    assert 'data-md-component="search"' not in html
    terms = json.loads((site / "zoeken" / "termen.json").read_text(encoding="utf-8"))
    assert {"term", "url", "namen"} <= set(terms[0])
    assert (site / "opensearch.xml").is_file()


# Page furniture that must never be in an excerpt: toolbars, labels, facts, permalinks; some
# labels only on a term's record (other pages may say the same words as content).
TERM_RECORDS = "/_secties/woordenlijst/"
FURNITURE = (
    ("Link naar deze term", "/"),
    ("Kopieer link", "/"),
    ("Ook: ", "/"),
    ("¶", "/"),
    ("Link naar deze sectie", "/"),
    ("Wijzig deze pagina", "/"),
    ("Bouwstenen Bouwsteen", "/"),
    ("Bron: ", "/"),
    ("Nog geen lezing", TERM_RECORDS),
    ("Stel een lezing", TERM_RECORDS),
    ("Wonen — ", TERM_RECORDS),
    ("Welzijn — ", TERM_RECORDS),
    # Found in the search page's excerpts: "Let op: deze term is al meer dan 12 maanden niet
    # nagekeken … (laatst op 1 december 2026)", a note the glossary hides until it is due.
    ("niet nagekeken tegen zijn bronnen", "/"),
)


def indexed_contents(site: Path) -> dict[str, str]:
    """What Pagefind shows excerpts from: the content of every record in the built index."""
    contents = {}
    for file in (site / BUNDLE_DIR / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(file.read_bytes()).removeprefix(b"pagefind_dcd")
        record = json.loads(data)
        contents[record["url"]] = record["content"]
    return contents


def test_no_excerpt_shows_page_furniture(site):
    contents = indexed_contents(site)
    assert len(contents) > 100
    found = [
        f"{url}: {label!r}"
        for url, content in contents.items()
        for label, where in FURNITURE
        if url.startswith(where) and label in content
    ]
    assert not found, "\n".join(found)
    # the facts of an example are searchable, as metadata, not as content
    bilzen = next(u for u in contents if u.startswith("/praktijkvoorbeelden/bilzen-"))
    assert "Gemeenten" not in contents[bilzen]


# In a browser


def test_dutch_test_set_finds_the_page_in_the_first_five(page, server):
    misses = []
    for item in QUERIES:
        found = results(page, server, item["vraag"])
        if item["verwacht"] not in found[:5]:
            misses.append(f"{item['vraag']!r} ({item['soort']}): {found[:5]}")
    rate = 1 - len(misses) / len(QUERIES)
    assert len(QUERIES) >= 40
    assert rate >= 0.95, f"{rate:.0%} in the first five; missed:\n" + "\n".join(misses)


@pytest.mark.parametrize("query", ["svk", "SVK", "sociaal verhuurkantoor", "LWO", "ocmw"])
def test_glossary_entry_comes_first_for_an_exact_term_or_abbreviation(page, server, real, query):
    expected = next(
        t for t in real.terms if query.casefold() in (n.casefold() for n in term_names(t))
    )
    assert results(page, server, query)[0] == f"woordenlijst/#{expected.id}"


def all_results(page, query: str) -> list[str]:
    """Every result Pagefind gives for `query` (the page shows the first twenty)."""
    return page.evaluate(
        """async query => {
            const root = new URL(JSON.parse(document.getElementById("__config").textContent)
                .base.replace(/\\/?$/, "/"), location.href);
            const pagefind = await import(new URL("pagefind/pagefind.js", root).href);
            const found = await pagefind.search(query);
            const data = await Promise.all(found.results.map(r => r.data()));
            return data.map(d => d.meta.adres || d.url);
        }""",
        query,
    )


def test_abbreviation_and_full_name_are_the_same_query(page, server):
    page.goto(server + "zoeken/")
    short = all_results(page, "SVK")
    assert len(short) > 5
    assert sorted(short) == sorted(all_results(page, "sociaal verhuurkantoor"))


def test_successor_name_finds_shm_and_svk_pages(page, server, real):
    found = results(page, server, "woonmaatschappij")
    assert "woordenlijst/#sociaal-verhuurkantoor" in found[:5]
    assert "woordenlijst/#sociale-huisvestingsmaatschappij" in found[:5]
    # an example that says "SVK", never "woonmaatschappij"
    svk_example = "praktijkvoorbeelden/noolim-woonbegeleiding-svk-huurders/"
    assert "woonmaatschappij" not in real.example(svk_example.split("/")[1]).tekst
    # found (among the pages that never say the word, which rank after those that do)
    assert f"/{svk_example}" in all_results(page, "woonmaatschappij")


def test_one_result_per_example_and_results_say_their_kind(page, server):
    found = results(page, server, "huurderssyndicaat")
    assert "praktijkvoorbeelden/lanaken-huurderssyndicaat/" in found
    assert len(found) == len(set(found))
    kinds = page.eval_on_selector_all(".zoekresultaat-soort", "els => els.map(e => e.textContent)")
    assert {"Praktijkvoorbeeld", "Partner"} <= set(kinds)
    assert set(kinds) <= {"Bouwsteen", "Praktijkvoorbeeld", "Term", "Partner", "Pagina"}


def test_a_typo_is_corrected_at_once_and_can_be_searched_as_typed(page, server):
    found = results(page, server, "Woonfokus")
    assert found[0] == "woordenlijst/#igs-woonfocus"
    assert "woonfocus" in page.locator("#zoekstatus").inner_text()
    box = page.locator("#zoeksuggesties")
    literal = box.get_by_role("link", name=re.compile("Zoek toch naar"))
    assert "letterlijk=1" in literal.get_attribute("href")
    literal.click()
    page.wait_for_selector(DONE)
    assert page.locator("#zoekvraag").input_value() == "Woonfokus"
    # as typed, the weak results come with "Bedoelde je …?" and the nearest terms
    assert box.get_by_role("link", name="woonfocus", exact=True).count() == 1
    assert "Bedoelde je" in box.inner_text()
    assert box.locator("ul li a").first.inner_text() == "IGS Woonfocus"


def test_a_question_finds_the_term_it_asks_about(page, server):
    assert results(page, server, "wat is een referentieadres?")[0] == (
        "woordenlijst/#referentieadres"
    )
    readings = page.locator("#zoekresultaten li").first.locator(".zoekresultaat-lezing")
    assert readings.count() == 2  # the first readings of Wonen and Welzijn
    assert readings.first.inner_text().startswith("Wonen:")


def test_no_results_suggest_glossary_terms_and_the_catalogue(page, server):
    assert results(page, server, "xylofoon") == []
    assert page.locator("#zoekstatus").inner_text().startswith("Geen resultaten")
    box = page.locator("#zoeksuggesties")
    assert "Niets gevonden" in box.inner_text()
    catalogue = box.get_by_role("link", name=re.compile("catalogus"))
    assert catalogue.get_attribute("href").endswith("praktijkvoorbeelden/?q=xylofoon")
    suggested = box.locator("ul li a")
    script = (ROOT / "docs" / "javascripts" / "zoeken.js").read_text(encoding="utf-8")
    offered = int(re.search(r"var SUGGESTED_TERMS = (\d+);", script).group(1))
    assert suggested.count() == min(offered, len(load_site(ROOT).terms))
    assert all("/woordenlijst/#" in a.get_attribute("href") for a in suggested.all())


def test_header_search_box_leads_to_the_search_page_by_keyboard(page, server):
    page.goto(server + "bouwstenen/")
    box = page.get_by_role("searchbox", name="Zoeken")
    box.focus()
    page.keyboard.type("woningbrand")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/zoeken/\?q=woningbrand"))
    page.wait_for_selector("body[data-zoeken=klaar]")
    first = page.locator("#zoekresultaten li a").first
    assert "woningbrand" in first.inner_text().casefold()
    assert page.locator("#zoekvraag").input_value() == "woningbrand"


def test_a_new_query_updates_the_address(page, server):
    results(page, server, "svk")
    page.fill("#zoekvraag", "lommel")
    page.press("#zoekvraag", "Enter")
    page.wait_for_function("location.search === '?q=lommel'")
    page.wait_for_selector("body[data-zoeken=klaar]")
    assert "lommel" in page.locator("#zoekresultaten").inner_text().casefold()
    page.go_back()
    page.wait_for_function("document.getElementById('zoekvraag').value === 'svk'")


def test_first_query_downloads_little(browser, server):
    size = first_query_bytes(browser, server, "woonbegeleiding", SEARCH_FILES)
    assert 0 < size <= MAX_FIRST_QUERY_BYTES, f"{size / 1024:.0f} KB"


def shown_per_page() -> int:
    """How many results zoeken.js shows at once (SHOWN)."""
    script = (ROOT / "docs" / "javascripts" / "zoeken.js").read_text(encoding="utf-8")
    return int(re.search(r"var SHOWN = (\d+);", script).group(1))


def more_label(left: int, shown: int) -> str:
    if left > shown:
        return f"Toon {shown} resultaten meer"
    return "Toon het laatste resultaat" if left == 1 else f"Toon de laatste {left} resultaten"


def test_more_results_are_appended_on_request_with_the_focus_on_the_first_new_one(page, server):
    """Found: 'woonbegeleiding' said "60 resultaten …, de eerste 20 staan hieronder." with no
    way to see the other 40. Now a button after the list says how many it adds ("Toon 20
    resultaten meer", the last time "Toon de laatste 20 resultaten"), appends them with their
    links, downloads their fragments only then, moves the focus to the first new result's link
    and updates the status; when all are shown it is gone and the status says so. The results
    are Pagefind's, each once."""
    shown = shown_per_page()
    fragments = []
    page.on(
        "response", lambda r: fragments.append(r.url) if "/pagefind/fragment/" in r.url else None
    )
    page.goto(server + "zoeken/?q=woonbegeleiding")
    page.wait_for_selector(DONE)
    status = page.locator("#zoekstatus")
    count = int(re.match(r"(\d+) resultaten voor “woonbegeleiding”", status.inner_text()).group(1))
    assert count > 2 * shown  # two clicks at least: the label changes on the last one
    items = page.locator("#zoekresultaten > li")
    assert items.count() == shown
    assert len(fragments) <= shown + 1  # the shown ones (and a glossary term's, looked up)
    expect(status).to_have_text(
        f"{count} resultaten voor “woonbegeleiding”, de eerste {shown} staan hieronder."
    )
    more = page.locator("#zoekresultaten + button.zoeken-meer")  # right after the list
    clicks = 0
    while items.count() < count:
        before = items.count()
        left = count - before
        added = min(left, shown)
        button = page.get_by_role("button", name=more_label(left, shown), exact=True)
        expect(button).to_be_visible()
        assert more.count() == 1
        downloaded = len(fragments)
        if clicks == 0:  # by keyboard
            button.focus()
            page.keyboard.press("Enter")
        else:
            button.click()
        clicks += 1
        expect(items).to_have_count(before + added)
        page.wait_for_selector(DONE)
        first_new = items.nth(before).locator("h2 a")
        expect(first_new).to_be_focused()
        assert first_new.get_attribute("href")
        assert 0 < len(fragments) - downloaded <= added  # the new results' fragments, only now
        shown_now = before + added
        expect(status).to_have_text(
            f"{count} resultaten voor “woonbegeleiding”, "
            + (
                f"de eerste {shown_now} staan hieronder."
                if shown_now < count
                else f"alle {count} staan hieronder."
            )
        )
    assert clicks == -(-(count - shown) // shown)
    expect(more).to_have_count(0)
    expect(page.get_by_role("button", name=re.compile("^Toon "))).to_have_count(0)
    root = urlsplit(server).path
    hrefs = [
        h.removeprefix(root)
        for h in page.eval_on_selector_all(
            "#zoekresultaten li h2 a", "links => links.map(a => a.getAttribute('href'))"
        )
    ]
    assert len(hrefs) == len(set(hrefs)) == count
    everything = all_results(page, "woonbegeleiding")  # Pagefind's own, all loaded
    assert sorted(hrefs) == sorted(a.removeprefix("/") for a in everything)


def test_a_new_search_takes_the_more_button_away_and_few_results_have_none(page, server):
    """The "Toon … meer" button belongs to its search: a new query with all its results on the
    page has none (and the status no "de eerste")."""
    results(page, server, "woonbegeleiding")
    expect(page.locator("button.zoeken-meer")).to_have_count(1)
    page.fill("#zoekvraag", "huurderssyndicaat")
    page.press("#zoekvraag", "Enter")
    page.wait_for_function("location.search === '?q=huurderssyndicaat'")
    page.wait_for_selector(DONE)
    count = page.locator("#zoekresultaten > li").count()
    assert 0 < count <= shown_per_page()
    assert "de eerste" not in page.locator("#zoekstatus").inner_text()
    expect(page.locator("button.zoeken-meer")).to_have_count(0)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_search_page_with_results_has_no_wcag_violations(browser, server, scheme):
    from axe_playwright_python.sync_playwright import Axe

    from tests.test_quality import WCAG_TAGS

    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    try:
        for query in ("svk", "xyzzy"):  # results, and the suggestions without results
            page.goto(f"{server}zoeken/?q={quote(query)}")
            page.wait_for_selector("body[data-zoeken=klaar]")
            report = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
            assert report.violations_count == 0, report.generate_report()
    finally:
        context.close()


def test_without_javascript_the_search_page_says_where_to_look(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(server + "zoeken/?q=svk")
        note = page.locator(".zoeken-zonder-js")
        assert note.is_visible()
        assert note.get_by_role("link", name="woordenlijst").count() == 1
    finally:
        context.close()


def test_without_javascript_no_search_box_leads_nowhere(browser, server):
    """Search needs JavaScript. Without it, the header of every page and the search page
    itself offer no search box (a walkthrough typed a word, pressed Zoeken and got an empty
    page); the search page says where to look instead. With JavaScript, the header's box is
    there from the first paint on (tests/test_search.py above uses it)."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        for path in ("", "bouwstenen/", "woordenlijst/", "zoeken/?q=svk"):
            page.goto(server + path)
            assert page.get_by_role("searchbox").count() == 0, path
            assert page.get_by_role("search").count() == 0, path
            assert page.get_by_role("button", name="Zoeken").count() == 0, path
        assert page.locator(".zoeken-zonder-js").is_visible()
    finally:
        context.close()
    with_js = browser.new_context()
    try:
        page = with_js.new_page()
        page.goto(server + "bouwstenen/", wait_until="commit")
        page.wait_for_selector(".md-header .zoekvak", state="attached")
        assert page.evaluate("document.documentElement.classList.contains('met-js')")
        page.wait_for_load_state()
        assert page.get_by_role("searchbox", name="Zoeken").is_visible()
    finally:
        with_js.close()


def test_render_record_writes_what_markup_format_wrote():
    """render_record is written with f-strings and `escape`: the same HTML as the Markup
    templates it replaced, for values full of signs HTML and markupsafe care about."""
    import random

    from markupsafe import Markup

    from macros.outputs.search import KINDS, render_record

    def reference(kind, body, extra=(), title="", address="", meta=None):
        fields = {"title": title, **(meta or {}), "woorden": " ".join(dict.fromkeys(extra))}
        if address:
            fields["adres"] = address
        hidden = Markup("").join(
            Markup('<p data-pagefind-meta="{}">{}</p>').format(name, value)
            for name, value in fields.items()
            if value
        )
        return str(
            Markup(
                '<!doctype html><html lang="nl"><body><main data-pagefind-body '
                'data-pagefind-filter="soort:{kind}" data-pagefind-meta="soort:{label}">'
                "{body}<div data-pagefind-ignore>{hidden}</div></main></body></html>"
            ).format(kind=kind, label=KINDS[kind], body=Markup(body), hidden=hidden)
        )

    rng = random.Random(23)
    signs = ["<", ">", "&", '"', "'", "{", "}", "{}", "%s", "a", " ", "é", "&amp;", "\n"]

    def text() -> str:
        return "".join(rng.choices(signs, k=rng.randint(0, 12)))

    for _ in range(3000):
        kind = rng.choice(list(KINDS))
        meta = {name: text() for name in rng.sample(["vormen", "kenmerken", "wonen"], 2)}
        extra = [text() for _ in range(rng.randint(0, 4))]
        arguments = (kind, text(), extra, text(), rng.choice(["", text()]), meta)
        assert render_record(*arguments) == reference(*arguments), arguments


def statuses_from_now_on(page) -> None:
    """Record every text the status takes from now on (in `window.statuses`), to tell what a
    search wrote even when a later write replaced it."""
    page.evaluate(
        """() => {
            const status = document.getElementById("zoekstatus");
            window.statuses = [];
            new MutationObserver(() => window.statuses.push(status.textContent))
                .observe(status, { childList: true, characterData: true, subtree: true });
        }"""
    )


@pytest.mark.parametrize("arrival", ["late", "failed"])
def test_a_slower_earlier_search_never_writes_over_a_newer_one(page, server, arrival):
    """Found: a query whose fragments came late ("woonbegeleiding xylofoon", its 20 results
    and its suggestions) wrote its results, status and suggestions after those of the query
    typed after it ("referentieadres"), or added them to the list; had its downloads failed,
    its "Zoeken lukt nu niet" replaced the newer status. Only the newest search may write to
    the page. The first query's fragments are held here until the second query is shown (the
    two share no result, so the second never waits on a held fragment)."""
    first, second = "woonbegeleiding xylofoon", "referentieadres"
    holding, held = True, []

    def fragment(route):
        if holding:
            held.append(route)
        else:
            route.continue_()

    page.goto(server + "zoeken/")
    page.wait_for_selector(DONE)
    page.route("**/pagefind/fragment/*", fragment)
    statuses_from_now_on(page)
    page.fill("#zoekvraag", first)
    page.press("#zoekvraag", "Enter")
    for _ in range(500):  # until the first search waits on its fragments
        if held:
            break
        page.wait_for_timeout(20)
    assert held, "the first search downloaded no fragment"
    holding = False
    page.fill("#zoekvraag", second)
    page.press("#zoekvraag", "Enter")
    status = page.locator("#zoekstatus")
    expect(status).to_contain_text(f"resultaten voor “{second}”")
    page.wait_for_selector(DONE)
    shown = page.locator("#zoekresultaten > li").count()
    page.evaluate("window.statuses = []")
    # The first search goes on: its fragments arrive (or fail), then whatever it still
    # downloads.
    last = held[-1].request
    event = "requestfinished" if arrival == "late" else "requestfailed"
    with page.expect_event(event, lambda r: r == last):
        for route in held:
            if arrival == "late":
                route.continue_()
            else:
                route.abort()
    page.wait_for_load_state("networkidle")
    page.evaluate("new Promise(resolve => setTimeout(resolve))")  # its last callbacks ran
    assert page.evaluate("window.statuses") == [], "the first search wrote the status"
    assert f"“{second}”" in status.inner_text()
    expect(page.locator("#zoekresultaten > li")).to_have_count(shown)
    links = page.locator("#zoekresultaten li h2 a")
    assert links.first.get_attribute("href").endswith("woordenlijst/#referentieadres")
    assert "woonbegeleiding" not in page.locator("#zoekresultaten").inner_text().casefold()
    expect(page.locator("#zoeksuggesties")).to_be_hidden()  # the first query's suggestions
    expect(page.locator("body")).to_have_attribute("data-zoeken", "klaar")


def test_a_word_on_no_page_is_said_and_not_left_out_silently(page, server):
    """Found: "sociaal wonen xylofoon" said "86 resultaten voor “sociaal wonen xylofoon”", as
    if pages had all three words. Pagefind leaves out a word that is on no page at all
    (Pagefind/pagefind#329) and finds what "sociaal wonen" finds; "(niet alle woorden samen)"
    only came when the search with all the words found nothing. Now the status says that not
    all the words were found together, and which word is on no page."""
    found = results(page, server, "sociaal wonen xylofoon")
    assert found[0] == "woordenlijst/#sociaal-wonen"  # the words that are there still count
    status = page.locator("#zoekstatus").inner_text()
    assert re.match(
        r"\d+ resultaten voor “sociaal wonen xylofoon” \(niet alle woorden samen; "
        r"“xylofoon” staat op geen enkele pagina\), de eerste \d+ staan hieronder\.$",
        status,
    ), status
    assert "Niet gevonden wat je zocht?" in page.locator("#zoeksuggesties").inner_text()
    # the same words without the unknown one: all together, nothing to say
    results(page, server, "sociaal wonen")
    assert "niet alle woorden" not in page.locator("#zoekstatus").inner_text()
