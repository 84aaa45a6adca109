"""Zero broken internal links or anchors: linkchecker against the site served on 127.0.0.1."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

CONFIG = Path(__file__).parent / "config" / "linkcheckerrc"


def linkchecker() -> list[str]:
    found = shutil.which("linkchecker", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "linkcheck"]


def test_no_broken_internal_links_or_anchors(server, tmp_path):
    result = subprocess.run(
        [*linkchecker(), "--config", str(CONFIG), "--no-status", "--no-robots", server],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        timeout=600,
        check=False,
    )
    report = result.stdout + result.stderr
    assert result.returncode == 0, report[-6000:]
    assert "0 errors found" in report or "0 errors" in report, report[-3000:]
    assert "0 warnings found" in report or "warnings found" not in report, report[-3000:]
