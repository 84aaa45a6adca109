"""mkdocs-macros entry point: load the data once, register the macros. Nothing else.

Only the pages listed under `force_render_paths` in mkdocs.yml are rendered by Jinja;
contributed pages never are (see CONTRIBUTING.md).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from .bouwstenen import render_bouwsteen_heading, render_bouwstenen_cards
from .model import load_site
from .validation import DataError


def define_env(env) -> None:
    try:
        site = load_site(Path(env.project_dir))
    except DataError as error:
        raise PluginError(str(error)) from None

    def current_page() -> str:
        return env.page.file.src_path

    @env.macro
    def bouwsteen_kop(nummer: int) -> str:
        """Heading and subtitle of bouwsteen `nummer`, from data/bouwstenen.yaml."""
        return render_bouwsteen_heading(site.bouwsteen(nummer))

    @env.macro
    def bouwstenen_overzicht() -> str:
        """Cards for all bouwstenen, linked from the current page."""
        return render_bouwstenen_cards(site.bouwstenen, current_page())
