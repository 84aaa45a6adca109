"""The one module that talks to MkDocs: mkdocs-macros' entry points and the MkDocs hooks.

`define_env` loads and validates the data once and makes the build's context
(macros/views/context.py); every other module is plain Python that receives what it needs. The
state of one build (its context, the frame of each page, which file each page came from) is a
`Build`, owned by this module and made anew by every `define_env` (MkDocs' `on_config`, once
per build and per rebuild of `mkdocs serve`); the MkDocs hooks in macros/hooks.py reach it
through `build_for`, by the build's config. Nothing is attached to MkDocs' objects.

Only the pages listed under `force_render_paths` in mkdocs.yml are rendered by Jinja;
contributed pages never are (see CONTRIBUTING.md). A practice example's page is rendered once,
by its loader, which checks that HTML against the allowlist (`Example.html`): MkDocs reads no
example file and is given an empty page (`page_source`), around which `page_content` puts the
title, facts and related examples, written as HTML, and the held text (large blocks of
finished HTML on other pages skip the Markdown render the same way: macros/core/held.py). The
glossary's abbreviations become the abbr extension's `glossary` setting, and the glossary
exports are written after the build, when the whole built site is also checked for anything
that loads from outside it.

Layers: a module imports only from its own layer and those with a lower number
(tests/test_layers.py reads this list). Each layer lives in the sub-package named before its
modules, so the folders show the layers; the entry points stay at the top of the package:

 1. core (core/): text, links, validation, leidraad, municipalities, report, held, gitlog
 2. markup (core/): sanitize
 3. data (data/): model, vocabulary, names, sources, terms, examples, site, revisions,
    abbreviations
 4. views (views/): context, occurrences, built, searchwords
 5. forms (pages/): forms
 6. pages (pages/): glossary, partners, changes, contact, bouwstenen, contribute
 7. outputs (outputs/): exports, search, offline, edition, compact
 8. publish (publish/): publish, pdf
 9. github (github/): intake, contributions, comment, controle, review, generate
10. entry (.): __init__, hooks

Core is text and rules without data (folding, Dutch dates, links, validation); markup is the
Markdown renderer and the allowlist; data the records and their loaders; views what is
derived from them once per build; forms the GitHub issue forms the pages link to; pages the
renderers per page; outputs the files beside the pages; publish the checks of the built
site (and `make pdf`, which prints the built site and has it checked again); github the
intake of contributions; entry the MkDocs side.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

from jinja2 import Environment, pass_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import TableOfContents, get_toc

from .core.held import HeldHtml
from .core.links import SitePaths, shared_folder, site_paths
from .core.sanitize import MarkdownSettings, QuickerScans, check_built_site
from .core.validation import DataError, Problems
from .data.abbreviations import abbreviation_targets
from .data.examples import (
    page_text,
    render_bouwsteen_examples,
    render_catalogue,
    render_example_block,
    render_example_inline,
)
from .data.model import EXAMPLES_DIR, Example, read_text
from .data.revisions import (
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
from .data.site import load_site
from .outputs.compact import SharedPart, compact_page, shared_part
from .outputs.edition import edition_date
from .outputs.exports import exports
from .outputs.offline import MANIFEST as OFFLINE_MANIFEST
from .outputs.offline import SERVICE_WORKER, write_offline_copy
from .outputs.search import finish_search, page_kinds, start_search
from .pages.bouwstenen import render_bouwsteen_heading, render_bouwstenen_cards
from .pages.changes import render_changes
from .pages.contact import CONTACT_PAGE, add_contact_examples
from .pages.contribute import CONTRIBUTING, TEMPLATE, render_contributing_page
from .pages.glossary import GLOSSARY_PAGE, dutch_date, render_glossary
from .pages.partners import render_partner_bullet, render_partner_page, render_partner_section
from .publish.publish import Manifest, check_sources, nav_pages, theme_files
from .views.built import BuiltPages
from .views.context import BuildContext


class Frame(Protocol):
    """What goes around (or into) a page's rendered HTML: an ExamplePage, or HeldHtml."""

    def wrap(
        self, content: str, toc: TableOfContents, ids: set[str]
    ) -> tuple[str, TableOfContents]: ...


