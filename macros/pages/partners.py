"""The partner map (/partners/) and the partner text of bouwsteen 2, from data/partners.yaml.

The guide's text about each partner lives only in data/partners.yaml; bouwsteen 2 and the
partner page both render it from there.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from markupsafe import Markup

from ..core.held import raw_block
from ..core.links import href, link
from ..core.report import mail_url, report_markdown
from ..core.text import md_escape
from ..data.abbreviations import Abbreviator, abbreviations
from ..data.model import CATALOGUE_PAGE, Partner, Site
from .changes import CHANGES_PAGE
from .glossary import (
    GLOSSARY_PAGE,
    dutch_date,
    publisher_name,
    render_partner_terms,
    source_dates,
)

# Data

KRINGEN = {
    "eigen-huis": "In eigen huis",
    "gemeente-en-regio": "Actief in de gemeente en de regio",
    "vlaanderen-en-provincie": "Vlaanderen en de provincie",
}
SECTOREN = {
    "wonen": "Wonen",
    "welzijn": "Welzijn",
    "zorg": "Zorg",
}
OTHER_SECTOR = "Andere beleidsdomeinen"
# Where the colours come from: the guide's own classification (bouwsteen 2, "Andere", and
# bouwsteen 4), quoted, so a reader can check it.
CLASSIFICATION = (
    "De indeling volgt de leidraad. Bouwsteen 2 zet de geestelijke gezondheidszorg bij de "
    "partners van Welzijn en zegt: “Naast de bovenstaande actoren/sectoren kent Welzijn ook nog "
    "de sector Integrale Jeugdhulp, Vlaams Agentschap voor Personen met een Handicap (VAPH), "
    "ouderenzorg, ...”; bouwsteen 4: “Welzijn omschrijft zichzelf als een werkveld met "
    "verschillende sectoren namelijk gehandicapten, jeugdzorg, algemeen welzijnswerk, "
    "opbouwwerk, ouderenzorg, ...”. Zorg is de zorgsector zoals een praktijkvoorbeeld van de "
    "leidraad ze noemt (huisartsenkring, thuisverpleging, thuiszorgdiensten)."
)

# Map geometry, in SVG user units (the drawing scales with the page width). The nodes carry
# numbers, the legend beside the map the full names: no abbreviated label to read in a room,
# and nothing that overlaps when the numbers grow for a projector. The nodes and the centre
# are large enough for their text at 12 px or more when the map is a phone's width (about
# 0.3 CSS px a unit at 390 px; the sizes are in docs/stylesheets/extra.css).
VIEW = 600
CENTRE_RADIUS = 200
RINGS = {"eigen-huis": 292, "gemeente-en-regio": 478}
NODE_RADIUS = 34
CORNER_STEP = 80
TOP_GAP = 50  # degrees left free at the top of each ring for its name
RING_NAME_LINE = 22  # characters on the first line of a ring's name


# Helper functions


def sector_class(partner: Partner) -> str:
    return partner.sector if partner.sector in SECTOREN else "ander"


def sector_label(partner: Partner) -> str:
    return SECTOREN.get(partner.sector, OTHER_SECTOR)


def status_note(partner: Partner) -> str:
    """' (bestaat niet meer)', ' (nieuw sinds 2023)' or ''."""
    if partner.historisch:
        return " (bestaat niet meer onder deze naam)"
    if partner.nieuw:
        return f" (nieuw sinds {partner.sinds[:4]}, niet in de leidraad)"
    return ""


def later_partners(partner: Partner, site: Site) -> list[Partner]:
    """The partners on the map that grew out of this one (their `opgevolgd_uit`)."""
    return [p for p in site.partners if partner.id in p.opgevolgd_uit]


def heading_text(partner: Partner) -> str:
    text = partner.naam
    if partner.afkorting and partner.afkorting not in partner.naam:
        text += f" ({partner.afkorting})"
    return text


def bullet_block(kind: str, title: str, items: tuple[str, ...]) -> str:
    """An admonition in the guide's block style, items indented as a list."""
    lines = [f'!!! {kind} "{title}"', ""]
    for item in items:
        lines.append("    - " + item.replace("\n", "\n      "))
    return "\n".join(lines) + "\n"


def members(partner: Partner, site: Site) -> list[Partner]:
    return [p for p in site.partners if p.groep == partner.id]


