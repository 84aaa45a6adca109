"""The offline copy: site/sw.js (the service worker) and site/offline.json (what it stores).

Written after the build and the search index, from the files in site/: the core (assets,
scripts, styles, the glossary, the search page and the whole Pagefind index) is stored on
every visit; everything else when the visitor chooses "Beschikbaar maken zonder internet"
(docs/javascripts/offline.js). The version is a hash of every stored file, so a new build
replaces the old copy. Only the site's own files, by relative address: no other host.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from ..core.links import every_path

SERVICE_WORKER = "sw.js"
MANIFEST = "offline.json"
CORE_PREFIXES = ("assets/", "javascripts/", "stylesheets/", "pagefind/", "woordenlijst/", "zoeken/")
CORE_FILES = ("index.html", "404.html", "opensearch.xml")
# Not worth storing: the sitemap is for search engines, the PDFs are downloads of their own.
SKIPPED_SUFFIXES = (".map", ".gz", ".pdf")
SKIPPED_FILES = (SERVICE_WORKER, MANIFEST, "sitemap.xml")
# The theme's own search (replaced by Pagefind) is never loaded.
SKIPPED_PREFIXES = ("assets/javascripts/lunr/", "assets/javascripts/workers/")


@dataclass(frozen=True)
class OfflineFile:
    address: str  # relative to the site's root; a page as its folder ("woordenlijst/")
    size: int
    core: bool


def address_of(relative: str) -> str:
    if relative == "index.html":
        return "./"
    if relative.endswith("/index.html"):
        return relative.removesuffix("index.html")
    return relative


def offline_files(site_dir: Path) -> list[OfflineFile]:
    files = []
    for path in every_path(site_dir):
        relative = path.relative_to(site_dir).as_posix()
        if (
            not path.is_file()
            or relative in SKIPPED_FILES
            or relative.endswith(SKIPPED_SUFFIXES)
            or relative.startswith(SKIPPED_PREFIXES)
        ):
            continue
        core = relative.startswith(CORE_PREFIXES) or relative in CORE_FILES
        files.append(OfflineFile(address_of(relative), path.stat().st_size, core))
    return files


def offline_manifest(site_dir: Path, files: list[OfflineFile], edition: str) -> dict:
    digest = hashlib.sha256()
    for file in files:
        digest.update(file.address.encode())
        path = site_dir / (
            file.address + "index.html" if file.address.endswith("/") else file.address
        )
        if file.address == "./":
            path = site_dir / "index.html"
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return {
        "versie": digest.hexdigest()[:16],
        "editie": edition,
        "kern": [f.address for f in files if f.core],
        "alles": [f.address for f in files],
        "bytes_kern": sum(f.size for f in files if f.core),
        "bytes_alles": sum(f.size for f in files),
    }


def render_service_worker(manifest: dict, template: str) -> str:
    """The service worker's code (docs/javascripts/sw-sjabloon.js) with this build's list."""
    return template.replace("/*MANIFEST*/null", json.dumps(manifest, ensure_ascii=False), 1)


def write_offline_copy(site_dir: Path, template: str, edition: str) -> dict:
    files = offline_files(site_dir)
    manifest = offline_manifest(site_dir, files, edition)
    (site_dir / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    (site_dir / SERVICE_WORKER).write_text(render_service_worker(manifest, template), "utf-8")
    return manifest
