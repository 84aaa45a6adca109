"""One build's context: the validated site and every view derived from it, made once.

`BuildContext.create` is called once per build (macros/__init__.py, `define_env`); renderers
receive from it what they need, as arguments. Nothing here knows MkDocs: the same context can
be made in a test or by another engine from a loaded `Site`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..data.abbreviations import Abbreviator, abbreviations
from ..data.examples import (
    ExamplePage,
    Neighbours,
    RelatedIndex,
    example_neighbours,
    related,
    related_index,
)
from ..data.model import Example, Site
from ..data.revisions import Revisions
from .occurrences import Occurrences


@dataclass(frozen=True)
class BuildContext:
    site: Site
    revisions: Revisions  # dates from git or the front matter (never the build's clock)
    theme: Mapping[str, Path]  # every file of the installed theme (macros/publish/publish.py)
    abbreviations: Mapping[str, str]  # abbreviation -> tooltip, for the abbr extension
    abbreviate: Abbreviator  # the same, for HTML the site writes itself
    related: RelatedIndex  # who shares a partner, bouwsteen or place
    neighbours: Neighbours  # previous and next example per bouwsteen
    occurrences: Occurrences  # where each term is used

    @classmethod
    def create(
        cls, site: Site, revisions: Revisions, theme: Mapping[str, Path] | None = None
    ) -> BuildContext:
        expansions = abbreviations(site)
        return cls(
            site=site,
            revisions=revisions,
            theme=theme or {},
            abbreviations=expansions,
            abbreviate=Abbreviator(expansions),
            related=related_index(site),
            neighbours=example_neighbours(site),
            occurrences=Occurrences(site),
        )

    def related_to(self, example: Example) -> tuple[Example, ...]:
        return tuple(related(example, self.site, self.related))

    def example_page(
        self, example: Example, permalink_title: str | None, site_url: str
    ) -> ExamplePage:
        """The frame of an example's own page (title, facts, related examples)."""
        return ExamplePage(
            example,
            self.site,
            example.src_path,
            self.abbreviate,
            self.related_to(example),
            self.neighbours,
            permalink_title,
            site_url,
        )
