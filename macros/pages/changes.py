"""What changed since the guide (2021): the `wijzigingen` of terms and partners, on one page.

The guide's own text is never rewritten; this page lists, with date and source, what the
editors found changed since, and links every change to the terms and partners it touches.
Identical changes recorded in several files (the SHM and the SVK merging into the
woonmaatschappij) are shown once, with every term and partner they touch.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from ..core.links import href
from ..data.model import Mergers, Site, Wijziging
from .glossary import GLOSSARY_PAGE, render_change_period, render_replaced, render_source

CHANGES_PAGE = "sinds-2021.md"
PARTNERS_PAGE = "partners.md"

# Data


@dataclass(frozen=True)
class Change:
    """One change, with every term and partner that records it."""

    wijziging: Wijziging
    terms: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    gemeenten: tuple[str, ...] = ()


# Helper functions


def collect_changes(site: Site) -> list[Change]:
    """Every change once, oldest first; the same date, text and source count as one change."""
    found: dict[tuple, dict] = {}
    for owner, kind in [(t, "terms") for t in site.terms] + [
        (p, "partners") for p in site.partners
    ]:
        for w in owner.wijzigingen:
            key = (w.sinds, " ".join(w.tekst.split()), w.bron.titel, w.bron.url)
            entry = found.setdefault(key, {"wijziging": w, "terms": [], "partners": []})
            entry[kind].append(owner.id)
    changes = [
        Change(e["wijziging"], tuple(e["terms"]), tuple(e["partners"])) for e in found.values()
    ]
    return sorted(changes, key=lambda c: (c.wijziging.sinds, c.wijziging.tekst))


def merger_change(mergers: Mergers) -> Change:
    """The municipal mergers of data/fusies.yaml as one change (editors' wording)."""
    parts = [
        f"{' en '.join(u for u in m.uit if u != m.gemeente)} ging op in {m.gemeente}"
        if m.gemeente in m.uit
        else f"{' en '.join(m.uit)} werden {m.gemeente}"
        for m in mergers.fusies
    ]
    source = mergers.bronnen[0]  # the first source names every merger
    return Change(
        Wijziging(
            sinds=mergers.sinds,
            tekst="Limburgse gemeenten fuseerden: " + "; ".join(parts) + ". De leidraad (2021) "
            "gebruikt de namen van vóór de fusies; in een praktijkvoorbeeld mag je beide namen "
            "gebruiken.",
            bron=source,
        ),
        gemeenten=tuple(name for m in mergers.fusies for name in (m.gemeente, *m.uit)),
    )


# Renderers


def render_changes(site: Site, from_page: str) -> str:
    """The /sinds-2021/ page body: one entry per change, with date, source and links."""
    changes = collect_changes(site)
    if site.mergers is not None:
        changes = sorted(
            [*changes, merger_change(site.mergers)],
            key=lambda c: (c.wijziging.sinds, c.wijziging.tekst),
        )
    if not changes:
        return "<p>Er zijn nog geen wijzigingen sinds de leidraad vastgelegd.</p>\n"
    items = []
    for change in changes:
        w = change.wijziging
        links = [
            Markup('<a href="{}">{}</a>').format(
                href(GLOSSARY_PAGE, from_page, id), site.term(id).term
            )
            for id in change.terms
        ]
        links += [
            Markup('<a href="{}">{} (partner)</a>').format(
                href(PARTNERS_PAGE, from_page, id), site.partner(id).naam
            )
            for id in change.partners
        ]
        links += [Markup("{}").format(name) for name in dict.fromkeys(change.gemeenten)]
        items.append(
            Markup(
                '<li class="wijziging"><p class="wijziging-datum"><strong>{period}</strong></p>'
                "<p>{text}</p>{replaced}{source}"
                '<p class="wijziging-raakt">Raakt aan: {links}</p></li>'
            ).format(
                period=render_change_period(w),
                text=w.tekst,
                replaced=render_replaced(w),
                source=render_source(w.bron, site),
                links=Markup(", ").join(links),
            )
        )
    return str(
        Markup('<ol class="wijzigingen-lijst" reversed>{}</ol>\n').format(
            Markup("").join(reversed(items))
        )
    )
