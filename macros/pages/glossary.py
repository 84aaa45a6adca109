"""The shared Wonen–Welzijn glossary: glossary/<id>.yaml -> /woordenlijst/.

Bouwsteen 4, "Spreek dezelfde taal": housing and welfare use the same words for different
things. The page shows each sector's reading side by side, says so where a reading is not
known yet, and lets people filter the terms as they type during a meeting.
"""

from __future__ import annotations

import json
import re
from datetime import date

from markupsafe import Markup

from ..core.links import href, link
from ..core.report import report_link
from ..core.text import dutch_date, fold_accents, md_escape
from ..data.abbreviations import since_year
from ..data.model import GLOSSARY_PAGE, PERSPECTIVES, Bron, Lezing, Site, Term, Wijziging
from ..data.terms import sort_key
from ..views.occurrences import Occurrences
from .contribute import reading_form_url

SECTORS = {"wonen": "Wonen", "welzijn": "Welzijn"}
# An entry not checked for longer than this tells the reader so (docs/javascripts/nagekeken.js
# decides against the reader's today; the build against its own, for readers without JS).
STALE_MONTHS = 12
# Examples named per term: the glossary must not grow with every new example.
MAX_EXAMPLES_PER_TERM = 8

# Helper functions


def letter_of(term: Term) -> str:
    first = sort_key(term.term)[:1].upper()
    return first if first.isalpha() else "#"


def search_text(term: Term, site: Site) -> str:
    """Everything the filter matches on: term, abbreviation, synonyms, every reading."""
    parts = [term.term, term.afkorting or "", *term.synoniemen]
    parts += [x.tekst for x in term.lezingen]
    parts += [site.partner(x.partner).label for x in term.lezingen if x.partner]
    parts += [w.tekst for w in term.wijzigingen]
    return re.sub(r"\s+", " ", fold_accents(" ".join(parts))).strip()


def months_later(iso: str, months: int) -> date:
    """The day `months` after the date `iso` (the 31st becomes the month's last day)."""
    year, month, day = (int(x) for x in iso.split("-"))
    month += months
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    for last in (day, 30, 29, 28):
        try:
            return date(year, month, last)
        except ValueError:
            continue
    raise ValueError(iso)


def is_stale(stand: str, today: date) -> bool:
    """Whether an entry checked on `stand` has gone more than STALE_MONTHS without a check."""
    return today > months_later(stand, STALE_MONTHS)


def render_freshness(term: Term, today: date) -> Markup:
    """When the entry was last checked, and a note for the reader once that is over a year
    ago: visible from the build if it already was, else shown by nagekeken.js when it is."""
    note = Markup(
        '<p class="term-verouderd" data-nagekeken="{iso}"{hidden}>Let op: deze term is al meer '
        "dan {months} maanden niet nagekeken tegen zijn bronnen (laatst op {date}). Wat hier "
        "staat, kan intussen veranderd zijn.</p>"
    ).format(
        iso=term.stand,
        hidden="" if is_stale(term.stand, today) else Markup(" hidden"),
        months=STALE_MONTHS,
        date=dutch_date(term.stand),
    )
    return note


# A sector's words as the guide recorded them (bouwsteen 4), in that sector's column.
RECORDED_BY_GUIDE = "zoals opgetekend in de leidraad (2021)"
EDITORS_LABEL = "Redactie (eigen tekst van de redactie, geen lezing van een sector)"
# Readings shown as quotations: a sector's or a partner's own words, or the guide's.
QUOTED = ("leidraad", "wonen", "welzijn", "partner")


def publisher_name(bron: Bron, site: Site) -> str:
    try:
        return site.uitgever(bron.uitgever).naam
    except KeyError:  # a record made without the registry (unit tests of other features)
        return bron.uitgever