def map_groups(site: Site) -> list[tuple[str, list[Partner]]]:
    """The partners per kring, in the order of KRINGEN: the map's rings, then its corner."""
    groups = [(kring, [p for p in site.partners if p.kring == kring]) for kring in KRINGEN]
    return [(kring, partners) for kring, partners in groups if partners]


def map_numbers(site: Site) -> dict[str, int]:
    """Each partner's number on the map and in its legend, 1, 2, … kring after kring."""
    ordered = [p for _, partners in map_groups(site) for p in partners]
    return {p.id: index for index, p in enumerate(ordered, start=1)}


# Renderers: bouwsteen 2


def render_partner_section(partner: Partner, voetnoot: str | None = None) -> str:
    """A partner as bouwsteen 2 presents it: heading, text, Aandachtspunten, Mogelijke vragen."""
    marker = f"[^{voetnoot}]" if voetnoot else ""
    parts = [f"### {md_escape(partner.kop or partner.naam)}{marker}", ""]
    if partner.wat:
        parts += [partner.wat.strip(), ""]
    if partner.aandachtspunten:
        parts.append(bullet_block("tip", "Aandachtspunten", partner.aandachtspunten))
    if partner.vragen:
        parts.append(bullet_block("question", "Mogelijke vragen", partner.vragen))
    return "\n".join(parts)


def render_partner_bullet(partner: Partner) -> str:
    """A colleague in bouwsteen 2's list: '**Kop:** text', on one line."""
    lead = f"**{md_escape(partner.kop or partner.naam)}:**"
    return f"{lead} {partner.wat.strip()}" if partner.wat else lead


# Renderers: the partner page


def render_partner_map(site: Site, from_page: str) -> str:
    """Inline SVG: the gemeente at the centre, a ring per kring, a numbered, linked node per
    partner; beside it the legend, the partners' full names under the same numbers."""
    numbers = map_numbers(site)
    svg = [
        Markup(
            '<svg class="partnerkaart" viewBox="{v0} {v0} {v1} {v1}" role="group" '
            'aria-labelledby="partnerkaart-titel partnerkaart-uitleg" '
            'xmlns="http://www.w3.org/2000/svg">'
        ).format(v0=-VIEW, v1=2 * VIEW),
        Markup('<title id="partnerkaart-titel">Partnerkaart</title>'),
        Markup(
            '<desc id="partnerkaart-uitleg">In het midden de gemeente en de woonambtenaar. '
            "Op de binnenste ring de partners in eigen huis, op de buitenste ring de partners "
            "die actief zijn in de gemeente en de regio; linksboven Vlaanderen en de provincie. "
            "Elke partner is een genummerde link naar zijn beschrijving op deze pagina; de "
            "legende naast de kaart geeft bij elk nummer de volledige naam.</desc>"
        ),
    ]
    for kring, radius in RINGS.items():
        svg.append(Markup('<circle class="ring" r="{}"/>').format(radius))
        svg.append(ring_name(KRINGEN[kring], -radius + 9))
    svg.append(Markup('<circle class="midden" r="{}"/>').format(CENTRE_RADIUS))
    svg.append(
        Markup(
            '<text class="midden-tekst" text-anchor="middle"><tspan x="0" dy="-0.2em">Gemeente'
            '</tspan><tspan x="0" dy="1.2em">woonambtenaar</tspan></text>'
        )
    )
    for kring, radius in RINGS.items():
        ring = [p for p in site.partners if p.kring == kring]
        step = (360 - TOP_GAP) / len(ring)
        for index, partner in enumerate(ring):
            angle = -90 + TOP_GAP / 2 + (index + 0.5) * step
            svg.append(map_node(partner, angle, radius, numbers[partner.id]))
    outer = [p for p in site.partners if p.kring not in RINGS]
    if outer:
        x, y = -VIEW + 16, -VIEW + 36
        svg.append(
            Markup('<text class="ring-naam" x="{}" y="{}">{}</text>').format(
                x, y, KRINGEN.get(outer[0].kring, "")
            )
        )
        for index, partner in enumerate(outer):
            svg.append(
                node_link(
                    partner,
                    x + NODE_RADIUS,
                    y + 30 + NODE_RADIUS + index * CORNER_STEP,
                    numbers[partner.id],
                )
            )
    svg.append(Markup("</svg>"))
    used = {sector_class(p) for p in site.partners}
    legend = Markup("").join(
        Markup('<li><span class="sector-staal sector-{}" aria-hidden="true"></span>{}</li>').format(
            key, label
        )
        for key, label in [*SECTOREN.items(), ("ander", OTHER_SECTOR)]
        if key in used
    )
    shapes = Markup(
        '<li><span class="knoop-staal knoop-staal-opgeheven" aria-hidden="true"></span>'
        "open, gestreept: bestaat niet meer onder deze naam</li>"
        '<li><span class="knoop-staal knoop-staal-nieuw" aria-hidden="true"></span>'
        "dubbele rand: nieuw sinds de leidraad (2021)</li>"
    )
    return str(
        Markup(
            '<figure class="partnerkaart-figuur"><div class="partnerkaart-kader">{}</div>'
            '<figcaption class="partnerkaart-uitleg">{}'
            '<p class="sector-uitleg">De kleur geeft het beleidsdomein:</p>'
            '<ul class="sector-legende">{}{}</ul>'
            '<p class="sector-indeling">{}</p></figcaption></figure>\n'
        ).format(
            Markup("").join(svg), render_map_legend(site, numbers), legend, shapes, CLASSIFICATION
        )
    )


