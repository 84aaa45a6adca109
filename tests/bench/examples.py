"""Benchmark: build cost per extra practice example (`make bench`).

Builds a copy of the site with 0, 250 and 1,000 synthetic extra examples and prints build
seconds and output bytes per extra example, measured against the build without extras.
Target: at most 15 ms and 60 KB per extra example, flat from 250 to 1,000.

This is a benchmark, not a test: it prints figures and never fails on timing.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

import yaml

from tests.conftest import ROOT, build_site, copy_project

WORDS = [
    *("woonambtenaar", "OCMW", "samenwerking", "woonkwaliteit", "huurders", "overleg"),
    *("gemeente", "welzijn", "doelgroep", "leegstand", "senioren", "woonloket"),
    *("begeleiding", "afspraken", "wijk", "signalen", "partners"),
]


def synthetic_examples(project: Path, count: int, seed: int = 1) -> None:
    """Write `count` valid examples with realistic front matter and ~120 words of text."""
    rng = random.Random(seed)
    data = project / "data"
    partners = [p["id"] for p in yaml.safe_load((data / "partners.yaml").read_text("utf-8"))]
    themas = [t["id"] for t in yaml.safe_load((data / "themas.yaml").read_text("utf-8"))]
    gemeenten = yaml.safe_load((data / "gemeenten.yaml").read_text("utf-8"))
    folder = project / "docs" / "praktijkvoorbeelden"
    for n in range(count):
        text = " ".join(rng.choice(WORDS) for _ in range(120)).capitalize() + "."
        front = {
            "titel": f"Synthetisch voorbeeld {n}",
            "bouwstenen": sorted(rng.sample(range(1, 9), rng.randint(1, 2))),
            "gemeenten": rng.sample(gemeenten, 1),
            "partners": rng.sample(partners, rng.randint(0, 3)),
            "themas": rng.sample(themas, rng.randint(1, 3)),
            "bron": "bijdrage",
            "datum": "2026-11-26",
        }
        body = yaml.safe_dump(front, allow_unicode=True, sort_keys=False)
        (folder / f"bench-{n:05d}.md").write_text(f"---\n{body}---\n{text}\n", "utf-8")


def output_bytes(site: Path) -> int:
    return sum(p.stat().st_size for p in site.rglob("*") if p.is_file())


def measure(count: int, runs: int) -> tuple[float, int]:
    """Median build seconds and output bytes of the site with `count` extra examples."""
    with tempfile.TemporaryDirectory() as tmp:
        project = copy_project(Path(tmp) / "project")
        synthetic_examples(project, count)
        seconds = []
        size = 0
        for run in range(runs):
            site = Path(tmp) / f"site-{run}"
            start = time.perf_counter()
            result = build_site(project, site)
            seconds.append(time.perf_counter() - start)
            if result.returncode != 0:
                raise SystemExit(f"build with {count} examples failed:\n{result.stderr[-2000:]}")
            size = output_bytes(site)
        return statistics.median(seconds), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", type=int, nargs="+", default=[0, 250, 1000])
    parser.add_argument("--runs", type=int, default=3, help="builds per count (median)")
    args = parser.parse_args()

    print(f"Site: {ROOT}; {args.runs} builds per count, median wall time (whole build).")
    print(f"{'extra':>6} {'build s':>8} {'output MB':>10} {'ms/extra':>9} {'KB/extra':>9}")
    base_seconds = base_bytes = None
    rows = []
    for count in args.counts:
        seconds, size = measure(count, args.runs)
        if base_seconds is None:
            base_seconds, base_bytes = seconds, size
        per_ms = (seconds - base_seconds) * 1000 / count if count else 0.0
        per_kb = (size - base_bytes) / 1024 / count if count else 0.0
        rows.append((count, seconds, size))
        print(f"{count:>6} {seconds:>8.2f} {size / 1e6:>10.2f} {per_ms:>9.1f} {per_kb:>9.1f}")
    if len(rows) >= 3:
        (c1, s1, b1), (c2, s2, b2) = rows[-2], rows[-1]
        print(
            f"Marginal cost {c1}→{c2}: {(s2 - s1) * 1000 / (c2 - c1):.1f} ms and "
            f"{(b2 - b1) / 1024 / (c2 - c1):.1f} KB per extra example "
            "(target: ≤ 15 ms and ≤ 60 KB, flat)."
        )


if __name__ == "__main__":
    main()
