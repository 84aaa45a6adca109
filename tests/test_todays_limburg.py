"""Today's Limburg (issue 18), as a woonambtenaar of Bilzen-Hoeselt on a laptop (1366×768) and a
reader on a phone (390×844) use it: merged municipalities in the catalogue, a text filter that
reads the whole example, cards that say where they come from, dated contacts with a way
forward, a way to report what is outdated, example pages to move on from, pages that speak to
readers, and axe-core on every page this changed.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from macros.core.text import fold_words as fold
from macros.core.text import search_fold, slugify
from macros.data.examples import example_contact, place_tokens, reading_order
from macros.data.model import CONTACT_HEADING
from macros.data.site import load_site
from tests.conftest import page_in
from tests.pages import article, pages, text_of
from tests.test_quality import WCAG_TAGS

ROOT = Path(__file__).resolve().parent.parent
LAPTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}
VIEWPORTS = {"laptop": LAPTOP, "phone": PHONE}
CATALOGUE = "praktijkvoorbeelden/"
SHOWN = "li.voorbeeld:not([hidden])"


@pytest.fixture(scope="module")
def real():
    return load_site(ROOT)


@pytest.fixture(params=list(VIEWPORTS))
def persona(request, browser):
    """A page in a persona's viewport; a JavaScript error on it fails the test."""
    viewport = VIEWPORTS[request.param]
    context = browser.new_context(
        locale="nl-BE", viewport=viewport, is_mobile=viewport is PHONE, has_touch=viewport is PHONE
    )
    with page_in(context) as page:
        yield page


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


def shown(page) -> list[str]:
    return page.eval_on_selector_all(f"{SHOWN} h2", "els => els.map(e => e.id)")


def address(page) -> dict[str, list[str]]:
    return parse_qs(page.evaluate("location.search").lstrip("?"))


def in_places(example, names: set[str], site) -> bool:
    """Whether the example is in one of these municipalities, itself or through its IGS."""
    places = set(example.gemeenten)
    for igs in example.igs:
        places.update(site.igs_by_id(igs).gemeenten)
    return bool(places & names)


def choose_place(page, value: str) -> None:
    details = page.locator("#filter-plaats")
    if details.get_attribute("open") is None:
        page.locator("#filter-plaats summary").click()
    page.locator(f"input[name=plaats][value='{value}']").check()


# 1. Municipalities as they are, and as they were


def test_choosing_bilzen_hoeselt_shows_bilzen_and_hoeselt_in_one_shareable_link(
    persona, server, real
):
    covers = set(real.municipalities.covers("Bilzen-Hoeselt"))
    assert covers == {"Bilzen-Hoeselt", "Bilzen", "Hoeselt"}
    expected = {e.slug for e in real.examples if in_places(e, covers, real)}
    assert any("Bilzen" in e.gemeenten for e in real.examples if e.slug in expected)
    assert any("Hoeselt" in e.gemeenten for e in real.examples if e.slug in expected)
    persona.goto(server + CATALOGUE)
    choose_place(persona, "g-bilzen-hoeselt")
    assert set(shown(persona)) == expected
    assert address(persona)["plaats"] == ["g-bilzen-hoeselt"]
    label = persona.locator("input[value='g-bilzen-hoeselt'] >> xpath=..").text_content().strip()
    assert label == f"Bilzen-Hoeselt ({len(expected)})"
    # The shared link, opened fresh, shows the same list; so does the plain name.
    for link in ("?plaats=g-bilzen-hoeselt", "?plaats=bilzen-hoeselt"):
        persona.goto(server + CATALOGUE + link)
        assert set(shown(persona)) == expected, link
        assert persona.locator("#voorbeeld-melding").is_hidden()
        assert "Bilzen-Hoeselt" in persona.locator("#filter-plaats summary").inner_text()


