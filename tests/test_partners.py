"""Partner map, the partner text of bouwsteen 2, and the contact page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from markupsafe import escape

from macros.core.leidraad import GUIDE_FILE, load_guide_text
from macros.core.validation import DataError
from macros.data.model import Partner
from macros.data.site import load_site
from macros.pages.contact import add_contact_examples
from macros.pages.partners import (
    CLASSIFICATION,
    NODE_RADIUS,
    heading_text,
    map_node,
    map_numbers,
    render_partner_bullet,
    render_partner_entry,
    render_partner_map,
    render_partner_section,
    ring_name,
)
from tests.pages import article, text_of

SOURCE = Path(__file__).parent.parent / GUIDE_FILE


def errors(project: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_site(project)
    return [str(problem) for problem in caught.value.problems]


def edit(project: Path, relative: str, old: str, new: str) -> None:
    path = project / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {relative}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# Data mistakes


def test_duplicate_partner_id(project):
    edit(project, "data/partners.yaml", "- id: svk\n", "- id: shm\n")
    assert any(
        e.startswith("data/partners.yaml:") and "id: “shm” komt twee keer voor" in e
        for e in errors(project)
    )


def test_unknown_key_names_the_partner(project):
    edit(project, "data/partners.yaml", "- id: caw\n", "- id: caw\n  telefoon: '011'\n")
    assert any(
        e.startswith("data/partners.yaml:") and "telefoon: is geen gekend veld" in e
        and "(bij partner “caw”)" in e
        for e in errors(project)
    )  # fmt: skip


def test_missing_naam_names_the_partner(project):
    path = project / "data" / "partners.yaml"
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"(- id: rimo\n)  naam: [^\n]+\n", r"\1", text)
    path.write_text(text, encoding="utf-8")
    assert any("naam: ontbreekt" in e and "(bij partner “rimo”)" in e for e in errors(project))


def test_unknown_group(project):
    edit(project, "data/partners.yaml", "groep: ggz", "groep: ggzz")
    assert any(": groep: “ggzz” is geen andere partner" in e for e in errors(project))


def test_example_naming_unknown_partner_or_contact(project):
    path = project / "docs" / "praktijkvoorbeelden" / "lanaken-huurderssyndicaat.md"
    text = path.read_text(encoding="utf-8")
    text = text.replace("partners: [huurderssyndicaat]", "partners: [huurdersbond]")
    text = text.replace("contact: lanaken", "contact: lanaken-centrum")
    path.write_text(text, encoding="utf-8")
    found = errors(project)
    file = "docs/praktijkvoorbeelden/lanaken-huurderssyndicaat.md"
    assert any(e.startswith(file) and "partners: “huurdersbond” bestaat niet" in e for e in found)
    assert any(e.startswith(file) and "contact: “lanaken-centrum” bestaat niet" in e for e in found)


def test_one_bad_partner_is_one_message_not_sixty(project):
    """One unknown field in one partner used to leave data/partners.yaml out whole, and every
    example naming any partner then said "bestaat niet als partner": some sixty messages that
    hid the one to fix. Now that partner alone is left out, and said to be."""
    edit(project, "data/partners.yaml", "- id: caw\n", "- id: caw\n  telefoon: '011'\n")
    found = errors(project)
    assert [e for e in found if not e.startswith("data/partners.yaml:")] == []
    assert any("telefoon: is geen gekend veld" in e and "(bij partner “caw”)" in e for e in found)
    assert any("tot partner “caw” verbeterd is, telt die niet mee" in e for e in found)
    assert len(found) == 2


def test_the_other_partners_still_count(project):
    """With one partner left out, a reference to a partner that really does not exist is
    still reported, and one to the left-out partner is not."""
    edit(project, "data/partners.yaml", "- id: caw\n", "- id: caw\n  telefoon: '011'\n")
    path = project / "docs" / "praktijkvoorbeelden" / "lanaken-huurderssyndicaat.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("partners: [huurderssyndicaat]", "partners: [caw, huurdersbond]"))
    found = [e for e in errors(project) if e.startswith("docs/")]
    assert len(found) == 1 and "partners: “huurdersbond” bestaat niet" in found[0], found


def test_an_unreadable_data_file_is_one_message_and_a_note(project):
    edit(project, "data/partners.yaml", "- id: caw\n", "- id: caw\n  naam: [\n")
    found = errors(project)
    assert len(found) == 2, found
    assert any("de YAML is niet leesbaar" in e for e in found)
    assert (
        "data/partners.yaml: tot dit bestand verbeterd is, worden verwijzingen naar een partner"
        in found[0]
    )


def test_a_bad_bouwstenen_file_is_a_dutch_message_not_a_crash(project):
    """It was an IndexError: the examples' bouwsteen numbers were checked against no list."""
    edit(project, "data/bouwstenen.yaml", "nummer: 3", "nummer: drie")
    found = errors(project)
    assert any("nummer: verwacht een geheel getal, maar kreeg tekst “drie”" in e for e in found)
    assert all(e.startswith("data/bouwstenen.yaml") for e in found), found


