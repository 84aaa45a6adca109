"""HTML held out of a page's Markdown and put back after MkDocs renders it.

A macro that writes a large block of HTML (the catalogue: an item per practice example; the
examples under each partner) would have Python-Markdown parse all of it again as raw HTML, for
nothing: the block is finished HTML, built from validated data with every value escaped.
`HeldHtml.hold` gives the page's Markdown a marker instead, an HTML comment with a key drawn at
random for the page, so no text can name it. After the render, macros/hooks.py calls `wrap`,
which puts each block in place of its marker and adds the block's ids to the page's anchors,
against which MkDocs checks links to the page.
"""

from __future__ import annotations

import re
import secrets

from mkdocs.structure.toc import TableOfContents

# Ids in HTML written with markupsafe (attribute values escaped: `id="` can only be an id).
ID_ATTRIBUTE = re.compile(r'\sid="([^"]+)"')


def raw_block(html: str) -> str:
    """Markdown for `html` left in place: a raw HTML block (between blank lines)."""
    return f"\n\n{html}\n\n"


class HeldHtml:
    """The blocks of HTML held out of one page's Markdown."""

    def __init__(self):
        self.key = secrets.token_hex(8)
        self.blocks: dict[str, str] = {}

    def hold(self, html: str) -> str:
        """Markdown for `html`: a marker of its own, as a block (between blank lines)."""
        marker = f"<!--woonkansen-{self.key}-{len(self.blocks)}-->"
        self.blocks[marker] = str(html)
        return f"\n\n{marker}\n\n"

    def __bool__(self) -> bool:
        return bool(self.blocks)

    def wrap(
        self, content: str, toc: TableOfContents, ids: set[str]
    ) -> tuple[str, TableOfContents]:
        for marker, html in self.blocks.items():
            if content.count(marker) != 1:
                raise ValueError(f"{marker} staat niet precies één keer in de pagina")
            content = content.replace(marker, html)
            ids.update(ID_ATTRIBUTE.findall(html))
        return content, toc
