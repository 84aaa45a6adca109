"""Asking git: the one place the site runs `git` (dates of pages, the edition, symbolic links).

A copy of the sources without git, a shallow clone, a git that is missing or hangs: each answers
None, never an exception, so the caller falls back on what the files themselves say. Output is
read as UTF-8 whatever the machine's locale (file names such as `één-loket.md`), with paths
unquoted (`core.quotepath=off`); every call is bounded in time.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

TIMEOUT = 60  # seconds; a whole `git log --name-only` of the repository takes well under one


def git(root: Path, *args: str, timeout: float = TIMEOUT) -> str | None:
    """The output of `git -C root <args>`, or None if git is missing, fails or takes too long."""
    try:
        result = subprocess.run(
            ["git", "-c", "core.quotepath=off", "-C", str(root), *args],
            capture_output=True,
            check=False,
            timeout=timeout,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if result.returncode != 0:
        return None
    return result.stdout.decode("utf-8", "replace")