def ring_name(label: str, y: float) -> Markup:
    """A ring's name at the top of the ring, its last line on the ring at `y`. A long name takes
    two lines (the first filled up to RING_NAME_LINE characters), so that at a phone's size
    it still fits in the gap between the ring's first and last node."""
    words, first = label.split(), []
    while words and len(" ".join([*first, words[0]])) <= RING_NAME_LINE:
        first.append(words.pop(0))
    if not first or not words:
        return Markup('<text class="ring-naam" x="0" y="{}" text-anchor="middle">{}</text>').format(
            y, label
        )
    # The space ends the first line, so the name reads as words (textContent, screen readers).
    return Markup(
        '<text class="ring-naam" x="0" y="{}" text-anchor="middle">'
        '<tspan x="0" dy="-1.1em">{} </tspan><tspan x="0" dy="1.1em">{}</tspan></text>'
    ).format(y, " ".join(first), " ".join(words))


def render_map_legend(site: Site, numbers: dict[str, int]) -> Markup:
    """The map's numbers with the partners' full names, grouped by kring as the map groups them.

    The names link to the sections as the nodes do; the nodes are the Tab stops (one per
    partner), so the names are links for a mouse or a screen reader only (tabindex -1)."""
    groups = Markup("").join(
        Markup(
            '<div class="partner-legende__groep"><p class="partner-legende__kring">{}</p>'
            '<ol class="partner-legende__lijst">{}</ol></div>'
        ).format(
            KRINGEN[kring],
            Markup("").join(
                Markup(
                    '<li value="{nr}"><span class="legende-nr sector-{sector}{state}" '
                    'aria-hidden="true">{nr}</span> <a href="#{id}" tabindex="-1">{naam}</a>'
                    "{note}</li>"
                ).format(
                    nr=numbers[p.id],
                    sector=sector_class(p),
                    state=node_state(p),
                    id=p.id,
                    naam=heading_text(p),
                    note=status_note(p),
                )
                for p in partners
            ),
        )
        for kring, partners in map_groups(site)
    )
    return Markup('<div class="partner-legende">{}</div>').format(groups)


def map_node(partner: Partner, angle: float, radius: float, number: int) -> Markup:
    """One partner on a ring, at `angle` degrees (0 is to the right, clockwise)."""
    theta = math.radians(angle)
    return node_link(partner, radius * math.cos(theta), radius * math.sin(theta), number)


def node_state(partner: Partner) -> str:
    return " knoop-opgeheven" if partner.historisch else " knoop-nieuw" if partner.nieuw else ""


def node_link(partner: Partner, x: float, y: float, number: int) -> Markup:
    """A focusable link named after the partner: a dot coloured by sector, its number inside."""
    return Markup(
        '<a href="#{id}" class="knoop sector-{sector}{state}" aria-label="{naam}">'
        '<title>{naam}</title><circle cx="{x:.1f}" cy="{y:.1f}" r="{r}"/>'
        '<text class="knoop-nr" x="{x:.1f}" y="{y:.1f}" text-anchor="middle" '
        'dominant-baseline="central">{number}</text></a>'
    ).format(
        id=partner.id,
        sector=sector_class(partner),
        state=node_state(partner),
        naam=heading_text(partner) + status_note(partner),
        x=x,
        y=y,
        r=NODE_RADIUS,
        number=number,
    )