def reading_label(lezing: Lezing, site: Site) -> str:
    """Who says it: 'Leidraad (2021)', 'Wonen — <publisher>', 'Wonen — zoals opgetekend in
    de leidraad (2021)', the editors' label, a partner."""
    if lezing.perspectief == "partner" and lezing.partner:
        return site.partner(lezing.partner).naam
    if lezing.perspectief in SECTORS:
        sector = SECTORS[lezing.perspectief]
        if lezing.recorded_by_guide:
            return f"{sector} — {RECORDED_BY_GUIDE}"
        return f"{sector} — {publisher_name(lezing.bron, site)}"
    if lezing.perspectief == "redactie":
        return EDITORS_LABEL
    return PERSPECTIVES[lezing.perspectief]


def proposal_url(repo_url: str, term: Term, perspectief: str) -> str:
    """The reading form of that perspective with the term filled in (an input: GitHub
    prefills no dropdown from a link)."""
    return reading_form_url(repo_url, perspectief, term.term)


# Renderers


def source_dates(bron: Bron) -> str:
    """'gepubliceerd 1 januari 2024, geraadpleegd 1 december 2026' (what is known)."""
    parts = []
    if bron.gepubliceerd:
        parts.append(f"gepubliceerd {dutch_date(bron.gepubliceerd)}")
    if bron.geraadpleegd:
        parts.append(f"geraadpleegd {dutch_date(bron.geraadpleegd)}")
    return ", ".join(parts)


def render_source(bron: Bron, site: Site) -> Markup:
    """'Bron: <title, article> — <publisher>; gepubliceerd …, geraadpleegd …', the title
    linked when there is a URL. The guide is its own publisher: it is not named twice."""
    title = Markup("{}").format(bron.label)
    if bron.url:
        title = Markup('<a href="{}">{}</a>').format(bron.url, bron.label)
    who = "" if bron.is_guide else Markup(" — {}").format(publisher_name(bron, site))
    dates = source_dates(bron)
    when = Markup("; {}").format(dates) if dates else ""
    return Markup('<p class="lezing-bron">Bron: {}{}{}</p>').format(title, who, when)


def paragraphs(text: str) -> Markup:
    return Markup("").join(
        Markup("<p>{}</p>").format(part) for part in re.split(r"\n\s*\n", text) if part.strip()
    )


def render_until(tot: str, vervangen_door: str | None) -> Markup:
    """'Historisch: gold tot 31 december 2023. Vervangen door: …' (editors' words)."""
    replaced = (
        Markup(" Vervangen door: {}").format(vervangen_door) if vervangen_door else Markup("")
    )
    return Markup(
        '<p class="lezing-historisch-noot"><strong>Historisch:</strong> gold tot '
        '<time datetime="{}">{}</time>; dit is niet meer de huidige lezing.{}</p>'
    ).format(tot, dutch_date(tot), replaced)


def render_reading(lezing: Lezing, site: Site) -> Markup:
    """One reading: who says it, the text (a quotation when it is someone's own words), its
    source with publisher and dates, and, for a reading that no longer holds, until when and
    what replaced it."""
    text = paragraphs(lezing.tekst)
    if lezing.perspectief in QUOTED:
        text = Markup('<blockquote class="lezing-citaat">{}</blockquote>').format(text)
    css = f"lezing lezing-{lezing.perspectief}"
    if lezing.recorded_by_guide:
        css += " lezing-opgetekend"
    history = Markup("")
    if lezing.historisch:
        css += " lezing-historisch"
        history = render_until(lezing.tot, lezing.vervangen_door)
    return Markup(
        '<div class="{css}"><p class="lezing-kop">{label}</p>{history}{text}{source}</div>'
    ).format(
        css=css,
        label=reading_label(lezing, site),
        history=history,
        text=text,
        source=render_source(lezing.bron, site),
    )


def render_open_column(term: Term, perspectief: str, repo_url: str) -> Markup:
    name = SECTORS[perspectief]
    return Markup(
        '<div class="lezing lezing-{kind} lezing-ontbreekt"><p class="lezing-kop">{name}</p>'
        "<p>Nog geen lezing van {name} — vul aan</p>"
        '<p><a href="{url}">Stel een lezing van {name} voor</a> (met bron)</p></div>'
    ).format(kind=perspectief, name=name, url=proposal_url(repo_url, term, perspectief))


