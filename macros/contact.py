"""The contact page: under each contact, the practice examples that refer to it."""

from __future__ import annotations

from .links import link
from .model import CONTACT_HEADING, Site
from .text import md_escape

CONTACT_PAGE = "contact.md"


def render_contact_examples(site: Site, contact_id: str, from_page: str) -> str:
    """The examples that name this contact, in a block marked as generated."""
    examples = site.examples_for_contact(contact_id)
    lines = ['<div class="gegenereerd contact-voorbeelden" markdown>', ""]
    if examples:
        lines += ["Praktijkvoorbeelden met dit contact:", ""]
        lines += [f"- [{md_escape(e.titel)}]({link(e.src_path, from_page)})" for e in examples]
    else:
        lines.append("Nog geen praktijkvoorbeelden verwijzen naar dit contact.")
    return "\n".join([*lines, "", "</div>"]) + "\n"


def add_contact_examples(markdown: str, site: Site, from_page: str = CONTACT_PAGE) -> str:
    """Insert the examples list at the end of every section whose heading has a contact id.

    The ids come from the headings themselves (`## Hasselt { #hasselt }`), so a new contact
    needs nothing more than its heading.
    """
    out: list[str] = []
    current: str | None = None

    def close_section() -> None:
        if current:
            while out and not out[-1].strip():
                out.pop()
            out.extend(["", render_contact_examples(site, current, from_page)])

    for line in markdown.splitlines():
        if line.startswith("#"):
            close_section()
            match = CONTACT_HEADING.match(line)
            current = match["id"] if match else None
        out.append(line)
    close_section()
    return "\n".join(out) + "\n"
