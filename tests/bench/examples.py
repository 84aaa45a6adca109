"""Benchmark: build cost per extra practice example, and site search (`make bench`).

Builds a copy of the site with 0, 250 and 1,000 synthetic extra examples and prints build
seconds and output bytes per extra example, measured against the build without extras.
Target: at most 15 ms and 60 KB per extra example, flat from 250 to 1,000.

In the same run it builds the same content with bare Material for MkDocs (default theme, its
own lunr search, no macros, no Pagefind) and measures, in Chromium, the bytes a first search
query downloads on both. It prints the ratios of one more example (build time, output bytes)
and of the first query's bytes; targets: ≤ 2.5× build time and ≤ 1.8× bytes, and at most
300 KB for a first query on this site.

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

from tests.conftest import CHROMIUM, CHROMIUM_ARGS, ROOT, build_site, copy_project, serve
from tests.searching import SEARCH_FILES, first_query_bytes, material_first_query_bytes

QUERY = "woonbegeleiding"
VARIANTS = ("site", "material")
# Bare Material for MkDocs: the theme's defaults and its own search plugin (the default
# plugin list), the Markdown extensions the content needs, and the site's navigation.
BARE_MATERIAL = """site_name: Woonkansen kiezen
theme:
  name: material
markdown_extensions: [abbr, admonition, attr_list, def_list, footnotes, md_in_html, tables, toc]
not_in_nav: |
  /praktijkvoorbeelden/*.md
"""

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


def bare_material(project: Path) -> None:
    """Turn the project copy into a bare Material for MkDocs site with the same pages."""
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    nav = config[config.index("\nnav:") :]
    (project / "mkdocs.yml").write_text(BARE_MATERIAL + nav, encoding="utf-8")


def measure(count: int, runs: int, variant: str, browser) -> tuple[float, int, int]:
    """Median build seconds, output bytes and first-query bytes with `count` extra examples."""
    with tempfile.TemporaryDirectory() as tmp:
        project = copy_project(Path(tmp) / "project")
        synthetic_examples(project, count)
        if variant == "material":
            bare_material(project)
        seconds = []
        size = 0
        for run in range(runs):
            site = Path(tmp) / f"site-{run}"
            start = time.perf_counter()
            result = build_site(project, site, strict=variant == "site")
            seconds.append(time.perf_counter() - start)
            if result.returncode != 0:
                raise SystemExit(f"build with {count} examples failed:\n{result.stderr[-2000:]}")
            size = output_bytes(site)
        with serve(site) as base:
            if variant == "site":
                query_bytes = first_query_bytes(browser, base, QUERY, SEARCH_FILES)
            else:
                query_bytes = material_first_query_bytes(browser, base, QUERY)
        return statistics.median(seconds), size, query_bytes


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", type=int, nargs="+", default=[0, 250, 1000])
    parser.add_argument("--runs", type=int, default=3, help="builds per count (median)")
    args = parser.parse_args()

    print(f"Site: {ROOT}; {args.runs} builds per count, median wall time (whole build).")
    print(f"First query: “{QUERY}” on /zoeken/ (Pagefind) and in Material's search (lunr).")
    marginal: dict[str, tuple[float, float, int]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for variant in VARIANTS:
            print(f"\n{variant}:")
            print(
                f"{'extra':>6} {'build s':>8} {'output MB':>10} {'ms/extra':>9} {'KB/extra':>9}"
                f" {'query KB':>9}"
            )
            base_seconds = base_bytes = None
            rows = []
            for count in args.counts:
                seconds, size, query_bytes = measure(count, args.runs, variant, browser)
                if base_seconds is None:
                    base_seconds, base_bytes = seconds, size
                per_ms = (seconds - base_seconds) * 1000 / count if count else 0.0
                per_kb = (size - base_bytes) / 1024 / count if count else 0.0
                rows.append((count, seconds, size, query_bytes))
                print(
                    f"{count:>6} {seconds:>8.2f} {size / 1e6:>10.2f} {per_ms:>9.1f} "
                    f"{per_kb:>9.1f} {query_bytes / 1024:>9.0f}"
                )
            if len(rows) >= 2:
                (c1, s1, b1, _), (c2, s2, b2, q2) = rows[-2], rows[-1]
                ms, kb = (s2 - s1) * 1000 / (c2 - c1), (b2 - b1) / 1024 / (c2 - c1)
                marginal[variant] = (ms, kb, q2)
                print(f"Marginal cost {c1}→{c2}: {ms:.1f} ms and {kb:.1f} KB per extra example.")
        browser.close()
    if len(marginal) == 2:
        (ms, kb, query), (bare_ms, bare_kb, bare_query) = marginal["site"], marginal["material"]
        print(
            f"\nOne more example against bare Material: {ms / bare_ms:.2f}× the build time "
            f"(target ≤ 2.5×), {kb / bare_kb:.2f}× the output bytes (target ≤ 1.8×).\n"
            f"First query at +{args.counts[-1]}: {query / 1024:.0f} KB against "
            f"{bare_query / 1024:.0f} KB, {query / bare_query:.2f}× the bytes "
            "(target ≤ 1.8×; ≤ 300 KB)."
        )


if __name__ == "__main__":
    main()
