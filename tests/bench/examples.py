"""Benchmark: what one more practice example costs, against bare Material (`make bench`).

For each count of synthetic extra examples (default 0 and 1,000) it builds, interleaved in the
same run (site, material, site, material, …, `--runs` rounds), this site and the same content
with bare Material for MkDocs (default theme, its own lunr search, no macros, no Pagefind), and
keeps the fastest build of each: the minimum is the figure least disturbed by other work on a
shared machine, and interleaving gives both the same disturbances. Beside the wall time it
prints the least CPU time (user and system) of the build process and what it ran, which other
work disturbs less still when the machine has more to do than it has cores. From the first
to the last count it prints, per variant, the build time and output bytes per extra page, and
the ratios

    (site Δ time per extra example) / (bare Material Δ time per extra page)    target ≤ 1.5×
    (site Δ bytes per extra example) / (bare Material Δ bytes per extra page)  target ≤ 1.4×

With `--basis REV` (`make bench BASIS=origin/main`) the sources of that git revision are built
as a third variant in the same rounds, so the ratios print before (REV) and after (this
checkout) side by side. `--basis HEAD` builds the same code twice and so shows the machine's
noise: on a shared two-core machine the two differed by up to 30% per extra example, CPU
time included, so a smaller difference between before and after says nothing.

At the last count it also measures, in Chromium, the bytes a first search query downloads on
each variant (target ≤ 300 KB on this site).

This is a benchmark, not a test: it prints figures and never fails on timing.
"""

from __future__ import annotations

import argparse
import io
import random
import resource
import subprocess
import tarfile
import tempfile
import time
from pathlib import Path

import yaml

from tests.conftest import CHROMIUM, CHROMIUM_ARGS, ROOT, build_site, copy_project, serve
from tests.searching import SEARCH_FILES, first_query_bytes, material_first_query_bytes

QUERY = "woonbegeleiding"
TIME_TARGET = 1.5
BYTES_TARGET = 1.4
QUERY_TARGET_KB = 300
# What copy_project copies: the sources a build reads.
SOURCES = (
    "mkdocs.yml",
    "CONTRIBUTING.md",
    ".github",
    "docs",
    "data",
    "glossary",
    "macros",
    "overrides",
)
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


