"""Each practice example file is read, parsed and rendered once per build.

One real build, in a process of its own, counts per example file: the times the file is opened
(Python's audit hook `open`, whoever opens it), the times its front matter is parsed (the
loader's YAML parser, and MkDocs' when a page arrives with front matter), and the times its
text is rendered as Markdown (the loader's allowlist check, and MkDocs' render of the page
when the page is not given the checked HTML). The guide's examples that a bouwsteen page shows
in a frame are part of that page's text: that is the bouwsteen page's render, not counted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from macros.core.sanitize import QUICKER_PATTERNS
from macros.data.model import EXAMPLES_DIR
from macros.data.site import load_site

COUNT = r"""
import collections, json, os, sys
from pathlib import Path

sys.path.insert(0, ".")
import macros.data.examples as examples
import macros.core.sanitize as sanitize
import markdown
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.structure.pages import Page

folder = Path("docs", examples.EXAMPLES_DIR).resolve()
texts = {}  # an example's text (as written, and as its page shows it) -> its slug
for path in folder.glob("*.md"):
    text = path.read_text(encoding="utf-8")
    body = text[examples.FRONT_MATTER.match(text).end():].strip("\n")
    texts[body] = texts[examples.page_text(body)] = path.stem
counts = {kind: collections.Counter() for kind in ("read", "parse", "render", "scans")}


def opened(event, args):
    if event == "open" and isinstance(args[0], (str, os.PathLike)):
        path = Path(os.fspath(args[0]))
        if path.suffix == ".md" and path.resolve().parent == folder:
            counts["read"][path.stem] += 1


def counted(kind, function, slug_of):
    def wrapper(*args, **kwargs):
        slug = slug_of(*args, **kwargs)
        if slug:
            counts[kind][slug] += 1
        return function(*args, **kwargs)

    return wrapper


def example_page(page):
    uri = page.file.src_uri
    return Path(uri).stem if uri.startswith(examples.EXAMPLES_DIR + "/") else None


parse_yaml = examples.parse_yaml
examples.parse_yaml = counted(
    "parse", parse_yaml, lambda text, file, *a, **k: Path(file).stem if file.startswith(
        f"docs/{examples.EXAMPLES_DIR}/") else None
)
by_text = lambda self, text, *a, **k: texts.get(text.strip("\n"))
sanitize.Renderer.render = counted("render", sanitize.Renderer.render, by_text)
sanitize.Renderer.render_without_html = counted(
    "render", sanitize.Renderer.render_without_html, by_text
)
read_source = Page.read_source


def read_source_counted(self, config):
    read_source(self, config)
    slug = example_page(self)
    if slug and self.meta:  # MkDocs found front matter: it parsed it
        counts["parse"][slug] += 1


Page.read_source = read_source_counted
page_render = Page.render
Page.render = counted(
    "render", page_render, lambda self, *a: example_page(self) if self.markdown.strip() else None
)
convert = markdown.Markdown.convert


def convert_seen(self, source):  # which backtick scan each Markdown render of the build uses
    counts["scans"][self.inlinePatterns["backtick"].compiled_re.pattern] += 1
    return convert(self, source)


markdown.Markdown.convert = convert_seen
sys.addaudithook(opened)
build(load_config("mkdocs.yml", site_dir=sys.argv[1], strict=True))
print(json.dumps({kind: dict(found) for kind, found in counts.items()}))
"""


@pytest.fixture(scope="module")
def counted(root, tmp_path_factory):
    """One real build with the counters of COUNT: (its counts, its site folder)."""
    site = tmp_path_factory.mktemp("counted") / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", COUNT, str(site)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1]), site


def test_every_markdown_render_of_the_build_uses_the_quicker_scans(counted):
    """MkDocs' renders of the pages as well as the loader's (macros/__init__.py adds
    QuickerScans to the site's Markdown extensions)."""
    counts, _ = counted
    quicker = QUICKER_PATTERNS["backtick"][1]
    assert sum(counts["scans"].values()) > 50
    assert counts["scans"] == {quicker: sum(counts["scans"].values())}


def test_each_example_is_read_parsed_and_rendered_once(root, counted):
    counts, site = counted
    slugs = sorted(p.stem for p in (root / "docs" / EXAMPLES_DIR).glob("*.md"))
    assert slugs == sorted(e.slug for e in load_site(root).examples)
    assert (site / EXAMPLES_DIR / slugs[0] / "index.html").is_file()
    for kind in ("read", "parse", "render"):
        assert {slug: counts[kind].get(slug, 0) for slug in slugs} == dict.fromkeys(slugs, 1), kind


def test_the_count_sees_a_second_read(root, tmp_path):
    """The counter is not blind: a file opened twice counts twice."""
    script = COUNT.split("build(load_config")[0] + (
        "for path in sorted(folder.glob('*.md'))[:1]:\n"
        "    path.read_text(encoding='utf-8'); path.read_bytes()\n"
        "print(json.dumps({k: dict(v) for k, v in counts.items()}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    counts = json.loads(done.stdout.strip().splitlines()[-1])
    first = sorted(p.stem for p in (root / "docs" / EXAMPLES_DIR).glob("*.md"))[0]
    assert counts["read"] == {first: 2}
    assert Path(root / "docs" / EXAMPLES_DIR / f"{first}.md").is_file()


def test_every_path_sorts_as_sorted_paths(tmp_path):
    """every_path orders by the paths' parts: the order sorted(rglob) gave, on names whose
    characters sort before and after the separator."""
    from macros.core.links import every_path

    names = ["a", "a-b", "a b", "a.b", "A", "é", "a0", "ab", "_", "~"]
    for first in names:
        for second in names[:5]:
            folder = tmp_path / first / second
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "index.html").write_text("x", encoding="utf-8")
        (tmp_path / f"{first}.html").write_text("x", encoding="utf-8")
    assert every_path(tmp_path) == sorted(tmp_path.rglob("*"))
    assert every_path(tmp_path) != sorted(tmp_path.rglob("*"), key=str)  # the case that matters
