"""`make help` lists every target a maintainer may run, each with what it does."""

from __future__ import annotations

import re
import subprocess

from tests.conftest import ROOT


def test_make_help_lists_every_phony_target_with_its_comment():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    phony = re.search(r"^\.PHONY:(.*?)(?<!\\)\n", makefile, re.S | re.M).group(1)
    targets = set(phony.replace("\\\n", " ").split())
    shown = subprocess.run(
        ["make", "--no-print-directory", "-C", str(ROOT), "help"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    listed = dict(re.findall(r"^  make (\S+) +(\S.*)$", shown, re.M))
    assert set(listed) == targets, sorted(set(listed) ^ targets)
    for target, what in listed.items():
        assert re.search(rf"^{re.escape(target)}:.*## {re.escape(what)}$", makefile, re.M), target
