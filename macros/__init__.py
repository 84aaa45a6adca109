"""mkdocs-macros entry point: load the data once, register the macros.

Only the pages listed under `force_render_paths` in mkdocs.yml are rendered by Jinja;
contributed pages never are (see CONTRIBUTING.md). A practice example's page renders only
the contributor's text as Markdown; `on_post_page_macros` attaches its title, facts and related
examples, written as HTML, which macros/hooks.py puts around the rendered text (large blocks of
finished HTML on other pages skip the Markdown render the same way: macros/held.py). The
glossary's abbreviations become the abbr extension's `glossary` setting, and the glossary
exports are written after the build, when the whole built site is also checked for anything
that loads from outside it.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError

from .abbreviations import abbreviation_targets
from .bouwstenen import render_bouwsteen_heading, render_bouwstenen_cards
from .built import BuiltPages
from .changes import render_changes
from .contact import CONTACT_PAGE, add_contact_examples
from .contribute import CONTRIBUTING, TEMPLATE, render_contributing_page
from .edition import edition_date
from .examples import (
    ExamplePage,
    example_neighbours,
    render_bouwsteen_examples,
    render_catalogue,
    render_example_block,
    render_example_inline,
)
from .exports import exports
from .glossary import GLOSSARY_PAGE, abbreviations, dutch_date, render_glossary
from .held import HeldHtml
from .model import EXAMPLES_DIR, Site, read_text
from .offline import MANIFEST as OFFLINE_MANIFEST
from .offline import SERVICE_WORKER, write_offline_copy
from .partners import render_partner_bullet, render_partner_page, render_partner_section
from .publish import Manifest, check_sources, nav_pages, theme_files
from .revisions import (
    FEED,
    FEED_PAGES,
    Revisions,
    feed_entries,
    new_examples,
    page_date,
    render_feed,
    render_new_marker,
    render_page_date,
)
from .sanitize import MarkdownSettings, check_built_site
from .search import build_search
from .site import load_site
from .validation import DataError, Problems


def define_env(env) -> None:
    settings = MarkdownSettings.from_mkdocs_config(env.conf)
    theme = env.conf["theme"]
    custom_dir = Path(theme.custom_dir) if theme.custom_dir else None
    env.woonkansen_theme = theme_files([Path(d) for d in theme.dirs], custom_dir)
    # Before anything is copied: every file beside the pages is one the maintainers named.
    # Its problems are listed with those of the data, in one message.
    problems = Problems()
    listed = nav_pages(env.conf["nav"])
    not_in_nav = env.conf["not_in_nav"]
    check_sources(
        Path(env.project_dir),
        env.woonkansen_theme,
        problems,
        is_listed=lambda page: page in listed or bool(not_in_nav and not_in_nav.match_file(page)),
    )
    try:
        site = load_site(Path(env.project_dir), settings)
    except DataError as error:
        raise PluginError(str(DataError([*problems, *error.problems]))) from None
    try:
        problems.raise_if_any()
    except DataError as error:
        raise PluginError(str(error)) from None
    env.woonkansen = site
    env.woonkansen_neighbours = example_neighbours(site)
    # Dates from git or the front matter (never the build's clock): macros/revisions.py.
    env.woonkansen_revisions = Revisions.from_git(Path(env.project_dir))
    env.woonkansen_sources = {}
    # Tooltips for every abbreviation on every page, from the glossary (no include file).
    env.conf["mdx_configs"].setdefault("abbr", {})["glossary"] = abbreviations(site)
    root = Path(env.project_dir)
    problems = Problems()
    contributing = read_text(root / CONTRIBUTING, root, problems)
    template = read_text(root / TEMPLATE, root, problems)
    try:
        problems.raise_if_any()
    except DataError as error:
        raise PluginError(str(error)) from None
    # For the theme (overrides/main.html): every abbreviation links to its glossary entry.
    env.conf["extra"]["afkortingen"] = abbreviation_targets(site)
    # The edition's date (last commit), for "Download als pdf (stand …)" on every page.
    edition = edition_date(root, site)
    env.conf["extra"]["editie"] = edition
    env.conf["extra"]["editie_tekst"] = dutch_date(edition)

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
        new = {
            slug: render_new_marker(added)
            for slug, added in new_examples(site, env.woonkansen_revisions).items()
        }
        return env.woonkansen_held.hold(render_catalogue(site, current_page(), new))

    @env.macro
    def partnerkaart() -> str:
        """The partner page: map, list, a section per partner, partner x bouwsteen table."""
        return render_partner_page(site, current_page(), env.woonkansen_held.hold)

    @env.macro
    def woordenlijst() -> str:
        """The glossary page: filter, A–Z index, exports and every term."""
        return render_glossary(site, current_page(), env.conf["repo_url"])

    @env.macro
    def wijzigingen_sinds_2021() -> str:
        """Every change since the guide, with date and source, linked to terms and partners."""
        return render_changes(site, current_page())

    @env.macro
    def bijdragen() -> str:
        """The Bijdragen page: CONTRIBUTING.md with links from repo_url, and the lists of
        allowed values from data/."""
        repo_url = env.conf.get("repo_url") or ""
        return render_contributing_page(contributing, repo_url, template, site)

    @env.macro
    def partner_sectie(id: str, voetnoot: str | None = None) -> str:
        """A partner's text as bouwsteen 2 presents it, from data/partners.yaml."""
        return render_partner_section(lookup(site.partner, id), voetnoot)

    @env.macro
    def partner_tekst(id: str) -> str:
        """A colleague in bouwsteen 2's list, as one line '**Kop:** text'."""
        return render_partner_bullet(lookup(site.partner, id))


