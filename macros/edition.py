"""The date of this edition of the site: the date of the last commit, never the build's time.

Without git history (a copy of the sources), the most recent date in the glossary's data
(`stand`) stands in: a date the content itself carries.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from .model import Site


def edition_date(root: Path, site: Site) -> str:
    """YYYY-MM-DD of the last commit in `root`, else the latest `stand` in the glossary."""
    try:
        done = subprocess.run(
            ["git", "-C", str(root), "log", "-1", "--format=%cs"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        date = done.stdout.strip()
        if done.returncode == 0 and len(date) == 10:
            return date
    except (OSError, subprocess.TimeoutExpired):
        pass
    return max((t.stand for t in site.terms), default="2021-01-01")
