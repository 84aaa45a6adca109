"""Benchmark: the build with pathological contributions, beside the normal build (`make bench`).

Each input is small but was slow before its limit: "![" repeated (quadratic in
Python-Markdown), brackets left open, "<" left open, thousands of short lines (rules, headings:
Python-Markdown splits the block at each), lists and quotes nested hundreds deep, a footnote cited
hundreds of times, one very long "word" for the search's compound splitter, a list of 41,000
numbers for `uniqueItems`. Some are refused by the limits (macros/core/sanitize.py, macros/
validation.py), others are the worst that is still accepted: the largest text of the worst
kind the limits allow. Every input is added alone to a copy of the project and built; the
figures are whole strict builds, refused or not.

Target: no build takes more than twice the normal build. This is a benchmark, not a test: it
prints figures and never fails on timing (the tests check that the inputs are refused).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from tests.conftest import ROOT, build_site, copy_project

TEMPLATE = (ROOT / ".github" / "praktijkvoorbeeld-sjabloon.md").read_text(encoding="utf-8")
EXAMPLE = "docs/praktijkvoorbeelden/genk-bench.md"
GLOSSARY = "glossary/bench-lijst.yaml"
BODY = 16 * 1024 - 64  # just under the limit of an example's text (macros/data/examples.py)


def fill(unit: str, size: int = BODY) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def example(body: str) -> str:
    title = TEMPLATE.replace("Gemeente: korte titel van je voorbeeld", "Genk: bench")
    return title.split("\n---\n", 1)[0] + "\n---\n" + body + "\n"


GLOSSARY_TERM = (ROOT / "glossary" / "leegstand.yaml").read_text(encoding="utf-8")

# name -> (file, content); refused ones first, then the worst accepted.
INPUTS: dict[str, tuple[str, str]] = {
    "image openers, 16 KB": (EXAMPLE, example("![" * (BODY // 2))),
    "open brackets, 16 KB": (EXAMPLE, example("[" * BODY)),
    "list markers, 500 deep": (EXAMPLE, example("- " * 500 + "tekst")),
    "quotes, 500 deep": (EXAMPLE, example("> " * 500 + "tekst")),
    "footnote cited 4,000 times": (EXAMPLE, example("[^1]" * 4000 + "\n\n[^1]: x")),
    "41,000 numbers in a list": (
        GLOSSARY,
        GLOSSARY_TERM.replace(
            "term: Leegstand", "term: Lijst\nzie_ook: [" + ", ".join(["1"] * 41000) + "]"
        ),
    ),
    "tag openers “<a ”, 5,000 times": (EXAMPLE, example("<a " * 5000)),
    "3,000 rules “***”": (EXAMPLE, example("***\n" * 3000)),
    "accepted: one 16 KB word": (EXAMPLE, example("woning" * (BODY // 6))),
    "accepted: emphasis marks, 16 KB": (EXAMPLE, example(fill("*_"))),
    "accepted: 199 lines of headings, 16 KB": (
        EXAMPLE,
        example("\n".join(["## " + fill("woning ", BODY // 200 - 4)] * 199)),
    ),
    "accepted: 99 definitions, 16 KB": (
        EXAMPLE,
        example("\n".join(["woning\n:   " + fill("b", BODY // 100 - 12)] * 99)),
    ),
    "accepted: 10 open brackets a paragraph": (
        EXAMPLE,
        example(fill("![" * 5 + "woning " * 30 + "\n\n")),
    ),
    "accepted: brackets 8 deep": (EXAMPLE, example(fill("[" * 8 + "a" + "]" * 8 + " "))),
    "accepted: lists 8 deep": (
        EXAMPLE,
        example("".join("    " * (i % 8) + "- " + fill("woning ", 60) + "\n" for i in range(199))),
    ),
    "accepted: 40 footnotes": (
        EXAMPLE,
        example(
            fill("Een zin over wonen. ", BODY - 2000)
            + "".join(f"[^{i}]" for i in range(20))
            + "\n\n"
            + "".join(f"[^{i}]: Noot {i}.\n" for i in range(20))
        ),
    ),
    "accepted: tables, 199 lines": (
        EXAMPLE,
        example(
            "| a | b |\n|---|---|\n"
            + "".join(f"| x | {fill('y ', BODY // 200 - 12)} |\n" for _ in range(197))
        ),
    ),
    "accepted: links, 16 KB": (EXAMPLE, example(fill("[woning](https://www.genk.be) "))),
}


def timed_build(project: Path, site: Path) -> tuple[float, bool]:
    start = time.perf_counter()
    result = build_site(project, site)
    return time.perf_counter() - start, result.returncode == 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="builds per input (median)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        project = copy_project(Path(tmp) / "project")
        timed_build(project, Path(tmp) / "site-warm-up")  # caches filled, not counted
        normal = statistics.median(
            timed_build(project, Path(tmp) / f"site-{n}")[0] for n in range(args.runs)
        )
        print(f"Normal strict build: {normal:.2f} s ({args.runs} run(s), median).\n")
        print(f"{'input':<42} {'build s':>8} {'× normal':>9}  result")
        worst = 0.0
        for name, (relative, content) in INPUTS.items():
            path = project / relative
            path.write_text(content, encoding="utf-8")
            times, accepted = [], False
            for n in range(args.runs):
                seconds, accepted = timed_build(project, Path(tmp) / f"site-{name}-{n}")
                times.append(seconds)
            path.unlink()
            seconds = statistics.median(times)
            worst = max(worst, seconds)
            result = "built" if accepted else "refused"
            print(f"{name:<42} {seconds:>8.2f} {seconds / normal:>8.2f}×  {result}")
    print(f"\nWorst build over the pathological inputs: {worst:.2f} s = {worst / normal:.2f}× the")
    print("normal build (target: at most 2×).")


if __name__ == "__main__":
    main()
