"""Benchmark: where the build time of one more practice example goes (`make bench`).

The first part of `make bench` (tests/bench/examples.py) says what one more example costs
against bare Material; this part says where that time goes. For each count of synthetic extra
examples (default 0 and 300) it builds the site once, in a fresh Python process, with a timer
around each phase of the build below: the CPU time of this process inside it (timers nest: a
phase includes the phases listed under it), and the CPU time of what the build ran (Pagefind).
It prints, per phase, the CPU milliseconds per extra example from the first to the last count.

A phase that can no longer be found (a function renamed or moved) stops the benchmark with
its name, so the list stays true to the code. This is a benchmark, not a test: it prints
figures and never fails on timing.
"""

from __future__ import annotations

import argparse
import importlib
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.examples import synthetic_examples
from tests.conftest import ROOT, copy_project

# (depth, label, module, attribute): the attribute is replaced where its caller looks it up.
PHASES = (
    (0, "loading and checking the data (load_site)", "macros", "load_site"),
    (1, "one example file (load_example)", "macros.data.examples", "load_example"),
    (2, "YAML front matter (parse_yaml)", "macros.data.examples", "parse_yaml"),
    (2, "schema (check_schema)", "macros.data.examples", "check_schema"),
    (2, "text: Markdown and allowlist (check_body)", "macros.data.examples", "check_body"),
    (0, "MkDocs: reading and converting pages", "mkdocs.commands.build", "_populate_page"),
    (
        1,
        "mkdocs-macros per page (on_page_markdown)",
        "mkdocs_macros.plugin",
        "MacrosPlugin.on_page_markdown",
    ),
    (
        2,
        "Jinja: the maintainer pages that use macros",
        "mkdocs_macros.plugin",
        "MacrosPlugin.render",
    ),
    (1, "frame around the text (page_content)", "macros", "page_content"),
    (0, "MkDocs: theme templates and writing", "mkdocs.commands.build", "_build_page"),
    (1, "leaner HTML (compact_page)", "macros", "compact_page"),
    (0, "after the build (on_post_build)", "macros", "on_post_build"),
    (1, "search records, Pagefind started (start_search)", "macros", "start_search"),
    (2, "pages read for search (read_pages)", "macros.outputs.search", "read_pages"),
    (2, "search records (build_records)", "macros.outputs.search", "build_records"),
    (2, "records written for Pagefind (Indexing)", "macros.outputs.search", "Indexing.__init__"),
    (1, "exports, while Pagefind works (exports)", "macros", "exports"),
    (1, "Pagefind's end, search files (finish_search)", "macros", "finish_search"),
    (1, "offline copy (write_offline_copy)", "macros", "write_offline_copy"),
    (1, "publish manifest (Manifest.check)", "macros.publish.publish", "Manifest.check"),
    (1, "check of every built page (check_built_site)", "macros", "check_built_site"),
)
CHILDREN = "programs the build ran (Pagefind), CPU"
WHOLE = "whole build, CPU of this process"


def timed(spent: dict[str, float], label: str, function):
    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.process_time() - start

    return wrapper


def inner(project: Path, site: Path, out: Path) -> None:
    """In a fresh process: build `project` into `site` with the phase timers; write seconds."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    spent: dict[str, float] = {}
    for _, label, module_name, attribute in PHASES:
        owner = importlib.import_module(module_name)
        *path, name = attribute.split(".")
        for part in path:
            owner = getattr(owner, part)
        if not hasattr(owner, name):
            raise SystemExit(f"phase “{label}”: {module_name}.{attribute} no longer exists")
        setattr(owner, name, timed(spent, label, getattr(owner, name)))
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.process_time()
    build(config)
    spent[WHOLE] = time.process_time() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    spent[CHILDREN] = (after.ru_utime - children.ru_utime) + (after.ru_stime - children.ru_stime)
    out.write_text(json.dumps(spent), encoding="utf-8")


def measure(count: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        project = copy_project(Path(tmp) / "project")
        synthetic_examples(project, count)
        out = Path(tmp) / "phases.json"
        command = [sys.executable, "-m", "tests.bench.phases", "--inner", str(project)]
        command += [str(Path(tmp) / "site"), str(out)]
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"build with {count} extra examples failed:\n{done.stderr[-2000:]}")
        return json.loads(out.read_text(encoding="utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", type=int, nargs=2, default=[0, 300])
    parser.add_argument("--inner", nargs=3, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        inner(*args.inner)
        return
    low, high = args.counts
    first, last = measure(low), measure(high)
    print(f"\nWhere one more example's build time goes (CPU ms per extra example, {low}→{high}):")
    rows = [(0, WHOLE), (0, CHILDREN)] + [(depth, label) for depth, label, *_ in PHASES]
    for depth, label in rows:
        extra = (last.get(label, 0.0) - first.get(label, 0.0)) * 1000 / (high - low)
        print(f"  {extra:8.2f}  {'  ' * depth}{label}")


if __name__ == "__main__":
    main()
