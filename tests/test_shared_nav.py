"""The theme's navigation, rendered once per folder of pages outside it (`Build.shared_nav`).

overrides/partials/nav.html hands Material's navigation to `shared_nav`, which renders it once
for all the pages of a folder that are not in the navigation (the practice examples) and uses
that render again. That is right only if every link in it reads the same from each of those
pages: `links.shared_folder` says when, checked here against MkDocs' own relative URLs.
"""

from __future__ import annotations

import itertools
from types import SimpleNamespace

from mkdocs.utils import get_relative_url

from macros import Build
from macros.links import shared_folder

TARGETS = ["", "bouwstenen/", "bouwstenen/1-x/", "praktijkvoorbeelden/", "contact/", "a/b/c/"]
PAGES = [
    *("praktijkvoorbeelden/a/", "praktijkvoorbeelden/b/", "praktijkvoorbeelden/c/"),
    *("toegankelijkheid/", "zoeken/", "a/b/", "a/x/", "a/b/c/d/", "bouwstenen/"),
    *("bouwstenen/1-x/", "", "index.html", "a/b.html"),
]


def test_pages_of_one_folder_see_every_link_alike():
    shared = 0
    for one, other in itertools.combinations(PAGES, 2):
        folder = shared_folder(one, TARGETS)
        if folder is None or folder != shared_folder(other, TARGETS):
            continue
        shared += 1
        for target in TARGETS:
            assert get_relative_url(target, one) == get_relative_url(target, other), (
                one,
                other,
                target,
            )
    assert shared == 3 + 1  # the three examples with each other; toegankelijkheid and zoeken


def test_a_page_with_a_target_in_its_own_folder_has_its_own_navigation():
    assert shared_folder("praktijkvoorbeelden/a/", TARGETS) == "praktijkvoorbeelden"
    assert shared_folder("toegankelijkheid/", TARGETS) == ""
    assert shared_folder("bouwstenen/", TARGETS) is None  # in the navigation itself
    assert shared_folder("a/b/", TARGETS) is None  # a/b/c/ is linked from it as c/
    assert shared_folder("", TARGETS) is None
    assert shared_folder("a/b.html", TARGETS) is None  # not a directory URL


def navigation(*urls):
    items = [SimpleNamespace(url=url, children=None) for url in urls]
    return SimpleNamespace(items=[items[0], SimpleNamespace(children=items[1:])])


def test_the_navigation_is_rendered_once_per_folder_of_pages_outside_it():
    build = Build(config={"extra": {}}, context=None)
    nav = navigation("", "bouwstenen/", "praktijkvoorbeelden/")
    renders = []

    def render(page):
        def caller():
            renders.append(page.url)
            return f"nav {len(renders)}"

        return build.shared_nav(page, nav, caller)

    pages = [SimpleNamespace(url=u) for u in ("praktijkvoorbeelden/a/", "praktijkvoorbeelden/b/")]
    assert [render(p) for p in pages] == ["nav 1", "nav 1"]
    assert render(SimpleNamespace(url="bouwstenen/")) == "nav 2"  # a page in the navigation
    assert render(SimpleNamespace(url="bouwstenen/")) == "nav 3"
    assert render(SimpleNamespace(url="zoeken/")) == "nav 4"  # another folder
    assert render(SimpleNamespace(url="toegankelijkheid/")) == "nav 4"
    assert build.shared_nav(None, nav, lambda: "404") == "404"
    assert renders == ["praktijkvoorbeelden/a/", "bouwstenen/", "bouwstenen/", "zoeken/"]
    # A new navigation (the next build of `mkdocs serve` has a new Build) is read anew.
    other = navigation("", "praktijkvoorbeelden/a/")
    assert build.shared_nav(pages[0], other, lambda: "own") == "own"
    assert build.shared_nav(pages[1], other, lambda: "new") == "new"
    assert build.shared_nav(SimpleNamespace(url="praktijkvoorbeelden/c/"), other, str) == "new"
