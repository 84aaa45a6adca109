"""Every comment the workflows post, composed in one place, with the contributor's text quoted
so that nothing in it can break out.

    python3 macros/github/comment.py weigering FOUTEN.txt          # the intake's Dutch refusal
    python3 macros/github/comment.py oordeel OORDEEL.json --run URL --conclusie success
    python3 macros/github/comment.py nummer OORDEEL.json           # the pull request it is about
    python3 macros/github/comment.py merkteken                     # marks the one verdict comment

Untrusted text (an issue's answers, a pull request's file names and the messages that quote
them) is only ever shown inside a fenced code block whose fence is longer than any run of
backticks in it, so no line of it can close the block; `@` mentions and `#` references are
neutralised even there; control and bidi characters are dropped; every piece is truncated.

The verdict workflow (oordeel-reactie.yml) runs this file with a bare Python: it imports
nothing but the standard library, and the verdict is read as data, never as Markdown. A
verdict file that is too large, not a regular file, or not of the expected shape is refused.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import stat
import sys
import unicodedata
from pathlib import Path

MARKER = "<!-- woonkansen-kiezen: oordeel -->"
MAX_VERDICT_BYTES = 64_000  # the verdict file, before it is parsed
MAX_BLOCK = 6_000  # characters of quoted text per block
MAX_LINES = 80  # lines per block
MAX_ITEMS = 50  # list items shown per list
MAX_COMMENT = 60_000  # GitHub refuses comments over 65,536 characters
RUN_URL = re.compile(r"^https://github\.com/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/actions/runs/\d+$")
MENTION = re.compile(r"([@#])(?=[\w-])")


class VerdictError(ValueError):
    """The verdict file is not what `make controle` writes."""


# Quoting


def clean(text: str) -> str:
    """Text without control, bidi or other format characters (newline and tab stay)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(
        c for c in text if c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cf", "Co", "Cs")
    )


def neutralise(text: str) -> str:
    """`@team` and `#12` lose their power: a word joiner follows the sign."""
    return MENTION.sub("\\1\u2060", text)


def truncate(text: str, limit: int = MAX_BLOCK, lines: int = MAX_LINES) -> str:
    parts = text.split("\n")
    cut = len(parts) > lines or len(text) > limit
    text = "\n".join(parts[:lines])[:limit]
    return text + "\n… (ingekort)" if cut else text


