"""One term for a meeting, in Chromium (Debian's): the compact view by link (?term=<id>) and
the full-screen presentation that a keyboard or a clicker moves through."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import expect

from tests.test_meeting_room import shown_ids
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
    """Closed, a presentation opened by a link leaves an address that does not open it again
    on a reload, and the focus on the term's "Toon deze term" (it fell to the page's body)."""
    page = new_page(BEAMER)
    page.goto(server + GLOSSARY + f"?term={TERM}&toon=1")
    assert presented(page) == "Woonbegeleiding"
    page.get_by_role("button", name="Sluiten", exact=True).click()
    assert not page.locator(".presentatie").is_visible()
    assert page.locator(f"section.term:has(h2#{TERM})").is_visible()
    assert page.url == server + GLOSSARY + f"?term={TERM}"
    closed_onto(page, TERM)
    page.reload()
    assert not page.locator(".presentatie").is_visible()


FILTERED = f"?q={TERM}"  # three terms: Woonbegeleiding first


def closed_onto(page, term_id: str):
    """The presentation is closed and the focus is on that term's "Toon deze term"."""
    expect(page.locator(".presentatie")).to_be_hidden()
    button = page.locator(f"section.term:has(h2#{term_id}) button.term-toon")
    page.wait_for_function("el => el === document.activeElement", arg=button.element_handle())
    return button


def place(page) -> str:
    return page.locator(".presentatie__plaats").inner_text().strip()


def focus_in_presentation(page) -> bool:
    return page.evaluate("document.querySelector('.presentatie').contains(document.activeElement)")


def filtered_names(page) -> list[str]:
    """The names of the filtered list's terms, in its order, as the presentation shows them."""
    return page.locator("#woordenlijst section.term:not([hidden]) h2.term-naam").evaluate_all(
        "els => els.map(e => e.textContent.trim())"
    )


def test_the_keys_still_work_after_the_buttons_went_to_the_end_of_the_list(new_page, server):
    """Found at 1920 px: "Volgende term" clicked up to the last term was disabled with the focus
    on it, the focus fell to the body, and Page Up/Down, the arrows and Escape did nothing
    after that (the same with "Vorige term" at the first). Now the focus stays in the
    presentation, the keys go on working, Escape closes and gives the focus back."""
    page = new_page(BEAMER)
    page.goto(server + GLOSSARY + FILTERED)
    names = filtered_names(page)
    assert len(names) == 3 and names[0].startswith("Woonbegeleiding"), names
    ids = shown_ids(page)
    toon = page.locator(f"section.term:has(h2#{TERM}) button.term-toon")
    toon.click()
    assert place(page) == "Term 1 van 3"
    following = page.get_by_role("button", name="Volgende term")
    previous = page.get_by_role("button", name="Vorige term")
    following.click()
    following.click()
    assert place(page) == "Term 3 van 3" and presented(page) == names[2]
    expect(following).to_be_disabled()
    assert focus_in_presentation(page)
    page.keyboard.press("PageUp")
    assert place(page) == "Term 2 van 3" and presented(page) == names[1]
    page.keyboard.press("ArrowLeft")
    assert place(page) == "Term 1 van 3"
    page.keyboard.press("PageUp")  # nothing before the first
    assert place(page) == "Term 1 van 3"
    page.keyboard.press("ArrowRight")
    assert place(page) == "Term 2 van 3"
    # Closed on another term than it opened on: the focus, the screen and the address go to
    # the term presented last (the address said it, the focus and screen stayed on the
    # first: found in a walkthrough).
    page.keyboard.press("Escape")
    second = closed_onto(page, ids[1])
    assert page.evaluate("location.hash") == f"#{ids[1]}"
    on_screen = "b => { const r = b.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }"  # noqa: E501
    assert second.evaluate(on_screen)
    # "Vorige term" to the first term, then the clicker forward.
    toon.click()
    page.keyboard.press("PageDown")
    page.keyboard.press("PageDown")
    assert place(page) == "Term 3 van 3"
    previous.click()
    previous.click()
    assert place(page) == "Term 1 van 3" and presented(page) == names[0]
    expect(previous).to_be_disabled()
    assert focus_in_presentation(page)
    page.keyboard.press("PageDown")
    assert place(page) == "Term 2 van 3"
    # A click on the bar between the buttons keeps the focus in the presentation too.
    page.locator(".presentatie__plaats").click()
    assert focus_in_presentation(page)
    page.keyboard.press("PageDown")
    assert place(page) == "Term 3 van 3"
    page.keyboard.press("Escape")
    closed_onto(page, ids[2])