def test_real_partners_are_complete(root):
    site = load_site(root)
    assert len(site.partners) >= 25
    ids = {p.id for p in site.partners}
    for needed in (
        "ocmw",
        "shm",
        "svk",
        "vlaams-woningfonds",
        "caw",
        "reling",
        "noolim",
        "cgg",
        "rimo",
        "stebo",
        "huurderssyndicaat",
        "woonplatform-limburg",
        "vaph",
        "integrale-jeugdhulp",
        "ouderenzorg",
        "ruimtelijke-ordening",
        "mobiliteit",
        "seniorendienst",
        "jeugddienst",
        "wijkwerking",
        "diversiteit",
        "milieu-klimaat",
        "flankerend-onderwijs",
        "politie",
        "burgerzaken",
        "technische-dienst",
    ):
        assert needed in ids, needed
    ocmw = site.partner("ocmw")
    raw = yaml.safe_load((root / "data" / "partners.yaml").read_text(encoding="utf-8"))
    in_file = next(p for p in raw if p["id"] == "ocmw")
    assert ocmw.wat and ocmw.aandachtspunten and ocmw.vragen
    assert len(ocmw.aandachtspunten) == len(in_file["aandachtspunten"])
    assert len(ocmw.vragen) == len(in_file["vragen"])


# Renderers


def partner(**changes) -> Partner:
    values = dict(id="x", naam="A & B <c>", kring="eigen-huis", sector="welzijn")
    return Partner(**{**values, **changes})


def test_partner_section_and_bullet():
    section = render_partner_section(
        partner(kop="OCMW", wat="Tekst.", aandachtspunten=("Een", "Twee"), vragen=("Vraag?",)),
        voetnoot="10",
    )
    assert section.startswith("### OCMW[^10]\n\nTekst.\n")
    assert '!!! tip "Aandachtspunten"\n\n    - Een\n    - Twee' in section
    assert '!!! question "Mogelijke vragen"\n\n    - Vraag?' in section
    assert render_partner_bullet(partner(kop="Dienst X", wat="de dienst …")) == (
        "**Dienst X:** de dienst …"
    )
    assert render_partner_bullet(partner(kop="Dienst X")) == "**Dienst X:**"


def test_map_nodes_are_named_numbered_links_with_escaped_labels():
    node = str(map_node(partner(), -90, 270, 7))
    assert node.startswith(
        '<a href="#x" class="knoop sector-welzijn" aria-label="A &amp; B &lt;c&gt;">'
    )
    assert "<title>A &amp; B &lt;c&gt;</title>" in node
    assert f'<circle cx="0.0" cy="-270.0" r="{NODE_RADIUS}"/>' in node
    assert '<text class="knoop-nr" x="0.0" y="-270.0"' in node and ">7</text></a>" in node


def test_a_long_ring_name_takes_two_lines_and_still_reads_as_words():
    assert str(ring_name("In eigen huis", -283)) == (
        '<text class="ring-naam" x="0" y="-283" text-anchor="middle">In eigen huis</text>'
    )
    two = str(ring_name("Actief in de gemeente en de regio", -469))
    assert two == (
        '<text class="ring-naam" x="0" y="-469" text-anchor="middle">'
        '<tspan x="0" dy="-1.1em">Actief in de gemeente </tspan>'
        '<tspan x="0" dy="1.1em">en de regio</tspan></text>'
    )
    assert "&amp;" in str(ring_name("Wonen & welzijn samen in de regio", 0))


def test_map_legend_has_every_full_name_once_under_its_number_and_one_tab_stop(root):
    site = load_site(root)
    svg = render_partner_map(site, "partners.md")
    legend = svg.split('<div class="partner-legende">', 1)[1]
    numbers = map_numbers(site)
    assert sorted(numbers.values()) == list(range(1, len(site.partners) + 1))
    for p in site.partners:
        name = str(escape(heading_text(p)))
        assert f'<a href="#{p.id}" tabindex="-1">{name}</a>' in legend, p.id
        assert f'<li value="{numbers[p.id]}">' in legend, p.id
        assert f">{numbers[p.id]}</text></a>" in svg, p.id
    # The nodes are the Tab stops; each name is a link once more, but not a second Tab stop.
    assert legend.count('tabindex="-1"') == len(site.partners)
    assert '<ol class="partner-legende__lijst">' in legend
    # Grouped as the map groups them: kring after kring, numbers in order.
    order = [int(n) for n in re.findall(r'<li value="(\d+)">', legend)]
    assert order == sorted(order)


def test_map_has_title_desc_and_a_node_per_partner(root):
    site = load_site(root)
    svg = render_partner_map(site, "partners.md")
    assert '<title id="partnerkaart-titel">' in svg and '<desc id="partnerkaart-uitleg">' in svg
    for p in site.partners:
        assert f'<a href="#{p.id}" class="knoop' in svg, p.id