def render_partner_entry(
    partner: Partner,
    site: Site,
    from_page: str,
    hold: Callable[[str], str] = raw_block,
    abbreviate: Callable[[str], Markup] | None = None,
) -> str:
    """A partner's section: what they do, points of attention, questions, examples.

    `abbreviate` is the build's Abbreviator (macros/views/context.py)."""
    facts = [KRINGEN[partner.kring], sector_label(partner)]
    if partner.nieuw:
        facts.append(f"sinds {dutch_date(partner.sinds)}, niet in de leidraad (2021)")
    if partner.groep:
        group = site.partner(partner.groep)
        facts.append(f"onderdeel van [{md_escape(group.naam)}](#{group.id})")
    parts = [
        f"### {md_escape(heading_text(partner))} {{ #{partner.id} }}",
        "",
        " · ".join(facts),
        "{ .partner-kenmerken }",
        "",
    ]
    if partner.historisch or partner.wijzigingen or partner.nieuw:
        parts.append(render_partner_changes(partner, site, from_page))
    group_members = members(partner, site)
    if group_members:
        listed = ", ".join(f"[{md_escape(m.label)}](#{m.id})" for m in group_members)
        parts += [f"Hieronder vallen: {listed}.", ""]
    if partner.wat:
        parts += [partner.wat.strip(), ""]
    elif partner.nieuw:
        parts += [
            "De leidraad (2021) kent deze partner nog niet: wat hierboven staat, komt uit de "
            "vermelde bronnen.",
            "",
        ]
    else:
        where = f" ({md_escape(partner.bron)})" if partner.bron else ""
        invite = mail_url(
            f"Over partner {partner.naam}",
            f"Partner: {partner.naam}\nWat doet deze partner (met een bron, als je die hebt)?\n",
        )
        parts += [
            f"De leidraad noemt deze partner{where}, maar beschrijft hem niet verder. "
            f"Ken je de werking? [Vertel het de werkgroep](<{invite}>).",
            "",
        ]
    if partner.aandachtspunten:
        parts.append(bullet_block("tip", "Aandachtspunten", partner.aandachtspunten))
    if partner.vragen:
        parts.append(bullet_block("question", "Mogelijke vragen", partner.vragen))
    if partner.website:
        parts += [f"Website: <{partner.website}>", ""]
    terms = render_partner_terms(site, partner.id, from_page)
    if terms:
        parts += [terms]
    parts.append(hold(render_partner_examples(partner, site, from_page, abbreviate)))
    parts += ["", report_markdown(f"partner “{partner.naam}”"), ""]
    return "\n".join(parts)


def render_partner_changes(partner: Partner, site: Site, from_page: str) -> str:
    """A warning that the partner no longer exists under this name, or changed, with sources."""
    lines = []
    if partner.opgevolgd_uit:
        origins = ", ".join(
            f"[{md_escape(site.partner(id).label)}](#{id})" for id in partner.opgevolgd_uit
        )
        lines += [f"    Ontstaan uit: {origins}.", ""]
    for w in partner.wijzigingen:
        source = md_escape(w.bron.label)
        if w.bron.url and ")" not in w.bron.url:
            source = f"[{source}]({w.bron.url})"
        who = "" if w.bron.is_guide else f", {md_escape(publisher_name(w.bron, site))}"
        dates = source_dates(w.bron)
        when = f", {dates}" if dates else ""
        period = (
            f"Van {dutch_date(w.sinds)} tot {dutch_date(w.tot)} (historisch)"
            if w.historisch
            else f"Sinds {dutch_date(w.sinds)}"
        )
        replaced = f" Vervangen door: {md_escape(w.vervangen_door)}" if w.historisch else ""
        lines.append(f"    {period}: {md_escape(w.tekst)}{replaced} (bron: {source}{who}{when})")
        lines.append("")
    later = later_partners(partner, site)
    if later:
        listed = ", ".join(f"[{md_escape(p.label)}](#{p.id})" for p in later)
        lines += [f"    Op de kaart van vandaag: {listed}.", ""]
    if partner.opgevolgd_door:
        successors = ", ".join(
            f"[{md_escape(site.term(id).term)}]({link(GLOSSARY_PAGE, from_page, id)})"
            for id in partner.opgevolgd_door
        )
        lines.append(f"    Opgevolgd door: {successors}.")
        lines.append("")
    lines.append(
        f"    Meer wijzigingen: [Wat is er veranderd sinds de leidraad?]"
        f"({link(CHANGES_PAGE, from_page)})"
    )
    title = (
        "Bestaat niet meer onder deze naam"
        if partner.historisch
        else "Nieuw sinds de leidraad"
        if partner.nieuw
        else "Gewijzigd sinds 2021"
    )
    return f'!!! warning "{title}"\n\n' + "\n".join(lines) + "\n"


