"""Routes to the editors that need no GitHub account: an e-mail to the werkgroep.

The werkgroep's address is the one the guide itself gives for new examples (“Stuur een mailtje
naar wonen@limburg.be”, docs/contact.md). Every public invitation to report or add something
ends in a `mailto:` made here, so the address, the subjects and the wording live in one place.
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from markupsafe import Markup

from .text import dutch_date

# Data

EDITORS_MAIL = "wonen@limburg.be"
REPORT_LABEL = "Meld een verouderd gegeven"
GUIDE_DATE = "uit de leidraad (2021)"


# Links


def mail_url(subject: str, body: str = "") -> str:
    """A `mailto:` to the editors with a subject and an optional body to fill in."""
    query = {"subject": subject, **({"body": body} if body else {})}
    return f"mailto:{EDITORS_MAIL}?{urlencode(query, quote_via=quote, safe='')}"


def report_url(what: str, page_url: str = "") -> str:
    """'Meld een verouderd gegeven' about `what` (a contact, an example, a partner, a term)."""
    body = (
        f"Over: {what}\n"
        + (f"Pagina: {page_url}\n" if page_url else "")
        + "Wat klopt niet meer?\n\nWat is het nu (met een bron, als je die hebt)?\n"
    )
    return mail_url(f"Verouderd gegeven: {what}", body)


def fallback_sentence(where: str = "van je gemeente") -> str:
    """What a reader does when a contact no longer answers; only the address the guide gives
    (the werkgroep's) is named, the municipality's service by its name only."""
    return (
        f"Werkt dit contact niet meer? Vraag de dienst wonen {where} (via het onthaal van het "
        "gemeentehuis) of mail de werkgroep Sociaal Woonbeleid:"
    )


# Renderers


def fallback_html(where: str = "van je gemeente") -> Markup:
    """The fallback as a paragraph, ending in the werkgroep's address as a link."""
    return Markup('<p class="contact-terugval">{} <a href="mailto:{}">{}</a>.</p>').format(
        fallback_sentence(where), EDITORS_MAIL, EDITORS_MAIL
    )


def report_link(what: str, page_url: str = "") -> Markup:
    """The link as HTML, in a paragraph of its own."""
    return Markup('<p class="meld-verouderd"><a href="{}">{}</a></p>').format(
        report_url(what, page_url), REPORT_LABEL
    )


def report_markdown(what: str, page_url: str = "") -> str:
    """The same link for a Markdown page (the URL in <…>, so parentheses cannot end it)."""
    return f"[{REPORT_LABEL}](<{report_url(what, page_url)}>){{ .meld-verouderd }}"


def contact_date(bevestigd: str | None) -> str:
    """'uit de leidraad (2021)' or 'laatst bevestigd op 30 november 2026'."""
    if not bevestigd:
        return GUIDE_DATE
    return f"laatst bevestigd op {dutch_date(bevestigd)}"
