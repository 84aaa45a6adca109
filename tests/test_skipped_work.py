"""Work skipped per page, with the same result: the cost of one more practice example.

Parts of the theme's page, rendered once per folder of pages outside the navigation:
overrides/partials/nav.html, header.html and main.html hand Material's navigation, the
header's buttons, the footer, the theme's settings and the scripts to `Build.shared_fragment`,
which renders each once for all the pages of a folder that are not in the navigation (the
practice examples) and uses that render again. That is right only if every link in it reads
the same from each of those pages: `links.shared_folder` says when, checked here against
MkDocs' own relative URLs. And MkDocs' render of an example's blank text (`_ExamplePage`)."""

from __future__ import annotations

import itertools
from types import SimpleNamespace

from mkdocs.utils import get_relative_url

from macros import Build
from macros.core.links import shared_folder, site_paths

TARGETS = ["", "bouwstenen/", "bouwstenen/1-x/", "praktijkvoorbeelden/", "contact/", "a/b/c/"]
TARGETS += ["assets/x.css", ".", "https://example.org/", "/abs/", "#top", "zoeken/?q=x"]
PAGES = [
    *("praktijkvoorbeelden/a/", "praktijkvoorbeelden/b/", "praktijkvoorbeelden/c/"),
    *("toegankelijkheid/", "zoeken/", "a/b/", "a/x/", "a/b/c/d/", "bouwstenen/", "over/"),
    *("bouwstenen/1-x/", "", "index.html", "a/b.html"),
]


def test_pages_of_one_folder_see_every_link_alike():
    shared = 0
    for one, other in itertools.combinations(PAGES, 2):
        folder = shared_folder(one, site_paths(TARGETS))
        if folder is None or folder != shared_folder(other, site_paths(TARGETS)):
            continue
        shared += 1
        for target in TARGETS:
            assert get_relative_url(target, one) == get_relative_url(target, other), (
                one,
                other,
                target,
            )
    assert shared == 3 + 1  # the three examples with each other; toegankelijkheid and over


def test_a_page_with_a_target_in_its_own_folder_has_its_own_navigation():
    assert shared_folder("praktijkvoorbeelden/a/", site_paths(TARGETS)) == "praktijkvoorbeelden"
    assert shared_folder("toegankelijkheid/", site_paths(TARGETS)) == ""
    assert shared_folder("bouwstenen/", site_paths(TARGETS)) is None  # in the navigation itself
    assert shared_folder("a/b/", site_paths(TARGETS)) is None  # a/b/c/ is linked from it as c/
    assert shared_folder("", site_paths(TARGETS)) is None
    assert shared_folder("a/b.html", site_paths(TARGETS)) is None  # not a directory URL
    assert shared_folder("zoeken/", site_paths(TARGETS)) is None  # a link to itself
    assert shared_folder("zoeken/", site_paths(["./zoeken"])) is None
    assert shared_folder("toegankelijkheid/", site_paths(["../x/"])) is None  # climbs: not judged
    assert (
        shared_folder(
            "toegankelijkheid/", site_paths(["https://toegankelijkheid/", "/toegankelijkheid/"])
        )
        == ""
    )


def page_at(url: str) -> SimpleNamespace:
    return SimpleNamespace(url=url, file=SimpleNamespace(dest_uri=f"{url}index.html"))


def shown(build: Build, page, html: str) -> str:
    """A part as the written page shows it: a part used again stands in the rendered page as a
    key, which `page_output` replaces with the part, compacted once (macros/outputs/compact.py)."""
    for key, part in build.standing.pop(page.file.dest_uri, {}).items():
        assert html.count(key) == 1
        html = html.replace(key, part.core)
    return html


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

        return shown(build, page, build.shared_fragment("nav", page, nav, caller))

    pages = [page_at(u) for u in ("praktijkvoorbeelden/a/", "praktijkvoorbeelden/b/")]
    assert [render(p) for p in pages] == ["nav 1", "nav 1"]
    assert render(page_at("bouwstenen/")) == "nav 2"  # a page in the navigation
    assert render(page_at("bouwstenen/")) == "nav 3"
    assert render(page_at("zoeken/")) == "nav 4"  # another folder
    assert render(page_at("toegankelijkheid/")) == "nav 4"
    assert build.shared_fragment("nav", None, nav, lambda: "404") == "404"
    assert renders == ["praktijkvoorbeelden/a/", "bouwstenen/", "bouwstenen/", "zoeken/"]
    # Each part apart: the header's buttons are not the navigation.
    assert build.shared_fragment("header", pages[0], nav, lambda: "buttons") == "buttons"
    assert shown(build, pages[1], build.shared_fragment("header", pages[1], nav, str)) == "buttons"
    assert shown(build, pages[1], build.shared_fragment("nav", pages[1], nav, str)) == "nav 1"
    # A new navigation (the next build of `mkdocs serve` has a new Build) is read anew.
    other = navigation("", "praktijkvoorbeelden/a/")
    assert build.shared_fragment("nav", pages[0], other, lambda: "own") == "own"
    assert build.shared_fragment("nav", pages[1], other, lambda: "new") == "new"
    third = page_at("praktijkvoorbeelden/c/")
    assert shown(build, third, build.shared_fragment("nav", third, other, str)) == "new"


