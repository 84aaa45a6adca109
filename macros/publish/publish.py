"""What the site publishes: every file in site/ accounted for, by construction.

MkDocs copies every file under docs/ that is not Markdown into the site, and every file of the
theme folders, `overrides/` first: a file named like one of the theme's own assets replaces it,
an .svg or .htm beside the pages is published unread. So the build names what it publishes.
A file in site/ is one of:

- a page MkDocs made from a Markdown file under docs/, or a template of the theme rendered on
  its own (404.html, sitemap.xml and MkDocs' gzip of it);
- a file of the installed theme, byte for byte as installed;
- one of the maintainers' static files, each named in STATIC_ASSETS, byte for byte as in docs/;
- a file the site's own code wrote after the build (the glossary exports, the search index):
  the code that writes it says so (`on_post_build` in macros/__init__.py).

Anything else stops the build with a Dutch message naming it. Before the build, a file under
docs/ that is not Markdown and not named here, or a file under overrides/ that is not named in
THEME_OVERRIDES, stops it too, with its source named: nothing is copied first.

To publish a new static file, name it in STATIC_ASSETS; a new generated file (the service
worker, the feed) is registered where it is written. The dated PDFs are written after the build
by `make pdf` (macros/publish/pdf.py), from the checked site itself: they are named in
AFTER_BUILD, and `make pdf` checks that it changed nothing else (`check_after_build`), so that
every file in site/ after `make pdf` still has a known origin.
"""

from __future__ import annotations

import gzip
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..core.links import every_path
from ..core.validation import Problems

# Data

DOCS_DIR = "docs"
OVERRIDES_DIR = "overrides"

# The maintainers' own files under docs/ that are not pages, published as they are. Each is
# named: a pattern would also publish a file a pull request adds to the same folder.
STATIC_ASSETS = (
    "stylesheets/extra.css",
    "stylesheets/zoeken.css",
    "javascripts/afkortingen.js",
    "javascripts/menu.js",
    "javascripts/nagekeken.js",
    "javascripts/offline.js",
    "javascripts/praktijkvoorbeelden.js",
    "javascripts/tekst.js",
    "javascripts/presentatie.js",
    "javascripts/projector.js",
    "javascripts/vooraf.js",
    "javascripts/woordenlijst.js",
    "javascripts/zoeken.js",
)
# The maintainers' templates in overrides/ (theme.custom_dir): each replaces the theme's own
# template of that name, on purpose. Nothing else may be there.
THEME_OVERRIDES = (
    "main.html",
    "404.html",
    "partials/copyright.html",
    "partials/header.html",
    "partials/nav.html",
    "partials/source.html",
    "partials/zoekvak.html",
)
# Written into the checked site after the build by `make pdf` (macros/publish/pdf.py), the
# only files that may be added to site/ once the build's own check has passed.
GUIDE_PDF = "leidraad-woonkansen-kiezen.pdf"
GLOSSARY_PDF = "woordenlijst-woonkansen-kiezen.pdf"
AFTER_BUILD = (GUIDE_PDF, GLOSSARY_PDF)
# What MkDocs writes beside the rendered templates.
MKDOCS_WRITES = ("sitemap.xml.gz",)

NOT_DECLARED = (
    "staat in {folder}/ maar is geen pagina (.md) en geen van de bestanden die de beheerders "
    "bij naam publiceren (macros/publish/publish.py); de site publiceert niets wat ze niet kan "
    "nakijken: verwijder het bestand"
)
SHADOWS = (
    "heeft dezelfde naam als een bestand van het thema ({theme}) en zou het op elke pagina "
    "vervangen; dat is niet toegelaten: verwijder het bestand"
)


NOT_A_PAGE = (
    "is een pagina die niet in het menu van de site staat (nav in mkdocs.yml) en geen "
    "praktijkvoorbeeld is (die staan in docs/praktijkvoorbeelden/); een nieuwe pagina voegen "
    "de beheerders toe: verwijder het bestand of zet het voorbeeld in die map"
)


def nav_pages(nav) -> set[str]:
    """Every page named in MkDocs' `nav` (nested lists and titled entries)."""
    if isinstance(nav, str):
        return {nav}
    if isinstance(nav, dict):
        return {page for value in nav.values() for page in nav_pages(value)}
    if isinstance(nav, list):
        return {page for item in nav for page in nav_pages(item)}
    return set()


def is_hidden(relative: str) -> bool:
    """Names MkDocs never reads or publishes (".git", editor swap files)."""
    return any(part.startswith(".") for part in relative.split("/"))


def theme_files(theme_dirs: list[Path], custom_dir: Path | None) -> dict[str, Path]:
    """Every file of the installed theme (not the maintainers' overrides): path -> file."""
    found: dict[str, Path] = {}
    for directory in theme_dirs:
        if custom_dir is not None and directory.resolve() == custom_dir.resolve():
            continue
        for folder, _, names in os.walk(directory):
            for name in names:
                path = Path(folder) / name
                found.setdefault(path.relative_to(directory).as_posix(), path)
    return found