def render_partner_examples(
    partner: Partner, site: Site, from_page: str, abbreviate: Callable[[str], Markup] | None = None
) -> Markup:
    """The examples with this partner, as HTML (one line per example: it grows with them)."""
    examples = site.examples_for_partner(partner.id)
    if not examples:
        return Markup("<p>Nog geen praktijkvoorbeelden met deze partner.</p>")
    abbreviate = abbreviate or Abbreviator(abbreviations(site))
    bouwstenen = sorted({n for e in examples for n in e.bouwstenen})
    linked = Markup(", ").join(
        Markup('<a href="{}">{}</a>').format(href(site.bouwsteen(n).src_path, from_page), n)
        for n in bouwstenen
    )
    word = "bouwsteen" if len(bouwstenen) == 1 else "bouwstenen"
    items = Markup("\n").join(
        Markup('<li><a href="{}">{}</a> — bouwsteen {}</li>').format(
            href(example.src_path, from_page),
            abbreviate(example.titel),
            ", ".join(str(n) for n in example.bouwstenen),
        )
        for example in examples
    )
    return Markup(
        "<p><strong>Praktijkvoorbeelden ({})</strong>, bij {} {}:</p>\n<ul>\n{}\n</ul>"
    ).format(len(examples), word, linked, items)


def render_partner_table(site: Site, from_page: str) -> str:
    """How many examples connect each partner to each bouwsteen; each count a link."""
    numbers = [b.nummer for b in site.bouwstenen]
    catalogue = CATALOGUE_PAGE
    head = Markup("").join(
        # The number, and the bouwsteen's name under it (readable, not only in a tooltip).
        Markup(
            '<th scope="col"><span class="bouwsteen-nr">{}</span> '
            '<span class="bouwsteen-naam">{}</span></th>'
        ).format(b.nummer, b.titel)
        for b in site.bouwstenen
    )
    rows = []
    for partner in site.partners:
        examples = site.examples_for_partner(partner.id)
        if not examples:
            continue
        cells = []
        for n in numbers:
            count = sum(1 for e in examples if n in e.bouwstenen)
            if count:
                url = href(catalogue, from_page) + f"?partner={partner.id}&bouwsteen={n}"
                cells.append(
                    Markup('<td><a href="{}" aria-label="{}">{}</a></td>').format(
                        url, f"{count} voorbeelden met {partner.label} bij bouwsteen {n}", count
                    )
                )
            else:
                cells.append(Markup('<td><span aria-label="geen">–</span></td>'))
        total_url = href(catalogue, from_page) + f"?partner={partner.id}"
        rows.append(
            Markup(
                '<tr><th scope="row"><a href="#{}">{}</a></th>{}<td><a href="{}">{}</a></td></tr>'
            ).format(partner.id, partner.label, Markup("").join(cells), total_url, len(examples))
        )
    return str(
        Markup(
            '<div class="md-typeset__scrollwrap"><div class="md-typeset__table">'
            '<table class="partner-bouwsteen"><caption>Aantal praktijkvoorbeelden per partner en '
            'bouwsteen</caption><thead><tr><th scope="col">Partner</th>{}'
            '<th scope="col">Totaal</th></tr></thead><tbody>{}</tbody></table></div></div>\n'
        ).format(head, Markup("").join(rows))
    )


def render_partner_page(
    site: Site,
    from_page: str,
    hold: Callable[[str], str] = raw_block,
    abbreviate: Callable[[str], Markup] | None = None,
) -> str:
    """The whole generated part of /partners/: map, list, sections, table.

    `hold` takes finished HTML out of the Markdown (macros/core/held.py); `abbreviate` is the
    build's Abbreviator (macros/views/context.py).
    """
    parts = [
        render_partner_map(site, from_page),
    ]
    for kring, title in KRINGEN.items():
        partners = [p for p in site.partners if p.kring == kring]
        if partners:
            parts += [f"## {title} {{ #{kring} }}", ""]
            parts += [render_partner_entry(p, site, from_page, hold, abbreviate) for p in partners]
    parts += [
        "## Partners en bouwstenen { #partners-en-bouwstenen }",
        "",
        "Hoeveel praktijkvoorbeelden verbinden een partner met een bouwsteen? Elk getal opent de "
        "catalogus met die voorbeelden.",
        "",
        render_partner_table(site, from_page),
    ]
    return "\n".join(parts)
