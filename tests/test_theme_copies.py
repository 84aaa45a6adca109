"""The theme files in overrides/ are pinned to the installed Material for MkDocs.

Every file in THEME_OVERRIDES (macros/publish/publish.py) is one of four kinds, and each kind
is checked against the installed theme (the `material` package, `templates/`), so that upgrading
Material fails here, naming the file, instead of silently shipping a header or a repository
link that no longer matches the theme around it:

- COPIES: a verbatim copy of a Material template with the changes listed below. The test applies
  the listed (old, new) replacements to the installed original and expects our file, byte for
  byte. Each `old` must occur exactly once in the original: when Material changes the lines we
  replace, or any line we copied, the test fails. To upgrade: diff the new original with our
  copy, carry the change over, and update the replacement here.
- EXTENSIONS: templates that `{% extends %}` a Material template and fill its blocks: every block
  they fill must still exist in the template they extend (a renamed block would be dropped
  without an error by Jinja).
- REPLACEMENTS: our own content under a Material partial's name: Material must still include
  that partial by that name, else our file is never used.
- OWN: our own partials, included by a copy above; Material must have no file of that name.
"""

from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path

import material
import pytest

from macros.publish.publish import THEME_OVERRIDES

ROOT = Path(__file__).resolve().parent.parent
OVERRIDES = ROOT / "overrides"
THEME = Path(material.__file__).parent / "templates"
MATERIAL = version("mkdocs-material")

# Material's own header comment in every template, which a copy replaces by its own.
GENERATED = "{#-\n  This file was automatically generated - do not edit\n-#}\n"

COPIES: dict[str, tuple[tuple[str, str], ...]] = {
    # The theme's search dialog replaced by the site's own search form (Pagefind, zoekvak.html).
    "partials/header.html": (
        (
            GENERATED,
            "{#-\n"
            "  Material's header (9.8.2), with the theme's search dialog replaced by the site's"
            " own search\n"
            "  form (partials/zoekvak.html), and its buttons rendered by `shared_fragment`"
            " (macros/__init__.py:\n"
            "  once per folder of pages outside the navigation). Keep in step with Material's"
            " header.html.\n"
            "-#}\n",
        ),
        # The buttons after the title, rendered once per folder of pages outside the navigation.
        (
            "    </div>\n    {% if config.theme.palette %}\n",
            '    </div>{% call shared_fragment("header", page, nav) %}\n'
            "    {% if config.theme.palette %}\n",
        ),
        ("  {% endif %}\n</header>", "  {% endif %}\n{% endcall %}</header>"),
        (
            '    {% if "material/search" in config.plugins %}\n'
            '      {% set search = config.plugins["material/search"] | attr("config") %}\n'
            "      {% if search.enabled %}\n"
            '        <label class="md-header__button md-icon" for="__search">\n'
            '          {% set icon = config.theme.icon.search or "material/magnify" %}\n'
            '          {% include ".icons/" ~ icon ~ ".svg" %}\n'
            "        </label>\n"
            '        {% include "partials/search.html" %}\n'
            "      {% endif %}\n"
            "    {% endif %}\n",
            "    {#- Site search (Pagefind): a plain form that leads to the search page, also"
            " without\n"
            "        JavaScript; it replaces Material's search dialog (see "
            "macros/outputs/search.py). -#}\n"
            '    {% include "partials/zoekvak.html" %}\n',
        ),
    ),
    # No data-md-component="source": Material's script would ask the GitHub API for stars and
    # forks from every visitor's browser (a third-party request); a Dutch title.
    "partials/source.html": (
        (
            GENERATED,
            "{#-\n"
            '  The repository link, without data-md-component="source": Material\'s script would'
            " otherwise\n"
            "  ask the GitHub API for stars and forks from every visitor's browser"
            " (a third-party request).\n"
            "-#}\n",
        ),
        (
            'title="{{ lang.t(\'source\') }}" class="md-source" data-md-component="source">',
            'title="De bronbestanden van deze site op GitHub" class="md-source">',
        ),
    ),
    # Rendered once per folder of pages outside the navigation (macros/__init__.py).
    "partials/nav.html": (
        (
            GENERATED,
            "{#-\n"
            "  Material's navigation (9.8.2), rendered by `shared_fragment` (macros/__init__.py):"
            " the\n"
            "  same on every page of a folder outside the navigation (the practice examples), it"
            " is\n"
            "  rendered once per folder and build. Keep in step with Material's"
            " partials/nav.html.\n"
            "-#}\n"
            '{% call shared_fragment("nav", page, nav) %}',
        ),
        ("</nav>\n", "</nav>\n{%- endcall %}\n"),
    ),
}
EXTENSIONS = ("main.html", "404.html")
# Our file -> the Material template that must still include it by that name.
REPLACEMENTS = {"partials/copyright.html": "partials/footer.html"}
OWN = ("partials/zoekvak.html",)


