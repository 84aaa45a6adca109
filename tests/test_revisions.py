"""What is new: the Atom feed, the "Nieuw" marker and "laatst gewijzigd", dated from git or
the front matter, never from the build's clock."""

from __future__ import annotations

import dataclasses
import os
import random
import re
import subprocess
from xml.etree import ElementTree as ET

import pytest

from macros.core.gitlog import git
from macros.core.links import page_url
from macros.core.text import excerpt
from macros.data.revisions import (
    FEED,
    FEED_ENTRIES,
    FeedEntry,
    Revisions,
    _dates,
    example_changed,
    feed_entries,
)
from macros.data.site import load_site
from tests.conftest import build_site, copy_project, filled_in_template

ATOM = "{http://www.w3.org/2005/Atom}"
TITLE = "Genk & As: een nieuw voorbeeld"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


def entries(feed: ET.Element) -> list[dict[str, str]]:
    return [
        {
            "id": e.findtext(f"{ATOM}id"),
            "title": e.findtext(f"{ATOM}title"),
            "updated": e.findtext(f"{ATOM}updated"),
            "link": e.find(f"{ATOM}link").get("href"),
            "summary": e.findtext(f"{ATOM}summary"),
        }
        for e in feed.findall(f"{ATOM}entry")
    ]


def assert_valid_atom(feed: ET.Element) -> None:
    """RFC 4287's required elements: feed id, title, updated, author; per entry id, title,
    updated; dates as RFC 3339; unique ids."""
    assert feed.tag == f"{ATOM}feed"
    for tag in ("id", "title", "updated"):
        assert feed.findtext(f"{ATOM}{tag}"), tag
    assert feed.findtext(f"{ATOM}author/{ATOM}name")
    assert RFC3339.match(feed.findtext(f"{ATOM}updated"))
    assert feed.find(f"{ATOM}link[@rel='self']").get("href").endswith(FEED)
    found = entries(feed)
    assert found and len({e["id"] for e in found}) == len(found)
    for entry in found:
        assert all(entry.values()), entry
        assert RFC3339.match(entry["updated"]) and entry["link"].startswith("https://")