def on_pre_page_macros(env) -> None:
    """Only the maintainer pages listed in `force_render_paths` are rendered by Jinja.

    mkdocs-macros would also render a page whose front matter says `render_macros: true`;
    the loader refuses that key in examples, and this makes sure of it for every page, however
    MkDocs read the front matter: `render_macros: false` takes precedence over everything.
    """
    if not env.force_page_rendering(env.page.file.src_path):
        env.page.meta["render_macros"] = False
    env.woonkansen_held = HeldHtml()


def on_post_page_macros(env) -> None:
    """Add generated Markdown to pages that are not rendered by Jinja.

    A practice example gets its title, facts and related examples around its own text; the
    contact page gets, under each contact, the examples that refer to it.
    """
    site: Site = env.woonkansen
    src_path = env.page.file.src_path
    env.woonkansen_sources[env.page.file.dest_uri] = src_path
    # For the theme (overrides/main.html): the page's date, and the feed where it belongs.
    changed = page_date(src_path, site, env.woonkansen_revisions)
    env.page.meta["laatst_gewijzigd"] = str(render_page_date(changed)) if changed else ""
    env.page.meta["nieuw_feed"] = FEED if src_path in FEED_PAGES else ""
    if env.woonkansen_held:
        env.page.woonkansen_frame = env.woonkansen_held  # see macros/hooks.py
    if src_path == CONTACT_PAGE:
        page_url = f"{(env.conf.get('site_url') or '').rstrip('/')}/contact/"
        env.markdown = add_contact_examples(env.markdown, site, page_url=page_url)
        return
    folder, _, name = src_path.rpartition("/")
    if folder == EXAMPLES_DIR:
        example = site.example(name.removesuffix(".md"))
        frame = ExamplePage(
            example,
            site,
            src_path,
            _permalink(env),
            env.woonkansen_neighbours,
            env.conf.get("site_url") or "",
        )
        env.markdown = frame.markdown
        env.page.meta["title"] = example.titel
        env.page.woonkansen_frame = frame  # see macros/hooks.py


def _permalink(env) -> str | None:
    """The title of the ¶ link after each heading, as the toc extension is set up."""
    toc = env.conf["mdx_configs"].get("toc") or {}
    return toc.get("permalink_title", "Permanent link") if toc.get("permalink") else None


def on_post_build(env) -> None:
    """Write the glossary exports, index the site for search; check the whole built site."""
    site: Site = env.woonkansen
    site_url = (env.conf.get("site_url") or "").rstrip("/") + "/"
    page_dir = GLOSSARY_PAGE.removesuffix(".md")
    folder = Path(env.conf["site_dir"]) / page_dir
    folder.mkdir(parents=True, exist_ok=True)
    written_exports = exports(site, f"{site_url}{page_dir}/")
    for name, content in written_exports.items():
        (folder / name).write_text(content, encoding="utf-8")
    site_dir = Path(env.conf["site_dir"])
    entries = feed_entries(site, env.woonkansen_revisions, site_url)
    (site_dir / FEED).write_text(render_feed(entries, site_url, env.conf["site_name"]), "utf-8")
    sources = env.woonkansen_sources
    manifest = Manifest(
        root=Path(env.project_dir),
        site_dir=site_dir,
        theme=env.woonkansen_theme,
        pages=sources,
        templates=frozenset(env.conf["theme"].static_templates),
    )
    manifest.generate(f"{page_dir}/{name}" for name in written_exports)
    manifest.generate([FEED])
    site_host = urlsplit(site_url).netloc or None
    examples = frozenset(d for d, s in sources.items() if s.startswith(f"{EXAMPLES_DIR}/"))
    pages = BuiltPages(site_dir, site_host, examples)
    try:
        manifest.generate(build_search(site, pages, site_dir, env.conf["site_name"], site_url))
    except FileNotFoundError as error:
        raise PluginError(
            f"de zoekindex kon niet gemaakt worden: {error} (installeer de pakketten uit "
            "requirements.txt, met pagefind[bin])"
        ) from None
    # The offline copy: the service worker and its list, from the finished site.
    template = (Path(__file__).parent / "serviceworker.js").read_text(encoding="utf-8")
    write_offline_copy(site_dir, template, env.conf["extra"]["editie"])
    manifest.generate([OFFLINE_MANIFEST, SERVICE_WORKER])
    # Every file of the site has a known origin (macros/publish.py).
    unknown = manifest.check()
    if unknown:
        listed = "\n".join(f"  - {p}" for p in unknown)
        raise PluginError(
            f"De bouw stopt: {len(unknown)} bestand(en) in de site zonder gekende herkomst.\n"
            f"{listed}"
        )
    # Last line of defence, over every built page and stylesheet, whatever produced it.
    problems = check_built_site(site_dir, site_host, sources, pages.seen)
    if problems:
        listed = "\n".join(f"  - {p}" for p in problems)
        raise PluginError(
            f"De bouw stopt: {len(problems)} keer laadt of volgt een pagina iets zonder klik, "
            f"of staat er code die niet van de site zelf is.\n{listed}"
        )