def check_sources(
    root: Path,
    theme: dict[str, Path],
    problems: Problems,
    assets=STATIC_ASSETS,
    is_listed=None,
) -> None:
    """Before the build: what docs/ and overrides/ would make MkDocs publish beside the pages.

    `theme` is `theme_files(…)`: the installed theme's files, which neither folder may shadow.
    `is_listed(path)` says whether a Markdown page (relative to docs/) is one of the site's:
    in the nav or under `not_in_nav` (the examples). Any other page is refused in Dutch here
    (MkDocs would only warn, in English).
    """
    declared = set(assets)
    for folder, allowed, is_page in (
        (DOCS_DIR, declared, lambda name: name.endswith(".md")),
        (OVERRIDES_DIR, set(THEME_OVERRIDES), lambda name: False),
    ):
        base = root / folder
        for directory, folders, names in os.walk(base):
            folders.sort()
            for name in sorted(names):
                relative = (Path(directory) / name).relative_to(base).as_posix()
                file = f"{folder}/{relative}"
                if is_hidden(relative):
                    continue
                if is_page(relative):
                    if is_listed is not None and not is_listed(relative):
                        problems.add(file, NOT_A_PAGE)
                    continue
                shadows = relative in theme and (folder == DOCS_DIR or relative not in allowed)
                if shadows:
                    problems.add(file, SHADOWS.format(theme=relative))
                elif relative not in allowed:
                    problems.add(file, NOT_DECLARED.format(folder=folder))
    for asset in sorted(declared):
        if not (root / DOCS_DIR / asset).is_file():
            problems.add(f"{DOCS_DIR}/{asset}", "ontbreekt (genoemd in macros/publish/publish.py)")


@dataclass
class Manifest:
    """Where every file of the built site comes from; `check` names what has no origin."""

    root: Path
    site_dir: Path
    theme: dict[str, Path]  # theme_files(…)
    pages: dict[str, str]  # dest path -> docs/ source (MkDocs' pages)
    templates: frozenset[str] = frozenset()  # the theme's static templates (404.html, …)
    assets: tuple[str, ...] = STATIC_ASSETS
    generated: set[str] = field(default_factory=set)  # written by the site's own code

    def generate(self, paths) -> None:
        """Record files the site's own code wrote into the site (relative to it)."""
        self.generated.update(paths)

    def check(self) -> list[str]:
        problems = []
        docs = (self.root / DOCS_DIR).resolve()
        for path in every_path(self.site_dir):
            relative = path.relative_to(self.site_dir).as_posix()
            if path.is_symlink():
                problems.append(f"{relative}: is een symbolische link")
                continue
            if path.is_dir():
                continue
            if relative in self.pages or relative in self.generated:
                continue
            if relative in self.templates or relative in MKDOCS_WRITES:
                if relative.endswith(".gz") and not self._is_gzip_of(path):
                    problems.append(f"{relative}: is niet wat MkDocs ervan maakt")
                continue
            if relative in self.assets:
                source = (self.root / DOCS_DIR / relative).resolve()
                if not source.is_relative_to(docs):
                    problems.append(f"{relative}: komt van buiten de repository ({source})")
                elif source.read_bytes() != path.read_bytes():
                    problems.append(f"{relative}: verschilt van docs/{relative}")
                continue
            theme = self.theme.get(relative)
            if theme is not None:
                if theme.read_bytes() != path.read_bytes():
                    problems.append(f"{relative}: verschilt van het bestand van het thema")
                continue
            source = self.root / DOCS_DIR / relative
            origin = f" (uit docs/{relative})" if source.exists() else ""
            problems.append(
                f"{relative}{origin}: de bouw weet niet waar dit bestand vandaan komt; het is "
                "geen pagina, geen bestand van het thema, niet genoemd in "
                "macros/publish/publish.py en "
                "niet door de site zelf gemaakt"
            )
        return problems

    def _is_gzip_of(self, path: Path) -> bool:
        plain = path.with_suffix("")
        try:
            return plain.is_file() and gzip.decompress(path.read_bytes()) == plain.read_bytes()
        except OSError:
            return False


def fingerprint(site_dir: Path) -> dict[str, str]:
    """Every file in the built site (relative path) -> the SHA-256 of its bytes."""
    found = {}
    for path in every_path(site_dir):
        relative = path.relative_to(site_dir).as_posix()
        if path.is_symlink():
            found[relative] = "symbolische link"
        elif path.is_file():
            found[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def check_after_build(site_dir: Path, before: dict[str, str], written) -> list[str]:
    """After a step that writes into the checked site (`make pdf`): what it changed beyond the
    files it wrote, or wrote without their being named in AFTER_BUILD.

    `before` is `fingerprint(site_dir)` taken when the step began, `written` the paths (relative
    to the site) it says it wrote.
    """
    written = set(written)
    now = fingerprint(site_dir)
    problems = []
    for relative in sorted(now.keys() | before.keys() | written):
        if relative in written:
            if relative not in AFTER_BUILD:
                problems.append(
                    f"{relative}: na de bouw geschreven, maar niet genoemd in AFTER_BUILD "
                    "(macros/publish/publish.py)"
                )
            elif now.get(relative) in (None, "symbolische link"):
                problems.append(f"{relative}: staat niet als gewoon bestand in de site")
        elif relative not in before:
            problems.append(
                f"{relative}: kwam na de bouw in de site, zonder gekende herkomst (niet door de "
                "bouw gecontroleerd en niet genoemd in AFTER_BUILD)"
            )
        elif relative not in now:
            problems.append(f"{relative}: verdween na de bouw uit de site")
        elif now[relative] != before[relative]:
            problems.append(f"{relative}: veranderde na de bouw")
    return problems