def original(name: str) -> str:
    file = THEME / name
    assert file.is_file(), (
        f"overrides/{name}: Material {MATERIAL} has no templates/{name} any more; "
        "check what replaced it before upgrading"
    )
    return file.read_text(encoding="utf-8")


def test_every_override_is_of_one_kind():
    kinds = [*COPIES, *EXTENSIONS, *REPLACEMENTS, *OWN]
    assert sorted(kinds) == sorted(THEME_OVERRIDES), (
        "each file in THEME_OVERRIDES must be listed once in tests/test_theme_copies.py"
    )
    on_disk = sorted(
        p.relative_to(OVERRIDES).as_posix() for p in OVERRIDES.rglob("*") if p.is_file()
    )
    assert on_disk == sorted(THEME_OVERRIDES)


@pytest.mark.parametrize("name", sorted(COPIES))
def test_copy_equals_the_installed_original_apart_from_its_documented_changes(name):
    expected = original(name)
    for old, new in COPIES[name]:
        found = expected.count(old)
        assert found == 1, (
            f"overrides/{name}: Material {MATERIAL}'s templates/{name} changed: the lines our copy "
            f"replaces occur {found} times instead of once:\n{old}\n"
            "Carry the theme's change over into our copy and update COPIES in this test."
        )
        expected = expected.replace(old, new)
    ours = (OVERRIDES / name).read_text(encoding="utf-8")
    assert ours == expected, (
        f"overrides/{name} differs from Material {MATERIAL}'s templates/{name} beyond the "
        "documented changes: either the theme changed (carry its change over) or our copy was "
        "edited (list the change in COPIES in this test and in the file's header comment)."
    )


def test_each_copy_says_what_it_changes_in_a_jinja_comment():
    # A Jinja comment leaves no trace in the built HTML, like the theme's own header comment.
    for name in COPIES:
        ours = (OVERRIDES / name).read_text(encoding="utf-8")
        assert re.match(r"\{#-\n.+?\n-#\}\n", ours, re.S), name
        assert "This file was automatically generated" not in ours, name


BLOCK = re.compile(r"{%-?\s*block\s+(\w+)")
EXTENDS = re.compile(r'{%-?\s*extends\s+"([^"]+)"')


@pytest.mark.parametrize("name", EXTENSIONS)
def test_extension_fills_blocks_the_theme_still_has(name):
    ours = (OVERRIDES / name).read_text(encoding="utf-8")
    parent = EXTENDS.search(ours).group(1)
    # Blocks are defined in Material's base.html, reached through main.html.
    chain, template = "", parent
    while template:
        text = original(template)
        chain += text
        found = EXTENDS.search(text)
        template = found.group(1) if found else None
    theme_blocks = set(BLOCK.findall(chain))
    filled = set(BLOCK.findall(ours))
    assert filled, name
    missing = sorted(filled - theme_blocks)
    assert not missing, (
        f"overrides/{name} fills blocks {missing} that Material {MATERIAL}'s {parent} chain no "
        "longer defines: Jinja would drop them without an error"
    )


@pytest.mark.parametrize("name", sorted(REPLACEMENTS))
def test_replacement_is_still_included_by_the_theme(name):
    includer = REPLACEMENTS[name]
    assert f'{{% include "{name}" %}}' in original(includer), (
        f"overrides/{name}: Material {MATERIAL}'s templates/{includer} no longer includes "
        f"{name}, so our file would never be used"
    )
    original(name)  # the theme still has a file by that name


@pytest.mark.parametrize("name", OWN)
def test_own_partial_has_no_namesake_in_the_theme(name):
    assert not (THEME / name).exists(), f"Material {MATERIAL} now has its own templates/{name}"
    assert any(f'{{% include "{name}" %}}' in (OVERRIDES / c).read_text() for c in COPIES), name
