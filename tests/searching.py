"""Using the site search in a browser (tests and `make bench`)."""

from __future__ import annotations

from urllib.parse import quote, urlsplit

DONE = "body[data-zoeken=klaar]"  # set by docs/javascripts/zoeken.js when results are shown
# What a query downloads: Pagefind and its index, the glossary's names, the site's words.
SEARCH_FILES = ("/pagefind/", "/zoeken/termen.json", "/zoeken/woorden.json")


def results(page, base: str, query: str) -> list[str]:
    """The result links of /zoeken/?q=`query`, as addresses relative to the site root."""
    page.goto(f"{base}zoeken/?q={quote(query)}")
    page.wait_for_selector(DONE)
    root = urlsplit(base).path
    hrefs = page.eval_on_selector_all(
        "#zoekresultaten li h2 a", "links => links.map(a => a.getAttribute('href'))"
    )
    return [h.removeprefix(root) for h in hrefs]


def first_query_bytes(browser, base: str, query: str, search_files: tuple[str, ...]) -> int:
    """Bytes a fresh browser downloads for its first query: every response whose path holds
    one of `search_files` (the search engine, its index and data)."""
    context = browser.new_context()
    page = context.new_page()
    responses = []
    page.on("response", lambda response: responses.append(response))
    try:
        page.goto(base + "zoeken/")
        page.wait_for_selector(DONE)
        page.fill("#zoekvraag", query)
        page.press("#zoekvraag", "Enter")
        page.wait_for_function(
            "document.body.dataset.zoeken === 'klaar' && "
            "document.querySelectorAll('#zoekresultaten li').length > 0"
        )
        page.wait_for_load_state("networkidle")
        return body_bytes(responses, search_files)
    finally:
        context.close()


def material_first_query_bytes(browser, base: str, query: str) -> int:
    """The same for Material's own search (lunr): its worker and whole index load with the
    page, and the first query waits for them."""
    context = browser.new_context()
    page = context.new_page()
    responses = []
    page.on("response", lambda response: responses.append(response))
    try:
        page.goto(base)
        search = page.locator("input.md-search__input")  # in the header on a wide screen
        search.click()
        search.press_sequentially(query)
        page.wait_for_selector(".md-search-result__item")
        page.wait_for_load_state("networkidle")
        return body_bytes(responses, ("search_index.json", "/workers/search", "lunr"))
    finally:
        context.close()


def body_bytes(responses, parts: tuple[str, ...]) -> int:
    return sum(len(r.body()) for r in responses if any(p in urlsplit(r.url).path for p in parts))
