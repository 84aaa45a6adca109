"""The Bijdragen page (/bijdragen/): CONTRIBUTING.md as the site shows it, with its one-click
links made from the repository address, and the lists of allowed values from data/.

CONTRIBUTING.md is a maintainer file: it ends with Markdown link definitions ([formulier]: …)
written by `make formulieren` for the default repository address, so the links work when
GitHub shows the file. On the site the macro replaces them with links made from mkdocs.yml's
`repo_url` (a fork or the publishing workflow may set another one).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, urlencode

from ..core.report import EDITORS_MAIL
from ..core.report import mail_url as editors_mail_url
from ..core.text import dutch_date, md_escape
from ..core.validation import read_mkdocs_config
from ..data.model import Mergers, Site
from .forms import EXAMPLE_FORM, READING_FORMS

CONTRIBUTING = "CONTRIBUTING.md"
TEMPLATE = ".github/praktijkvoorbeeld-sjabloon.md"
PAGE = "bijdragen.md"
# The name the web editor proposes: a placeholder the build refuses (macros/data/examples.py).
TEMPLATE_FILE_NAME = "vul-in-gemeente-onderwerp.md"
VALUES_ANCHOR = "toegelaten-waarden"
MAIL = EDITORS_MAIL
LINKS_MARKER = (
    "[//]: # (Links: geschreven door `make formulieren` uit mkdocs.yml en het sjabloon; "
    "niet met de hand aanpassen.)"
)
MAIL_SUBJECT = "Praktijkvoorbeeld voor Woonkansen kiezen"
MAIL_BODY = (
    "Titel:\nBouwsteen of bouwstenen (1 t/m 8):\nGemeente(n) en/of IGS:\nPartners:\n"
    "Thema's:\nContactpersoon (algemeen e-mailadres van de dienst):\n\nHet voorbeeld:\n\n"
    "De gemeente of het IGS is akkoord met de publicatie: ja/nee\n"
)

# Data


# Links


def example_form_url(repo_url: str) -> str:
    return f"{repo_url.rstrip('/')}/issues/new?template={EXAMPLE_FORM}"


def reading_form_url(repo_url: str, perspective: str, term: str | None = None) -> str:
    """The reading form of one perspective, with the term filled in.

    GitHub prefills an issue form's inputs and textareas by their id (and the title), never
    a dropdown: the perspective is chosen by the form itself, the term is an input.
    """
    query = {"template": READING_FORMS[perspective].file}
    if term:
        query |= {"term": term, "title": f"Lezing: {term}"}
    return f"{repo_url.rstrip('/')}/issues/new?{urlencode(query, quote_via=quote)}"


def form_chooser_url(repo_url: str) -> str:
    """GitHub's list of the repository's issue forms."""
    return f"{repo_url.rstrip('/')}/issues/new/choose"


def web_editor_url(repo_url: str, template: str) -> str:
    """GitHub's editor with a new file in docs/praktijkvoorbeelden/, filled from the template."""
    query = urlencode({"filename": TEMPLATE_FILE_NAME, "value": template}, quote_via=quote, safe="")
    return f"{repo_url.rstrip('/')}/new/main/docs/praktijkvoorbeelden?{query}"


def mail_url() -> str:
    """The e-mail to the werkgroep with a new example: the route that needs nothing."""
    return editors_mail_url(MAIL_SUBJECT, MAIL_BODY)


def contribution_links(repo_url: str, values_url: str, template: str) -> dict[str, str]:
    """Name -> address, for the link definitions at the end of CONTRIBUTING.md."""
    repo = repo_url.rstrip("/")
    return {
        "formulier": example_form_url(repo),
        "webeditor": web_editor_url(repo, template),
        "mail": mail_url(),
        "lezingformulier": form_chooser_url(repo),
        **{f"lezing-{key}": reading_form_url(repo, key) for key in READING_FORMS},
        "sjabloon": f"{repo}/blob/main/{TEMPLATE}",
        "map": f"{repo}/tree/main/docs/praktijkvoorbeelden",
        "woordenlijstmap": f"{repo}/tree/main/glossary",
        "pullrequests": f"{repo}/pulls",
        "waarden": values_url,
    }


def with_links(contributing: str, links: dict[str, str]) -> str:
    """CONTRIBUTING.md's text with its link definitions replaced by `links`."""
    text = contributing.split(LINKS_MARKER, 1)[0].rstrip("\n")
    definitions = "\n".join(f"[{name}]: <{url}>" for name, url in links.items())
    return f"{text}\n\n{LINKS_MARKER}\n\n{definitions}\n"


