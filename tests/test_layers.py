"""Imports in macros/ point down the layers documented in macros/__init__.py, never up.

Every module of the package is in exactly one layer; a module may import from its own layer
and the layers below it. The map is read from the package's docstring, so the documentation
and the test cannot disagree.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import macros

PACKAGE = Path(macros.__file__).parent
LAYER_LINE = re.compile(r"^\s*(?P<number>\d+)\.\s+(?P<name>[a-z]+):\s+(?P<modules>.+)$", re.M)


def documented_layers() -> dict[str, tuple[int, str]]:
    """Module -> (layer number, layer name), from the 'Layers' list of the docstring."""
    layers = {}
    for match in LAYER_LINE.finditer(macros.__doc__ or ""):
        for module in match["modules"].replace(",", " ").split():
            layers[module.removesuffix(".py")] = (int(match["number"]), match["name"])
    return layers


def imported_modules(path: Path) -> set[str]:
    """The macros modules a module imports (relative or as `macros.x`)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1 and node.module:
                found.add(node.module.split(".")[0])
            elif node.level == 1:  # `from . import gitlog`: the modules named, if they are
                names = {alias.name for alias in node.names}
                modules = names & {p.stem for p in PACKAGE.glob("*.py")}
                found |= modules or {"__init__"}
            elif node.level == 0 and (node.module or "").split(".")[0] == "macros":
                found.add(node.module.split(".")[1] if "." in node.module else "__init__")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "macros":
                    found.add(parts[1] if len(parts) > 1 else "__init__")
    return found


def test_every_module_is_in_one_layer():
    layers = documented_layers()
    modules = {p.stem for p in PACKAGE.glob("*.py")}
    assert len(set(map(tuple, layers.values()))) >= 8, "the layer list is missing"
    assert modules == set(layers), "each module of macros/ is listed in exactly one layer"


def test_no_import_points_to_a_higher_layer():
    layers = documented_layers()
    upward = [
        f"{path.stem} ({layers[path.stem][1]}) -> {other} ({layers[other][1]})"
        for path in sorted(PACKAGE.glob("*.py"))
        for other in sorted(imported_modules(path))
        if layers[other][0] > layers[path.stem][0]
    ]
    assert upward == []


def test_the_check_sees_an_upward_import(tmp_path):
    """The parser is not blind: an upward import in a module is found."""
    module = tmp_path / "text.py"
    module.write_text("from .glossary import x\nimport macros.search\n", encoding="utf-8")
    assert imported_modules(module) == {"glossary", "search"}
    layers = documented_layers()
    assert layers["glossary"][0] > layers["text"][0]
