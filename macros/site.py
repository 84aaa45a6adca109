"""Compose the whole site from its data: the one place that calls every loader.

Imports point one way: this module imports the feature loaders (examples, terms) and the
records in `model`; none of them import this module, and `model` imports no feature module.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .examples import load_examples
from .model import (
    Site,
    check_member,
    load_bouwsteen_texts,
    load_bouwstenen,
    load_contacts,
    load_gemeenten,
    load_igs,
    load_partners,
    load_themas,
)
from .terms import load_glossary
from .validation import Problems

PARTNERS_FILE = "data/partners.yaml"


def load_site(root: Path) -> Site:
    """Load and validate all data below `root`; raise DataError listing every problem."""
    problems = Problems()
    bouwstenen = load_bouwstenen(root, problems)
    themas = load_themas(root, problems)
    gemeenten = load_gemeenten(root, problems)
    igs = load_igs(root, gemeenten, problems)
    partners = load_partners(root, problems)
    contacts = load_contacts(root, problems)
    site = Site(
        root=root,
        bouwstenen=bouwstenen,
        themas=themas,
        gemeenten=gemeenten,
        igs=igs,
        partners=partners,
        contacts=contacts,
        texts=load_bouwsteen_texts(root, bouwstenen),
    )
    for record in igs:
        if record.contact and record.contact not in {c.id for c in contacts}:
            problems.add(
                "data/igs.yaml", f"“{record.contact}” staat niet op docs/contact.md", "contact"
            )
    # The examples and the glossary refer to the vocabularies and partners loaded above.
    examples = load_examples(root, site, problems)
    terms = load_glossary(root, site, problems)
    term_ids = [t.id for t in terms]
    for partner in partners:
        for successor in partner.opgevolgd_door:
            check_member(
                successor,
                term_ids,
                "term",
                PARTNERS_FILE,
                f"opgevolgd_door (bij partner “{partner.id}”)",
                problems,
                None,
                "de bestanden in glossary/",
            )
    problems.raise_if_any()
    return replace(site, examples=examples, terms=terms, _index={})