def copy_revision(revision: str, destination: Path) -> Path:
    """The build's sources as they were at `revision` of this repository (git archive)."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", revision, "--", *SOURCES],
        capture_output=True,
        check=False,
        timeout=120,
    )
    if archive.returncode != 0:
        raise SystemExit(f"git archive {revision}: {archive.stderr.decode(errors='replace')}")
    destination.mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(destination, filter="data")
    return destination


def prepare(folder: Path, variant: str, count: int, basis: str | None) -> Path:
    """A project for `variant` ("site", "material" or "basis") with `count` extra examples."""
    project = folder / "project"
    if variant == "basis":
        copy_revision(basis, project)
    else:
        copy_project(project)
    synthetic_examples(project, count)
    if variant == "material":
        bare_material(project)
    return project


def build(project: Path, site: Path, variant: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one build: the CPU time (user and system) of the build
    process and what it ran (Pagefind), which other work on a shared machine disturbs less."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = build_site(project, site, strict=variant != "material")
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"{variant}: build of {project} failed:\n{result.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, cpu


def query_bytes(browser, site: Path, variant: str) -> int:
    with serve(site) as base:
        if variant == "material":
            return material_first_query_bytes(browser, base, QUERY)
        return first_query_bytes(browser, base, QUERY, SEARCH_FILES)


Rows = dict[str, list[tuple[int, float, int, float]]]


def measure(counts, runs, variants, basis, browser) -> tuple[Rows, dict[str, int]]:
    """Per variant: [(count, fastest build seconds, output bytes, least CPU seconds)], and
    first-query bytes."""
    rows: Rows = {v: [] for v in variants}
    queries: dict[str, int] = {}
    for count in counts:
        with tempfile.TemporaryDirectory() as tmp:
            projects = {v: prepare(Path(tmp) / v, v, count, basis) for v in variants}
            fastest = dict.fromkeys(variants, float("inf"))
            least_cpu = dict.fromkeys(variants, float("inf"))
            sites = {v: Path(tmp) / v / "site" for v in variants}
            for _ in range(runs):
                for variant in variants:  # interleaved: site, material, (basis), site, …
                    seconds, cpu = build(projects[variant], sites[variant], variant)
                    fastest[variant] = min(fastest[variant], seconds)
                    least_cpu[variant] = min(least_cpu[variant], cpu)
            for variant in variants:
                size = output_bytes(sites[variant])
                rows[variant].append((count, fastest[variant], size, least_cpu[variant]))
                print(
                    f"{variant:>9} {count:>6} {fastest[variant]:>8.2f} {size / 1e6:>10.2f} "
                    f"{least_cpu[variant]:>8.2f}"
                )
            if count == counts[-1]:
                queries = {v: query_bytes(browser, sites[v], v) for v in variants}
    return rows, queries


def per_extra(rows: list[tuple[int, float, int, float]]) -> tuple[float, float, float]:
    """(ms, KB, CPU ms) per extra page from the first to the last count."""
    (c1, s1, b1, p1), (c2, s2, b2, p2) = rows[0], rows[-1]
    return (s2 - s1) * 1000 / (c2 - c1), (b2 - b1) / 1024 / (c2 - c1), (p2 - p1) * 1000 / (c2 - c1)


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", type=int, nargs="+", default=[0, 1000])
    parser.add_argument("--runs", type=int, default=3, help="interleaved builds per count (min)")
    parser.add_argument("--basis", help="a git revision to build as 'before' in the same run")
    args = parser.parse_args()
    if len(args.counts) < 2 or sorted(args.counts) != args.counts:
        parser.error("--counts: at least two, in increasing order")
    variants = ("site", "material", *(("basis",) if args.basis else ()))

    print(f"Site: {ROOT}" + (f"; before: {args.basis}" if args.basis else ""))
    print(
        f"{args.runs} interleaved builds per count and variant; the fastest counts (wall time, "
        "whole build). CPU s: the least CPU time (user and system, the build and Pagefind), "
        "for a machine other work shares."
    )
    print(f"\n{'variant':>9} {'extra':>6} {'build s':>8} {'output MB':>10} {'CPU s':>8}")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        rows, queries = measure(args.counts, args.runs, variants, args.basis, browser)
        browser.close()

    first, last = args.counts[0], args.counts[-1]
    print(f"\nPer extra page, {first}→{last}:")
    costs = {v: per_extra(rows[v]) for v in variants}
    for variant in variants:
        ms, kb, cpu = costs[variant]
        print(f"{variant:>9}: {ms:6.1f} ms {kb:6.1f} KB {cpu:6.1f} ms CPU")
    bare_ms, bare_kb, bare_cpu = costs["material"]
    labels = {"basis": f"before ({args.basis})", "site": "after (this checkout)"}
    print("\nOne more example against one more page of bare Material (same run):")
    for variant in ("basis", "site") if args.basis else ("site",):
        ms, kb, cpu = costs[variant]
        label = labels[variant] if args.basis else "this site"
        print(
            f"  {label}: {ms / bare_ms:.2f}× the build time (target ≤ {TIME_TARGET}×), "
            f"{kb / bare_kb:.2f}× the output bytes (target ≤ {BYTES_TARGET}×); "
            f"CPU time {cpu / bare_cpu:.2f}×"
        )
    print(f"\nFirst query “{QUERY}” at +{last}:")
    for variant in variants:
        print(f"{variant:>9}: {queries[variant] / 1024:6.0f} KB")
    print(
        f"  this site: {queries['site'] / 1024:.0f} KB (target ≤ {QUERY_TARGET_KB} KB), "
        f"{queries['site'] / queries['material']:.2f}× bare Material's bytes"
    )


if __name__ == "__main__":
    main()
