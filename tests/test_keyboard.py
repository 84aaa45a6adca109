"""Keyboard and screen reader at every width, in Chromium (Debian's): the Tab order at 683 px
(1366 px at 200 % zoom) and at 390 px (a phone) never lands on something that cannot be seen;
the menu button is reachable and named; the open drawer keeps the focus; projector mode keeps
the navigation reachable and asks before it switches on.
"""

from __future__ import annotations

import pytest

from tests.test_quality import PAGES

ZOOMED = {"width": 683, "height": 768}  # 1366 x 768 at 200 %
PHONE = {"width": 390, "height": 844}
BEAMER = {"width": 1920, "height": 1080}
MAX_STOPS = 80  # the header, the drawer and the first screens of content, on every page

# Where the focus is, and whether a person can see it: on screen, not covered by something
# else, not transparent. A radio button the theme hides behind its label counts as its label.
FOCUSED = """async () => {
  let el = document.activeElement;
  if (!el || el === document.body) return null;
  await Promise.all(document.getAnimations().map(a => a.finished.catch(() => null)));
  const seen = e => e && e.checkVisibility({visibilityProperty: true, opacityProperty: true});
  if (el.labels && !seen(el)) el = [...el.labels, el.nextElementSibling].find(seen) || el;
  const b = el.getBoundingClientRect();
  const onScreen = b.width > 0 && b.height > 0 && b.right > 0 && b.bottom > 0
    && b.left < innerWidth && b.top < innerHeight;
  const x = Math.min(Math.max(b.left + b.width / 2, 0), innerWidth - 1);
  const y = Math.min(Math.max(b.top + b.height / 2, 0), innerHeight - 1);
  const hit = document.elementFromPoint(x, y);
  const uncovered = !!hit && (el.contains(hit) || hit.contains(el));
  const name = (el.getAttribute('aria-label') || el.textContent || el.id || '').trim();
  return {
    key: el.outerHTML.slice(0, 120),
    what: `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') || ''}"> `
      + `"${name.slice(0, 40)}"`,
    visible: onScreen && uncovered && seen(el) && !el.closest('[aria-hidden=true], [inert]'),
  };
}"""


def walk(page, stops: int = MAX_STOPS) -> tuple[int, list[str]]:
    """Press Tab up to `stops` times (or until the order comes round); the invisible stops."""
    invisible, seen, count = [], [], 0
    for _ in range(stops):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused is None:
            continue
        if seen and focused["key"] == seen[0]:
            break  # round again
        seen.append(focused["key"])
        count += 1
        if not focused["visible"]:
            invisible.append(f"stop {count}: {focused['what']}")
    return count, invisible


@pytest.fixture
def new_page(browser):
    made = []

    def make(viewport, **options):
        context = browser.new_context(locale="nl-BE", viewport=viewport, **options)
        made.append(context)
        return context.new_page()

    yield make
    for context in made:
        context.close()


@pytest.mark.parametrize("viewport", [ZOOMED, PHONE], ids=["683px", "390px"])
@pytest.mark.parametrize("name", PAGES)
def test_tab_order_never_lands_on_something_invisible(new_page, server, name, viewport):
    touch = {"is_mobile": True, "has_touch": True} if viewport is PHONE else {}
    page = new_page(viewport, **touch)
    page.goto(server + PAGES[name])
    count, invisible = walk(page)
    assert count > 5, f"{name}: only {count} Tab stops"
    assert not invisible, f"{name}: focus on something one cannot see:\n" + "\n".join(invisible)


def open_menu_by_keyboard(page):
    menu = page.get_by_role("button", name="Menu", exact=True)
    for _ in range(10):
        page.keyboard.press("Tab")
        if menu.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("the menu button cannot be reached with Tab")
    assert menu.get_attribute("aria-expanded") == "false"
    page.keyboard.press("Enter")
    assert menu.get_attribute("aria-expanded") == "true"
    page.wait_for_timeout(300)  # the drawer slides in
    return menu


@pytest.mark.parametrize("viewport", [ZOOMED, PHONE], ids=["683px", "390px"])
@pytest.mark.parametrize("path", ["voorwoord/", PAGES["bouwsteen"]])
def test_menu_button_opens_a_drawer_that_keeps_the_focus(new_page, server, viewport, path):
    page = new_page(viewport)
    page.goto(server + path)
    menu = open_menu_by_keyboard(page)
    assert page.evaluate("!!document.activeElement.closest('.md-sidebar--primary')")
    count, invisible = walk(page, 40)
    assert count > 5 and not invisible, invisible
    # The page behind the drawer is out of reach while it is open.
    assert page.evaluate("document.querySelector('.md-content').inert")
    page.keyboard.press("Escape")
    assert menu.get_attribute("aria-expanded") == "false"
    assert menu.evaluate("el => el === document.activeElement")
    page.wait_for_timeout(300)
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.md-sidebar--primary')).visibility")
        == "hidden"
    )


def test_projector_mode_keeps_the_navigation_and_shows_its_state(new_page, server):
    page = new_page(BEAMER)
    page.goto(server + PAGES["woordenlijst"] + "?projector=1")
    # A link asks; it does not impose.
    assert not page.evaluate("document.documentElement.classList.contains('projector')")
    question = page.get_by_role("region", name="Projectormodus")
    assert question.is_visible()
    page.get_by_role("button", name="Projectormodus aanzetten").click()
    assert not question.is_visible()
    assert page.evaluate("document.documentElement.classList.contains('projector')")
    button = page.locator(".md-header .projector-knop")
    assert button.get_attribute("aria-pressed") == "true"
    assert button.locator(".projector-knop__staat").inner_text().strip().lower() == "aan"
    # The navigation: behind the menu button, reachable by keyboard, readable when open.
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.goto(server + PAGES["bouwsteen"])
    assert (
        page.locator(".md-sidebar--primary").evaluate("el => getComputedStyle(el).visibility")
        == "hidden"
    )
    open_menu_by_keyboard(page)
    link = page.locator(".md-sidebar--primary a.md-nav__link", has_text="Woordenlijst")
    assert link.is_visible()
    count, invisible = walk(page, 40)
    assert count > 5 and not invisible, invisible
    link.click()
    assert page.url.endswith("/woordenlijst/")
    # Switched off with the same button, and the state shows it.
    page.locator(".md-header .projector-knop").click()
    assert page.locator(".md-header .projector-knop").get_attribute("aria-pressed") == "false"
    assert not page.locator(".projector-knop__staat").is_visible()


def test_declining_the_projector_question_changes_nothing(new_page, server):
    page = new_page(BEAMER)
    page.goto(server + "?projector=1")
    page.get_by_role("button", name="Nee, gewone weergave").click()
    assert "projector" not in page.evaluate("location.search")
    page.reload()
    assert not page.evaluate("document.documentElement.classList.contains('projector')")
    assert page.get_by_role("region", name="Projectormodus").count() == 0