@dataclass
class Build:
    """The state of one build: its context and what its pages hand over as they are made."""

    config: MkDocsConfig
    context: BuildContext
    sources: dict[str, str] = field(default_factory=dict)  # dest_uri -> src_path
    frames: dict[str, Frame] = field(default_factory=dict)  # src_path -> frame, until used
    examples: dict[str, Example] = field(default_factory=dict)  # src_path -> example
    output: dict[str, str] = field(default_factory=dict)  # dest_uri -> the page's HTML
    held: HeldHtml = field(default_factory=HeldHtml)  # of the page being rendered
    # (name, folder) -> a part of the theme's page and the paths it links to (`shared_fragment`)
    shared: dict[tuple[str, str], tuple[str, SitePaths | None]] = field(default_factory=dict)
    nav_paths: tuple[Navigation, SitePaths | None] | None = None  # the nav's, once
    folder_of: tuple[str, str | None] | None = None  # (a page's URL, its shared folder), once
    linked: set[str] | None = None  # what the `url` filter is given while a part is rendered
    # A shared part compacted once, and the key it stands in pages as (`_standing_in`).
    parts: dict[tuple[str, str], tuple[str, SharedPart]] = field(default_factory=dict)
    standing: dict[str, dict[str, SharedPart]] = field(default_factory=dict)  # per dest_uri
    key: str = field(default_factory=lambda: secrets.token_hex(8))  # no text can name a key

    def shared_fragment(
        self, name: str, page: Page | None, nav: Navigation, caller: Callable[[], str]
    ) -> str:
        """A part `name` of the theme's page for `page`, which `caller` renders: the
        navigation (overrides/partials/nav.html), the header's buttons (partials/header.html),
        the footer, the theme's settings and the scripts (main.html).

        On a page outside the navigation (a practice example) no entry of the navigation is
        active, and a link reads the same from every page of its folder unless it leads into
        the page's own folder (links.shared_folder). Such a part, rendered for the first page
        of a folder, is used again on the others, byte for byte, if none of the paths its
        render gave the `url` filter leads into their folder, nor into the first page's.
        """
        if page is None:
            return caller()
        if self.nav_paths is None or self.nav_paths[0] is not nav:
            homepage = self.config["extra"].get("homepage")
            urls = [getattr(item, "url", None) for item in _nav_items(nav.items)]
            self.nav_paths = (nav, site_paths(filter(None, [*urls, homepage])))
            self.shared = {}  # rendered from another navigation
            self.parts = {}
            self.folder_of = None
        if self.folder_of is None or self.folder_of[0] != page.url:  # once per page
            self.folder_of = (page.url, shared_folder(page.url, self.nav_paths[1]))
        folder = self.folder_of[1]
        if folder is None:
            return caller()
        html, paths = self.shared.get((name, folder), (None, None))
        if html is not None and shared_folder(page.url, paths) == folder:
            return html if self.linked is not None else self._standing_in(name, folder, page)
        self.linked = set()
        try:
            html = caller()
            linked = site_paths(sorted(self.linked))
        finally:
            self.linked = None
        if (name, folder) not in self.shared and shared_folder(page.url, linked) == folder:
            self.shared[name, folder] = (html, linked)
        return html

    def _standing_in(self, name: str, folder: str, page: Page) -> str:
        """What the page gets for a shared part: its key, with the whitespace around it, for
        `page_output` to put the part there compacted once (macros/outputs/compact.py)."""
        if (name, folder) not in self.parts:
            key = f"woonkansen{self.key}deel{len(self.parts)}"
            self.parts[name, folder] = (key, shared_part(self.shared[name, folder][0]))
        key, part = self.parts[name, folder]
        if part.compact is None:
            return self.shared[name, folder][0]
        self.standing.setdefault(page.file.dest_uri, {})[key] = part
        return f"{part.lead}{key}{part.trail}"


def _nav_items(items) -> Iterator:
    """Every page, link and section of the navigation, at any depth."""
    for item in items:
        yield item
        yield from _nav_items(item.children or ())


_build: Build | None = None


def build_for(config: MkDocsConfig) -> Build:
    """The build that `define_env` made for this config (the one MkDocs is running)."""
    if _build is None or _build.config is not config:
        raise PluginError("macros/hooks.py draait zonder de bouw van macros/__init__.py")
    return _build


