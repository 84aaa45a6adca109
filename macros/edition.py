"""The date of this edition of the site: the date of the last commit, never the build's time.

Without git history (a copy of the sources), the most recent date in the glossary's data
(`stand`) stands in: a date the content itself carries.
"""

from __future__ import annotations

import datetime
import subprocess
from pathlib import Path

from .model import Site

MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


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


def dutch_date(iso: str) -> str:
    """2026-12-01 -> 1 december 2026."""
    day = datetime.date.fromisoformat(iso)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
