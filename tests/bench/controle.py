"""Benchmark: `make controle` on a prepared venv (`make bench`).

The fast verdict a pull request gets before the browser suite: the build's loaders, schemas
and sanitizer, then a strict build into a temporary folder. Measured on a copy of the project
with one broken example (stops after the loaders) and on the real sources (whole build).
Target: seconds, not minutes. A benchmark: it prints figures, it does not fail on them.
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.conftest import ROOT, copy_project

BROKEN = '---\ntitel: "Genk: kapot"\nbouwstenen: [9]\nbron: bijdrage\ndatum: 2026-11-26\n---\nx\n'


def seconds(project: Path, rounds: int = 3) -> str:
    """Median wall-clock and CPU seconds (the CPU figure holds on a busy shared machine)."""
    wall, cpu = [], []
    for _ in range(rounds):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "macros.github.controle"],
            cwd=project,
            capture_output=True,
            check=False,
        )
        wall.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return f"{statistics.median(wall):.1f} s ({statistics.median(cpu):.1f} s CPU)"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        broken = copy_project(Path(tmp) / "kapot")
        (broken / "docs/praktijkvoorbeelden/genk-kapot.md").write_text(BROKEN, "utf-8")
        print(f"make controle, kapot voorbeeld (stopt na de loaders): {seconds(broken)}")
    print(f"make controle, volledige strenge bouw zonder browser: {seconds(ROOT)}")


if __name__ == "__main__":
    main()
