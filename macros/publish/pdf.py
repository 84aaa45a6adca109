"""The guide as a dated PDF (`make pdf`): site/leidraad-woonkansen-kiezen.pdf and, for
meetings, site/woordenlijst-woonkansen-kiezen.pdf.

From the built site as it is shown now: the article of each page in the guide's order (from
the voorwoord to contact, each bouwsteen followed by its practice examples, the glossary,
/sinds-2021/), put into one document with a title page (the edition's date, and that the
2021 guide's text is unchanged) and a table of contents whose entries link into the
document. Links between these pages become links inside the PDF; others point to the
published site. The site's own print styles remove every control. Rendered by Debian's
Chromium (/usr/bin/chromium) through Playwright's page.pdf: the engine the browser tests
already use, with page numbers in its footer and a PDF outline.

    python -m macros.publish.pdf [site]
"""

from __future__ import annotations

import contextlib
import functools
import posixpath
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from markupsafe import Markup, escape
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from ..data.model import Site
from ..data.site import load_site
from ..outputs.edition import edition_date
from ..pages.glossary import dutch_date
from .publish import GLOSSARY_PDF, GUIDE_PDF, check_after_build, fingerprint

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
BEFORE_BOUWSTENEN = ["voorwoord/", "inleiding/", "aanpak/", "bouwstenen/"]
AFTER_BOUWSTENEN = [
    "partners/",
    "woordenlijst/",
    "sinds-2021/",
    "zorg-voor-jezelf/",
    "aan-de-slag/",
    "contact/",
]
UNCHANGED = (
    "De tekst van de leidraad “Woonkansen kiezen” (2021) van de werkgroep Sociaal Woonbeleid "
    "(Provincie Limburg en Wonen-Vlaanderen) staat hier ongewijzigd. Wat sindsdien veranderde, "
    "de praktijkvoorbeelden en de woordenlijst staan ernaast, met hun bron."
)


def guide_pages(site: Site, site_dir: Path) -> list[str]:
    """The guide's pages in order, each bouwsteen followed by its practice examples."""
    pages = list(BEFORE_BOUWSTENEN)
    for bouwsteen in sorted(site_dir.glob("bouwstenen/[1-8]-*/index.html")):
        address = bouwsteen.parent.relative_to(site_dir).as_posix() + "/"
        pages.append(address)
        number = int(bouwsteen.parent.name.split("-")[0])
        for example in site.examples:
            if example.bouwstenen and example.bouwstenen[0] == number:
                pages.append(f"praktijkvoorbeelden/{example.slug}/")
    return pages + AFTER_BOUWSTENEN


def anchor_of(page: str, fragment: str = "") -> str:
    base = "p-" + (page.strip("/").replace("/", "--") or "home")
    return f"{base}--{fragment}" if fragment else base


def article_of(site_dir: Path, page: str, pages: set[str], site_url: str) -> tuple[str, str]:
    """(title, article HTML) of a built page, its ids and links rewritten for one document."""
    tree = HTMLParser((site_dir / page / "index.html").read_text(encoding="utf-8"))
    article = tree.css_first("article.md-content__inner")
    for node in article.css(".md-content__button, .headerlink, script, noscript, form, button"):
        node.decompose()
    for node in article.css("[id]"):
        node.attrs["id"] = anchor_of(page, node.attrs["id"])
    for node in article.css("a[href]"):
        href = node.attrs["href"]
        parts = urlsplit(href)
        if parts.scheme or href.startswith("//"):
            continue
        if not parts.path:
            node.attrs["href"] = "#" + anchor_of(page, parts.fragment)
            continue
        target = posixpath.normpath(posixpath.join(page, parts.path))
        target = "" if target == "." else target.removesuffix("index.html").strip("/") + "/"
        if target in pages:
            node.attrs["href"] = "#" + anchor_of(target, parts.fragment)
        else:
            node.attrs["href"] = (
                site_url + target.lstrip("/") + (f"#{parts.fragment}" if parts.fragment else "")
            )
    for node in article.css("img[src]"):
        node.attrs["src"] = "/" + posixpath.normpath(posixpath.join(page, node.attrs["src"]))
    heading = article.css_first("h1")
    title = heading.text(strip=True) if heading else page
    return title, article.html


def stylesheets(site_dir: Path) -> list[str]:
    """The site's own stylesheets, as a page links them (Material's, then extra_css)."""
    tree = HTMLParser((site_dir / "voorwoord" / "index.html").read_text(encoding="utf-8"))
    sheets = []
    for link in tree.css('link[rel="stylesheet"]'):
        href = link.attrs.get("href", "")
        if not urlsplit(href).scheme:
            sheets.append("/" + posixpath.normpath(posixpath.join("voorwoord", href)))
    return sheets


