"""One term for a meeting, in Chromium (Debian's): the compact view by link (?term=<id>) and
the full-screen presentation that a keyboard or a clicker moves through."""

from __future__ import annotations

import pytest

from tests.test_quality import PAGES, WCAG_TAGS

GLOSSARY = PAGES["woordenlijst"]
BEAMER = {"width": 1920, "height": 1080}
PHONE = {"width": 390, "height": 844}
TERM = "woonbegeleiding"


@pytest.fixture
def new_page(browser):
    made, errors = [], []

    def make(viewport, **options):
        context = browser.new_context(locale="nl-BE", viewport=viewport, **options)
        made.append(context)
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        return page

    yield make
    for context in made:
        context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


def term_height(page) -> float:
    return page.locator(f"section.term:has(h2#{TERM})").evaluate(
        "el => el.getBoundingClientRect().height"
    )


def test_compact_view_shows_one_term_wonen_beside_welzijn_and_folds_the_rest(new_page, server):
    page = new_page(PHONE, is_mobile=True, has_touch=True)
    page.goto(server + GLOSSARY + f"#{TERM}")
    full = term_height(page)
    page.goto(server + GLOSSARY + f"?term={TERM}")
    shown = page.locator("section.term").evaluate_all(
        "els => els.filter(e => e.checkVisibility()).map(e => e.querySelector('h2').id)"
    )
    assert shown == [TERM]
    assert not page.locator("#woordenlijst-zoek").is_visible()
    section = page.locator(f"section.term:has(h2#{TERM})")
    assert section.locator(".lezing-leidraad").first.is_visible()  # the guide's sentence
    more = section.locator("details.term-compact__meer")
    assert more.count() == 1 and not more.evaluate("el => el.open")
    assert term_height(page) < full / 2, (term_height(page), full)
    assert page.get_by_role("link", name="Alle termen van de woordenlijst").is_visible()
    # On a wide screen Wonen and Welzijn stand side by side.
    page.set_viewport_size(BEAMER)
    wonen = section.locator(".lezing-wonen").bounding_box()
    welzijn = section.locator(".lezing-welzijn").bounding_box()
    assert abs(wonen["y"] - welzijn["y"]) < 2 and welzijn["x"] >= wonen["x"] + wonen["width"]


def presented(page) -> str:
    return page.locator(".presentatie .presentatie__naam").inner_text().strip()


def test_a_term_is_presented_full_screen_and_a_clicker_moves_through_the_list(
    new_page, server, axe
):
    page = new_page(BEAMER)
    page.goto(server + GLOSSARY + "?q=woon")
    shown = page.locator("#woordenlijst section.term:not([hidden]) h2.term-naam").evaluate_all(
        "els => els.map(e => e.firstChild.textContent.trim())"
    )
    assert len(shown) > 3
    button = page.locator(f"section.term:has(h2#{TERM}) button.term-toon")
    button.click()
    dialog = page.get_by_role("dialog", name="Woonbegeleiding")
    assert dialog.is_visible()
    box = dialog.bounding_box()
    assert box["width"] >= BEAMER["width"] - 1 and box["height"] >= BEAMER["height"] - 1
    # Readable from the back of the room: projector sizes.
    reading = ".presentatie .lezing-wonen p:not(.lezing-kop)"
    size = float(page.eval_on_selector(reading, "el => getComputedStyle(el).fontSize")[:-2])
    assert size >= 36, size
    wonen = page.locator(".presentatie .lezing-wonen").bounding_box()
    welzijn = page.locator(".presentatie .lezing-welzijn").bounding_box()
    assert abs(wonen["y"] - welzijn["y"]) < 2
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    assert results.violations_count == 0, results.generate_report()
    # A clicker sends Page Down / Page Up; arrow keys do the same, in the filtered list's order.
    at = next(i for i, name in enumerate(shown) if name.startswith("Woonbegeleiding"))
    page.keyboard.press("PageDown")
    assert presented(page) == shown[at + 1]
    page.keyboard.press("ArrowRight")
    assert presented(page) == shown[at + 2]
    page.keyboard.press("PageUp")
    page.keyboard.press("ArrowLeft")
    assert presented(page) == shown[at]
    assert page.locator(".presentatie__plaats").inner_text() == f"Term {at + 1} van {len(shown)}"
    # The page behind is out of reach; Escape closes and gives the focus back.
    assert page.evaluate("document.querySelector('.md-container').inert")
    page.keyboard.press("Escape")
    assert not dialog.is_visible()
    page.wait_for_function("el => el === document.activeElement", arg=button.element_handle())
    assert not page.evaluate("document.querySelector('.md-container').inert")


