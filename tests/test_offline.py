"""The site without network, in Chromium (Debian's): after one visit with the offline choice,
with the network off and the server gone, a term not visited before, the glossary and a
search still work, and the site says it is offline. The offline copy is the site's own; once
saved, the footer says what it holds and offers to update or remove it."""

from __future__ import annotations

import functools
import json
import re
import shutil
import threading
from contextlib import contextmanager
from http.server import ThreadingHTTPServer

import pytest

from macros.outputs.offline import SERVICE_WORKER
from tests.conftest import _QuietHandler, serve


@pytest.fixture
def context(browser):
    """A context of its own (no service worker, no stored copy yet); a JavaScript error fails."""
    context = browser.new_context(locale="nl-BE", viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    context.on("page", lambda p: p.on("pageerror", lambda e: errors.append(str(e))))
    yield context
    context.close()
    assert not errors, errors


def test_service_worker_lists_only_the_sites_own_files(site):
    manifest = json.loads((site / "offline.json").read_text(encoding="utf-8"))
    code = (site / SERVICE_WORKER).read_text(encoding="utf-8")
    assert not re.search(r"https?://", code.replace("http://www.w3.org", "")), "another host"
    for address in manifest["alles"]:
        assert not re.match(r"[a-z]+:|/", address), address
    # The whole Pagefind index is in the core, stored on every visit, and so is the glossary.
    pagefind = {
        p.relative_to(site).as_posix() for p in (site / "pagefind").rglob("*") if p.is_file()
    }
    assert pagefind <= set(manifest["kern"])
    assert {"woordenlijst/", "zoeken/"} <= set(manifest["kern"])
    assert set(manifest["kern"]) <= set(manifest["alles"])
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", manifest["editie"])


def test_after_one_visit_the_glossary_a_term_and_search_work_offline(context, site):
    with serve(site) as url:
        page = context.new_page()
        page.goto(url)
        page.get_by_role("button", name="Beschikbaar maken zonder internet").click()
        status = page.locator(".offline-stand")
        status.filter(has_text="Zonder internet beschikbaar").wait_for(timeout=60_000)
        assert re.search(r"kopie van \d+ \w+ \d{4}, \d+,\d MB", status.inner_text())
        # The network goes, and so does the server.
        context.set_offline(True)
    page.goto(url + "woordenlijst/?term=ocmw")  # never visited
    assert page.locator("section.term:has(h2#ocmw)").is_visible()
    notice = page.locator(".offline-melding")
    assert notice.is_visible() and "offline" in notice.inner_text()
    page.goto(url + "zoeken/?q=woonbegeleiding")
    page.locator("#zoekresultaten li").first.wait_for(timeout=20_000)
    assert page.locator(".offline-melding").is_visible()
    # more results, their fragments from the same stored bundle
    results = page.locator("#zoekresultaten > li")
    shown = results.count()
    page.get_by_role("button", name=re.compile(r"^Toon \d+ resultaten meer$")).click()
    results.nth(shown).locator("h2 a").wait_for(timeout=20_000)
    assert results.nth(shown).locator("h2 a").evaluate("a => a === document.activeElement")
    page.goto(url + "woordenlijst/")
    assert page.locator("section.term").count() > 10


CACHES = """async () => {
  const names = (await caches.keys()).filter(n => /^woonkansen-(?!keuze)/.test(n));
  const cache = await caches.open(names[names.length - 1]);
  return {names, addresses: (await cache.keys()).map(r => new URL(r.url).pathname)};
}"""


def test_the_offline_copy_says_what_it_holds_and_can_be_updated_and_removed(
    context, site, tmp_path
):
    """Found in a walkthrough: after saving, the footer only said it was saved. Now it says
    when and how much, in a live region, and offers what comes next: update the copy (a new
    build replaces it) and remove it (what every visit stores stays). The pressed button
    keeps the focus, or hands it to the one that stays."""
    copy = shutil.copytree(site, tmp_path / "site")
    with serve(copy) as url:
        page = context.new_page()
        page.goto(url)
        status = page.locator(".offline-stand")
        assert status.get_attribute("role") == "status"
        store = page.get_by_role("button", name="Beschikbaar maken zonder internet")
        store.focus()
        page.keyboard.press("Enter")
        status.filter(has_text="Zonder internet beschikbaar").wait_for(timeout=60_000)
        text = status.inner_text()
        assert re.search(r"kopie van \d+ \w+ \d{4}, \d+,\d MB \(stand van de site: ", text)
        assert store.count() == 0
        update = page.get_by_role("button", name="Kopie bijwerken")
        remove = page.get_by_role("button", name="Kopie verwijderen")
        assert update.is_visible() and remove.is_visible()
        assert update.evaluate("b => b === document.activeElement")
        stored = page.evaluate(CACHES)
        assert "/bouwstenen/" in stored["addresses"]

        # Remove: back to what every visit stores, focus on the button that stays.
        remove.focus()
        page.keyboard.press("Enter")
        status.filter(has_text="verwijderd").wait_for(timeout=20_000)
        assert "De woordenlijst en het zoeken werken zonder internet" in status.inner_text()
        assert remove.count() == 0
        assert store.evaluate("b => b === document.activeElement")
        left = page.evaluate(CACHES)["addresses"]
        assert "/woordenlijst/" in left and "/bouwstenen/" not in left

        # Store again; then a new build of the site: "Kopie bijwerken" brings it.
        store.click()
        status.filter(has_text="Zonder internet beschikbaar").wait_for(timeout=60_000)
        old = page.evaluate(CACHES)["names"]
        worker = copy / SERVICE_WORKER
        code = worker.read_text(encoding="utf-8")
        version = json.loads((copy / "offline.json").read_text(encoding="utf-8"))["versie"]
        assert code.count(version) == 1
        worker.write_text(code.replace(version, "nieuwe-bouw"), encoding="utf-8")
        update.click()
        status.filter(has_text="Bijgewerkt").wait_for(timeout=60_000)
        assert "nieuwste stand" in status.inner_text()
        now = page.evaluate(CACHES)
        assert now["names"] == ["woonkansen-nieuwe-bouw"] != old
        assert "/bouwstenen/" in now["addresses"]
        assert update.is_visible() and remove.is_visible()

        # Without network the copy stays, and the footer says why it cannot update.
        context.set_offline(True)
        update.click()
        status.filter(has_text="offline").wait_for(timeout=20_000)
        assert page.evaluate(CACHES)["names"] == ["woonkansen-nieuwe-bouw"]


@contextmanager
def serve_and_log(directory):
    """`serve`, also yielding the list of paths asked (by the pages and the service worker)."""
    asked: list[str] = []

    class Logging(_QuietHandler):
        def do_GET(self):
            asked.append(self.path.split("?")[0])
            super().do_GET()

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Logging, directory=directory))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/", asked
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_new_build_downloads_only_what_can_have_changed(context, site, tmp_path):
    """Every build is a new version of the offline copy (two builds of the same sources differ
    in a few of Pagefind's files), and each downloaded the whole core again, 3 MB on every
    device after every deploy. A file named by its content (Pagefind's index and fragments,
    the theme's hashed scripts and styles) now comes from the earlier copy; the pages, which
    keep their names when they change, are downloaded again."""
    copy = shutil.copytree(site, tmp_path / "site")
    with serve_and_log(copy) as (url, asked):
        page = context.new_page()
        page.goto(url)
        page.get_by_role("button", name="Beschikbaar maken zonder internet").click()
        status = page.locator(".offline-stand")
        status.filter(has_text="Zonder internet beschikbaar").wait_for(timeout=60_000)
        fragments = [a for a in asked if a.endswith(".pf_fragment")]
        assert fragments, "the first copy downloads the index"
        worker = copy / SERVICE_WORKER
        version = json.loads((copy / "offline.json").read_text(encoding="utf-8"))["versie"]
        worker.write_text(
            worker.read_text(encoding="utf-8").replace(version, "nieuwe-bouw"), encoding="utf-8"
        )
        asked.clear()
        page.get_by_role("button", name="Kopie bijwerken").click()
        status.filter(has_text="Bijgewerkt").wait_for(timeout=60_000)
        again = [a for a in asked if re.search(r"\.pf_\w+$|\.[0-9a-f]{8,}\.min\.(js|css)$", a)]
        assert again == [], again[:5]
        assert "/woordenlijst/" in asked and "/bouwstenen/" in asked
        stored = page.evaluate(CACHES)
        assert stored["names"] == ["woonkansen-nieuwe-bouw"]
        assert set(fragments) <= set(stored["addresses"])
    # and the copy works without the server: a search reads the reused fragments
    context.set_offline(True)
    page.goto(url + "zoeken/?q=woonbegeleiding")
    page.locator("#zoekresultaten li").first.wait_for(timeout=20_000)