def published_root(site_dir: Path) -> str:
    """The published address of the site, from a built page's canonical link."""
    tree = HTMLParser((site_dir / "voorwoord" / "index.html").read_text(encoding="utf-8"))
    link = tree.css_first('link[rel="canonical"]')
    href = link.attrs.get("href", "/") if link else "/"
    return href.removesuffix("voorwoord/")


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@contextlib.contextmanager
def serve(directory: Path):
    """The built site over HTTP on 127.0.0.1, for Chromium to load it with its styles."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


def render_document(title: str, edition: str, parts: list[tuple[str, str, str]], css) -> str:
    """One HTML document: title page, table of contents, then each page's article."""
    head = Markup("").join(Markup('<link rel="stylesheet" href="{}">').format(h) for h in css)
    toc = Markup("").join(
        Markup('<li><a href="#{}">{}</a></li>').format(anchor, name) for anchor, name, _ in parts
    )
    body = Markup("").join(
        Markup('<section class="pdf-pagina" id="{}">{}</section>').format(anchor, Markup(html))
        for anchor, _, html in parts
    )
    return str(
        Markup(
            '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>{title}</title>'
            "{head}<style>"
            "@page {{ size: A4; margin: 18mm 16mm 20mm; }}"
            ".pdf-titel {{ break-after: page; padding-top: 30vh; }}"
            ".pdf-titel h1 {{ font-size: 2.4em; margin: 0 0 .4em; }}"
            ".pdf-inhoud {{ break-after: page; }}"
            ".pdf-pagina {{ break-before: page; }}"
            ".md-typeset .pdf-inhoud li {{ margin: .2em 0; }}"
            "</style></head><body>"
            '<div class="md-typeset pdf-titel"><h1>{title}</h1>'
            "<p><strong>Editie van {edition}</strong></p><p>{unchanged}</p>"
            "<p>Werkgroep Sociaal Woonbeleid · Provincie Limburg · Wonen-Vlaanderen</p></div>"
            '<nav class="md-typeset pdf-inhoud" aria-label="Inhoud"><h2>Inhoud</h2>'
            "<ol>{toc}</ol></nav>"
            '<div class="md-typeset">{body}</div></body></html>'
        ).format(
            title=title,
            head=head,
            edition=edition,
            unchanged=UNCHANGED,
            toc=toc,
            body=body,
        )
    )


FOOTER = (
    '<div style="width:100%;font-size:8px;text-align:center;color:#444">'
    '{title} · editie van {edition} · pagina <span class="pageNumber"></span> van '
    '<span class="totalPages"></span></div>'
)


def write_pdfs(site_dir: Path, root: Path) -> list[Path]:
    """Write both PDFs into `site_dir`; return their paths."""
    from playwright.sync_api import sync_playwright

    site = load_site(root)
    site_url = published_root(site_dir)
    edition = dutch_date(edition_date(root, site))
    ordered = guide_pages(site, site_dir)
    css = stylesheets(site_dir)
    documents = {
        GUIDE_PDF: ("Woonkansen kiezen", ordered),
        GLOSSARY_PDF: ("Woonkansen kiezen — Woordenlijst Wonen–Welzijn", ["woordenlijst/"]),
    }
    written = []
    with serve(site_dir) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        for name, (title, pages) in documents.items():
            parts = []
            for address in pages:
                heading, html = article_of(site_dir, address, set(pages), site_url)
                parts.append((anchor_of(address), heading, html))
            source = site_dir / f"_{name}.html"  # served for a moment, then removed
            source.write_text(render_document(title, edition, parts, css), encoding="utf-8")
            try:
                page.goto(url + source.name, wait_until="load")
                page.emulate_media(media="print")
                pdf = page.pdf(
                    format="A4",
                    print_background=True,
                    display_header_footer=True,
                    header_template="<span></span>",
                    footer_template=FOOTER.format(title=escape(title), edition=edition),
                    margin={"top": "18mm", "bottom": "20mm", "left": "16mm", "right": "16mm"},
                    outline=True,
                    tagged=True,
                )
            finally:
                source.unlink()
            target = site_dir / name
            target.write_bytes(pdf)
            written.append(target)
        browser.close()
    return written


def main() -> None:
    site_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "site")
    root = Path(__file__).resolve().parents[2]
    if not (site_dir / "index.html").exists():
        raise SystemExit(f"{site_dir}/ bevat geen gebouwde site: voer eerst `make build` uit")
    # The site was checked by the build (macros/publish/publish.py): afterwards, everything in it is
    # still as the build left it, or one of the PDFs named in AFTER_BUILD.
    before = fingerprint(site_dir)
    written = write_pdfs(site_dir, root)
    problems = check_after_build(
        site_dir, before, [p.relative_to(site_dir).as_posix() for p in written]
    )
    if problems:
        listed = "\n".join(f"  - {p}" for p in problems)
        raise SystemExit(f"make pdf stopt: de site is na de bouw niet meer verantwoord.\n{listed}")
    for path in written:
        print(f"{path} ({path.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
