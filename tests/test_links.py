"""Zero broken internal links or anchors: linkchecker against the site served on 127.0.0.1.

The verdict is read from linkchecker's machine-readable report (`-o xml`, every URL it checked
with `-v`), not from its summary line: an error is a URL whose `<valid>` is 0, and the report must
show that every built page was reached and checked.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree as ET

from tests.conftest import ROOT
from tests.pages import pages

CONFIG = Path(__file__).parent / "config" / "linkcheckerrc"
# Reached by no link on purpose: the page a visitor gets for an address that does not exist.
UNLINKED = {"404.html"}


def linkchecker() -> list[str]:
    found = shutil.which("linkchecker", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "linkcheck"]


def checked_urls(report: str) -> list[dict]:
    """linkchecker's XML report -> one dict per URL it checked (url, parent, valid, result…)."""
    root = ET.fromstring(report)
    assert root.tag == "linkchecker", report[:500]
    found = []
    for entry in root.iter("urldata"):
        valid = entry.find("valid")
        parent = entry.find("parent")
        found.append(
            {
                "url": entry.findtext("url") or "",
                "realurl": entry.findtext("realurl") or "",
                "parent": "" if parent is None else f"{parent.text} (regel {parent.get('line')})",
                "extern": entry.findtext("extern") == "1",
                "valid": valid is not None and valid.text == "1",
                "result": "" if valid is None else valid.get("result", ""),
                "warnings": [w.text or "" for w in entry.iter("warning")],
            }
        )
    return found


def page_url(server: str, site: Path, page: Path) -> str:
    relative = page.relative_to(site).as_posix()
    return urljoin(server, relative.removesuffix("index.html"))


def test_no_broken_internal_links_or_anchors(site, server, tmp_path):
    result = subprocess.run(
        [
            *linkchecker(),
            *("--config", str(CONFIG), "--no-status", "--no-robots", "--verbose"),
            *("--output", "xml/utf_8", server),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        timeout=900,
        check=False,
    )
    urls = checked_urls(result.stdout)
    broken = [u for u in urls if not u["valid"]]
    assert not broken, "\n".join(f"{u['url']} ← {u['parent']}: {u['result']}" for u in broken)
    warned = [u for u in urls if u["warnings"]]
    assert not warned, "\n".join(f"{u['url']} ← {u['parent']}: {u['warnings']}" for u in warned)
    assert result.returncode == 0, result.stderr[-3000:]
    # Plausible means complete: every built page (but the 404 page) was reached and checked.
    internal = {
        urlsplit(u["realurl"])._replace(fragment="").geturl() for u in urls if not u["extern"]
    }
    expected = {
        page_url(server, site, p)
        for p in pages(site)
        if p.relative_to(site).as_posix() not in UNLINKED
    }
    assert len(expected) == len(list((ROOT / "docs").rglob("*.md")))  # one page per Markdown file
    missing = sorted(expected - internal)
    assert not missing, f"{len(missing)} built pages were never checked: {missing[:20]}"
