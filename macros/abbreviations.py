"""Where each abbreviation leads: its glossary entry.

Python-Markdown's `abbr` extension gives every abbreviation a tooltip (`<abbr title>`), which
only a mouse can read. The theme writes this map into every page (overrides/main.html), so
docs/javascripts/afkortingen.js can make each abbreviation a control for keyboard and touch
that shows the expansion and links to the term on /woordenlijst/.
"""

from __future__ import annotations

from .model import Site


def abbreviation_targets(site: Site) -> dict[str, dict[str, str]]:
    """{abbreviation: {"id": term id, "term": term}} for every term with an abbreviation."""
    return {
        t.afkorting: {"id": t.id, "term": " ".join(t.term.split())}
        for t in site.terms
        if t.afkorting
    }
