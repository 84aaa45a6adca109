"""mkdocs-macros entry point: load the data once, register the macros.

Only the pages listed under `force_render_paths` in mkdocs.yml are rendered by Jinja;
contributed pages never are (see CONTRIBUTING.md). Practice example pages get their title,
facts and related examples from `on_post_page_macros`, which adds generated Markdown around
the contributor's text without rendering it. The glossary's abbreviations file (appended to
every page by pymdownx.snippets) is written when the data is loaded, and the glossary exports
after the build.
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
from .exports import exports
from .glossary import GLOSSARY_PAGE, render_abbreviations, render_glossary
from .model import EXAMPLES_DIR, Site, load_site
from .partners import render_partner_bullet, render_partner_page, render_partner_section
from .search import build_search
from .validation import DataError


def define_env(env) -> None:
    try:
        site = load_site(Path(env.project_dir))
    except DataError as error:
        raise PluginError(str(error)) from None
    env.woonkansen = site
    write_abbreviations(site, Path(env.project_dir))

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
    def woordenlijst() -> str:
        """The glossary page: filter, A–Z index, exports and every term."""
        return render_glossary(site, current_page())

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


# Generated files (outside docs/: nothing is written into the sources during a build)

ABBREVIATIONS_FILE = Path(".cache") / "afkortingen.md"


def write_abbreviations(site: Site, project_dir: Path) -> None:
    """The *[ABBR]: term lines that pymdownx.snippets appends to every page (mkdocs.yml)."""
    path = project_dir / ABBREVIATIONS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    content = render_abbreviations(site)
    if not path.is_file() or path.read_text(encoding="utf-8") != content:
        path.write_text(content, encoding="utf-8")


def on_post_build(env) -> None:
    """Write the glossary exports beside the glossary page; index the site for search."""
    site: Site = env.woonkansen
    site_url = (env.conf.get("site_url") or "").rstrip("/") + "/"
    page_dir = GLOSSARY_PAGE.removesuffix(".md")
    folder = Path(env.conf["site_dir"]) / page_dir
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in exports(site, f"{site_url}{page_dir}/").items():
        (folder / name).write_text(content, encoding="utf-8")
    try:
        build_search(site, Path(env.conf["site_dir"]), env.conf["site_name"], site_url)
    except FileNotFoundError as error:
        raise PluginError(
            f"de zoekindex kon niet gemaakt worden: {error} (installeer de pakketten uit "
            "requirements.txt, met pagefind[bin])"
        ) from None