def render_column(term: Term, perspectief: str, site: Site, repo_url: str) -> Markup:
    """A sector's column: its current readings (the guide's record of it among them), or the
    open column; readings that no longer hold follow, marked historical, never in their place."""
    readings = term.lezingen_van(perspectief)
    current = [x for x in readings if not x.historisch]
    past = [x for x in readings if x.historisch]
    shown = Markup("").join(render_reading(x, site) for x in current)
    if not current:
        shown = render_open_column(term, perspectief, repo_url)
    return shown + Markup("").join(render_reading(x, site) for x in past)


def render_readings(term: Term, site: Site, repo_url: str) -> Markup:
    """Every reading labelled by who says it; a begrip gets the Wonen | Welzijn columns.

    The columns come first, so a meeting sees at once how each side reads a word. Only
    readings with perspectief wonen or welzijn go into them: the guide's and the editors'
    texts follow under their own name, never under a sector's.
    """
    own = [x for x in term.lezingen if x.perspectief not in SECTORS or term.soort != "begrip"]
    parts = []
    if term.soort == "begrip":
        columns = Markup("").join(
            Markup('<div class="lezing-kolom">{}</div>').format(
                render_column(term, key, site, repo_url)
            )
            for key in SECTORS
        )
        parts.append(
            Markup(
                '<div class="lezingen-naast-elkaar" aria-label="Lezingen van Wonen en Welzijn" '
                'role="group">{}</div>'
            ).format(columns)
        )
    # Current readings first, then those that no longer hold; partners after the others.
    ordered = sorted(own, key=lambda x: (x.perspectief == "partner", x.historisch))
    others = [render_reading(x, site) for x in ordered]
    if others:
        parts.append(
            Markup('<div class="lezingen-overig">{}</div>').format(Markup("").join(others))
        )
    return Markup("").join(parts)


def render_change_period(w: Wijziging) -> Markup:
    """'Sinds 1 januari 2024' or, for a change that itself no longer holds, 'Van … tot …'."""
    if w.historisch:
        return Markup(
            '<span class="wijziging-historisch">Historisch: van <time datetime="{}">{}</time> '
            'tot <time datetime="{}">{}</time></span>'
        ).format(w.sinds, dutch_date(w.sinds), w.tot, dutch_date(w.tot))
    return Markup('<time datetime="{}">Sinds {}</time>').format(w.sinds, dutch_date(w.sinds))


def render_replaced(w: Wijziging) -> Markup:
    if not w.historisch:
        return Markup("")
    return Markup('<p class="lezing-historisch-noot">Vervangen door: {}</p>').format(
        w.vervangen_door
    )


def render_changes_list(term: Term, site: Site) -> Markup:
    if not term.wijzigingen:
        return Markup("")
    ordered = sorted(term.wijzigingen, key=lambda w: w.historisch)
    items = Markup("").join(
        Markup('<li class="{}">{}: {} {}{}</li>').format(
            "historisch" if w.historisch else "actueel",
            render_change_period(w),
            w.tekst,
            render_replaced(w),
            render_source(w.bron, site),
        )
        for w in ordered
    )
    return Markup(
        '<div class="term-wijzigingen"><p class="lezing-kop">Wat is er veranderd sinds de '
        'leidraad? <span class="lezing-door">(Redactie)</span></p><ul>{}</ul></div>'
    ).format(items)


