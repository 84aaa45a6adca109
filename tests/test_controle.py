"""`make controle`: the fast verdict on a pull request, without a browser. Broken
contributions give GitHub annotations on their file and line and a Dutch job summary; the
verdict says which files are contributions and what a reviewer must see."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from macros.github.contributions import (
    CONTRIBUTIONS,
    codeowners_text,
    compare_terms,
    is_contribution,
)
from macros.github.controle import Finding, annotation, escape_data, escape_property
from tests.conftest import ROOT, copy_project

BROKEN = """\
---
titel: "Genk: een kapot voorbeeld"
bouwstenen: [9]
bron: bijdrage
datum: 2026-11-26
---
Tekst.
"""


def git(project, *args):
    subprocess.run(["git", *args], cwd=project, check=True, capture_output=True)


@pytest.fixture
def repository(tmp_path):
    """A copy of the project as a git repository with one commit: the base branch."""
    project = copy_project(tmp_path / "project")
    git(project, "init", "-q", "-b", "main")
    git(project, "add", "-A")
    git(project, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "basis")
    return project


def test_workflow_commands_are_escaped_as_github_requires():
    assert escape_data("50% klaar\r\nvolgende") == "50%25 klaar%0D%0Avolgende"
    assert escape_property("a: b, c%") == "a%3A b%2C c%25"
    line = annotation(
        Finding("docs/x,y:z.md", 3, "regel 1\n::error::vals", "Bijdrage: titel, kort")
    )
    assert line == (
        "::error file=docs/x%2Cy%3Az.md,line=3,title=Bijdrage%3A titel%2C kort"
        "::regel 1%0A::error::vals"
    )
    assert "\n" not in line  # one command: the message cannot start a second one


def test_broken_contributions_give_annotations_and_a_dutch_summary(repository, tmp_path):
    (repository / "docs/praktijkvoorbeelden/genk-kapot.md").write_text(BROKEN, "utf-8")
    term = repository / "glossary/woonloket.yaml"
    reading = (
        "- perspectief: redactie\n  tekst: De redactie zegt dit.\n"
        "  bron:\n    titel: Redactie van de site\n    datum: 2026-11-30\nzie_ook:"
    )
    text = term.read_text("utf-8").replace(
        "synoniemen:\n", "afkorting: WLK\nsynoniemen:\n- premie\n"
    )
    term.write_text(text.replace("zie_ook:", reading), "utf-8")
    (repository / "macros/extra.py").write_text("x = 1\n", "utf-8")
    summary, verdict = tmp_path / "summary.md", tmp_path / "oordeel.json"
    env = {**os.environ, "GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    env["PR_NUMBER"] = "12"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "macros.github.controle",
            "--basis",
            "main",
            "--oordeel",
            str(verdict),
        ],
        cwd=repository,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::error ")]
    assert any(
        line.startswith("::error file=docs/praktijkvoorbeelden/genk-kapot.md,line=3,")
        and "bouwstenen" in line
        for line in annotations
    ), result.stdout
    text = summary.read_text("utf-8")
    assert "### De controle vond" in text and "docs/praktijkvoorbeelden/genk-kapot.md:3" in text
    assert "Files changed" in text and "Edit file" in text  # how to fix it in the web editor
    data = json.loads(verdict.read_text("utf-8"))
    assert data["pull_request"] == 12 and data["ok"] is False
    assert data["bijdragen"] == [
        "docs/praktijkvoorbeelden/genk-kapot.md",
        "glossary/woonloket.yaml",
    ]
    assert data["beheer"] == ["macros/extra.py"]
    assert data["afkortingen"] == ["glossary/woonloket.yaml: WLK"]
    assert data["synoniemen"] == ["glossary/woonloket.yaml: premie"]
    assert data["redactie"] == ["glossary/woonloket.yaml: Woonloket: De redactie zegt dit."]
    assert "Code, thema of instellingen van de beheerders (1)" in text


def test_controle_needs_the_site_packages_only():
    """The fast job installs requirements.txt only: nothing of the test tools is imported."""
    code = (
        "import sys, macros.github.controle, macros.github.comment, macros.github.contributions; "
        "print(sorted({m.split('.')[0] for m in sys.modules}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    dev = {"pytest", "playwright", "axe_playwright_python", "linkcheck", "zizmor"}
    assert not dev & set(json.loads(result.stdout.replace("'", '"')))
    makefile = (ROOT / "Makefile").read_text("utf-8")
    assert "controle: $(SITE_STAMP)" in makefile
    assert "$(SITE_STAMP): requirements.txt\n" in makefile


def test_the_comment_composer_runs_on_a_bare_python(tmp_path):
    """The comment workflow runs macros/github/comment.py without installing anything."""
    path = tmp_path / "oordeel.json"
    path.write_text(json.dumps({"versie": 1, "ok": True, "pull_request": 4}), "utf-8")
    result = subprocess.run(
        [sys.executable, "-S", "-I", str(ROOT / "macros/github/comment.py"), "nummer", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout == "4\n"


def test_contributions_are_exactly_the_paths_codeowners_leaves_unowned(root):
    text = (root / ".github/CODEOWNERS").read_text("utf-8")
    rules = [line.split() for line in text.splitlines() if line and not line.startswith("#")]
    assert rules[0][0] == "*" and rules[0][1].startswith("@")  # the maintainers own everything
    assert [r[0].lstrip("/") for r in rules[1:] if len(r) == 1] == list(CONTRIBUTIONS)
    assert all(len(r) == 1 for r in rules[1:])
    assert text == codeowners_text(rules[0][1])
    for path in ("docs/praktijkvoorbeelden/genk-x.md", "glossary/svk.yaml", "data/partners.yaml"):
        assert is_contribution(path), path
    for path in (
        "docs/praktijkvoorbeelden/sub/x.md",  # `*` never crosses a `/`
        "docs/praktijkvoorbeelden.md",
        "glossary/README.md",
        "docs/javascripts/zoeken.js",
        "overrides/main.html",
        "mkdocs.yml",
        "data/bouwstenen.yaml",
        ".github/workflows/test.yml",
    ):
        assert not is_contribution(path), path


def test_only_new_readings_abbreviations_and_synonyms_are_listed():
    old = {
        "term": "X",
        "afkorting": "XY",
        "synoniemen": ["a"],
        "lezingen": [{"perspectief": "redactie", "tekst": "oud"}],
    }
    new = {**old, "synoniemen": ["a", "b"], "lezingen": [*old["lezingen"]]}
    assert compare_terms("glossary/x.yaml", old, new) == {
        "redactie": [],
        "afkortingen": [],
        "synoniemen": ["glossary/x.yaml: b"],
    }
    assert compare_terms("glossary/x.yaml", {}, old)["afkortingen"] == ["glossary/x.yaml: XY"]
    assert compare_terms("glossary/x.yaml", {}, old)["redactie"] == ["glossary/x.yaml: X: oud"]
