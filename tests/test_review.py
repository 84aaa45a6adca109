"""`make nakijken`: every entry, source and contact by age of its last check; the web
addresses that are not https or point to an organisation that no longer exists."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date

import pytest

from macros.data.model import Bron, Lezing, Term, Uitgever
from macros.data.site import load_site
from macros.github.review import addresses, items, render_report

TODAY = date(2030, 6, 15)  # any day: every date below is relative to the data, not the calendar


@pytest.fixture(scope="module")
def real(root):
    return load_site(root)


def entry(id: str, stand: str, bron: Bron) -> Term:
    return Term(id=id, term=id.title(), soort="begrip", stand=stand,
                lezingen=(Lezing("redactie", "Tekst.", bron),))  # fmt: skip


def small_site(real):
    publishers = (
        Uitgever("redactie", "Redactie", "redactie"),
        Uitgever(
            "oud", "Oud agentschap", "wonen", url="https://oud.example/", opgeheven="2022-12-31"
        ),
        Uitgever("nieuw", "Nieuw agentschap", "wonen", url="https://nieuw.example/"),
    )
    terms = (
        entry("vers", "2030-01-01", Bron("Nieuwe pagina", "nieuw", "https://nieuw.example/a",
                                         geraadpleegd="2030-01-01")),
        entry("oud", "2028-01-01", Bron("Oude pagina", "nieuw", "http://nieuw.example/b",
                                        geraadpleegd="2027-05-01")),
        entry("verhuisd", "2029-01-01", Bron("Pagina", "nieuw", "https://www.oud.example/c",
                                             geraadpleegd="2029-01-01")),
    )  # fmt: skip
    return replace(real, terms=terms, uitgevers=publishers, partners=(), mergers=None)


def test_everything_is_listed_never_checked_first_then_oldest(real):
    site = small_site(real)
    listed = items(site)
    contacts = [i for i in listed if i.kind == "contact"]
    assert contacts and listed[: len(contacts)] == contacts  # no date: never checked
    dated = [i.checked for i in listed if i.checked]
    assert dated == sorted(dated)
    assert {i.what for i in listed if i.kind == "term"} == {"Vers", "Oud", "Verhuisd"}
    assert {i.what for i in listed if i.kind == "bron"} == {
        "Nieuwe pagina", "Oude pagina", "Pagina",
    }  # fmt: skip


def test_old_checks_and_doubtful_addresses_are_named(real):
    site = small_site(real)
    report = render_report(site, TODAY)
    assert "Oude pagina — glossary/oud.yaml, lezing 1: 2027-05-01" in report
    assert "OUDER DAN 12 MAANDEN" in report.split("Oude pagina")[1].split("\n")[0]
    assert "OUDER DAN 12 MAANDEN" not in report.split("Nieuwe pagina")[1].split("\n")[0]
    found = {(a.url, a.reason) for a in addresses(site)}
    assert ("http://nieuw.example/b", "geen https") in found
    assert (
        "https://www.oud.example/c",
        "Oud agentschap bestaat niet meer sinds 2022-12-31",
    ) in found
    assert not any(url == "https://nieuw.example/a" for url, _ in found)


def test_make_nakijken_runs_on_the_real_data(root):
    result = subprocess.run(
        [sys.executable, "-m", "macros.github.review"], cwd=root, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Nakijken op ")
    assert "Webadressen om na te kijken" in result.stdout