def test_a_former_name_still_finds_its_examples(persona, server, real):
    persona.goto(server + CATALOGUE)
    persona.locator("#filter-plaats summary").click()
    former = persona.locator("input[value='g-bilzen'] >> xpath=..")
    assert former.text_content().strip().startswith("Bilzen (nu Bilzen-Hoeselt) (")
    choose_place(persona, "g-bilzen")
    assert set(shown(persona)) == {e.slug for e in real.examples if in_places(e, {"Bilzen"}, real)}
    # Today's Hasselt covers Kortessem, which is still listed under its own name.
    persona.goto(server + CATALOGUE + "?plaats=g-hasselt")
    hasselt = {e.slug for e in real.examples if in_places(e, {"Hasselt", "Kortessem"}, real)}
    assert set(shown(persona)) == hasselt
    kortessem = persona.locator("input[value='g-kortessem'] >> xpath=..").text_content()
    assert kortessem.strip().startswith("Kortessem (nu Hasselt) (")


def test_several_municipalities_and_igs_at_once(persona, server, real):
    names = set(real.municipalities.covers("Tongeren-Borgloon"))
    expected = {e.slug for e in real.examples if in_places(e, names, real) or "gaoz" in e.igs}
    persona.goto(server + CATALOGUE + "?plaats=g-tongeren-borgloon")
    choose_place(persona, "i-gaoz")
    assert set(shown(persona)) == expected
    assert address(persona)["plaats"] == ["g-tongeren-borgloon", "i-gaoz"]
    persona.reload()
    assert set(shown(persona)) == expected
    summary = persona.locator("#filter-plaats summary").inner_text()
    assert "Tongeren-Borgloon" in summary and "IGS GAOZ" in summary


def test_an_example_keeps_the_municipality_the_guide_named(persona, server, real):
    persona.goto(server + CATALOGUE + "?plaats=g-tongeren-borgloon")
    card = persona.locator(
        "li.voorbeeld", has=persona.locator("h2#borgloon-woonloket-gemeentehuis")
    )
    where = card.locator(".voorbeeld-plaats").inner_text()
    assert where.startswith("Borgloon (nu Tongeren-Borgloon)")
    assert real.example("borgloon-woonloket-gemeentehuis").gemeenten == ("Borgloon",)


# 2. A catalogue filter people can trust


def example_texts(root: Path) -> dict[str, str]:
    """Each example file's text below its front matter, folded as the catalogue folds."""
    texts = {}
    for path in sorted((root / "docs" / "praktijkvoorbeelden").glob("*.md")):
        body = path.read_text(encoding="utf-8").split("\n---\n", 1)[1]
        texts[path.stem] = " " + search_fold(body) + " "
    return texts


def test_the_text_filter_finds_every_example_whose_text_contains_a_word(page, server, real):
    texts = example_texts(ROOT)
    # A word of every example file (its longest), and words readers type.
    sampled = {max(re.findall(r"[^\W\d_]{4,}", t), key=len) for t in texts.values()}
    typed = {"leegstand", "leegstaande", "woningen", "brand", "senioren", "privé", "OCMW"}
    page.goto(server + CATALOGUE)
    field = page.locator("#filter-tekst")
    for word in sorted(sampled | typed):
        field.fill(word)
        expected = {slug for slug, text in texts.items() if search_fold(word) in text}
        assert expected or word in typed, word
        assert expected <= set(shown(page)), word
    # Dutch spelling: "leegstaande" finds "leegstand", "woningen" finds "woning".
    field.fill("leegstaande woning")
    with_both = {s for s, t in texts.items() if "legstand" in t and "woning" in t}
    assert with_both and with_both <= set(shown(page))
    # Facts count too: today's name finds the examples of the former municipalities.
    field.fill("Bilzen-Hoeselt")
    covers = set(real.municipalities.covers("Bilzen-Hoeselt"))
    assert {e.slug for e in real.examples if set(e.gemeenten) & covers} <= set(shown(page))


def test_unknown_values_in_a_link_are_announced(persona, server, real):
    persona.goto(server + CATALOGUE + "?plaats=atlantis&bouwsteen=9&thema=woonkwaliteit")
    notice = persona.locator("#voorbeeld-melding")
    assert notice.is_visible()
    assert notice.get_attribute("role") == "alert"
    text = notice.inner_text()
    assert "“atlantis”" in text and "“9”" in text and "filter staat uit" in text
    themed = {e.slug for e in real.examples if "woonkwaliteit" in e.themas}
    assert set(shown(persona)) == themed  # the known filter still applies