def render_term(
    term: Term,
    site: Site,
    from_page: str,
    repo_url: str,
    today: date | None = None,
    occurrences: Occurrences | None = None,
) -> Markup:
    """A term's section on the glossary page; `occurrences` is the build's (made once)."""
    parts = []
    heading = Markup("{}").format(term.term)
    if term.afkorting and term.afkorting != term.term:
        heading += Markup(' <span class="term-afkorting">({})</span>').format(term.afkorting)
    if term.historisch:
        heading += Markup(' <span class="term-status">(historisch)</span>')
    parts.append(
        Markup(
            '<h2 id="{id}" class="term-naam">{heading}</h2>'
            '<p class="term-acties"><a class="term-anker" href="#{id}">Link naar deze term</a>'
            '<button type="button" class="term-kopieer md-button" data-anker="{id}" hidden>'
            "Kopieer link</button></p>"
        ).format(id=term.id, heading=heading)
    )
    if term.historisch:
        year = since_year(term)
        successors = Markup(" en ").join(
            Markup('<a href="#{}">{}</a>').format(other, site.term(other).term)
            for other in term.opgevolgd_door
        )
        parts.append(
            Markup(
                '<p class="term-historisch"><strong>Bestaat niet meer onder deze naam.</strong> '
                "{}opgevolgd door {}. De leidraad (2021) gebruikt nog de oude naam.</p>"
            ).format(f"Sinds {year} " if year else "", successors)
        )
    if term.synoniemen:
        parts.append(
            Markup('<p class="term-synoniemen">Ook: {}</p>').format(", ".join(term.synoniemen))
        )
    parts.append(render_freshness(term, today or date.today()))
    parts.append(render_readings(term, site, repo_url))
    parts.append(render_changes_list(term, site))
    details = [
        Markup("<dt>Soort</dt><dd>{}</dd>").format(term.soort),
        Markup('<dt>Stand</dt><dd>nagekeken op <time datetime="{}">{}</time></dd>').format(
            term.stand, dutch_date(term.stand)
        ),
    ]
    if term.zie_ook:
        links = Markup(", ").join(
            Markup('<a href="#{}">{}</a>').format(other, site.term(other).term)
            for other in term.zie_ook
        )
        details.append(Markup("<dt>Zie ook</dt><dd>{}</dd>").format(links))
    bouwstenen, examples = (occurrences or Occurrences(site))(term)
    if bouwstenen or examples:
        found = [
            Markup('<a href="{}">Bouwsteen {}</a>').format(
                href(site.bouwsteen(n).src_path, from_page), n
            )
            for n in bouwstenen
        ]
        found += [
            Markup('<a href="{}">{}</a>').format(href(e.src_path, from_page), e.titel)
            for e in examples[:MAX_EXAMPLES_PER_TERM]
        ]
        more = len(examples) - MAX_EXAMPLES_PER_TERM
        tail = Markup(" en nog {} andere praktijkvoorbeelden").format(more) if more > 0 else ""
        details.append(
            Markup("<dt>Komt voor in</dt><dd>{}{}</dd>").format(Markup(", ").join(found), tail)
        )
    parts.append(Markup('<dl class="term-details">{}</dl>').format(Markup("").join(details)))
    parts.append(report_link(f"term “{term.term}” in de woordenlijst"))
    css = "term term-historisch-blok" if term.historisch else "term"
    return Markup('<section class="{}" data-zoek="{}">{}</section>').format(
        css, search_text(term, site), Markup("").join(parts)
    )


def ranking_data(terms) -> Markup:
    """What the filter ranks on (woordenlijst.js): term, abbreviation and synonyms per id.

    JSON inside <script>: "<", ">" and "&" are written as \\u escapes, so no text can end
    the element.
    """
    data = [
        {"id": t.id, "term": t.term, "afkorting": t.afkorting, "synoniemen": list(t.synoniemen)}
        for t in terms
    ]
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


# The terms stand in blocks of this many: a keystroke of the filter (woordenlijst.js) lays out
# again the block it changes, not the whole list, and a block off screen not at all.
BLOCK_SIZE = 25
# A longer list skips its off-screen blocks and terms from the first paint (the class that
# woordenlijst.js sets when the filter gets focus; extra.css): hiding terms that were drawn
# whole at loading takes more than a frame on a slow phone, and so did the switch itself.
LONG_LIST = 150


