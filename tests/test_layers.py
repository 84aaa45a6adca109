"""Imports in macros/ point down the layers documented in macros/__init__.py, never up.

Every module of the package is in exactly one layer, and in the sub-package (folder) that the
list names for its layer; a module may import from its own layer and the layers below it. The
map is read from the package's docstring, so the documentation and the test cannot disagree.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import macros

PACKAGE = Path(macros.__file__).parent
LAYER_LINE = re.compile(
    r"^\s*(?P<number>\d+)\.\s+(?P<name>[a-z]+)\s+\((?P<folder>[a-z]+/|\.)\):\s+"
    r"(?P<modules>.+(?:\n {4,}\S.*)*)$",
    re.M,
)


def documented_layers() -> dict[str, tuple[int, str]]:
    """Module (dotted, under macros) -> (layer number, layer name), from the docstring."""
    layers = {}
    for match in LAYER_LINE.finditer(macros.__doc__ or ""):
        folder = "" if match["folder"] == "." else match["folder"].rstrip("/") + "."
        for module in match["modules"].replace(",", " ").split():
            layers[folder + module.removesuffix(".py")] = (int(match["number"]), match["name"])
    return layers


def module_name(path: Path) -> str:
    """macros/data/model.py -> 'data.model'; macros/hooks.py -> 'hooks'."""
    return ".".join(path.relative_to(PACKAGE).with_suffix("").parts)


def package_modules() -> set[str]:
    """Every module of macros/, sub-packages' own __init__ files aside (they hold no code)."""
    return {
        module_name(p)
        for p in PACKAGE.rglob("*.py")
        if p.name != "__init__.py" or p.parent == PACKAGE
    }


def imported_modules(path: Path, known: set[str] | None = None, name: str = "") -> set[str]:
    """The macros modules a module imports, relative or as `macros.x.y`, as dotted names;
    `name` is the module's own dotted name (default: from its place in macros/)."""
    known = package_modules() if known is None else known
    own = (name or module_name(path)).split(".")[:-1]  # the module's package, under macros
    found = set()

    def add(parts: list[str], names: list[str]) -> None:
        dotted = ".".join(parts)
        if dotted in known:
            found.add(dotted)
            return
        named = {f"{dotted}.{n}" if dotted else n for n in names} & known
        found.update(named or {dotted or "__init__"})

    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            names = [alias.name for alias in node.names]
            if node.level:
                base = own[: len(own) - (node.level - 1)] if node.level > 1 else own
                add(base + (node.module.split(".") if node.module else []), names)
            elif (node.module or "").split(".")[0] == "macros":
                add(node.module.split(".")[1:], names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "macros":
                    add(parts[1:], [])
    return found


def test_every_module_is_in_one_layer_and_in_its_folder():
    layers = documented_layers()
    assert len(set(layers.values())) >= 8, "the layer list is missing"
    assert package_modules() == set(layers), "each module of macros/ is listed in one layer"
    folders = {}
    for module, (number, _) in layers.items():
        folders.setdefault(number, set()).add(module.rpartition(".")[0])
    assert all(len(f) == 1 for f in folders.values()), f"a layer spans folders: {folders}"


def test_no_import_points_to_a_higher_layer():
    layers = documented_layers()
    known = set(layers)
    upward = [
        f"{module_name(path)} ({layers[module_name(path)][1]}) -> {other} ({layers[other][1]})"
        for path in sorted(PACKAGE.rglob("*.py"))
        if module_name(path) in layers
        for other in sorted(imported_modules(path, known))
        if layers[other][0] > layers[module_name(path)][0]
    ]
    assert upward == []


def test_the_check_sees_an_upward_import(tmp_path):
    """The parser is not blind: upward imports in a module, in each spelling, are found."""
    module = tmp_path / "text.py"
    module.write_text(
        "from ..pages.glossary import x\nimport macros.outputs.search\n"
        "from macros.views import context\nfrom .links import href\n",
        encoding="utf-8",
    )
    found = imported_modules(module, set(documented_layers()), name="core.text")
    assert found == {"pages.glossary", "outputs.search", "views.context", "core.links"}
    layers = documented_layers()
    assert layers["pages.glossary"][0] > layers["core.text"][0]