def test_cards_say_where_they_come_from_and_sort_as_readers_see_them(persona, server, real):
    persona.goto(server + CATALOGUE)
    cards = persona.locator("li.voorbeeld")
    sources = cards.locator(".voorbeeld-bron").all_inner_texts()
    assert len(sources) == len(real.examples)
    assert set(sources) <= {"Uit de leidraad (2021)"} | {
        s for s in sources if s.startswith("Bijdrage van ")
    }
    titles = cards.locator("h2").all_inner_texts()
    assert titles == [e.titel for e in reading_order(real.examples)]
    persona.select_option("#filter-sorteer", "gemeente")
    assert address(persona)["sorteer"] == ["gemeente"]
    places = persona.locator(f"{SHOWN} .voorbeeld-plaats").all_inner_texts()
    named = [p for p in places if p != "Gemeente niet vermeld"]
    assert [fold(p) for p in named] == sorted(fold(p) for p in named)
    assert places[len(named) :] == ["Gemeente niet vermeld"] * (len(places) - len(named))


def test_counts_follow_the_other_filters(page, server, real):
    page.goto(server + CATALOGUE + "?thema=woonkwaliteit")
    themed = [e for e in real.examples if "woonkwaliteit" in e.themas]
    covers = set(real.municipalities.covers("Bilzen-Hoeselt"))
    count = sum(1 for e in themed if in_places(e, covers, real))
    label = page.locator("input[value='g-bilzen-hoeselt'] >> xpath=..").text_content().strip()
    assert label.endswith(f"({count})")
    option = page.locator("#filter-bouwsteen option[value='3']").inner_text()
    assert option.endswith(f"({sum(1 for e in themed if 3 in e.bouwstenen)})")


CHOICES = """() => [...document.querySelectorAll(
    '#voorbeeld-filters select:not(#filter-sorteer) option, #voorbeeld-filters input[name=plaats]')]
  .filter(o => o.value)
  .map(o => ({name: o.name || o.parentNode.name, value: o.value, disabled: o.disabled,
              text: (o.tagName === 'OPTION' ? o.textContent : o.parentNode.textContent).trim()}))"""


def expected_counts(real, thema: str = "") -> dict[tuple[str, str], int]:
    """What each choice would show with the other filters: here at most one theme."""
    examples = [e for e in real.examples if not thema or thema in e.themas]
    counts = {}
    for b in real.bouwstenen:
        counts["bouwsteen", str(b.nummer)] = sum(1 for e in examples if b.nummer in e.bouwstenen)
    for p in {p for e in real.examples for p in e.partners}:
        counts["partner", p] = sum(1 for e in examples if p in e.partners)
    for t in {t for e in real.examples for t in e.themas}:
        counts["thema", t] = sum(1 for e in real.examples if t in e.themas)
    for token in {t for e in real.examples for t in place_tokens(e, real)}:
        counts["plaats", token] = sum(1 for e in examples if token in place_tokens(e, real))
    return counts


def assert_choices_are_honest(page, real, thema: str = "") -> list[dict]:
    choices = page.evaluate(CHOICES)
    expected = expected_counts(real, thema)
    assert {(c["name"], c["value"]) for c in choices} == set(expected)
    for choice in choices:
        count = expected[choice["name"], choice["value"]]
        chosen = choice["name"] == "thema" and choice["value"] == thema
        assert choice["disabled"] == (count == 0 and not chosen), choice
        if count:
            assert choice["text"].endswith(f"({count})"), choice
        else:
            overall = expected_counts(real)[choice["name"], choice["value"]]
            reason = "(0 met de andere filters)" if overall else "(0 — nog geen voorbeelden)"
            assert choice["text"].endswith(reason), choice
    return choices