def test_a_part_that_links_into_a_page_folder_is_rendered_for_that_page():
    """What the part gives the `url` filter decides, as the header's search box links to
    zoeken/, a page outside the navigation."""
    build = Build(config={"extra": {}}, context=None)
    nav = navigation("", "bouwstenen/")
    renders = []

    def render(url):
        def caller():
            build.linked.add("zoeken/")  # what the `url` filter records (macros.theme_env)
            renders.append(url)
            return f"header for {url}"

        page = page_at(url)
        return shown(build, page, build.shared_fragment("header", page, nav, caller))

    assert render("zoeken/") == "header for zoeken/"  # not kept: it links to itself
    assert render("toegankelijkheid/") == "header for toegankelijkheid/"  # kept
    assert render("zoeken/") == "header for zoeken/"  # not the kept one
    assert render("over/") == "header for toegankelijkheid/"
    assert renders == ["zoeken/", "toegankelijkheid/", "zoeken/"]
    assert build.linked is None


def test_the_theme_filters_tell_the_part_what_it_links_to(monkeypatch):
    import jinja2
    from mkdocs.utils.templates import script_tag_filter, url_filter

    import macros

    config = {"extra": {}}
    build = Build(config=config, context=None)
    monkeypatch.setattr(macros, "_build", build)
    env = jinja2.Environment()
    env.filters.update(url=url_filter, script_tag=script_tag_filter)
    macros.theme_env(env, config)
    template = env.from_string(
        "{% call shared_fragment('voet', page, nav) %}"
        "<a href=\"{{ 'zoeken/' | url }}\">z</a>{{ 'js/a.js' | script_tag }}{% endcall %}"
        "{{ 'buiten/' | url }}"
    )
    nav = navigation("", "bouwstenen/")
    page = page_at("toegankelijkheid/")
    html = template.render(page=page, nav=nav, base_url="..")
    assert html == '<a href="../zoeken/">z</a><script src="../js/a.js"></script>../buiten/'
    shared, paths = build.shared["voet", ""]
    assert shared == html.removesuffix("../buiten/")
    assert paths.paths == ("js/a.js/", "zoeken/")
    assert paths.folders == {"js/", "js/a.js/", "zoeken/"}
    zoeken = SimpleNamespace(url="zoeken/")
    assert template.render(page=zoeken, nav=nav, base_url="..").startswith('<a href="./">')


def test_an_example_page_without_text_is_set_as_mkdocs_would_render_it(root):
    """`_ExamplePage` skips MkDocs' render of a blank text (the loader's HTML stands on the
    page): what it sets is what that render sets."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.pages import Page

    from macros import _ExamplePage

    config = load_config(str(root / "mkdocs.yml"))
    docs = str(root / "docs")
    pages = []
    for kind, name in ((Page, "a"), (_ExamplePage, "b")):
        file = File(f"praktijkvoorbeelden/{name}.md", docs, "/tmp/site", True)
        page = kind(None, file, config)
        page.markdown = "\n \n"
        page.render(config, Files([file]))
        pages.append(page)
    mkdocs, ours = pages
    assert type(ours) is _ExamplePage
    assert ours.content == mkdocs.content == ""
    assert list(ours.toc) == list(mkdocs.toc) == []
    assert ours._title_from_render is mkdocs._title_from_render is None
    assert ours.present_anchor_ids == mkdocs.present_anchor_ids == set()
    assert ours.links_to_anchors == mkdocs.links_to_anchors
    ours.markdown = "## Kop\n\nTekst."  # a text: MkDocs renders it
    ours.render(config, Files([ours.file]))
    assert ours.content.startswith('<h2 id="kop">') and [t.id for t in ours.toc] == ["kop"]


def test_the_folders_of_site_paths_answer_as_testing_each_path():
    """`SitePaths.folders` holds exactly the folder URLs that start one of the paths."""
    paths = site_paths([*TARGETS, "a//b/", "x/y.z/", "."])
    candidates = {f"{p}/" for p in ("a", "a/b", "a/b/c", "a//b", "a/", "x", "x/y.z", "b", "c")}
    candidates |= {page for page in PAGES if page.endswith("/")} | {"./"}
    for url in candidates:  # a folder URL, as `shared_folder` asks only for those
        expected = any(path.startswith(url) for path in paths.paths)
        assert (url in paths.folders) == expected, url
