"""Files generated from data/ and kept in the repository: the issue forms, the link
definitions at the end of CONTRIBUTING.md and .github/CODEOWNERS (FastAPI's way: one command
writes them, a check fails when they are stale).

    make formulieren                          # python -m macros.github.generate
    python -m macros.github.generate --controleer    # exit 1, in Dutch, when something is stale
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..core.validation import DataError
from ..data.site import load_site
from ..pages.contribute import CONTRIBUTING, contributing_text, default_urls
from ..pages.forms import FORMS_DIR, check_forms, forms
from .contributions import CODEOWNERS, codeowners_text


def generated(root: Path) -> dict[str, str]:
    """Path relative to `root` -> the text it must have."""
    site = load_site(root)
    files = {f"{FORMS_DIR}/{name}": text for name, text in forms(site).items()}
    files[CONTRIBUTING] = contributing_text(root)
    files[CODEOWNERS] = codeowners_text(maintainers(root))
    return files


def maintainers(root: Path) -> str:
    """The maintainers' team of the repository's organisation (from mkdocs.yml's repo_url)."""
    owner = default_urls(root)[0].rstrip("/").split("/")[-2]
    return f"@{owner}/beheerders"


def stale(root: Path) -> list[str]:
    """Dutch problems: forms that break GitHub's rules or lag behind data/, stale links."""
    problems = check_forms(root, load_site(root))
    path = root / CONTRIBUTING
    if path.read_text(encoding="utf-8") != contributing_text(root):
        problems.append(
            f"{CONTRIBUTING}: de links onderaan zijn niet bijgewerkt (adres in mkdocs.yml of "
            "het sjabloon gewijzigd); voer `make formulieren` uit"
        )
    owners = root / CODEOWNERS
    if not owners.is_file() or owners.read_text(encoding="utf-8") != codeowners_text(
        maintainers(root)
    ):
        problems.append(
            f"{CODEOWNERS}: niet gelijk aan macros/github/contributions.py; "
            "voer `make formulieren` uit"
        )
    return problems


def main(argv: list[str]) -> int:
    root = Path.cwd()
    try:
        if "--controleer" in argv:
            problems = stale(root)
            for problem in problems:
                print(problem, file=sys.stderr)
            return 1 if problems else 0
        for relative, text in generated(root).items():
            path = root / relative
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
                print(relative)
    except DataError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
