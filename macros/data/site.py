"""Compose the whole site from its data: the one place that calls every loader.

Imports point one way: this module imports the feature loaders (examples, terms) and the
records in `model`; none of them import this module, and `model` imports no feature module.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..core.sanitize import Checker, MarkdownSettings, Renderer
from ..core.validation import Problems
from .abbreviations import abbreviations
from .examples import load_examples
from .model import (
    IGS_FILE,
    PARTNERS_FILE,
    Site,
    check_data_folder,
    check_member,
    check_no_symlinks,
    load_bouwsteen_texts,
    load_bouwstenen,
    load_contacts,
    load_gemeenten,
    load_igs,
    load_mergers,
    load_municipalities,
    load_partners,
    load_themas,
    load_uitgevers,
)
from .sources import check_data_sources
from .terms import load_glossary


def load_site(root: Path, markdown: MarkdownSettings | None = None) -> Site:
    """Load and validate all data below `root`; raise DataError listing every problem.

    `markdown` is the site's Markdown configuration (from MkDocs); without it, it is read
    from `root/mkdocs.yml`, so tests can load a project without running MkDocs.
    """
    problems = Problems()
    check_no_symlinks(root, problems)
    problems.raise_if_any()  # nothing is read through a link
    check_data_folder(root, problems)
    settings = markdown or MarkdownSettings.from_file(root / "mkdocs.yml")
    checker = Checker(Renderer(settings), problems)
    bouwstenen = load_bouwstenen(root, problems)
    themas = load_themas(root, problems)
    gemeenten = load_gemeenten(root, problems)
    igs = load_igs(root, gemeenten, problems)
    partners = load_partners(root, checker)
    contacts = load_contacts(root, problems)
    mergers = load_mergers(root, gemeenten, problems)
    site = Site(
        root=root,
        bouwstenen=bouwstenen,
        themas=themas,
        gemeenten=gemeenten,
        igs=igs,
        partners=partners,
        contacts=contacts,
        mergers=mergers,
        municipalities=load_municipalities(gemeenten, mergers),
        uitgevers=load_uitgevers(root, problems),
        texts=load_bouwsteen_texts(root, bouwstenen),
    )
    check_data_sources(site, problems)
    for record in igs:
        if record.contact and record.contact not in {c.id for c in contacts}:
            problems.add(IGS_FILE, f"“{record.contact}” staat niet op docs/contact.md", "contact")
    # The examples and the glossary refer to the vocabularies and partners loaded above; the
    # examples are rendered with the glossary's abbreviations, as the site renders them.
    before = len(problems)
    terms = load_glossary(root, site, checker)
    # A tooltip names a term's successor; with a broken glossary (the build fails anyway) the
    # examples are still checked, with the plain term names.
    expansions = (
        abbreviations(replace(site, terms=terms))
        if len(problems) == before
        else {t.afkorting: t.term for t in terms if t.afkorting}
    )
    examples = load_examples(
        root, site, Checker(Renderer(settings.with_abbreviations(expansions)), problems)
    )
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
    return replace(site, examples=examples, terms=terms)
