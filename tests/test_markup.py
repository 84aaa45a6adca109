"""No script, inline event handler or javascript: link in the built pages, other than the
theme's and the project's own scripts."""

from __future__ import annotations

import re

from macros.publish.publish import STATIC_ASSETS
from tests.pages import pages, parse

# Relative on pages; absolute under the site's path on 404.html (served from any URL).
# The theme's bundle and the maintainers' scripts, each declared by name
# (macros/publish/publish.py).
OWN_SCRIPTS = re.compile(
    r"^((\.\./)*|/([\w.-]+/)*)(assets/javascripts/bundle\.[0-9a-f]+\.min\.js|"
    + "|".join(re.escape(a) for a in sorted(STATIC_ASSETS) if a.endswith(".js"))
    + ")$"
)
# Material's own inline scripts (base.html): scope, palette and the anchor fix-up.
THEME_INLINE = ("__md_scope=new URL", 'var palette=__md_get("__palette")',
                "var target=document.getElementById(location.hash.slice(1))")  # fmt: skip
INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", re.S)


def test_only_our_scripts_no_handlers_no_javascript_links(site):
    problems = []
    for page in pages(site):
        html = page.read_text(encoding="utf-8")
        name = page.relative_to(site)
        for tag, attrs in parse(html).tags:
            for attr, value in attrs.items():
                if attr.lower().startswith("on"):
                    problems.append(f"{name}: <{tag} {attr}=…> inline event handler")
                if value and re.match(r"\s*javascript:", value, re.I):
                    problems.append(f"{name}: <{tag} {attr}={value}>")
            if tag == "script" and attrs.get("src") and not OWN_SCRIPTS.match(attrs["src"]):
                problems.append(f"{name}: unexpected script {attrs['src']}")
        for attributes, body in INLINE_SCRIPT.findall(html):
            data_only = 'type="application/json"' in attributes
            if not data_only and not body.strip().startswith(THEME_INLINE):
                problems.append(f"{name}: unexpected inline script {body.strip()[:60]!r}")
    assert not problems, "\n".join(problems)