def test_the_compact_link_keeps_the_filter_and_its_presentation_the_filtered_list(new_page, server):
    """Found: "Compact" from ?q=woonbegeleiding led to ?term=woonbegeleiding, without the
    filter, and its "Toon deze term" went through all 71 terms ("Term 64 van 71"). Now the
    link keeps the filter, also one typed a moment ago, and the presentation goes through the
    three terms of the filtered list, in its order."""
    page = new_page(BEAMER)
    page.goto(server + GLOSSARY + FILTERED)
    names = filtered_names(page)
    page.locator(f"section.term:has(h2#{TERM}) a.term-compact-link").click()
    page.wait_for_url(f"**{GLOSSARY}?q={TERM}&term={TERM}")
    shown = page.locator("section.term").evaluate_all(
        "els => els.filter(e => e.checkVisibility()).map(e => e.querySelector('h2').id)"
    )
    assert shown == [TERM]
    page.locator(f"section.term:has(h2#{TERM}) button.term-toon").click()
    seen = []
    for n in range(1, 4):
        assert place(page) == f"Term {n} van 3"
        seen.append(presented(page))
        page.keyboard.press("PageDown")
    assert seen == names
    # A filter just typed, before the address follows it: the link has it too.
    page.goto(server + GLOSSARY)
    page.locator("#woordenlijst-zoek").fill("woonbeg")
    page.locator(f"section.term:has(h2#{TERM}) a.term-compact-link").click()
    page.wait_for_url(f"**{GLOSSARY}?q=woonbeg&term={TERM}")


@pytest.mark.parametrize("query", [f"?term={TERM}", f"?q={TERM}&term={TERM}"])
def test_after_the_presentation_the_compact_view_and_its_address_name_the_same_term(
    new_page, server, query
):
    """Found: in the compact view of Woonbegeleiding, the presentation moved on to Woonladder
    and closed left the address at ?term=woonbegeleiding#woonladder, over Woonbegeleiding.
    Now closing brings back the compact view as it was (Woonbegeleiding, the focus on its
    "Toon deze term") and its address unchanged, so a reload shows the same."""
    page = new_page(BEAMER)
    address = server + GLOSSARY + query
    page.goto(address)
    toon = page.locator(f"section.term:has(h2#{TERM}) button.term-toon")
    toon.click()
    page.keyboard.press("PageDown")
    assert not presented(page).startswith("Woonbegeleiding")
    page.get_by_role("button", name="Sluiten", exact=True).click()
    expect(page.locator(".presentatie")).to_be_hidden()
    page.wait_for_function("el => el === document.activeElement", arg=toon.element_handle())
    assert page.url == address
    shown = page.locator("section.term").evaluate_all(
        "els => els.filter(e => e.checkVisibility()).map(e => e.querySelector('h2').id)"
    )
    assert shown == [TERM]


def visible_terms(page) -> list[str]:
    return page.locator("section.term").evaluate_all(
        "els => els.filter(e => e.checkVisibility()).map(e => e.querySelector('h2').id)"
    )


