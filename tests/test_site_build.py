"""Build the real site strictly and read its HTML."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from tests.pages import article, pages, parse, text_of


def bouwstenen(root: Path) -> list[dict]:
    return yaml.safe_load((root / "data" / "bouwstenen.yaml").read_text(encoding="utf-8"))


def test_every_bouwsteen_page_has_number_title_and_subtitle(site, root):
    for b in bouwstenen(root):
        page = site / "bouwstenen" / f"{b['nummer']}-{b['slug']}" / "index.html"
        assert page.is_file(), f"missing page /bouwstenen/{b['nummer']}-{b['slug']}/"
        html = article(page)
        h1 = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
        assert h1, f"{page}: no <h1>"
        assert text_of(h1.group(1)).rstrip("¶").strip() == f"Bouwsteen {b['nummer']} • {b['titel']}"
        subtitle = re.search(r'<p class="ondertitel">(.*?)</p>', html, re.S)
        assert subtitle and text_of(subtitle.group(1)) == b["ondertitel"]


def test_overview_lists_each_bouwsteen_as_a_card(site, root):
    html = article(site / "bouwstenen" / "index.html")
    text = text_of(html)
    for b in bouwstenen(root):
        assert f'href="{b["nummer"]}-{b["slug"]}/"' in html
        assert f"Bouwsteen {b['nummer']} • {b['titel']}" in text
        assert b["ondertitel"] in text


def test_guide_pages_are_in_the_guide_order(site):
    html = (site / "index.html").read_text(encoding="utf-8")
    nav = html[html.index('class="md-nav md-nav--primary"') :]  # nested navs: read to the end
    order = [
        "Beste lezer",
        "Inleiding",
        "De aanpak",
        "Bouwstenen",
        "Draag zorg voor jezelf",
        "Zin om ook aan de slag te gaan?",
        "Contact",
    ]
    positions = [nav.find(label) for label in order]
    assert -1 not in positions, dict(zip(order, positions, strict=True))
    assert positions == sorted(positions)


def test_site_speaks_dutch(site):
    for page in pages(site):
        html = page.read_text(encoding="utf-8")
        assert '<html lang="nl"' in html, page
    # The search index (Pagefind) is Dutch only: Dutch stemming for every page.
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert list(entry["languages"]) == ["nl"]


def test_footnotes_are_markdown_footnotes(site, root):
    html = article(site / "inleiding" / "index.html")
    source = (root / "docs" / "inleiding.md").read_text(encoding="utf-8")
    references = re.findall(r"\[\^([^\]]+)\](?!:)", source)  # not the definitions `[^1]:`
    assert references
    assert html.count('class="footnote-ref"') == len(references)
    assert 'href="https://www.wonenvlaanderen.be/sites/wvl/files/documents/' in html


def test_footer_names_the_source(site):
    html = (site / "index.html").read_text(encoding="utf-8")
    footer = re.search(r"<footer.*?</footer>", html, re.S).group(0)
    text = text_of(footer)
    for needed in (
        "Woonkansen kiezen",
        "werkgroep Sociaal Woonbeleid",
        "Provincie Limburg",
        "Wonen-Vlaanderen",
    ):
        assert needed in text


def test_blocks_have_one_recognisable_style(site, root):
    """Aandachtspunten, Mogelijke vragen and practice examples are admonitions, never headings."""
    counts = {"Aandachtspunten": 0, "Mogelijke vragen": 0}
    for page in pages(site):
        html = article(page)
        for title in counts:
            assert not re.search(rf"<h[1-6][^>]*>\s*{title}", html), f"{page}: '{title}' heading"
            counts[title] += len(re.findall(rf'<p class="admonition-title">{title}</p>', html))
    # As many as the sources give: the admonitions written in docs/, and the partners' blocks
    # from data/partners.yaml on the partner map (bouwsteen 2 shows them again).
    partners = yaml.safe_load((root / "data" / "partners.yaml").read_text(encoding="utf-8"))
    for title, key in (("Aandachtspunten", "aandachtspunten"), ("Mogelijke vragen", "vragen")):
        written = sum(
            md.read_text(encoding="utf-8").count(f'"{title}"')
            for md in (root / "docs").rglob("*.md")
        )
        with_block = sum(1 for p in partners if p.get(key))
        on_map = article(site / "partners" / "index.html").count(
            f'<p class="admonition-title">{title}</p>'
        )
        assert on_map == with_block > 0, title
        assert counts[title] >= written + with_block, (title, counts[title])


THIRD_PARTY = re.compile(r"^(?:https?:)?//", re.I)
RESOURCE_ATTRS = {
    "script": ("src",),
    "link": ("href",),
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "iframe": ("src",),
    "audio": ("src",),
    "video": ("src", "poster"),
    "object": ("data",),
    "embed": ("src",),
}


def test_no_third_party_resources_in_any_page(site):
    """Scripts, styles, fonts and images all come from this site: no CDN, no Google Fonts."""
    offenders = []
    for page in pages(site):
        for tag, attrs in parse(page.read_text(encoding="utf-8")).tags:
            if (
                tag == "link"
                and "stylesheet" not in (attrs.get("rel") or "")
                and (
                    attrs.get("rel")
                    not in (
                        "preload",
                        "preconnect",
                        "dns-prefetch",
                        "icon",
                        "manifest",
                        "modulepreload",
                    )
                )
            ):
                continue  # <link rel="canonical|next|prev"> is navigation, not a resource
            for attr in RESOURCE_ATTRS.get(tag, ()):
                value = attrs.get(attr) or ""
                if THIRD_PARTY.match(value.strip()):
                    offenders.append(f"{page.relative_to(site)}: <{tag} {attr}={value}>")
    for css in site.rglob("*.css"):
        for url in re.findall(r"url\(\s*['\"]?([^'\")]+)", css.read_text(encoding="utf-8")):
            if THIRD_PARTY.match(url):
                offenders.append(f"{css.relative_to(site)}: url({url})")
        for url in re.findall(r"@import\s+['\"]([^'\"]+)", css.read_text(encoding="utf-8")):
            if THIRD_PARTY.match(url):
                offenders.append(f"{css.relative_to(site)}: @import {url}")
    assert not offenders, "\n".join(offenders)
    assert not any("fonts.googleapis" in p.read_text(encoding="utf-8") for p in pages(site))
