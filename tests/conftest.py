"""Shared fixtures: the project root, and one strict build of the real site per test session."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = [sys.executable, "-m", "mkdocs"]


def build_site(project: Path, site_dir: Path) -> subprocess.CompletedProcess:
    """Run `mkdocs build --strict` for `project` into `site_dir`; return the finished process."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [*MKDOCS, "build", "--strict", "--clean", "--site-dir", str(site_dir)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def copy_project(destination: Path) -> Path:
    """A copy of the project's sources (no venv, no build output) to build variations of."""
    destination.mkdir(parents=True, exist_ok=True)
    ignore = shutil.ignore_patterns(".venv", "site", ".git", "__pycache__", ".pytest_cache")
    for name in (
        "mkdocs.yml",
        "CONTRIBUTING.md",
        "docs",
        "data",
        "glossary",
        "macros",
        "overrides",
    ):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, destination / name, ignore=ignore)
        elif source.exists():
            shutil.copy2(source, destination / name)
    return destination


@pytest.fixture
def project(tmp_path) -> Path:
    """A private copy of the project's sources, to add or break files in."""
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The real site, built strictly once for the session; the build must succeed."""
    site_dir = tmp_path_factory.mktemp("site")
    result = build_site(ROOT, site_dir)
    assert result.returncode == 0, f"strict build failed:\n{result.stdout}\n{result.stderr}"
    return site_dir
