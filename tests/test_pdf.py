"""`make pdf`: the dated guide and the glossary as PDFs, from the built site (one test: it
renders 180-odd pages in Chromium)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

from pypdf import PdfReader

from macros.edition import edition_date
from macros.pdf import GLOSSARY_PDF, GUIDE_PDF
from macros.site import load_site
from macros.text import dutch_date
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
        import pytest

        pytest.skip("needs /usr/bin/chromium")
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    # `make pdf` runs it as its own process (Playwright's sync API may not run inside the
    # event loop the browser tests of this session keep open).
    result = subprocess.run(
        [sys.executable, "-m", "macros.pdf", str(copy)], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    written = [line.split(" (", 1)[0] for line in result.stdout.splitlines()]
    assert written == [str(copy / GUIDE_PDF), str(copy / GLOSSARY_PDF)]
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