def test_a_choice_that_would_show_nothing_cannot_be_chosen_and_says_why(page, server, real):
    """Found in a walkthrough: "4 • Spreek dezelfde taal (0)" could be chosen and gave an empty
    list. Every bouwsteen is still offered; one without examples is disabled, saying so, and
    as filters combine every count stays true and every choice of 0 is disabled."""
    page.goto(server + CATALOGUE)
    choices = assert_choices_are_honest(page, real)
    bouwstenen = [c for c in choices if c["name"] == "bouwsteen"]
    assert len(bouwstenen) == len(real.bouwstenen)
    # A theme with a bouwsteen it has no example for: that bouwsteen is disabled under it.
    used = sorted({t for e in real.examples for t in e.themas})
    thema = next(
        t
        for t in used
        if 0 in [n for (name, _), n in expected_counts(real, t).items() if name == "bouwsteen"]
    )
    page.select_option("#filter-thema", thema)
    assert any(c["disabled"] for c in assert_choices_are_honest(page, real, thema))
    page.select_option("#filter-thema", "")
    assert_choices_are_honest(page, real)
    # A link that asks for a choice of 0: it stays chosen (to be undone) and says so.
    empty = next(
        b for (name, b), n in expected_counts(real, thema).items() if name == "bouwsteen" and not n
    )
    page.goto(server + CATALOGUE + f"?thema={thema}&bouwsteen={empty}")
    option = page.locator(f"#filter-bouwsteen option[value='{empty}']")
    assert option.evaluate("o => o.selected && !o.disabled")
    overall = expected_counts(real)["bouwsteen", empty]
    reason = "(0 met de andere filters)" if overall else "(0 — nog geen voorbeelden)"
    assert option.inner_text().endswith(reason)
    assert page.locator("#voorbeeld-aantal").inner_text().startswith("Geen")


# 3. Contacts with a date and a way forward


def test_every_contact_carries_its_date_a_fallback_and_a_report_route(site, real):
    html = article(site / "contact" / "index.html")
    text = text_of(html)
    assert "Nog geen praktijkvoorbeelden verwijzen" not in text
    sections = re.split(r"(?=<h2 )", html)
    ids = [c.id for c in real.contacts]
    for contact in real.contacts:
        [section] = [s for s in sections if s.startswith(f'<h2 id="{contact.id}"')]
        assert 'class="contact-datum">Contactgegevens uit de leidraad (2021).' in section or (
            "laatst bevestigd op" in section
        ), contact.id
        assert "Werkt " in section and 'href="mailto:wonen@limburg.be"' in section, contact.id
        assert 'href="mailto:wonen@limburg.be?subject=Verouderd%20gegeven' in section
    # Every example reaches a contact: each is listed under exactly one.
    listed = re.findall(r'href="\.\./praktijkvoorbeelden/([^/"]+)/"', html)
    assert sorted(listed) == sorted(e.slug for e in real.examples)
    assert all(example_contact(e, real)[0].id in ids for e in real.examples)


def test_contact_headings_may_carry_a_confirmation_date():
    match = CONTACT_HEADING.match('## Hasselt { #hasselt data-bevestigd="2026-11-30" }')
    assert match and match["id"] == "hasselt" and match["bevestigd"] == "2026-11-30"


def test_report_route_on_example_contact_partner_and_glossary_pages(persona, server):
    for path in (
        "praktijkvoorbeelden/lanaken-huurderssyndicaat/",
        "contact/",
        "partners/",
        "woordenlijst/",
    ):
        persona.goto(server + path)
        link = persona.get_by_role("link", name="Meld een verouderd gegeven").first
        href = link.get_attribute("href")
        assert href.startswith("mailto:wonen@limburg.be?subject=Verouderd%20gegeven"), path
        link.scroll_into_view_if_needed()
        assert link.is_visible(), path
        assert "Wat klopt niet meer?" in unquote(href)


# 4. Pages for readers

DEVELOPER_WORDS = re.compile(
    r"YAML|pull request|\bfork|\bcommit\b|allowlist|artefact|make serve|--8<--|"
    r"\bdata/|\bdocs/|glossary/|\.ya?ml\b|\.md\b",
    re.I,
)


def test_no_public_page_speaks_to_developers(site):
    """No page mentions YAML, pull requests or file paths, except the section for GitHub users
    at the end of /bijdragen/."""
    found = []
    for path in pages(site):
        html = path.read_text(encoding="utf-8")
        if "<article" not in html:
            continue
        content = article(path)
        if path.parent.name == "bijdragen":
            start = content.index('id="voor-wie-met-github-werkt"')
            content = content[:start]
        for match in DEVELOPER_WORDS.finditer(text_of(content)):
            found.append(f"{path.relative_to(site)}: {match.group(0)}")
    assert not found, "\n".join(found)