@pytest.fixture(scope="module")
def copy_site(tmp_path_factory):
    """A copy that is not a git checkout, with one new example made from the template."""
    project = copy_project(tmp_path_factory.mktemp("nieuw") / "project")
    # the filled-in template of CONTRIBUTING.md, with its own title
    text = filled_in_template().replace("Genk: woonloket aan huis", TITLE)
    (project / "docs/praktijkvoorbeelden/genk-nieuw.md").write_text(text, encoding="utf-8")
    result = build_site(project, project / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


def test_the_feed_is_atom_and_lists_a_new_example(copy_site):
    feed = ET.parse(copy_site / FEED).getroot()
    assert_valid_atom(feed)
    entry = next(e for e in entries(feed) if e["title"] == TITLE)  # escaped and read back
    assert entry["updated"] == "2026-11-26T00:00:00Z"  # the front matter's datum
    assert entry["link"].endswith("/praktijkvoorbeelden/genk-nieuw/")
    assert entry["summary"] == text_of_example(filled_in_template())
    assert any(e["title"].startswith("Woordenlijst: ") for e in entries(feed))


def test_catalogue_and_glossary_link_the_feed(copy_site):
    for page in ("praktijkvoorbeelden", "woordenlijst"):
        html = (copy_site / page / "index.html").read_text(encoding="utf-8")
        assert '<link rel="alternate" type="application/atom+xml"' in html, page
        assert 'href="../nieuw.xml"' in html, page


def test_new_contributions_are_marked_and_dated_from_the_front_matter(copy_site):
    catalogue = (copy_site / "praktijkvoorbeelden/index.html").read_text(encoding="utf-8")
    item = catalogue.split('id="genk-nieuw"', 1)[1].split("</li>", 1)[0]
    assert "<strong>Nieuw</strong> — toegevoegd op 26 november 2026" in item
    assert catalogue.count('class="voorbeeld-nieuw"') == 1  # the guide's examples are not new
    page = (copy_site / "praktijkvoorbeelden/genk-nieuw/index.html").read_text(encoding="utf-8")
    assert 'Laatst gewijzigd op <time datetime="2026-11-26">26 november 2026</time>' in page


def test_without_git_there_is_no_date_from_the_build_clock(copy_site):
    """Without git, every date a page shows is one the data states (an example's `datum`, a
    term's `stand`): none comes from the clock, whatever today's date is."""
    from macros.data.site import load_site

    data = load_site(copy_site.parent)
    stated = {e.datum for e in data.examples if e.datum} | {t.stand for t in data.terms}
    for path in copy_site.rglob("*.html"):
        shown = re.findall(
            r'Laatst gewijzigd op <time datetime="([\d-]+)">', path.read_text(encoding="utf-8")
        )
        assert set(shown) <= stated, (path, shown)
    # A page with no front-matter date and no git history shows no date at all.
    assert "laatst-gewijzigd" not in (copy_site / "index.html").read_text(encoding="utf-8")
    # The glossary is dated by its terms' `stand`.
    glossary = (copy_site / "woordenlijst/index.html").read_text(encoding="utf-8")
    assert re.search(r'Laatst gewijzigd op <time datetime="\d{4}-\d{2}-\d{2}">', glossary)


def test_git_dates_each_page_by_its_last_commit(tmp_path):
    project = copy_project(tmp_path / "project")
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": "2025-05-01T12:00:00Z",
        "GIT_COMMITTER_DATE": "2025-05-01T12:00:00Z",
    }
    for args in (
        ["init", "-q"],
        ["add", "-A"],
        ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "basis"],
    ):
        subprocess.run(["git", *args], cwd=project, env=env, check=True, capture_output=True)
    revisions = Revisions.from_git(project)
    assert revisions.head == "2025-05-01"
    assert revisions.changed["docs/index.md"] == "2025-05-01"
    assert revisions.added["glossary/woonloket.yaml"] == "2025-05-01"
    result = build_site(project, project / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    home = (project / "site/index.html").read_text(encoding="utf-8")
    assert 'Laatst gewijzigd op <time datetime="2025-05-01">1 mei 2025</time>' in home


def test_a_shallow_or_missing_history_gives_no_git_dates(tmp_path):
    assert Revisions.from_git(tmp_path) == Revisions()
    log = "@@2026-11-30\ndocs/a.md\ndocs/b.md\n\n@@2026-11-01\ndocs/a.md\ndocs/c.md\n"
    assert _dates(log) == {
        "docs/a.md": "2026-11-30",
        "docs/b.md": "2026-11-30",
        "docs/c.md": "2026-11-01",
    }


def text_of_example(source: str) -> str:
    """The body of an example file: what comes after its front matter."""
    return source.split("\n---\n", 1)[1].strip()


def test_git_reads_utf8_paths_and_answers_none_without_a_checkout(tmp_path, monkeypatch):
    assert git(tmp_path, "rev-parse", "HEAD") is None  # no checkout: no answer, no exception
    monkeypatch.setenv("LC_ALL", "C")  # a machine without a UTF-8 locale reads the same names
    (tmp_path / "één-loket.md").write_text("x", encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True, capture_output=True)
    subprocess.run(["git", "add", "-A"], cwd=tmp_path, check=True, capture_output=True)
    assert git(tmp_path, "ls-files") == "één-loket.md\n"
    assert git(tmp_path, "no-such-command") is None


def test_feed_entries_are_those_of_every_example_sorted(root):
    """feed_entries makes a summary only for the newest examples: it lists what summing up
    every example, sorting and cutting gives, with many ties of date and title."""
    site = load_site(root)
    rng = random.Random(23)
    copies = [
        dataclasses.replace(
            e,
            slug=f"{e.slug}-{n}",
            titel=rng.choice([e.titel, "Zelfde titel"]),
            datum=rng.choice(["2026-11-26", "2026-11-27", "2025-01-01", None]),
            tekst=f"{n} {e.tekst}",
        )
        for n, e in enumerate(site.examples * 4)
    ]
    many = dataclasses.replace(site, examples=tuple(copies))
    for revisions in (Revisions(), Revisions({f"docs/{copies[3].src_path}": "2026-12-01"})):
        base = "https://example.org/"
        expected = [
            FeedEntry(e.titel, updated, base + page_url(e.src_path), excerpt(e.tekst))
            for e in many.examples
            if (updated := example_changed(e, revisions))
        ]
        terms = feed_entries(dataclasses.replace(many, examples=()), revisions, base)
        expected = sorted(expected + terms, key=lambda e: (e.updated, e.title), reverse=True)
        assert feed_entries(many, revisions, base) == expected[:FEED_ENTRIES]