def blocks_of(items: list) -> list[list]:
    """`items` in consecutive blocks of BLOCK_SIZE (the last one may be shorter)."""
    return [items[i : i + BLOCK_SIZE] for i in range(0, len(items), BLOCK_SIZE)]


def render_glossary(
    site: Site,
    from_page: str,
    repo_url: str,
    today: date | None = None,
    occurrences: Occurrences | None = None,
) -> str:
    """The glossary: filter, A–Z index, exports, and every term.

    `repo_url` is the repository whose issue form proposes a missing reading; `today` is the
    build's date (the freshness notes of readers without JavaScript).
    """
    today = today or date.today()
    terms = site.terms
    letters: dict[str, str] = {}
    for term in terms:
        letters.setdefault(letter_of(term), term.id)
    alphabet = [chr(c) for c in range(ord("A"), ord("Z") + 1)]
    index = Markup("").join(
        Markup('<li><a href="#{}">{}</a></li>').format(letters[ch], ch)
        if ch in letters
        else Markup('<li><span class="az-leeg" aria-hidden="true">{}</span></li>').format(ch)
        for ch in alphabet + (["#"] if "#" in letters else [])
    )
    controls = Markup(
        '<div class="woordenlijst-hulp">'
        '<form class="woordenlijst-filter" role="search" aria-label="Woordenlijst filteren" '
        "hidden>"
        '<label for="woordenlijst-zoek">Zoek een term, afkorting of woord uit een definitie</label>'
        '<input type="search" id="woordenlijst-zoek" name="q" autocomplete="off" '
        'spellcheck="false" placeholder="bv. svk, woonbegeleiding, geintegreerd">'
        "</form>"
        '<button type="button" class="md-button projector-knop" id="woordenlijst-groot" '
        'aria-pressed="false" hidden>Grote tekst (projector)</button>'
        '<p id="woordenlijst-aantal" role="status" aria-live="polite">{} termen</p>'
        '<noscript><p class="zonder-js">Filteren werkt alleen met JavaScript; hieronder staan '
        "alle termen.</p></noscript></div>"
        '<nav class="woordenlijst-az" aria-label="Termen van A tot Z"><ul>{}</ul></nav>'
        '<p class="woordenlijst-export">Download de woordenlijst: '
        '<a href="woordenlijst.json" type="application/json">JSON</a> · '
        '<a href="woordenlijst.csv" type="text/csv">CSV (één rij per term en lezing)</a> · '
        '<a href="woordenlijst-excel.csv" type="text/csv">CSV voor Excel (puntkomma)</a> · '
        '<a href="woordenlijst.ttl" type="text/turtle">SKOS (Turtle)</a></p>'
        '<script type="application/json" id="woordenlijst-termen">{}</script>'
    ).format(len(terms), index, ranking_data(terms))
    occurrences = occurrences or Occurrences(site)
    sections = [render_term(t, site, from_page, repo_url, today, occurrences) for t in terms]
    body = Markup("\n").join(
        Markup('<div class="woordenlijst-blok">\n{}\n</div>').format(Markup("\n").join(block))
        for block in blocks_of(sections)
    )
    empty = Markup(
        '<p class="woordenlijst-leeg" id="woordenlijst-leeg" hidden>Geen termen gevonden. '
        "Probeer een ander woord of een afkorting.</p>"
    )
    return str(
        controls
        + Markup('\n<div class="{}" id="woordenlijst">\n{}\n</div>\n{}\n').format(
            "woordenlijst alleen-in-beeld" if len(terms) > LONG_LIST else "woordenlijst",
            body,
            empty,
        )
    )


def render_partner_terms(site: Site, partner_id: str, from_page: str) -> str:
    """Markdown line for the partner page: terms with a reading of this partner's own."""
    terms = site.terms_for_partner(partner_id)
    if not terms:
        return ""
    linked = ", ".join(
        f"[{md_escape(t.term)}]({link(GLOSSARY_PAGE, from_page, t.id)})" for t in terms
    )
    return f"Eigen lezing in de woordenlijst: {linked}.\n"