def test_a_link_opens_the_presentation(new_page, server):
    page = new_page(BEAMER)
    page.goto(server + GLOSSARY + f"?term={TERM}&toon=1")
    assert presented(page) == "Woonbegeleiding"
    page.get_by_role("button", name="Sluiten", exact=True).click()
    assert not page.locator(".presentatie").is_visible()
    assert page.locator(f"section.term:has(h2#{TERM})").is_visible()


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


def test_partner_map_and_legend_fit_a_projector_screen_and_one_page(new_page, server):
    page = new_page(BEAMER)
    page.goto(server + PAGES["partnerkaart"] + "?projector=1")
    page.get_by_role("button", name="Projectormodus aanzetten").click()
    page.evaluate("document.querySelector('.partnerkaart-figuur').scrollIntoView()")
    for part in ("svg.partnerkaart", ".sector-legende"):
        box = page.locator(part).bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= BEAMER["height"], (part, box)
        assert box["x"] + box["width"] <= BEAMER["width"], (part, box)
    # On paper: the whole map on one page, not cut on the right.
    page.locator(".md-header .projector-knop").click()
    page.emulate_media(media="print")
    page.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dpi
    svg = page.locator("svg.partnerkaart").bounding_box()
    article = page.locator("article.md-content__inner").bounding_box()
    assert svg["x"] + svg["width"] <= article["x"] + article["width"] + 1
    assert svg["height"] <= 21 / 2.54 * 96 + 1


FIRST_READING = ".lezingen-overig > .lezing:not(.lezing-historisch)"


def test_a_term_without_a_sector_reading_is_presented_with_its_first_reading(new_page, server):
    """Not a name on an empty screen: a term with neither Wonen, Welzijn nor the guide (an
    abbreviation, an organisation) shows its first current reading, under its own label."""
    page = new_page(BEAMER)
    page.goto(server + GLOSSARY)
    bare = page.locator("section.term").evaluate_all(
        """(els, first) => els.filter(e => !e.querySelector('.lezingen-naast-elkaar')
                 && !e.querySelector('.lezing-leidraad') && e.querySelector(first))
             .map(e => e.querySelector('h2').id)""",
        FIRST_READING,
    )
    assert bare, "every term has a sector's or the guide's reading: pick another case"
    term = bare[0]
    section = page.locator(f"section.term:has(h2#{term})")
    reading = section.locator(FIRST_READING).first
    label = reading.locator(".lezing-kop").inner_text().strip()
    text = reading.locator("p:not(.lezing-kop):not(.lezing-bron)").first.inner_text().strip()
    section.locator("button.term-toon").click()
    shown = page.locator(".presentatie .presentatie__term")
    assert shown.locator(".lezing-kop").first.inner_text().strip() == label
    assert text in shown.inner_text()
    # Every term of the list, stepped through with a clicker, shows more than its name.
    page.keyboard.press("Escape")
    page.locator("section.term button.term-toon").first.click()
    total = len(page.locator("#woordenlijst section.term:not([hidden])").all())
    for _ in range(total):
        assert page.locator(".presentatie .presentatie__term .lezing").count() >= 1, presented(page)
        page.keyboard.press("PageDown")
    # The compact view keeps that reading in view too.
    page.goto(server + GLOSSARY + f"?term={term}")
    assert page.locator(f"section.term:has(h2#{term})").locator(FIRST_READING).first.is_visible()
