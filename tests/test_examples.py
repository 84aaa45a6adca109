"""Practice examples: the validator against contributor mistakes, and the generated views.

Every mistake must fail with a Dutch message that names the file and the field.
"""

from __future__ import annotations

import itertools
import posixpath
import random
import re
import sys
from pathlib import Path

import pytest
from markupsafe import Markup
from mkdocs.structure.toc import TableOfContents

from macros.core.links import href, link, page_url, relative
from macros.core.text import excerpt, md_escape, plain_text, split_footnotes
from macros.core.validation import DataError
from macros.data.examples import (
    catalogue_item,
    example_contact,
    example_neighbours,
    reading_order,
    related,
    related_index,
    render_catalogue,
)
from macros.data.model import Example
from macros.data.revisions import Revisions
from macros.data.site import load_site
from macros.views.context import BuildContext
from tests.conftest import TEMPLATE, build_site, contributing_examples
from tests.pages import article, text_of

VALID = """---
titel: "Genk: woonloket aan huis"
bouwstenen: [3]
gemeenten: [Genk]
igs: [gaoz]
partners: [ocmw]
themas: [woonloket]
contact: igs-gaoz
bron: bijdrage
datum: 2026-11-26
---
Een medewerker van het woonloket gaat op huisbezoek bij senioren.
"""


def write(project: Path, name: str, text: str) -> str:
    path = project / "docs" / "praktijkvoorbeelden" / name
    path.write_text(text, encoding="utf-8")
    return f"docs/praktijkvoorbeelden/{name}"