def default_urls(root: Path) -> tuple[str, str]:
    """mkdocs.yml's default repo_url and site_url (the `!ENV` fallbacks, not the environment),
    for the links written into CONTRIBUTING.md."""
    config = read_mkdocs_config(root / "mkdocs.yml")
    return config["repo_url"], config["site_url"]


def contributing_text(root: Path) -> str:
    """CONTRIBUTING.md as it should be: its link definitions made for the default addresses."""
    repo_url, site_url = default_urls(root)
    values_url = f"{site_url.rstrip('/')}/{PAGE.removesuffix('.md')}/#{VALUES_ANCHOR}"
    template = (root / TEMPLATE).read_text(encoding="utf-8")
    current = (root / CONTRIBUTING).read_text(encoding="utf-8")
    return with_links(current, contribution_links(repo_url, values_url, template))


# Renderers


def render_allowed_values(site: Site) -> str:
    """The lists a contributor chooses from, as they are in data/ and on docs/contact.md."""
    parts = [
        f"### Toegelaten waarden {{ #{VALUES_ANCHOR} }}",
        "",
        "Wat je in een voorbeeld (of in het formulier) kiest, komt uit deze lijsten. In het "
        "bestand mag je de naam, de afkorting of het id schrijven, met of zonder hoofdletters "
        "en accenten; de site zet het om naar het id.",
        "",
        "#### Gemeenten { #gemeenten }",
        "",
        "Uit `data/gemeenten.yaml`: de gemeenten zoals de leidraad (2021) ze kent en de "
        "gemeenten die sindsdien door een fusie ontstonden.",
        "",
    ]
    mergers = site.mergers
    for name in site.gemeenten:
        note = merger_note(name, mergers) if mergers else ""
        parts.append(f"- {md_escape(name)}{' — ' + md_escape(note) if note else ''}")
    if mergers:
        sources = "; ".join(
            f"[{md_escape(s.titel)}]({s.url}), geraadpleegd op {s.geraadpleegd}"
            for s in mergers.bronnen
        )
        parts += ["", f"Fusies: Redactie, op basis van {sources}."]
    parts += [
        "",
        "#### Intergemeentelijke samenwerkingsverbanden (IGS) { #igs }",
        "",
        "Uit `data/igs.yaml`.",
        "",
        "| id | naam |",
        "|---|---|",
        *(f"| `{i.id}` | {md_escape(i.naam)} |" for i in site.igs),
        "",
        "#### Partners { #partners }",
        "",
        "Uit `data/partners.yaml`.",
        "",
        "| id | naam | afkorting |",
        "|---|---|---|",
        *(
            f"| `{p.id}` | {md_escape(p.naam)} | {md_escape(p.afkorting or '')} |"
            for p in site.partners
        ),
        "",
        "#### Thema's { #themas }",
        "",
        "Uit `data/themas.yaml`.",
        "",
        "| id | naam |",
        "|---|---|",
        *(f"| `{t.id}` | {md_escape(t.naam)} |" for t in site.themas),
        "",
        "#### Contacten { #contacten }",
        "",
        "De koppen van de [contactpagina](contact.md) met een id.",
        "",
        "| id | contact |",
        "|---|---|",
        *(f"| `{c.id}` | [{md_escape(c.naam)}](contact.md#{c.id}) |" for c in site.contacts),
        "",
    ]
    return "\n".join(parts)


def render_contributing_page(contributing: str, repo_url: str, template: str, site: Site) -> str:
    """The whole Markdown of /bijdragen/: CONTRIBUTING.md with site links, then the lists."""
    links = contribution_links(repo_url, f"#{VALUES_ANCHOR}", template)
    return with_links(contributing, links) + "\n" + render_allowed_values(site)


def merger_note(name: str, mergers: Mergers) -> str:
    """'sinds 1 januari 2025 deel van Bilzen-Hoeselt' and the like; '' when not merged."""
    since = dutch_date(mergers.sinds)
    for merger in mergers.fusies:
        others = [m for m in merger.uit if m != name]
        if name == merger.gemeente and name in merger.uit:
            return f"sinds {since} samen met {' en '.join(others)} één gemeente"
        if name == merger.gemeente:
            return f"sinds {since}, fusie van {' en '.join(merger.uit)}"
        if name in merger.uit:
            return f"sinds {since} deel van {merger.gemeente}"
    return ""