def test_a_link_whose_filter_hides_its_term_shows_the_term_and_clears_the_filter(new_page, server):
    """Found: ?q=svk&term=doelgroep (a term without "svk") showed an empty page, the filter
    having hidden the one term the compact view keeps; with &toon=1 the presentation said
    "Term 0 van 8" and "Volgende term" went to the filter's first term. The link names its
    term, and that wins: it is shown, the filter is cleared as for a link to a hidden term
    (the compact view says so), the address drops the ?q= it no longer applies, and the
    presentation goes through the list as it is now, every term."""
    page = new_page(BEAMER)
    page.goto(server + GLOSSARY + "?q=svk")
    hidden = page.locator("#woordenlijst section.term[hidden] h2[id]").evaluate_all(
        "els => els.map(e => e.id)"
    )
    term = "doelgroep"
    assert term in hidden, "pick a term the filter svk hides"
    page.goto(server + GLOSSARY)
    names = filtered_names(page)  # every term
    at = page.locator("#woordenlijst section.term h2[id]").evaluate_all(
        "(els, id) => els.findIndex(e => e.id === id)", term
    )
    page.goto(server + GLOSSARY + f"?q=svk&term={term}")
    assert visible_terms(page) == [term]
    note = page.locator(".term-compact__melding")
    expect(note).to_be_visible()
    assert "svk" in note.inner_text() and "gewist" in note.inner_text()
    assert page.url == server + GLOSSARY + f"?term={term}"  # what a reload would show
    assert page.input_value("#woordenlijst-zoek") == ""
    page.locator(f"section.term:has(h2#{term}) button.term-toon").click()
    assert presented(page) == names[at]
    assert place(page) == f"Term {at + 1} van {len(names)}"
    page.keyboard.press("PageDown")
    assert presented(page) == names[at + 1]
    page.keyboard.press("Escape")
    expect(page.locator(".presentatie")).to_be_hidden()
    assert page.url == server + GLOSSARY + f"?term={term}"
    # The presentation's own link: the same.
    page.goto(server + GLOSSARY + f"?q=svk&term={term}&toon=1")
    assert presented(page) == names[at]
    assert place(page) == f"Term {at + 1} van {len(names)}"
    page.keyboard.press("ArrowLeft")
    assert presented(page) == names[at - 1]
    assert page.url == server + GLOSSARY + f"?term={term}&toon=1"
    # A link whose filter does find its term keeps the filter, and no note.
    page.goto(server + GLOSSARY + f"?q=svk&term={TERM}")
    assert visible_terms(page) == [TERM]
    assert page.locator(".term-compact__melding").count() == 0
    assert page.url == server + GLOSSARY + f"?q=svk&term={TERM}"


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


PARTNER_NAMES = [
    p["naam"]
    for p in yaml.safe_load((Path(__file__).parent.parent / "data" / "partners.yaml").read_text())
]
# Every box on the map and in its legend, in CSS pixels, and the drawn size of the numbers.
MAP_BOXES = """() => {
  const box = el => { const r = el.getBoundingClientRect();
    return {x: r.x, y: r.y, w: r.width, h: r.height, t: el.textContent.trim()}; };
  const svg = document.querySelector('svg.partnerkaart');
  const scale = svg.getScreenCTM().a;
  const numbers = [...svg.querySelectorAll('.knoop-nr')];
  return {
    map: box(svg),
    legend: box(document.querySelector('.partnerkaart-figuur figcaption .partner-legende')),
    figure: box(document.querySelector('.partnerkaart-figuur')),
    article: box(document.querySelector('article.md-content__inner')),
    nodes: [...svg.querySelectorAll('.knoop, .ring-naam, .midden-tekst')].map(box),
    numberPx: numbers.map(t => parseFloat(getComputedStyle(t).fontSize) * scale),
    entries: [...document.querySelectorAll('.partner-legende li')].map(li => ({...box(li),
      px: parseFloat(getComputedStyle(li).fontSize), visible: li.checkVisibility()})),
  };
}"""