def test_sector_colours_follow_the_guides_classification(root):
    # Bouwsteen 2 ("Andere") and bouwsteen 4 count these in Welzijn, not in a "Zorg" of their own.
    site = load_site(root)
    for id in ("ggz", "reling", "noolim", "cgg", "vaph", "ouderenzorg", "integrale-jeugdhulp"):
        assert site.partner(id).sector == "welzijn", id
    svg = render_partner_map(site, "partners.md")
    assert '<a href="#vaph" class="knoop sector-welzijn"' in svg
    # Where the classification comes from, quoted from the guide and checked against it.
    assert "Naast de bovenstaande actoren/sectoren kent Welzijn ook nog" in svg
    guide = load_guide_text(root)
    for quote in re.findall(r"“([^”]+)”", CLASSIFICATION):
        assert guide.contains(quote), quote


def test_todays_actors_stand_beside_the_defunct_ones(root):
    site = load_site(root)
    svg = render_partner_map(site, "partners.md")
    for old, new in (("vmsw", "wonen-in-vlaanderen"), ("wonen-vlaanderen", "wonen-in-vlaanderen"),
                     ("shm", "wonen-in-limburg"), ("svk", "wonen-in-limburg")):  # fmt: skip
        assert site.partner(old).historisch and old in site.partner(new).opgevolgd_uit
        assert f'<a href="#{old}" class="knoop sector-wonen knoop-opgeheven"' in svg
        assert f'<a href="#{new}" class="knoop sector-wonen knoop-nieuw"' in svg
    # A change hangs on the organisation it happened to: the 2024 allocation system is the
    # woonmaatschappij's, no longer the defunct SHM's.
    allocation = [p.id for p in site.partners for w in p.wijzigingen if w.sinds == "2024-01-01"]
    assert allocation == ["wonen-in-limburg"], allocation
    assert not any(w.sinds > "2023-01-01" for w in site.partner("wonen-vlaanderen").wijzigingen)


def test_a_new_partner_says_it_is_not_in_the_guide(root):
    site = load_site(root)
    entry = render_partner_entry(site.partner("wonen-in-limburg"), site, "partners.md")
    assert "sinds 1 juli 2023, niet in de leidraad (2021)" in entry
    assert '!!! warning "Nieuw sinds de leidraad"' in entry
    assert "Ontstaan uit: [SHM](#shm), [SVK](#svk)." in entry
    old = render_partner_entry(site.partner("shm"), site, "partners.md")
    assert (
        "Op de kaart van vandaag: [Wonen in Limburg, de woonmaatschappij van Limburg]"
        "(#wonen-in-limburg)." in old
    )


def test_contact_page_gets_examples_under_each_contact(root):
    site = load_site(root)
    markdown = "# C\n\n## Lanaken { #lanaken }\n\n- iemand\n\n## Andere kop\n\nTekst.\n"
    out = add_contact_examples(markdown, site)
    section = out.split("## Andere kop")[0]
    assert "Praktijkvoorbeelden met dit contact:" in section
    assert "(praktijkvoorbeelden/lanaken-huurderssyndicaat.md)" in section
    assert out.rstrip().endswith("Tekst.")


# The real site


def test_partner_page_has_map_section_and_examples_for_every_partner(site, root):
    data = load_site(root)
    html = article(site / "partners" / "index.html")
    svg = re.search(r"<svg class=\"partnerkaart\".*?</svg>", html, re.S).group(0)
    for p in data.partners:
        assert f'id="{p.id}"' in html, f"no section for {p.id}"
        assert f'href="#{p.id}"' in svg, f"no node for {p.id}"
        for example in data.examples_for_partner(p.id):
            assert f'href="../praktijkvoorbeelden/{example.slug}/"' in html, (p.id, example.slug)
    assert '<table class="partner-bouwsteen">' in html
    assert 'href="../praktijkvoorbeelden/?partner=ocmw&amp;bouwsteen=2"' in html


def test_bouwsteen_2_renders_partner_text_from_the_data(site, root):
    data = load_site(root)
    html = article(site / "bouwstenen" / "2-werk-integraal" / "index.html")
    text = text_of(html)
    for p in data.partners:
        for point in (*p.aandachtspunten, *p.vragen):
            plain = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", point)
            assert plain.split("**")[0][:60] in text, (p.id, point[:60])
    page = (root / "docs" / "bouwstenen" / "2-werk-integraal.md").read_text(encoding="utf-8")
    assert "Mogelijke vragen" not in page, "partner text must live in data/partners.yaml only"


def test_every_address_of_the_guide_is_on_the_contact_page(site):
    addresses = set(re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", SOURCE.read_text("utf-8")))
    assert len(addresses) >= 15
    text = text_of(article(site / "contact" / "index.html"))
    missing = sorted(a for a in addresses if a not in text)
    assert not missing, missing


def test_every_contact_of_an_example_resolves_and_lists_it(site, root):
    data = load_site(root)
    html = article(site / "contact" / "index.html")
    for example in data.examples:
        if example.contact:
            assert f'id="{example.contact}"' in html
            assert f'href="../praktijkvoorbeelden/{example.slug}/"' in html, example.slug