def errors(project: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_site(project)
    return [str(problem) for problem in caught.value.problems]


def test_the_guide_has_at_least_45_examples(root):
    # Contributions (bron: bijdrage) come on top and are not counted here.
    site = load_site(root)
    assert len([e for e in site.examples if e.bron == "leidraad-2021"]) >= 45


def test_a_valid_contribution_loads(project):
    write(project, "genk-woonloket-aan-huis.md", VALID)
    example = load_site(project).example("genk-woonloket-aan-huis")
    assert example.titel == "Genk: woonloket aan huis"
    assert example.bouwstenen == (3,)
    assert example.datum == "2026-11-26"
    assert example.tekst.startswith("Een medewerker")


def test_front_matter_accepts_names_abbreviations_case_and_accents(project):
    text = (
        VALID.replace("gemeenten: [Genk]", "gemeenten: [genk, SINT TRUIDEN]")
        .replace("igs: [gaoz]", "igs: [IGS GAOZ, Wonen in West-Limburg]")
        .replace(
            "partners: [ocmw]", "partners: [CAW, Openbaar Centrum voor Maatschappelijk Welzijn]"
        )
        .replace("themas: [woonloket]", "themas: [Privehuurmarkt en discriminatie, LEEGSTAND]")
        .replace("contact: igs-gaoz", "contact: IGS GAOZ")
    )
    write(project, "genk-woonloket-aan-huis.md", text)
    example = load_site(project).example("genk-woonloket-aan-huis")
    assert example.gemeenten == ("Genk", "Sint-Truiden")
    assert example.igs == ("gaoz", "wwl")
    assert example.partners == ("caw", "ocmw")
    assert example.themas == ("privehuurmarkt", "leegstand")
    assert example.contact == "igs-gaoz"


def test_two_spellings_of_one_value_are_one_value_twice(project):
    write(project, "genk-woonloket-aan-huis.md", VALID.replace("[ocmw]", "[ocmw, OCMW]"))
    assert any(": partners: noemt dezelfde waarde twee keer" in e for e in errors(project))


MISTAKES = {
    "missing-field": (
        VALID.replace('titel: "Genk: woonloket aan huis"\n', ""),
        "titel",
        "ontbreekt; dit veld is verplicht",
    ),
    "wrong-type": (
        VALID.replace("bouwstenen: [3]", "bouwstenen: drie"),
        "bouwstenen",
        "verwacht een lijst met nummers van 1 t/m 8",
    ),
    "bouwsteen-9": (
        VALID.replace("bouwstenen: [3]", "bouwstenen: [3, 9]"),
        "bouwstenen",
        "9 bestaat niet (kies 1 t/m 8)",
    ),
    "unknown-partner": (
        VALID.replace("partners: [ocmw]", "partners: [ocwm]"),
        "partners",
        "“ocwm” bestaat niet als partner (bedoel je “ocmw”?)",
    ),
    "unknown-thema": (
        VALID.replace("themas: [woonloket]", "themas: [wonen-op-zee]"),
        "themas",
        "“wonen-op-zee” bestaat niet als thema",
    ),
    "unknown-contact": (
        VALID.replace("contact: igs-gaoz", "contact: genk"),
        "contact",
        "“genk” bestaat niet als contact",
    ),
    "unknown-gemeente": (
        VALID.replace("gemeenten: [Genk]", "gemeenten: [Gennk]"),
        "gemeenten",
        "“Gennk” bestaat niet als gemeente (bedoel je “Genk”?)",
    ),
    "unknown-key": (
        VALID.replace("bron: bijdrage", "bron: bijdrage\nonderwerp: wonen"),
        "onderwerp",
        "is geen gekend veld; toegelaten velden: bouwstenen",
    ),
    "broken-yaml": (
        VALID.replace('titel: "Genk: woonloket aan huis"', "titel: Genk: woonloket"),
        "",
        "de YAML is niet leesbaar (een dubbele punt op een plaats waar dat niet mag)",
    ),
    "template-syntax": (
        VALID.replace('titel: "Genk: woonloket aan huis"', 'titel: "{{ 7*7 }}"'),
        "titel",
        "zonder HTML (< >) of sjablooncode ({ })",
    ),
    "render-macros": (
        VALID.replace("bron: bijdrage", "bron: bijdrage\nrender_macros: true"),
        "render_macros",
        "is niet toegelaten in een praktijkvoorbeeld",
    ),
    "html-in-titel": (
        VALID.replace('"Genk: woonloket aan huis"', '"<b>Genk</b> woonloket"'),
        "titel",
        "heeft niet de juiste vorm",
    ),
    "html-in-text": (VALID + "\n<script>alert(1)</script>\n", "tekst", "HTML-code"),
    "javascript-link": (VALID + "\n[klik](javascript:alert(1))\n", "tekst", "javascript:"),
    "snippet-include": (VALID + '\n--8<-- "mkdocs.yml"\n', "tekst", "--8<--"),
    "missing-datum": (VALID.replace("datum: 2026-11-26\n", ""), "datum", "ontbreekt"),
    "bad-datum": (
        VALID.replace("datum: 2026-11-26", "datum: 26/11/2026"),
        "datum",
        "een datum in de vorm JJJJ-MM-DD",
    ),
    "bad-bron": (VALID.replace("bron: bijdrage", "bron: mail"), "bron", "is niet toegelaten"),
    "heading-in-text": (
        VALID + "\n# Mijn titel\n",
        "tekst",
        "een titel met “# ” is niet toegelaten",
    ),
    "empty-text": (
        VALID.split("---\n", 2)[0] + "---\n" + VALID.split("---\n", 2)[1] + "---\n",
        "tekst",
        "geen tekst",
    ),
}


@pytest.mark.parametrize("case", MISTAKES, ids=list(MISTAKES))
def test_contributor_mistake_fails_with_file_and_field(project, case):
    text, field, fragment = MISTAKES[case]
    file = write(project, "genk-woonloket-aan-huis.md", text)
    found = errors(project)
    mine = [e for e in found if e.startswith(file)]
    assert mine, f"no error for {file}: {found}"
    wanted = f": {field}: " if field else ": "
    assert any(wanted in e and fragment in e for e in mine), "\n".join(mine)


def test_errors_name_the_line(project):
    file = write(project, "genk-woonloket-aan-huis.md", MISTAKES["bouwsteen-9"][0])
    assert f"{file}:3: bouwstenen: 9 bestaat niet (kies 1 t/m 8)" in errors(project)


def test_missing_front_matter(project):
    file = write(project, "genk-zonder-gegevens.md", "Alleen tekst.\n")
    assert any(e.startswith(f"{file}:1: begint niet met de gegevens") for e in errors(project))


def test_duplicate_slug(project):
    write(project, "genk-woonloket-aan-huis.md", VALID)
    other = write(project, "Genk-Woonloket-Aan-Huis.md", VALID)
    assert any(
        e.startswith(f"{other}: bestandsnaam: geeft hetzelfde webadres") for e in errors(project)
    )


def test_duplicate_title(project):
    write(project, "genk-woonloket-aan-huis.md", VALID)
    other = write(project, "genk-woonloket-thuis.md", VALID)
    assert any(
        e.startswith(f"{other}: titel: “Genk: woonloket aan huis” is ook de titel")
        for e in errors(project)
    )


def test_nothing_is_dropped_silently(project):
    file = write(project, "voorbeeld.docx", "binary")
    (project / "docs" / "praktijkvoorbeelden" / "map").mkdir()
    found = errors(project)
    assert any(e.startswith(f"{file}: in deze map horen alleen") for e in found)
    assert any(
        e.startswith("docs/praktijkvoorbeelden/map: submappen horen hier niet") for e in found
    )


def test_every_problem_is_listed_at_once(project):
    write(project, "a-een.md", MISTAKES["bouwsteen-9"][0])
    write(project, "b-twee.md", MISTAKES["unknown-partner"][0].replace("Genk: woonloket", "Twee"))
    found = errors(project)
    assert any("a-een.md" in e for e in found) and any("b-twee.md" in e for e in found)


# Renderers, without MkDocs


def example(**changes) -> Example:
    values = dict(
        slug="x", titel="X", bouwstenen=(2,), bron="bijdrage", tekst="Tekst.", datum="2026-11-26"
    )
    return Example(**{**values, **changes})


def test_links_follow_directory_urls():
    assert page_url("praktijkvoorbeelden/a.md") == "praktijkvoorbeelden/a/"
    assert page_url("praktijkvoorbeelden/index.md") == "praktijkvoorbeelden/"
    assert href("praktijkvoorbeelden/a.md", "praktijkvoorbeelden/index.md") == "a/"
    assert href("partners.md", "praktijkvoorbeelden/a.md", "ocmw") == "../../partners/#ocmw"
    assert href("index.md", "partners.md") == "../"
    assert link("contact.md", "praktijkvoorbeelden/a.md", "hasselt") == "../contact.md#hasselt"


def test_relative_paths_agree_with_posixpath():
    paths = ["", ".", "a", "a/b", "a/c", "a/b/c", "x/y", "a/b/", "praktijkvoorbeelden/x/"]
    for target in paths:
        for start in paths:
            expected = posixpath.relpath(target or ".", start or ".")
            assert relative(target, start) == expected, (target, start)


def test_markdown_from_data_is_inert():
    assert md_escape("[x](javascript:alert(1))") == r"\[x\]\(javascript:alert\(1\)\)"
    assert md_escape("<b> & *") == r"&lt;b&gt; &amp; \*"


def test_footnotes_are_split_from_the_body():
    body, notes = split_footnotes("Tekst[^9].\n\n[^9]: Noot\n    vervolg\n")
    assert body == "Tekst[^9]." and notes == "[^9]: Noot\n    vervolg"


def test_excerpt_is_plain_and_short():
    text = "Een [link](https://x.be) en **vet**[^1]. " + "woord " * 100
    short = excerpt(text)
    assert short.startswith("Een link en vet.") and short.endswith("…") and len(short) < 230


def reference_plain_text(markdown: str) -> str:
    """plain_text as it was written first: each step a plain re.sub."""
    text, _ = split_footnotes(markdown)
    text = re.sub(r"\[\^[^\]]+\]", "", text)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<(https?://[^>]+|[^@>\s]+@[^>\s]+)>", r"\1", text)
    text = re.sub(r"[*_`]+", "", text)
    text = re.sub(r"^\s*(?:[-+*]|\d+\.)\s+", "", text, flags=re.M)
    return re.sub(r"\s+", " ", text).strip()


def test_whitespace_of_str_split_is_the_regex_whitespace():
    """plain_text collapses white space with str.split: the same characters as \\s."""
    every_character = "".join(map(chr, range(sys.maxunicode + 1)))
    assert re.findall(r"\s", every_character) == [c for c in every_character if c.isspace()]


def test_plain_text_is_the_plain_re_sub_steps(root):
    """The quick plain_text gives what the plain re.sub steps give: on every text of the
    site, on every short string of the signs that matter, and on random longer ones."""
    site = load_site(root)
    texts = [e.tekst for e in site.examples]
    texts += [r.tekst for t in site.terms for r in t.lezingen]
    signs = ["-", "*", "1", ".", " ", "\n", "[", "]", "(", ")", "^", "<", ">", "@", "_", "a"]
    texts += ["".join(p) for n in range(1, 5) for p in itertools.product(signs, repeat=n)]
    signs += ["`", "\t", "\r", "\u00a0", "\u2028", "\x1c", "+", "12", "!", ":", "http://", "b@c"]
    rng = random.Random(23)
    texts += ["".join(rng.choices(signs, k=rng.randint(5, 60))) for _ in range(20000)]
    for text in texts:
        assert plain_text(text) == reference_plain_text(text), repr(text)
        # the catalogue takes the plain text of an example's whole text for its body's
        assert plain_text(split_footnotes(text)[0]) == plain_text(text), repr(text)


def test_catalogue_item_escapes_everything(root):
    site = load_site(root)
    nasty = example(slug="nasty", titel='A & B "<script>"', tekst="<i>x</i> & y")
    html = str(catalogue_item(nasty, site, "praktijkvoorbeelden/index.md"))
    assert "<script>" not in html and "<i>" not in html
    assert "A &amp; B &#34;&lt;script&gt;&#34;" in html
    assert isinstance(catalogue_item(nasty, site, "praktijkvoorbeelden/index.md"), Markup)


def test_catalogue_has_a_hidden_form_and_every_example(root):
    site = load_site(root)
    html = render_catalogue(site, "praktijkvoorbeelden/index.md")
    assert '<form class="voorbeeld-filters" id="voorbeeld-filters" hidden' in html
    assert html.count('<li class="voorbeeld"') == len(site.examples)
    for name in ("q", "bouwsteen", "plaats", "partner", "thema"):
        assert f'name="{name}"' in html
    assert 'for="filter-tekst"' in html


def frame(site, slug: str, content: str = "<p>tekst</p>", ids: set | None = None):
    example = site.example(slug)
    context = BuildContext.create(site, Revisions())
    page = context.example_page(example, "Link naar deze sectie", "")
    return page.wrap(content, TableOfContents([]), set() if ids is None else ids)


def test_example_page_shows_facts_and_related(root):
    site = load_site(root)
    html, toc = frame(site, "lanaken-huurderssyndicaat")
    assert html.startswith(
        '<nav class="kruimelpad" aria-label="Kruimelpad"><ol><li><a class="naar-catalogus" '
        'href="../">Praktijkvoorbeelden</a></li>'
    )
    assert (
        '<h1 id="lanaken-zitdag-van-het-huurderssyndicaat">Lanaken: zitdag van het '
        'Huurderssyndicaat<a class="headerlink" href="#lanaken-zitdag-van-het-huurderssyndicaat"'
        ' title="Link naar deze sectie">&para;</a></h1>'
    ) in html
    assert '<a href="../../bouwstenen/2-werk-integraal/">Bouwsteen 2 • Werk integraal</a>' in html
    # Municipality, partner and theme open the catalogue filtered on them.
    assert '<a href="../?plaats=g-lanaken">Lanaken</a>' in html
    assert '<a href="../?partner=huurderssyndicaat">' in html
    assert (
        '<a href="../../contact/#lanaken">Lanaken</a> <span class="feit-noot">— '
        "contactgegevens uit de leidraad (2021)</span>"
    ) in html
    assert "Werkt dit contact niet meer? Vraag de dienst wonen van Lanaken" in html
    assert '<a href="mailto:wonen@limburg.be">wonen@limburg.be</a>' in html
    assert '<h2 id="verwante-praktijkvoorbeelden">Verwante praktijkvoorbeelden' in html
    assert 'rel="prev">Vorige: ' in html or 'rel="next">Volgende: ' in html
    assert '<a href="mailto:wonen@limburg.be?subject=Verouderd%20gegeven' in html
    [top] = toc
    assert top.id == "lanaken-zitdag-van-het-huurderssyndicaat" and top.level == 1
    assert top.children[-1].id == "verwante-praktijkvoorbeelden"


def test_a_former_municipality_shows_and_links_today_s_name(root):
    site = load_site(root)
    html, _ = frame(site, "bilzen-overleg-wijkpolitie")
    assert '<a href="../?plaats=g-bilzen-hoeselt">Bilzen (nu Bilzen-Hoeselt)</a>' in html
    assert "Vraag de dienst wonen van Bilzen-Hoeselt" in html
    assert site.example("bilzen-overleg-wijkpolitie").gemeenten == ("Bilzen",)  # as the guide


def test_every_example_has_a_dated_contact_route(root):
    site = load_site(root)
    for example in site.examples:
        contact, _ = example_contact(example, site)
        assert contact is not None, example.slug
        html, _ = frame(site, example.slug)
        assert "<dt>Contact</dt>" in html, example.slug
        assert "contactgegevens uit de leidraad (2021)" in html or "laatst bevestigd op" in html
        assert "Werkt dit contact niet meer?" in html, example.slug


def test_neighbours_follow_the_bouwsteen_list(root):
    site = load_site(root)
    neighbours = example_neighbours(site)
    for bouwsteen in site.bouwstenen:
        listed = reading_order(site.examples_for_bouwsteen(bouwsteen.nummer))
        for before, after in itertools.pairwise(listed):
            entry = {n: (b, a) for n, b, a in neighbours.by_slug[before.slug]}
            assert entry[bouwsteen.nummer][1] == after
            entry = {n: (b, a) for n, b, a in neighbours.by_slug[after.slug]}
            assert entry[bouwsteen.nummer][0] == before


def test_example_page_frame_escapes_data_and_keeps_ids_unique(project):
    write(
        project,
        "genk-kop.md",
        VALID.replace('titel: "Genk: woonloket aan huis"', 'titel: "OCMW & \\"x\\""')
        + "\n## Verwante praktijkvoorbeelden\n\nMeer tekst.\n",
    )
    site = load_site(project)
    example = site.example("genk-kop")
    assert example.html is not None  # the checked HTML stands on the page
    html, toc = frame(site, "genk-kop", ids={"verwante-praktijkvoorbeelden"})
    assert "&amp; &#34;x&#34;" in text_of_title(html)
    assert '<abbr title="OCMW' in html  # abbreviations as in rendered Markdown
    assert 'id="verwante-praktijkvoorbeelden_1"' in html  # the text's own heading keeps its id
    [top] = toc
    assert [c.id for c in top.children] == [
        "verwante-praktijkvoorbeelden",
        "verwante-praktijkvoorbeelden_1",
    ]


def text_of_title(html: str) -> str:
    return html[: html.index("</h1>")]


def test_the_checked_html_is_what_mkdocs_renders(root):
    """An example's page shows the HTML its check accepted: it must be MkDocs' own render."""
    import markdown

    from macros.core.sanitize import MarkdownSettings
    from macros.data.abbreviations import abbreviations
    from macros.data.examples import page_text

    site = load_site(root)
    settings = MarkdownSettings.from_file(root / "mkdocs.yml")
    configs = {**settings.configs, "abbr": {"glossary": abbreviations(site)}}
    prepared = [e for e in site.examples if e.html is not None]
    assert len(prepared) >= 40
    for example in prepared:
        md = markdown.Markdown(extensions=list(settings.extensions), extension_configs=configs)
        assert md.convert(page_text(example.tekst)) == example.html, example.slug
        assert list(example.toc) == md.toc_tokens, example.slug


def test_the_page_text_is_what_is_checked_and_shown(project):
    """The page capitalises a text that starts mid-sentence: that text is checked and shown."""
    write(project, "genk-tekst.md", VALID.replace("Een medewerker van het woonloket gaat op "
          "huisbezoek bij senioren.", "zin die klein begint."))  # fmt: skip
    assert load_site(project).example("genk-tekst").html == "<p>Zin die klein begint.</p>"


@pytest.mark.parametrize(
    "text",
    [
        "Zie [bouwsteen 3](../bouwstenen/3-kijk-naar-kansen.md).",  # MkDocs rewrites the link
        "Zie [hieronder](#nergens).",  # MkDocs checks the anchor
    ],
)
def test_mkdocs_renders_what_it_would_change(project, text):
    write(project, "genk-tekst.md", VALID.replace("Een medewerker van het woonloket gaat op "
          "huisbezoek bij senioren.", text))  # fmt: skip
    assert load_site(project).example("genk-tekst").html is None


def test_related_prefers_shared_partners(root):
    site = load_site(root)
    first = related(site.example("caw-limburg-housing-first"), site, related_index(site))
    assert first and all(set(e.partners) & {"caw", "shm", "svk", "ocmw"} for e in first[:3])


# The real site


def test_every_example_is_in_the_catalogue_and_on_its_bouwsteen_pages(site, root):
    examples = load_site(root).examples
    catalogue = article(site / "praktijkvoorbeelden" / "index.html")
    for e in examples:
        assert f'href="{e.slug}/"' in catalogue, e.slug
        assert (site / "praktijkvoorbeelden" / e.slug / "index.html").is_file()
        for n in e.bouwstenen:
            page = next((site / "bouwstenen").glob(f"{n}-*/index.html"))
            assert f'href="../../praktijkvoorbeelden/{e.slug}/"' in article(page), (e.slug, n)


def test_examples_are_not_in_the_navigation(site):
    html = (site / "index.html").read_text(encoding="utf-8")
    assert "lanaken-huurderssyndicaat" not in html


def test_a_new_file_appears_in_the_catalogue_and_on_its_bouwsteen_page(project, tmp_path):
    body = VALID + "\nWe schrijven {{ 7*7 }} en {% if true %}ja{% endif %} letterlijk.\n"
    write(project, "genk-woonloket-aan-huis.md", body)
    result = build_site(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    assert 'href="genk-woonloket-aan-huis/"' in article(site / "praktijkvoorbeelden" / "index.html")
    bouwsteen = article(site / "bouwstenen" / "3-kijk-naar-kansen" / "index.html")
    assert 'href="../../praktijkvoorbeelden/genk-woonloket-aan-huis/"' in bouwsteen
    page = text_of(article(site / "praktijkvoorbeelden" / "genk-woonloket-aan-huis" / "index.html"))
    assert "Genk: woonloket aan huis" in page
    assert "We schrijven {{ 7*7 }} en {% if true %}ja{% endif %} letterlijk." in page
    assert "49" not in page
    assert "Bijdrage van 2026-11-26" in page


def test_contributing_shows_the_template_as_it_is_and_filled_in(project):
    template, filled = contributing_examples()
    assert template == TEMPLATE.read_text(encoding="utf-8")
    assert "VUL-IN" in template and "VUL-IN" not in filled
    write(project, "genk-woonloket-aan-huis.md", filled)
    example = load_site(project).example("genk-woonloket-aan-huis")
    assert example.bron == "bijdrage" and example.gemeenten == ("Genk",)


def test_every_placeholder_left_is_named(project):
    template = TEMPLATE.read_text(encoding="utf-8")
    # One field filled in: the others are still named, each with its line.
    partly = template.replace("bouwstenen: [VUL-IN]", "bouwstenen: [3]")
    file = write(project, "genk-half.md", partly)
    found = errors(project)
    assert not any("bouwstenen" in p for p in found)
    assert f"{file}:4: gemeenten: “VUL-IN” staat er nog uit het sjabloon" in "\n".join(found)
    assert not any("bestandsnaam" in p for p in found)
    # One problem per placeholder still in the file (titel … datum, tekst), none for the filled one.
    assert (
        sum("VUL-IN" in p for p in found) == partly.count("VUL-IN") == template.count("VUL-IN") - 1
    )


def test_a_mistake_fails_the_real_build_in_dutch(project, tmp_path):
    write(project, "x.md", MISTAKES["bouwsteen-9"][0])
    result = build_site(project, tmp_path / "site")
    assert result.returncode != 0
    assert "docs/praktijkvoorbeelden/x.md:3: bouwstenen: 9 bestaat niet (kies 1 t/m 8)" in (
        result.stdout + result.stderr
    )


# In a browser


def test_filter_state_lives_in_the_url(page, server, root):
    site = load_site(root)
    expected = [e for e in site.examples if 3 in e.bouwstenen and "woonkwaliteit" in e.themas]
    page.goto(server + "praktijkvoorbeelden/?bouwsteen=3&thema=woonkwaliteit")
    assert page.locator("#filter-bouwsteen").input_value() == "3"
    assert page.locator("li.voorbeeld:not([hidden])").count() == len(expected) > 0
    page.select_option("#filter-thema", "")
    address = page.evaluate("location.search")  # page.url can lag behind replaceState
    assert "thema=" not in address and "bouwsteen=3" in address
    page.get_by_label("Zoek in de voorbeelden").fill("Tongeren")
    assert "q=Tongeren" in page.evaluate("location.search")


def test_without_javascript_the_full_list_is_there(browser, server, root):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(server + "praktijkvoorbeelden/")
        assert page.locator("li.voorbeeld").count() == len(load_site(root).examples)
        assert page.locator("li.voorbeeld:visible").count() == page.locator("li.voorbeeld").count()
        assert not page.locator("#voorbeeld-filters").is_visible()
    finally:
        context.close()


def test_encoding_problems_are_named_and_a_bom_is_fine(project):
    path = project / "docs" / "praktijkvoorbeelden" / "genk-woonloket-aan-huis.md"
    path.write_bytes("\ufeff".encode() + VALID.encode("utf-8"))
    assert load_site(project).example("genk-woonloket-aan-huis").titel.startswith("Genk")
    path.write_bytes((VALID + "Café in het Woonloket.\n").encode("cp1252"))
    file = "docs/praktijkvoorbeelden/genk-woonloket-aan-huis.md"
    assert f"{file}: is geen UTF-8-tekst; bewaar het bestand als UTF-8" in errors(project)


# HTML the site writes itself, outside the Markdown render


def test_abbreviations_in_written_html_match_the_abbr_extension(root):
    import markdown

    from macros.data.abbreviations import Abbreviator, abbreviations

    expansions = abbreviations(load_site(root))
    md = markdown.Markdown(
        extensions=["abbr"], extension_configs={"abbr": {"glossary": expansions}}
    )
    for text in ("Het OCMW en het CAW & de IGS GAOZ", "OCMWs, CAW-werking, caw", "1 < 2 & 3 > 0"):
        rendered = md.reset().convert(text).removeprefix("<p>").removesuffix("</p>")
        assert Abbreviator(expansions)(text) == rendered.replace("&quot;", "&#34;"), text


def test_held_html_skips_the_markdown_render_and_keeps_its_ids():
    import markdown

    from macros.core.held import HeldHtml

    held = HeldHtml()
    source = "# Titel\n" + held.hold('<ul id="lijst"><li>*geen* Markdown</li></ul>') + "Slot.\n"
    content = markdown.Markdown().convert(source)
    ids: set[str] = set()
    html, _ = held.wrap(content, TableOfContents([]), ids)
    assert '<ul id="lijst"><li>*geen* Markdown</li></ul>' in html and "<!--" not in html
    assert ids == {"lijst"}
    assert held.key not in HeldHtml().hold("x")  # a new key per page: no text can name it


def test_search_fold_writes_a_long_vowel_once_as_the_pattern_would():
    """`search_fold` replaces re.sub(r"([aeou])\\1", r"\\1", …) by plain replaces: the same."""
    import random
    import re

    from macros.core.text import fold_words as fold
    from macros.core.text import search_fold

    rng = random.Random(23)
    for _ in range(20_000):
        text = "".join(rng.choice("aeouiAEÉé x-") for _ in range(rng.randint(0, 14)))
        assert search_fold(text) == re.sub(r"([aeou])\1", r"\1", fold(text)), text
    assert search_fold("Leegstaande straat") == "legstande strat"