def test_bijdragen_leads_with_the_route_that_needs_nothing(site):
    html = article(site / "bijdragen" / "index.html")
    first_link = re.search(r'<a href="([^"]+)"', html[html.index("<h2") :]).group(1)
    assert first_link.startswith("mailto:wonen@limburg.be?subject=")
    headings = re.findall(r'<h2 id="([^"]+)"', html)
    assert headings[0] == "zo-stel-je-een-voorbeeld-voor"
    assert headings.index("voor-wie-met-github-werkt") > headings.index("wat-gebeurt-er-daarna")
    github_start = html.index('id="voor-wie-met-github-werkt"')
    for technical in ("stap-voor-stap", "het-sjabloon", "de-velden", "wat-mag-in-de-tekst"):
        assert html.index(f'id="{technical}"') > github_start, technical
    github = html[html.index('id="voor-wie-met-github-werkt"') :]
    for technical in ("Approve and run", "site-preview", "Markdown", "VUL-IN"):
        assert technical in github, technical
    assert 'id="toegelaten-waarden"' in github


# 6. Example pages you can move on from


def test_an_example_page_leads_back_to_the_filter_and_on(persona, server, real):
    link = "?plaats=g-bilzen-hoeselt&thema=woonkwaliteit"
    persona.goto(server + CATALOGUE + link)
    first = shown(persona)[0]
    persona.locator(f"h2#{first} a").click()
    persona.wait_for_url(f"**/praktijkvoorbeelden/{first}/")
    back = persona.locator("nav.kruimelpad a.naar-catalogus")
    assert back.is_visible()
    assert parse_qs(urlsplit(back.get_attribute("href")).query) == {
        "plaats": ["g-bilzen-hoeselt"],
        "thema": ["woonkwaliteit"],
    }
    # The municipality, IGS and partner facts open the catalogue filtered on them.
    example = real.example(first)
    facts = persona.locator(".voorbeeld-kenmerken")
    gemeente = real.municipalities.now(example.gemeenten[0])
    assert facts.locator(f"a[href='../?plaats=g-{slugify(gemeente)}']").count() == 1
    for partner in example.partners:
        assert facts.locator(f"a[href='../?partner={partner}']").count() == 1
    # Previous or next in the same bouwsteen.
    listed = reading_order(real.examples_for_bouwsteen(example.bouwstenen[0]))
    index = [e.slug for e in listed].index(first)
    neighbour = listed[index + 1] if index + 1 < len(listed) else listed[index - 1]
    persona.locator(f"nav.voorbeeld-buren a[href='../{neighbour.slug}/']").first.click()
    persona.wait_for_url(f"**/praktijkvoorbeelden/{neighbour.slug}/")
    # Back to the catalogue: the filter the reader came with.
    persona.locator("nav.kruimelpad a.naar-catalogus").click()
    persona.wait_for_url("**/praktijkvoorbeelden/?*")
    assert address(persona) == {"plaats": ["g-bilzen-hoeselt"], "thema": ["woonkwaliteit"]}
    assert first in shown(persona)


def test_igs_fact_opens_the_catalogue_on_that_igs(page, server, real):
    example = next(e for e in real.examples if e.igs)
    page.goto(server + f"praktijkvoorbeelden/{example.slug}/")
    page.locator(f".voorbeeld-kenmerken a[href='../?plaats=i-{example.igs[0]}']").click()
    page.wait_for_url("**/praktijkvoorbeelden/?plaats=*")
    assert example.slug in shown(page)


# 7. axe-core on every page this changed, in both personas' viewports

CHANGED_PAGES = [
    CATALOGUE,
    CATALOGUE + "?plaats=atlantis",
    "praktijkvoorbeelden/bilzen-overleg-wijkpolitie/",
    "praktijkvoorbeelden/caw-limburg-housing-first/",
    "contact/",
    "partners/",
    "bijdragen/",
    "sinds-2021/",
    "woordenlijst/",
]


@pytest.mark.parametrize("path", CHANGED_PAGES)
def test_changed_pages_pass_axe(persona, server, axe, path):
    persona.goto(server + path)
    if path.startswith(CATALOGUE) and persona.locator("#filter-plaats summary").count():
        persona.locator("#filter-plaats summary").click()  # the open list of places too
    results = axe.run(persona, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    assert results.violations_count == 0, results.generate_report()
