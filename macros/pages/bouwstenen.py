"""The bouwsteen page heading and the overview of the 8 bouwstenen."""

from __future__ import annotations

from markupsafe import escape

from ..core.links import link
from ..data.model import Bouwsteen


def render_bouwsteen_heading(bouwsteen: Bouwsteen) -> str:
    """Markdown H1 'Bouwsteen N • Titel' and the subtitle, as the guide sets them."""
    return (
        f'# {escape(bouwsteen.label)}\n\n<p class="ondertitel">{escape(bouwsteen.ondertitel)}</p>\n'
    )


def render_bouwstenen_cards(bouwstenen: tuple[Bouwsteen, ...], from_page: str) -> str:
    """Material grid cards: number, title (linked) and subtitle of each bouwsteen."""
    cards = []
    for bouwsteen in bouwstenen:
        href = link(bouwsteen.src_path, from_page)
        cards.append(
            f'-   <span class="bouwsteen-nummer" aria-hidden="true">{bouwsteen.nummer}</span>'
            f" **[Bouwsteen {bouwsteen.nummer} • {escape(bouwsteen.titel)}]({href})**\n\n"
            f"    {escape(bouwsteen.ondertitel)}\n"
        )
    return (
        '<div class="grid cards bouwsteen-kaarten" markdown>\n\n' + "\n".join(cards) + "\n</div>\n"
    )
