"""The contact page: under each contact its date, what to do when it no longer works, the
practice examples that lead to it, and a way to report it as outdated."""

from __future__ import annotations

from markupsafe import Markup

from ..core.links import link
from ..core.report import EDITORS_MAIL, contact_date, fallback_html, report_link
from ..core.text import md_escape
from ..data.examples import WERKGROEP, example_contact, reading_order
from ..data.model import CONTACT_HEADING, Contact, Site

CONTACT_PAGE = "contact.md"


def examples_reaching(site: Site, contact_id: str):
    """The examples whose contact line leads here: their own contact, their IGS's, or the
    werkgroep's for an example without either (macros/data/examples.py `example_contact`)."""
    return reading_order(
        e
        for e in site.examples
        if (found := example_contact(e, site)[0]) and found.id == contact_id
    )


def render_contact_examples(site: Site, contact_id: str, from_page: str, page_url: str = "") -> str:
    """Date, fallback, the examples that reach this contact, and the report link, in a block
    marked as generated."""
    contact = site.contact(contact_id)
    lines = ['<div class="gegenereerd contact-voorbeelden" markdown>', ""]
    lines += [str(contact_dated(contact)), ""]
    if contact.id == WERKGROEP:
        lines += [
            str(
                Markup(
                    '<p class="contact-terugval">Werkt een adres hierboven niet meer? Mail de '
                    'werkgroep op haar algemene adres: <a href="mailto:{}">{}</a>.</p>'
                ).format(EDITORS_MAIL, EDITORS_MAIL)
            ),
            "",
        ]
    else:
        lines += [str(fallback_html(fallback_where(contact, site))), ""]
    examples = examples_reaching(site, contact_id)
    if examples:
        lines += ["Praktijkvoorbeelden met dit contact:", ""]
        lines += [f"- [{md_escape(e.titel)}]({link(e.src_path, from_page)})" for e in examples]
        lines.append("")
    address = f"{page_url}#{contact.id}" if page_url else ""
    lines.append(str(report_link(f"contact “{contact.naam}”", address)))
    return "\n".join([*lines, "", "</div>"]) + "\n"


def contact_dated(contact: Contact) -> Markup:
    """'Contactgegevens uit de leidraad (2021).' or '… laatst bevestigd op …'."""
    return Markup('<p class="contact-datum">Contactgegevens {}.</p>').format(
        contact_date(contact.bevestigd)
    )


def fallback_where(contact: Contact, site: Site) -> str:
    """'van Bilzen-Hoeselt' for a municipality's contact (by today's name), else 'van je
    gemeente'."""
    if contact.naam in site.gemeenten:
        return f"van {site.municipalities.now(contact.naam)}"
    return "van je gemeente"


def add_contact_examples(
    markdown: str, site: Site, from_page: str = CONTACT_PAGE, page_url: str = ""
) -> str:
    """Insert the generated block at the end of every section whose heading has a contact id.

    The ids come from the headings themselves (`## Hasselt { #hasselt }`), so a new contact
    needs nothing more than its heading.
    """
    out: list[str] = []
    current: str | None = None

    def close_section() -> None:
        if current:
            while out and not out[-1].strip():
                out.pop()
            out.extend(["", render_contact_examples(site, current, from_page, page_url)])

    for line in markdown.splitlines():
        if line.startswith("#"):
            close_section()
            match = CONTACT_HEADING.match(line)
            current = match["id"] if match else None
        out.append(line)
    close_section()
    return "\n".join(out) + "\n"