def define_env(env) -> None:
    global _build
    _build = None
    settings = MarkdownSettings.from_mkdocs_config(env.conf)
    theme = env.conf["theme"]
    custom_dir = Path(theme.custom_dir) if theme.custom_dir else None
    theme_paths = theme_files([Path(d) for d in theme.dirs], custom_dir)
    # Before anything is copied: every file beside the pages is one the maintainers named.
    # Its problems are listed with those of the data, in one message.
    problems = Problems()
    listed = nav_pages(env.conf["nav"])
    not_in_nav = env.conf["not_in_nav"]
    check_sources(
        Path(env.project_dir),
        theme_paths,
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
    # Dates from git or the front matter (never the build's clock): macros/data/revisions.py.
    context = BuildContext.create(site, Revisions.from_git(Path(env.project_dir)), theme_paths)
    build = Build(env.conf, context, examples={e.src_path: e for e in site.examples})
    _build = build
    # Tooltips for every abbreviation on every page, from the glossary (no include file).
    env.conf["mdx_configs"].setdefault("abbr", {})["glossary"] = dict(context.abbreviations)
    # Every page: Python-Markdown's inline scans that start with a look-behind are given their
    # first character in front (QUICKER_PATTERNS in macros/core/sanitize.py), the same HTML sooner.
    env.conf["markdown_extensions"].append(QuickerScans())
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
            for slug, added in new_examples(site, context.revisions).items()
        }
        return build.held.hold(render_catalogue(site, current_page(), new))

    @env.macro
    def partnerkaart() -> str:
        """The partner page: map, list, a section per partner, partner x bouwsteen table."""
        return render_partner_page(site, current_page(), build.held.hold, context.abbreviate)

    @env.macro
    def woordenlijst() -> str:
        """The glossary page: filter, A–Z index, exports and every term."""
        return render_glossary(
            site, current_page(), env.conf["repo_url"], occurrences=context.occurrences
        )

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
    build_for(env.conf).held = HeldHtml()


def on_post_page_macros(env) -> None:
    """Add generated Markdown to pages that are not rendered by Jinja.

    A practice example gets its title, facts and related examples around its own text; the
    contact page gets, under each contact, the examples that refer to it.
    """
    build = build_for(env.conf)
    context = build.context
    site = context.site
    src_path = env.page.file.src_path
    build.sources[env.page.file.dest_uri] = src_path
    # For the theme (overrides/main.html): the page's date, and the feed where it belongs.
    changed = page_date(src_path, site, context.revisions)
    env.page.meta["laatst_gewijzigd"] = str(render_page_date(changed)) if changed else ""
    env.page.meta["nieuw_feed"] = FEED if src_path in FEED_PAGES else ""
    if build.held:
        build.frames[env.page.file.src_uri] = build.held  # put in place by `page_content`
    if src_path == CONTACT_PAGE:
        page_url = f"{(env.conf.get('site_url') or '').rstrip('/')}/contact/"
        env.markdown = add_contact_examples(env.markdown, site, page_url=page_url)
        return
    example = build.examples.get(env.page.file.src_uri)
    if example is not None:
        frame = context.example_page(example, _permalink(env), env.conf.get("site_url") or "")
        env.markdown = frame.markdown
        env.page.meta["title"] = example.titel
        build.frames[env.page.file.src_uri] = frame  # around the rendered text: `page_content`


def _permalink(env) -> str | None:
    """The title of the ¶ link after each heading, as the toc extension is set up."""
    toc = env.conf["mdx_configs"].get("toc") or {}
    return toc.get("permalink_title", "Permanent link") if toc.get("permalink") else None


def on_post_build(env) -> None:
    """Index the site for search, write the glossary exports and the feed meanwhile; check
    the whole built site."""
    build = build_for(env.conf)
    site = build.context.site
    site_url = (env.conf.get("site_url") or "").rstrip("/") + "/"
    site_dir = Path(env.conf["site_dir"])
    sources = build.sources
    site_host = urlsplit(site_url).netloc or None
    examples = frozenset(d for d, s in sources.items() if s.startswith(f"{EXAMPLES_DIR}/"))
    pages = BuiltPages(build.output, site_host, examples, page_kinds(sources, site))
    try:
        indexing = start_search(site, pages, site_dir)
    except FileNotFoundError as error:
        raise PluginError(
            f"de zoekindex kon niet gemaakt worden: {error} (installeer de pakketten uit "
            "requirements.txt, met pagefind[bin])"
        ) from None
    # While Pagefind works (in its own process): what does not need the index.
    try:
        page_dir = GLOSSARY_PAGE.removesuffix(".md")
        folder = site_dir / page_dir
        folder.mkdir(parents=True, exist_ok=True)
        written_exports = exports(site, f"{site_url}{page_dir}/")
        for name, content in written_exports.items():
            (folder / name).write_text(content, encoding="utf-8")
        entries = feed_entries(site, build.context.revisions, site_url)
        (site_dir / FEED).write_text(render_feed(entries, site_url, env.conf["site_name"]), "utf-8")
        manifest = Manifest(
            root=Path(env.project_dir),
            site_dir=site_dir,
            theme=dict(build.context.theme),
            pages=sources,
            templates=frozenset(env.conf["theme"].static_templates),
        )
        manifest.generate(f"{page_dir}/{name}" for name in written_exports)
        manifest.generate([FEED])
        manifest.generate(finish_search(indexing, site, site_dir, env.conf["site_name"], site_url))
    finally:
        indexing.stop()  # if the build failed on the way, Pagefind does not outlive it
    # The offline copy: the service worker and its list, from the finished site.
    template = (Path(__file__).parent / "serviceworker.js").read_text(encoding="utf-8")
    write_offline_copy(site_dir, template, env.conf["extra"]["editie"])
    manifest.generate([OFFLINE_MANIFEST, SERVICE_WORKER])
    # Every file of the site has a known origin (macros/publish/publish.py).
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


