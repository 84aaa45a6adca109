"""The partner page: a section per partner from data/partners.yaml, with its examples."""

from __future__ import annotations

from .links import link
from .model import Partner, Site
from .text import md_escape

KRINGEN = {
    "eigen-huis": "Partners in eigen huis",
    "gemeente-en-regio": "Partners actief in de gemeente en de regio",
    "vlaanderen-en-provincie": "Vlaanderen en de provincie",
}


def render_partner_section(partner: Partner, site: Site, from_page: str) -> str:
    """One partner: heading with id = partner id, then every example that names it."""
    title = md_escape(partner.naam)
    if partner.afkorting and partner.afkorting not in partner.naam:
        title += f" ({md_escape(partner.afkorting)})"
    lines = [f"### {title} {{ #{partner.id} }}", ""]
    examples = site.examples_for_partner(partner.id)
    if examples:
        lines += ["Praktijkvoorbeelden met deze partner:", ""]
        for example in examples:
            bouwstenen = ", ".join(str(n) for n in example.bouwstenen)
            lines.append(
                f"- [{md_escape(example.titel)}]({link(example.src_path, from_page)})"
                f" (bouwsteen {bouwstenen})"
            )
    else:
        lines.append("Nog geen praktijkvoorbeelden met deze partner.")
    return "\n".join(lines) + "\n"


def render_partner_sections(site: Site, from_page: str) -> str:
    parts = []
    for kring, heading in KRINGEN.items():
        partners = [p for p in site.partners if p.kring == kring]
        if not partners:
            continue
        parts.append(f"## {heading} {{ #{kring} }}\n")
        parts += [render_partner_section(p, site, from_page) for p in partners]
    return "\n".join(parts)
