"""Unit tests of the loaders and the Dutch validation messages, without MkDocs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from macros.core.validation import DataError
from macros.data.site import load_site


@pytest.fixture
def project(tmp_path, root) -> Path:
    shutil.copytree(root / "data", tmp_path / "data")
    shutil.copytree(root / "docs" / "bouwstenen", tmp_path / "docs" / "bouwstenen")
    shutil.copy(root / "mkdocs.yml", tmp_path / "mkdocs.yml")
    return tmp_path


def errors_for(project: Path) -> str:
    with pytest.raises(DataError) as caught:
        load_site(project)
    return str(caught.value)


def test_real_data_loads(root):
    site = load_site(root)
    assert [b.nummer for b in site.bouwstenen] == list(range(1, 9))
    assert site.bouwsteen(4).titel == "Spreek dezelfde taal"


def test_broken_yaml_names_file_and_line(project):
    path = project / "data" / "bouwstenen.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("  titel: Kies bewust", "  titel: [Kies")
    )
    message = errors_for(project)
    assert "data/bouwstenen.yaml:" in message
    assert "YAML is niet leesbaar" in message


def test_unknown_key_and_missing_field_are_named(project):
    path = project / "data" / "bouwstenen.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("  ondertitel: Elke vraag", "  subtitel: Elke vraag")
    path.write_text(text, encoding="utf-8")
    message = errors_for(project)
    assert "data/bouwstenen.yaml:" in message
    assert "subtitel: is geen gekend veld" in message
    assert "ondertitel: ontbreekt" in message


def test_duplicate_key_is_an_error(project):
    path = project / "data" / "bouwstenen.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "  titel: Werk integraal\n", "  titel: Werk integraal\n  titel: Werk samen\n"
    )
    path.write_text(text, encoding="utf-8")
    message = errors_for(project)
    assert "titel: staat twee keer in dit bestand" in message


def test_missing_page_for_a_bouwsteen(project):
    (project / "docs" / "bouwstenen" / "8-kies-bewust.md").unlink()
    assert "slug: de pagina docs/bouwstenen/8-kies-bewust.md bestaat niet" in errors_for(project)


@pytest.mark.parametrize("name", ["nieuwe-lijst.yaml", "partners.yml", "notities.txt"])
def test_a_file_in_data_the_build_does_not_read_is_refused(project, name):
    """Nothing put in data/ is left unread without a word: a file no loader reads is named."""
    (project / "data" / name).write_text("- id: iets\n", encoding="utf-8")
    message = errors_for(project)
    assert f"data/{name}: de site leest dit bestand niet" in message
    assert "partners.yaml" in message and "docs/praktijkvoorbeelden/" in message


def test_a_folder_in_data_is_refused(project):
    (project / "data" / "extra").mkdir()
    (project / "data" / "extra" / "partners.yaml").write_text("[]\n", encoding="utf-8")
    assert "data/extra: de site leest deze map niet" in errors_for(project)


def test_invisible_classes_are_the_look_ahead_patterns_they_replace():
    """INVISIBLE and INVISIBLE_DECODED are one character class each, without the look-ahead
    that excepted tab, newline and carriage return (or the newline) from every control and
    format character: the same characters, all of Unicode tested."""
    import re
    import sys

    from macros.core.validation import (
        _INVISIBLE_CODES,
        INVISIBLE,
        INVISIBLE_DECODED,
        _invisible_class,
    )

    everything = _invisible_class(_INVISIBLE_CODES, "")
    stored = re.compile(f"(?![\t\n\r])[{everything}]")
    decoded = re.compile(f"(?!\n)[{everything}]")
    every_character = "".join(map(chr, range(sys.maxunicode + 1)))
    assert INVISIBLE.findall(every_character) == stored.findall(every_character)
    assert INVISIBLE_DECODED.findall(every_character) == decoded.findall(every_character)
    assert INVISIBLE.search("a\tb\nc\r\nd") is None and INVISIBLE.search("a\u202eb")
    assert INVISIBLE_DECODED.search("a\nb") is None and INVISIBLE_DECODED.search("a\tb")
