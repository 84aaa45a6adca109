"""Shared fixtures: the project root, and one strict build of the real site per test session."""

from __future__ import annotations

import contextlib
import functools
import os
import re
import shutil
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = [sys.executable, "-m", "mkdocs"]


def build_site(project: Path, site_dir: Path, strict: bool = True) -> subprocess.CompletedProcess:
    """Run `mkdocs build --strict` for `project` into `site_dir`; return the finished process."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [
            *MKDOCS,
            "build",
            *(["--strict"] if strict else []),
            "--clean",
            "--site-dir",
            str(site_dir),
        ],
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
        ".github",  # the template that /bijdragen/ links to, and the issue forms
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


TEMPLATE = ROOT / ".github" / "praktijkvoorbeeld-sjabloon.md"


def contributing_examples() -> tuple[str, str]:
    """(the template, the same file filled in) as CONTRIBUTING.md shows them side by side."""
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    section = text.split("### Het sjabloon en een ingevuld voorbeeld", 1)[1]
    blocks = re.findall(r"^```text\n(.*?)^```$", section, re.S | re.M)
    assert len(blocks) >= 2, "CONTRIBUTING.md: the template and the filled-in example are missing"
    return blocks[0], blocks[1]


def filled_in_template() -> str:
    """The filled-in example of CONTRIBUTING.md: the template with every VUL-IN replaced."""
    return contributing_examples()[1]


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


# Browser tests: Playwright drives Debian's chromium; the site is served on 127.0.0.1.

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # keep test output readable
        pass

    def handle(self):
        # A browser that stops reading (a page left, a download cancelled) is not a failure of
        # the site; the standard library would print its traceback in the middle of the output.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            super().handle()

    def end_headers(self):
        # linkchecker throttles itself to ten requests a second unless the server says it may
        # go faster with this header; this server is ours and local.
        self.send_header("LinkChecker", "local test server")
        super().end_headers()


@contextlib.contextmanager
def serve(directory: Path):
    """Serve `directory` over HTTP on 127.0.0.1 (a free port); yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="session")
def server(site):
    """The built site over HTTP on 127.0.0.1 (a free port); yields its base URL."""
    with serve(site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    """Chromium from Debian (/usr/bin/chromium), never a downloaded browser.

    Outside CI a missing chromium skips the browser tests; in CI (CI=true) it is an error.
    """
    if not CHROMIUM.exists():
        message = (
            "browser tests need Debian's chromium (/usr/bin/chromium): "
            "apt-get install chromium (.ci/run does this)"
        )
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@contextlib.contextmanager
def page_in(context):
    """A page of `context` (closed afterwards); a JavaScript error on it fails the test."""
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest.fixture
def page(browser):
    """A fresh page; a JavaScript error on it fails the test."""
    with page_in(
        browser.new_context(locale="nl-BE", viewport={"width": 1280, "height": 900})
    ) as page:
        yield page
