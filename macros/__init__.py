"""mkdocs-macros entry point: load the data once, register the macros. Nothing else.

Only the pages listed under `force_render_paths` in mkdocs.yml are rendered by Jinja;
contributed pages never are (see CONTRIBUTING.md). Practice example pages get their title,
facts and related examples from `on_post_page_macros`, which adds generated Markdown around
the contributor's text without rendering it.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from .bouwstenen import render_bouwsteen_heading, render_bouwstenen_cards
from .contact import CONTACT_PAGE, add_contact_examples
from .examples import (
    render_bouwsteen_examples,
    render_catalogue,
    render_example_block,
    render_example_inline,
    render_example_page,
)
from .model import EXAMPLES_DIR, Site, load_site
from .partners import render_partner_bullet, render_partner_page, render_partner_section
from .validation import DataError


def define_env(env) -> None:
    try:
        site = load_site(Path(env.project_dir))
    except DataError as error:
        raise PluginError(str(error)) from None
    env.woonkansen = site

    def current_page() -> str:
        return env.page.file.src_path

    def lookup(getter, key):
        try:
            return getter(key)
        except KeyError as error:
            raise PluginError(f"docs/{current_page()}: {error.args[0]}") from None

    @env.macro
    def bouwsteen_kop(nummer: int) -> str:
        """Heading and subtitle of bouwsteen `nummer`, from data/bouwstenen.yaml."""
        return render_bouwsteen_heading(lookup(site.bouwsteen, nummer))

    @env.macro
    def bouwstenen_overzicht() -> str:
        """Cards for all bouwstenen, linked from the current page."""
        return render_bouwstenen_cards(site.bouwstenen, current_page())

    @env.macro
    def praktijkvoorbeeld(slug: str, vorm: str = "kader", inspringen: int = 0) -> str:
        """Show an example in place: framed (`kader`) or as running text (`tekst`)."""
        example = lookup(site.example, slug)
        if vorm == "tekst":
            return render_example_inline(example, current_page(), inspringen)
        return render_example_block(example, current_page())

    @env.macro
    def praktijkvoorbeelden_bij_bouwsteen(nummer: int) -> str:
        """Every example of bouwsteen `nummer`, as a section."""
        lookup(site.bouwsteen, nummer)
        return render_bouwsteen_examples(site, nummer, current_page())

    @env.macro
    def praktijkvoorbeelden_catalogus() -> str:
        """The filterable catalogue of all examples."""
        return render_catalogue(site, current_page())

    @env.macro
    def partnerkaart() -> str:
        """The partner page: map, list, a section per partner, partner x bouwsteen table."""
        return render_partner_page(site, current_page())

    @env.macro
    def partner_sectie(id: str, voetnoot: str | None = None) -> str:
        """A partner's text as bouwsteen 2 presents it, from data/partners.yaml."""
        return render_partner_section(lookup(site.partner, id), voetnoot)

    @env.macro
    def partner_tekst(id: str) -> str:
        """A colleague in bouwsteen 2's list, as one line '**Kop:** text'."""
        return render_partner_bullet(lookup(site.partner, id))


def on_post_page_macros(env) -> None:
    """Add generated Markdown to pages that are not rendered by Jinja.

    A practice example gets its title, facts and related examples around its own text; the
    contact page gets, under each contact, the examples that refer to it.
    """
    site: Site = env.woonkansen
    src_path = env.page.file.src_path
    if src_path == CONTACT_PAGE:
        env.markdown = add_contact_examples(env.markdown, site)
        return
    folder, _, name = src_path.rpartition("/")
    if folder == EXAMPLES_DIR and name != "index.md":
        example = site.example(name.removesuffix(".md"))
        env.markdown = render_example_page(example, site, src_path)