def overlaps(a: dict, b: dict) -> bool:
    return (
        a["x"] < b["x"] + b["w"]
        and b["x"] < a["x"] + a["w"]
        and (a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"])
    )


def assert_disjoint(boxes: list[dict]) -> None:
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not overlaps(a, b), (a, b)


def test_partner_map_numbers_and_full_names_read_in_a_room(new_page, server):
    page = new_page(BEAMER)
    page.goto(server + PAGES["partnerkaart"] + "?projector=1")
    page.get_by_role("button", name="Projectormodus aanzetten").click()
    # The figure's top just below the fixed header: what the room sees.
    header = page.evaluate(
        """() => { const top = document.querySelector('.md-header').offsetHeight;
        const figure = document.querySelector('.partnerkaart-figuur');
        window.scrollTo(0, figure.getBoundingClientRect().top + window.scrollY - top);
        return top; }"""
    )
    boxes = page.evaluate(MAP_BOXES)
    for part in ("map", "legend"):
        box = boxes[part]
        assert box["y"] >= header and box["y"] + box["h"] <= BEAMER["height"], (part, box)
        assert box["x"] + box["w"] <= BEAMER["width"], (part, box)
    assert boxes["legend"]["x"] >= boxes["map"]["x"] + boxes["map"]["w"], "legend beside the map"
    # Every full name, from the data, in the legend at 20 px or more, and on screen.
    assert len(boxes["entries"]) == len(PARTNER_NAMES)
    for name in PARTNER_NAMES:
        entry = [e for e in boxes["entries"] if name in e["t"]]
        assert len(entry) == 1, name
        entry = entry[0]
        assert entry["visible"] and entry["px"] >= 20, entry
        assert header <= entry["y"] and entry["y"] + entry["h"] <= BEAMER["height"], entry
    assert min(boxes["numberPx"]) >= 20, min(boxes["numberPx"])
    assert len(boxes["numberPx"]) == len(PARTNER_NAMES)
    assert_disjoint(boxes["nodes"])
    assert_disjoint(boxes["entries"])


# Each text of the map drawn within its disc: the numbers in their nodes, the centre's words.
TEXT_IN_DISC = """() => [...document.querySelectorAll('svg.partnerkaart .knoop'),
                     document.querySelector('svg.partnerkaart .midden').parentNode]
  .map(a => {
    const disc = (a.matches('.knoop') ? a.querySelector('circle')
                  : a.querySelector('circle.midden')).getBoundingClientRect();
    const text = (a.matches('.knoop') ? a.querySelector('.knoop-nr')
                  : a.querySelector('.midden-tekst')).getBoundingClientRect();
    return {t: a.textContent.trim().slice(-13), inside: text.left >= disc.left
      && text.right <= disc.right && text.top >= disc.top && text.bottom <= disc.bottom};
  })"""


def test_partner_map_numbers_read_on_a_phone(new_page, server):
    """Found at 390 px: the numbers on the map were about 8 px. Now 12 px or more, each in its
    own node, and so are the names of the rings and the centre's "Gemeente woonambtenaar"
    (within its disc), nothing overlapping, and the map within the screen's width."""
    page = new_page(PHONE, is_mobile=True, has_touch=True)
    page.goto(server + PAGES["partnerkaart"])
    boxes = page.evaluate(MAP_BOXES)
    assert len(boxes["numberPx"]) == len(PARTNER_NAMES)
    assert min(boxes["numberPx"]) >= 12, min(boxes["numberPx"])
    names = page.eval_on_selector_all(
        "svg.partnerkaart :is(.midden-tekst, .ring-naam)",
        """els => els.map(t => [t.textContent,
             parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getScreenCTM().a])""",
    )
    assert len(names) == 4 and all(px >= 12 for _, px in names), names
    assert boxes["map"]["x"] >= 0 and boxes["map"]["x"] + boxes["map"]["w"] <= PHONE["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert_disjoint(boxes["nodes"])
    outside = [t for t in page.evaluate(TEXT_IN_DISC) if not t["inside"]]
    assert not outside, outside


def test_partner_map_and_its_legend_print_on_one_a4_page(new_page, server):
    from pypdf import PdfReader

    page = new_page({"width": 1280, "height": 900})
    page.goto(server + PAGES["partnerkaart"])
    assert page.get_by_text("Klik op een partner").is_visible()  # on screen, the instruction
    pdf = page.pdf(format="A4", margin={side: "1cm" for side in ("top", "right", "bottom", "left")})
    texts = ["".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]
    assert not any("Klikopeenpartner" in text for text in texts)  # on paper, nothing to click
    # The page with the legend's key holds the map's numbers and every full name (the data's).
    legend = [i for i, text in enumerate(texts) if "Dekleurgeefthetbeleidsdomein" in text]
    assert legend == [0], legend
    for name in PARTNER_NAMES:
        assert "".join(name.split()) in texts[0], name
    assert "Vlaanderenendeprovincie" in texts[0] and "Gemeentewoonambtenaar" in texts[0]
    # Nothing cut on the right: the printed layout (A4 less 1 cm margins) in print media.
    page.emulate_media(media="print")
    page.set_viewport_size({"width": round(190 / 25.4 * 96), "height": round(277 / 25.4 * 96)})
    boxes = page.evaluate(MAP_BOXES)
    for part in ("map", "legend", "figure"):
        assert boxes[part]["x"] >= 0, (part, boxes[part])
        assert (
            boxes[part]["x"] + boxes[part]["w"] <= boxes["article"]["x"] + boxes["article"]["w"] + 1
        )
    assert all(e["visible"] for e in boxes["entries"])
    assert_disjoint(boxes["nodes"])
    assert_disjoint(boxes["entries"])