def fenced(text: str, limit: int = MAX_BLOCK) -> str:
    """`text` as a code block that nothing inside can close: the fence is one backtick longer
    than the longest run of backticks in the text (at least three)."""
    body = neutralise(truncate(clean(text), limit))
    longest = max((len(run) for run in re.findall(r"`+", body)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}text\n{body}\n{fence}"


# The intake's refusal


def compose_refusal(messages: str) -> str:
    return "\n".join(
        [
            "Dit formulier kon nog niet omgezet worden. Pas het issue aan (via ··· → Edit);",
            "een beheerder zet daarna opnieuw het label `omzetten`.",
            "",
            fenced(messages),
            "",
        ]
    )


# The verdict of `make controle`


def _text(value, where: str, limit: int = 2_000) -> str:
    if not isinstance(value, str):
        raise VerdictError(f"{where}: verwacht tekst")
    return value[:limit]


def _list(value, where: str) -> list:
    if not isinstance(value, list):
        raise VerdictError(f"{where}: verwacht een lijst")
    return value[:500]


def read_verdict(path: Path) -> dict:
    """The verdict file, checked field by field; anything else is refused."""
    info = os.lstat(path)
    if not stat.S_ISREG(info.st_mode):
        raise VerdictError(f"{path}: geen gewoon bestand")
    if info.st_size > MAX_VERDICT_BYTES:
        raise VerdictError(f"{path}: groter dan {MAX_VERDICT_BYTES} bytes")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise VerdictError(f"{path}: geen JSON ({error})") from None
    if not isinstance(data, dict) or data.get("versie") != 1:
        raise VerdictError(f"{path}: geen oordeel van make controle (versie 1)")
    number = data.get("pull_request")
    if number is not None and (
        not isinstance(number, int) or isinstance(number, bool) or not 0 < number < 10**9
    ):
        raise VerdictError("pull_request: verwacht een nummer")
    if not isinstance(data.get("ok"), bool):
        raise VerdictError("ok: verwacht true of false")
    problems = []
    for index, item in enumerate(_list(data.get("problemen", []), "problemen")):
        if not isinstance(item, dict):
            raise VerdictError(f"problemen[{index}]: verwacht een object")
        line = item.get("regel")
        if line is not None and (not isinstance(line, int) or isinstance(line, bool)):
            raise VerdictError(f"problemen[{index}].regel: verwacht een nummer")
        problems.append(
            {
                "bestand": _text(item.get("bestand", ""), f"problemen[{index}].bestand", 300),
                "regel": line,
                "melding": _text(item.get("melding", ""), f"problemen[{index}].melding"),
            }
        )
    verdict = {"pull_request": number, "ok": data["ok"], "problemen": problems}
    for key in ("bijdragen", "beheer", "redactie", "afkortingen", "synoniemen"):
        verdict[key] = [
            _text(v, f"{key}[{i}]", 300) for i, v in enumerate(_list(data.get(key, []), key))
        ]
    return verdict


def _block_list(items: list[str]) -> str:
    shown = items[:MAX_ITEMS]
    more = len(items) - len(shown)
    text = "\n".join(shown) + (f"\n… en nog {more}" if more > 0 else "")
    return fenced(text)


def compose_verdict(verdict: dict, run_url: str | None = None, conclusion: str = "") -> str:
    """The Dutch verdict: ready for review, or the problems; what the pull request touches."""
    problems = verdict["problemen"]
    parts = [MARKER]
    if verdict["ok"] and not problems:
        parts += ["### Klaar om na te kijken", "", "De snelle controle vond geen problemen."]
    else:
        count = len(problems)
        head = "1 probleem" if count == 1 else f"{count} problemen"
        parts += [
            f"### De controle vond {head}",
            "",
            "Per probleem: het bestand, de regel en wat er moet veranderen. Pas het bestand aan "
            "in je pull request (tabblad *Files changed* → ··· → *Edit file*); de controle start "
            "daarna opnieuw. De meldingen staan ook bij de regel zelf in *Files changed*.",
            "",
            fenced(
                "\n\n".join(
                    f"{p['bestand']}{':' + str(p['regel']) if p['regel'] else ''}\n{p['melding']}"
                    for p in problems[:MAX_ITEMS]
                )
                or "De controle stopte zonder melding; een beheerder kijkt het verslag na."
            ),
        ]
    parts += ["", "#### Wat deze pull request wijzigt", ""]
    if verdict["bijdragen"]:
        parts += [
            f"Bijdragen ({len(verdict['bijdragen'])}):",
            "",
            _block_list(verdict["bijdragen"]),
        ]
    if verdict["beheer"]:
        parts += [
            *([""] if verdict["bijdragen"] else []),
            f"Code, thema of instellingen van de beheerders ({len(verdict['beheer'])}): een "
            "beheerder moet deze wijzigingen nakijken (`.github/CODEOWNERS`).",
            "",
            _block_list(verdict["beheer"]),
        ]
    if not verdict["bijdragen"] and not verdict["beheer"]:
        parts.append("Geen gewijzigde bestanden gevonden.")
    news = [
        ("redactie", "Nieuwe lezingen met perspectief `redactie` (de stem van de redactie)"),
        ("afkortingen", "Nieuwe afkortingen (krijgen een uitleg op elke pagina)"),
        ("synoniemen", "Nieuwe synoniemen (wegen mee in het zoeken)"),
    ]
    for key, title in news:
        if verdict[key]:
            parts += ["", f"{title}; een beheerder kijkt ze na:", "", _block_list(verdict[key])]
    if run_url:
        if not RUN_URL.match(run_url):
            raise VerdictError("--run: geen adres van een workflowrun op github.com")
        done = {"success": "geslaagd", "failure": "mislukt", "cancelled": "afgebroken"}
        state = done.get(conclusion, "")
        preview = " en een voorbeeld van de site (artefact `site-preview`)" if verdict["ok"] else ""
        parts += [
            "",
            (f"Alle tests: {state}. " if state and verdict["ok"] else "")
            + f"Het verslag{preview}: [de controle op GitHub]({run_url}).",
        ]
    text = "\n".join(parts) + "\n"
    if len(text) > MAX_COMMENT:
        text = text[:MAX_COMMENT].rsplit("\n", 1)[0] + "\n\n… (ingekort)\n"
        # A cut may have left a block open: close it with a fence longer than any inside.
        text += "`" * (max(len(r) for r in re.findall(r"`+", text)) + 1) + "\n"
    return text


# Command line


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="macros/github/comment.py")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("weigering").add_argument("fouten", type=Path)
    verdict = commands.add_parser("oordeel")
    verdict.add_argument("oordeel", type=Path)
    verdict.add_argument("--run", default=None)
    verdict.add_argument("--conclusie", default="")
    commands.add_parser("nummer").add_argument("oordeel", type=Path)
    commands.add_parser("merkteken")
    args = parser.parse_args(argv)
    try:
        if args.command == "weigering":
            text = args.fouten.read_text(encoding="utf-8", errors="replace")
            sys.stdout.write(compose_refusal(text[: MAX_BLOCK * 2]))
        elif args.command == "oordeel":
            sys.stdout.write(compose_verdict(read_verdict(args.oordeel), args.run, args.conclusie))
        elif args.command == "nummer":
            number = read_verdict(args.oordeel)["pull_request"]
            print(number if number else "")
        else:
            print(MARKER)
    except (OSError, VerdictError) as error:
        print(f"oordeel niet leesbaar: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