# MkDocs hooks (macros/hooks.py calls these)


def _recording(link_filter, build: Build):
    """The theme's filter `link_filter` (a path -> its URL from the page), which also tells
    the part of the page `build` is rendering (`Build.linked`) which path it was given."""

    @pass_context
    def recorded(context, value):
        if build.linked is not None:
            build.linked.add(str(value))
        return link_filter(context, value)

    return recorded


class _ExamplePage(Page):
    """The page of a practice example, made by `example_pages` before MkDocs makes one (as
    MkDocs lets a plugin: it makes a page only for a file that has none).

    Its text is usually given as the HTML the loader checked (`page_source` gives MkDocs no
    Markdown). Python-Markdown returns "" for a blank text before any extension runs, so
    MkDocs' render would set up every extension to produce nothing: this page sets what that
    render would set, without it. A page with text is rendered by MkDocs as any other.
    """

    def render(self, config: MkDocsConfig, files: Files) -> None:
        if self.markdown is None or self.markdown.strip():
            super().render(config, files)
            return
        self.content = ""
        self.toc = get_toc([])
        self._title_from_render = None
        self.present_anchor_ids = set()
        if _PAGES_LOG.getEffectiveLevel() > logging.DEBUG:  # as Page.render does
            self.links_to_anchors = {}


_PAGES_LOG = logging.getLogger("mkdocs.structure.pages")


def example_pages(files: Files, config: MkDocsConfig) -> Files:
    """Make the page of every practice example (`_ExamplePage`), before MkDocs does."""
    examples = build_for(config).examples
    for file in files.documentation_pages():
        if file.src_uri in examples and file.page is None:
            _ExamplePage(None, file, config)
    return files


def theme_env(env: Environment, config: MkDocsConfig) -> Environment:
    """The theme's Jinja environment of this build: parts of the page rendered once per folder
    of pages outside the navigation (`Build.shared_fragment`, used by overrides/partials/),
    with the `url` and `script_tag` filters telling the part being rendered which paths it
    links to."""
    build = build_for(config)
    for name in ("url", "script_tag"):
        env.filters[name] = _recording(env.filters[name], build)
    env.globals["shared_fragment"] = build.shared_fragment
    return env


def page_source(page: Page, config: MkDocsConfig) -> str | None:
    """The Markdown MkDocs renders of a practice example: its file is read and parsed once,
    by the loader, so MkDocs gets the text without front matter, or nothing when the page
    shows the HTML the loader checked (`Example.html`). Other pages: None (MkDocs reads them).
    """
    example = build_for(config).examples.get(page.file.src_uri)
    if example is None:
        return None
    return "" if example.html is not None else page_text(example.tekst)


def page_content(html: str, page: Page, config: MkDocsConfig) -> str:
    """Put the page's frame (title, facts, …) or held blocks around its rendered HTML, with
    the table of contents and the heading ids that links are checked against."""
    frame = build_for(config).frames.pop(page.file.src_uri, None)
    if frame is None:
        return html
    ids = page.present_anchor_ids if page.present_anchor_ids is not None else set()
    html, page.toc = frame.wrap(html, page.toc, ids)
    page.present_anchor_ids = ids
    return html


def page_output(output: str, page: Page, config: MkDocsConfig) -> str:
    """Keep the page's finished HTML, as MkDocs writes it, for the search records and the
    check of the built site (macros/views/built.py): the pages are not read back from disk. It is
    written lean, rendered the same (macros/outputs/compact.py)."""
    build = build_for(config)
    output = compact_page(output, build.standing.pop(page.file.dest_uri, None))
    build.output[page.file.dest_uri] = output
    return output


def template_output(output: str, template_name: str) -> str:
    """The theme's 404 page, as lean as the others (the sitemap is left as it is)."""
    return compact_page(output) if template_name == "404.html" else output
