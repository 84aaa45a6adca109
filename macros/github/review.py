"""`make nakijken`: what the editors should check again, oldest first.

Every glossary entry (by its `stand`), every source (by the day it was read, `geraadpleegd`)
and every contact on docs/contact.md (which carries no date: listed first, as never checked),
then the web addresses that are not https or point to an organisation that no longer exists
(a publisher with `opgeheven` in data/uitgevers.yaml, or its web address). Pure functions from
the loaded site and a date to text; `main` prints the report for today.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from ..core.validation import DataError
from ..data.model import MERGERS_FILE, PARTNERS_FILE, Bron, Site
from ..data.site import load_site
from ..pages.glossary import STALE_MONTHS, is_stale

# Data


@dataclass(frozen=True)
class Item:
    """One thing to check: what, where, and the day it was last checked (None: never)."""

    kind: str  # term | bron | contact
    what: str
    where: str
    checked: str | None

    def age_days(self, today: date) -> int | None:
        return None if self.checked is None else (today - date.fromisoformat(self.checked)).days


@dataclass(frozen=True)
class Address:
    """A web address that needs the editors' eye, and why."""

    url: str
    where: str
    reason: str


# Helper functions


def sources(site: Site) -> list[tuple[Bron, str]]:
    """Every source with where it is used: glossary readings and changes, partner changes,
    the mergers."""
    found = []
    for term in site.terms:
        file = f"glossary/{term.id}.yaml"
        found += [(x.bron, f"{file}, lezing {i}") for i, x in enumerate(term.lezingen, 1)]
        found += [(w.bron, f"{file}, wijziging {i}") for i, w in enumerate(term.wijzigingen, 1)]
    for partner in site.partners:
        found += [
            (w.bron, f"{PARTNERS_FILE}, {partner.id}, wijziging {i}")
            for i, w in enumerate(partner.wijzigingen, 1)
        ]
    if site.mergers is not None:
        found += [(b, f"{MERGERS_FILE}, bron {i}") for i, b in enumerate(site.mergers.bronnen, 1)]
    return found


def items(site: Site) -> list[Item]:
    """Every entry, source and contact, the never-checked first, then oldest first."""
    found = [Item("term", t.term, f"glossary/{t.id}.yaml", t.stand) for t in site.terms]
    found += [
        Item("bron", bron.label, where, bron.geraadpleegd)
        for bron, where in sources(site)
        if not bron.is_guide
    ]
    found += [Item("contact", c.naam, f"docs/contact.md#{c.id}", None) for c in site.contacts]
    return sorted(found, key=lambda i: (i.checked is not None, i.checked or "", i.kind, i.where))


def host(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")


def addresses(site: Site) -> list[Address]:
    """Web addresses that are not https, or of a publisher that no longer exists."""
    defunct = {u.id: u for u in site.uitgevers if u.defunct}
    defunct_hosts = {host(u.url): u for u in defunct.values() if u.url}
    found = []
    used = [(b.url, where, b.uitgever) for b, where in sources(site) if b.url]
    used += [(p.website, f"{PARTNERS_FILE}, {p.id}, website", None) for p in site.partners]
    for url, where, publisher in used:
        if not url:
            continue
        if not url.startswith("https://"):
            found.append(Address(url, where, "geen https"))
        where_hosted = host(url)
        agency = defunct.get(publisher) or next(
            (
                u
                for h, u in defunct_hosts.items()
                if where_hosted == h or where_hosted.endswith("." + h)
            ),
            None,
        )
        if agency is not None:
            found.append(
                Address(url, where, f"{agency.naam} bestaat niet meer sinds {agency.opgeheven}")
            )
    return found


# Renderers


def age_text(item: Item, today: date) -> str:
    days = item.age_days(today)
    if days is None:
        return "nooit (geen datum)"
    stale = " — OUDER DAN 12 MAANDEN" if is_stale(item.checked, today) else ""
    return f"{item.checked} ({days} dagen geleden){stale}"


def render_report(site: Site, today: date) -> str:
    """The report as plain text, for the terminal."""
    listed = items(site)
    stale = [i for i in listed if i.checked is None or is_stale(i.checked, today)]
    lines = [
        f"Nakijken op {today.isoformat()}: {len(listed)} termen, bronnen en contacten, de oudste "
        f"eerst; {len(stale)} zijn nooit of meer dan {STALE_MONTHS} maanden geleden nagekeken.",
        "",
    ]
    for item in listed:
        lines.append(f"- [{item.kind}] {item.what} — {item.where}: {age_text(item, today)}")
    found = addresses(site)
    lines += ["", f"Webadressen om na te kijken ({len(found)}):"]
    lines += [f"- {a.url} — {a.where}: {a.reason}" for a in found] or ["- geen"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    root = Path(argv[0]) if argv else Path.cwd()
    try:
        site = load_site(root)
    except DataError as error:
        print(error, file=sys.stderr)
        return 1
    sys.stdout.write(render_report(site, date.today()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
