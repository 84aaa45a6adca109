"""What a public-sector site needs, checked in a real browser (Chromium from Debian):
WCAG 2.1 A/AA with axe-core in both colour schemes, keyboard use, and no request that
leaves this site.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.pages import pages

PAGES = {
    "home": "",
    "bouwsteen": "bouwstenen/2-werk-integraal/",
    "catalogus": "praktijkvoorbeelden/",
    "voorbeeld": "praktijkvoorbeelden/lanaken-huurderssyndicaat/",
    "partnerkaart": "partners/",
    "woordenlijst": "woordenlijst/",
    "contact": "contact/",
    "bijdragen": "bijdragen/",
    "sinds-2021": "sinds-2021/",
    "toegankelijkheid": "toegankelijkheid/",
    "zoeken": "zoeken/?q=svk",
}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", PAGES)
def test_no_wcag_21_aa_violations(browser, server, axe, name, scheme):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        page.goto(server + PAGES[name])
        expected = "slate" if scheme == "dark" else "default"
        assert page.get_attribute("body", "data-md-color-scheme") == expected
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        assert results.violations_count == 0, results.generate_report()
    finally:
        context.close()


def test_no_violations_on_a_phone(browser, server, axe):
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
    page = context.new_page()
    try:
        for name in ("catalogus", "woordenlijst", "partnerkaart"):
            page.goto(server + PAGES[name])
            results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
            assert results.violations_count == 0, f"{name}:\n{results.generate_report()}"
    finally:
        context.close()


def test_no_page_requests_anything_outside_this_site(browser, server, site):
    """Fonts, CDNs, analytics, the GitHub API: nothing but 127.0.0.1 may be asked, on every
    built page (every practice example included, so a new contribution is always visited)."""
    context = browser.new_context()
    page = context.new_page()
    outside: list[str] = []
    current = [""]

    def note(request):
        url = urlsplit(request.url)
        if url.scheme in ("data", "blob", "about"):
            return
        if url.hostname != "127.0.0.1":
            outside.append(f"{current[0]}: {request.url}")

    page.on("request", note)
    visited = 0
    try:
        for path in pages(site):
            relative = path.relative_to(site).as_posix().removesuffix("index.html")
            current[0] = relative or "/"
            page.goto(server + relative, wait_until="networkidle")
            visited += 1
        page.wait_for_timeout(300)  # late scripts (e.g. repository facts) would fire by now
    finally:
        context.close()
    assert visited >= 60, visited
    assert not outside, outside


def focus_until(page, predicate: str, limit: int = 400) -> bool:
    """Press Tab until `predicate` (JS, given document.activeElement) is true."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(el => {predicate})(document.activeElement)"):
            return True
    return False


def test_catalogue_filters_work_by_keyboard(page, server):
    page.goto(server + PAGES["catalogus"])
    assert focus_until(page, "el.id === 'filter-tekst'")
    page.keyboard.type("huurderssyndicaat")
    visible = page.locator("li.voorbeeld:not([hidden])")
    assert visible.count() == 1
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "filter-bouwsteen"
    page.keyboard.press("Escape")
    assert focus_until(page, "el.type === 'reset'")
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelectorAll('li.voorbeeld:not([hidden])').length > 40")
    assert "q=" not in page.url


def test_palette_toggle_works_by_keyboard(page, server):
    page.goto(server)
    before = page.get_attribute("body", "data-md-color-scheme")
    assert focus_until(page, "el.closest('form[data-md-component=palette]') !== null")
    page.keyboard.press("Enter")
    page.wait_for_timeout(100)
    after = page.get_attribute("body", "data-md-color-scheme")
    assert before != after


def test_partner_map_links_work_by_keyboard(page, server):
    page.goto(server + PAGES["partnerkaart"])
    assert focus_until(page, "el.closest('svg.partnerkaart') !== null")
    target = page.evaluate("document.activeElement.getAttribute('href')")
    page.keyboard.press("Enter")
    assert page.url.endswith(target)


def test_glossary_filter_is_reachable_by_keyboard(page, server):
    page.goto(server + PAGES["woordenlijst"])
    assert focus_until(page, "el.id === 'woordenlijst-zoek'")
    assert focus_until(page, "el.id === 'woordenlijst-groot'", limit=5)
