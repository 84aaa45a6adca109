"""`make controle`: the fast Dutch verdict on a pull request, without a browser.

    python -m macros.github.controle [--basis REF] [--oordeel OORDEEL.json]

Runs the build's own checks on the checkout: the loaders, schemas and sanitizer
(macros.data.site.load_site), then a strict `mkdocs build` into a temporary folder for the checks
on the built site. It needs requirements.txt only.

Each problem is printed as a GitHub workflow command (`::error file=…,line=…,title=…::…`)
when GITHUB_ACTIONS=true, so GitHub shows it on the file and line in "Files changed";
elsewhere as `file:line: message`. With --basis (the base branch), it also says which
changed files are contributions and which are the maintainers' code, theme or configuration
(macros/github/contributions.py), and which new `redactie` readings, abbreviations and synonyms a
reviewer should see. The Dutch summary goes to $GITHUB_STEP_SUMMARY when it is set, and the
verdict as data to --oordeel (for the comment workflow, macros/github/comment.py).
Exit status 1 when there is a problem.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..core.validation import DataError
from ..data.site import load_site
from .comment import compose_verdict
from .contributions import changed_files, glossary_news, is_contribution

BUILT_LINE = re.compile(r"^\s+- (?P<where>.+?)(?::(?P<line>\d+))?: (?P<message>.+)$")
SOURCE = re.compile(r"\(gemaakt uit (?P<source>docs/[^)]+)\)$")


@dataclass(frozen=True)
class Finding:
    file: str  # relative to the project; "" when no file can be named
    line: int | None
    message: str
    title: str


# GitHub's workflow commands (docs.github.com, "Workflow commands for GitHub Actions";
# escaping as in actions/toolkit's command.ts): data escapes %, CR and LF; a property also
# `:` and `,`, which would otherwise end it.


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding) -> str:
    properties = []
    if finding.file:
        properties.append(f"file={escape_property(finding.file)}")
        if finding.line:
            properties.append(f"line={finding.line}")
    properties.append(f"title={escape_property(finding.title)}")
    return f"::error {','.join(properties)}::{escape_data(finding.message)}"


def plain(finding: Finding) -> str:
    where = f"{finding.file}:{finding.line}" if finding.line else finding.file
    return f"{where}: {finding.message}" if where else finding.message


# The checks


def data_findings(root: Path) -> list[Finding]:
    try:
        load_site(root)
    except DataError as error:
        return [
            Finding(
                p.file,
                p.line,
                f"{p.field}: {p.message}" if p.field else p.message,
                f"Bijdrage: {p.field or p.file}",
            )
            for p in error.problems
        ]
    return []


def build_findings(root: Path) -> list[Finding]:
    """A strict build into a temporary folder: the checks on the built site."""
    with tempfile.TemporaryDirectory(prefix="controle-") as tmp:
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", tmp],
            cwd=root,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            capture_output=True,
            text=True,
            check=False,
        )
    if result.returncode == 0:
        return []
    output = result.stdout + result.stderr
    findings = []
    for line in output.splitlines():
        match = BUILT_LINE.match(line)
        if not match:
            continue
        where = match["where"]
        source = SOURCE.search(where)
        file = source["source"] if source else ""
        line_number = int(match["line"]) if match["line"] and not source else None
        message = match["message"] if source or not where else f"{where}: {match['message']}"
        findings.append(Finding(file, line_number, message, "De site bouwt niet"))
    if not findings:
        tail = "\n".join(output.strip().splitlines()[-15:])
        findings.append(Finding("", None, f"De site bouwt niet:\n{tail}", "De site bouwt niet"))
    return findings


def verdict(root: Path, basis: str | None, findings: list[Finding]) -> tuple[dict, list[Finding]]:
    """The verdict as data, and the findings (with one about git when the comparison fails:
    the checks stand, only the list of what changed is missing, and it says why)."""
    changed: list[str] = []
    news: dict[str, list[str]] = {}
    if basis:
        try:
            changed = changed_files(root, basis)
            news = glossary_news(root, basis, changed)
        except ValueError as error:
            findings = [*findings, Finding("", None, f"vergelijken met {basis}: {error}", "Git")]
    number = os.environ.get("PR_NUMBER", "")
    data = {
        "versie": 1,
        "pull_request": int(number) if number.isdigit() else None,
        "ok": not findings,
        "problemen": [{"bestand": f.file, "regel": f.line, "melding": f.message} for f in findings],
        "bijdragen": [p for p in changed if is_contribution(p)],
        "beheer": [p for p in changed if not is_contribution(p)],
        **{key: news.get(key, []) for key in ("redactie", "afkortingen", "synoniemen")},
    }
    return data, findings


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m macros.github.controle")
    parser.add_argument("--basis", default="", help="de basisbranch, bv. origin/main")
    parser.add_argument("--oordeel", default="", help="schrijf het oordeel als JSON hierheen")
    args = parser.parse_args(argv)
    root = Path.cwd()
    findings = data_findings(root)
    if not findings:
        findings = build_findings(root)
    result, findings = verdict(root, args.basis or None, findings)
    on_github = os.environ.get("GITHUB_ACTIONS") == "true"
    for finding in findings:
        print(annotation(finding) if on_github else plain(finding))
    if args.oordeel:
        Path(args.oordeel).write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with open(summary, "a", encoding="utf-8") as out:
            out.write(compose_verdict(result))
    if not findings:
        print("Controle: geen problemen gevonden.")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
