"""The site without network, in Chromium (Debian's): after one visit with the offline choice,
with the network off and the server gone, a term not visited before, the glossary and a
search still work, and the site says it is offline. The offline copy is the site's own."""

from __future__ import annotations

import json
import re

from macros.outputs.offline import SERVICE_WORKER
from tests.conftest import serve


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


def test_after_one_visit_the_glossary_a_term_and_search_work_offline(browser, site):
    context = browser.new_context(locale="nl-BE", viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    context.on("page", lambda p: p.on("pageerror", lambda e: errors.append(str(e))))
    try:
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
        page.goto(url + "woordenlijst/")
        assert page.locator("section.term").count() > 10
    finally:
        context.close()
    assert not errors, errors
