"""`make pdf`: the dated guide and the glossary as PDFs, from the built site (the first test
renders 180-odd pages in Chromium; the others check, without a browser, that `make pdf` adds
nothing to the checked site but the PDFs named in AFTER_BUILD)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest
from pypdf import PdfReader

from macros.core.text import dutch_date
from macros.data.site import load_site
from macros.outputs.edition import edition_date
from macros.publish import pdf
from macros.publish.pdf import GLOSSARY_PDF, GUIDE_PDF
from macros.publish.publish import AFTER_BUILD, check_after_build, fingerprint
from tests.conftest import CHROMIUM, ROOT

CONTROLS = [
    "Kopieer link",
    "Druk deze term af",
    "Toon deze term",
    "Link naar deze term",
    "Beschikbaar maken zonder internet",
    "Projectormodus",
    "Wijzig deze pagina",
]


def internal_links(reader: PdfReader) -> int:
    count = 0
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            link = annotation.get_object()
            if link.get("/Dest") is not None or "/D" in (link.get("/A") or {}):
                count += 1
    return count


def test_make_pdf_writes_the_dated_guide_and_glossary(site, tmp_path):
    if not CHROMIUM.exists():
        pytest.skip("needs /usr/bin/chromium")
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    # `make pdf` runs it as its own process (Playwright's sync API may not run inside the
    # event loop the browser tests of this session keep open).
    result = subprocess.run(
        [sys.executable, "-m", "macros.publish.pdf", str(copy)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    written = [line.split(" (", 1)[0] for line in result.stdout.splitlines()]
    assert written == [str(copy / GUIDE_PDF), str(copy / GLOSSARY_PDF)]
    # What `make pdf` adds is declared to the publish check, and it adds nothing else.
    assert sorted(set(fingerprint(copy)) - set(fingerprint(site))) == sorted(AFTER_BUILD)
    real = load_site(ROOT)
    edition = dutch_date(edition_date(ROOT, real))
    guide = PdfReader(copy / GUIDE_PDF)
    assert 80 <= len(guide.pages) <= 400, len(guide.pages)
    title = guide.pages[0].extract_text()
    assert f"Editie van {edition}" in title and "ongewijzigd" in title
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in guide.pages))
    for bouwsteen in real.bouwstenen:
        assert re.sub(r"\s+", " ", bouwsteen.titel) in text, bouwsteen.titel
    for label in CONTROLS:
        assert label not in text, f"control printed: {label}"
    assert internal_links(guide) > 50  # the table of contents and the links between pages
    assert guide.outline, "no bookmarks"
    assert re.search(r"pagina \d+ van \d+", text)
    glossary = PdfReader(copy / GLOSSARY_PDF)
    assert 10 <= len(glossary.pages) < len(guide.pages)
    assert f"Editie van {edition}" in glossary.pages[0].extract_text()
    # Every page links to them, with the edition's date, and the links now lead somewhere.
    footer = (copy / "voorwoord" / "index.html").read_text(encoding="utf-8")
    assert f"Download als pdf (stand {edition})" in footer
    for name in (GUIDE_PDF, GLOSSARY_PDF):
        assert f'href="../{name}"' in footer and (copy / name).stat().st_size > 10_000
    assert not list(copy.glob("_*.html")), "the PDF's source page stays behind"


# The publish check after the build (macros/publish/publish.py): no Chromium needed.


def fake_site(folder):
    (folder / "voorwoord").mkdir(parents=True)
    (folder / "index.html").write_text("<p>thuis</p>", encoding="utf-8")
    (folder / "voorwoord" / "index.html").write_text("<p>voorwoord</p>", encoding="utf-8")
    return folder


def test_after_the_build_only_the_declared_pdfs_may_be_added(tmp_path):
    site = fake_site(tmp_path / "site")
    before = fingerprint(site)
    for name in AFTER_BUILD:
        (site / name).write_bytes(b"%PDF-1.7")
    assert check_after_build(site, before, AFTER_BUILD) == []
    (site / "extra.pdf").write_bytes(b"%PDF-1.7")
    (site / "voorwoord" / "index.html").write_text("<p>anders</p>", encoding="utf-8")
    (site / "index.html").unlink()
    problems = check_after_build(site, before, [*AFTER_BUILD, "extra.pdf"])
    assert problems == [
        "extra.pdf: na de bouw geschreven, maar niet genoemd in AFTER_BUILD "
        "(macros/publish/publish.py)",
        "index.html: verdween na de bouw uit de site",
        "voorwoord/index.html: veranderde na de bouw",
    ]
    (site / "stray.svg").write_text("<svg/>", encoding="utf-8")
    assert any(
        p.startswith("stray.svg: kwam na de bouw") for p in check_after_build(site, before, [])
    )


def test_make_pdf_stops_when_it_leaves_an_undeclared_file(tmp_path, monkeypatch, capsys):
    site = fake_site(tmp_path / "site")

    def write_pdfs(site_dir, root):
        (site_dir / "_leidraad-woonkansen-kiezen.pdf.html").write_text("bron", encoding="utf-8")
        written = [site_dir / name for name in AFTER_BUILD]
        for path in written:
            path.write_bytes(b"%PDF-1.7")
        return written

    monkeypatch.setattr(pdf, "write_pdfs", write_pdfs)
    monkeypatch.setattr(sys, "argv", ["pdf", str(site)])
    with pytest.raises(SystemExit) as stopped:
        pdf.main()
    assert "_leidraad-woonkansen-kiezen.pdf.html: kwam na de bouw" in str(stopped.value)
    (site / "_leidraad-woonkansen-kiezen.pdf.html").unlink()
    monkeypatch.setattr(pdf, "write_pdfs", lambda site_dir, root: [site_dir / AFTER_BUILD[0]])
    (site / AFTER_BUILD[0]).write_bytes(b"%PDF-1.7")
    pdf.main()
    assert capsys.readouterr().out.startswith(str(site / AFTER_BUILD[0]))
