"""The date of this edition of the site: the date of the last commit, never the build's time.

Without git history (a copy of the sources), the most recent date in the glossary's data
(`stand`) stands in: a date the content itself carries.
"""

from __future__ import annotations

from pathlib import Path

from ..core.gitlog import git
from ..data.model import Site


def edition_date(root: Path, site: Site) -> str:
    """YYYY-MM-DD of the last commit in `root`, else the latest `stand` in the glossary."""
    date = (git(root, "log", "-1", "--format=%cs", timeout=10) or "").strip()
    if len(date) == 10:
        return date
    return max((t.stand for t in site.terms), default="2021-01-01")
