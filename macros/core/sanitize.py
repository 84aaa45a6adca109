"""Contributed text is data: render it as the site does, then hold the HTML to an allowlist.

Practice examples, glossary terms and partner entries arrive by pull request from people we do
not know. Their Markdown is rendered here with the site's own Markdown settings (read from
mkdocs.yml), and the HTML that comes out goes through `nh3` (Ammonia, a maintained allowlist
sanitizer). The build never "fixes" the text: if the sanitizer would change anything, or if
the text holds raw HTML at all, that is a Dutch problem naming the file, the field, the line
where it can be found and the element or attribute. Nothing is dropped silently.

Why compare instead of clean: a silent clean hides a mistake from the contributor and leaves
the maintainer guessing what was published. Comparison is done on parsed token streams, so
harmless differences in how the same HTML is written (`<br />` or `<br>`, `&#160;` or the
character itself) do not count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import markdown
import nh3
from markdown.extensions import Extension
from markdown.extensions.abbr import AbbrExtension
from pygments.token import STANDARD_TYPES
from selectolax.lexbor import LexborHTMLParser

from .links import every_path
from .validation import ABBREVIATION_DEFINITION, Problems, read_mkdocs_config

# Data: what contributed text may become

ALLOWED_TAGS = frozenset(
    {
        *("p", "br", "hr", "em", "strong", "code", "pre", "blockquote"),
        *("ul", "ol", "li", "dl", "dt", "dd", "a", "abbr", "sup"),
        *("h2", "h3", "h4", "h5", "h6"),
        *("table", "thead", "tbody", "tr", "th", "td"),
        *("div", "span"),  # only with the classes below: code blocks and footnotes
    }
)
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "ol": {"start"},
    # Ids come from headings (toc) and footnotes; checked further in _attribute_filter.
    **{tag: {"id"} for tag in ("h2", "h3", "h4", "h5", "h6", "sup", "li")},
}
# Markdown's tables write column alignment as a style; nothing else may be styled.
ALIGNMENTS = {f"text-align: {side};" for side in ("left", "right", "center")}
TAG_ATTRIBUTE_VALUES = {"th": {"style": ALIGNMENTS}, "td": {"style": ALIGNMENTS}}
ALLOWED_CLASSES = {
    "a": {"footnote-ref", "footnote-backref", "headerlink"},
    "div": {"footnote", "highlight"},
    # Pygments' short token classes, for code blocks.
    "span": {name for name in STANDARD_TYPES.values() if name},
}
# Links may lead to other sites over these schemes, or anywhere inside this site (relative).
URL_SCHEMES = frozenset({"http", "https", "mailto"})
SAFE_ID = re.compile(r"^(?!__)[\w:.-]{1,100}$")

# `{: #id .class key=value }` after a heading, paragraph or link. Its ids pass the allowlist
# (headings and footnotes have ids), but an id of the contributor's choosing takes over an
# anchor of the page the text lands on: the text gets none of it (the toc gives every heading
# its id).
ATTRIBUTE_EXTENSION = "attr_list"
# Markdown extensions that read other files or run code: never for contributed text.
INCLUDING_EXTENSIONS = {"pymdownx.snippets", "markdown_include.include", "mkdocs_include"}


def _attribute_filter(element: str, attribute: str, value: str) -> str | None:
    if attribute == "id" and not SAFE_ID.match(value):
        return None
    return value


CLEANER = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    clean_content_tags={"script", "style"},
    attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
    attribute_filter=_attribute_filter,
    strip_comments=True,
    link_rel=None,
    tag_attribute_values=TAG_ATTRIBUTE_VALUES,
    url_schemes=set(URL_SCHEMES),
    allowed_classes=ALLOWED_CLASSES,
)


@dataclass(frozen=True)
class MarkdownSettings:
    """The site's Markdown extensions and their settings, as MkDocs passes them on."""

    extensions: tuple[str, ...]
    configs: dict[str, dict] = field(default_factory=dict)
    abbreviations: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_mkdocs_config(cls, config) -> MarkdownSettings:
        names = tuple(e for e in config["markdown_extensions"] if isinstance(e, str))
        return cls(names, dict(config["mdx_configs"]))

    @classmethod
    def from_file(cls, path: Path) -> MarkdownSettings:
        """Read `markdown_extensions` from mkdocs.yml without loading MkDocs (for tests)."""
        config = read_mkdocs_config(path)
        names: list[str] = []
        configs: dict[str, dict] = {}
        for item in config.get("markdown_extensions", []):
            if isinstance(item, dict):
                for name, settings in item.items():
                    names.append(name)
                    configs[name] = settings or {}
            else:
                names.append(item)
        return cls(tuple(names), configs)

    def with_abbreviations(self, abbreviations: dict[str, str]) -> MarkdownSettings:
        return MarkdownSettings(self.extensions, self.configs, dict(abbreviations))


# Python-Markdown's inline patterns that start with a lookbehind: the regex engine tries them at
# every character of a paragraph (the backtick one costs more than all the others together on
# a practice example). Each is written here with its first character in front, so the engine
# jumps to where that character stands: the same matches, the same groups (tests/test_renderer.py
# checks both on many strings), only found sooner. A pattern that Python-Markdown has changed
# is left as it is.
QUICKER_PATTERNS = {
    # (?<!\\) before the run of backslash pairs or the backtick: the character first, then
    # the same look behind it.
    "backtick": (
        r"(?:(?<!\\)((?:\\{2})+)(?=`+)|(?<!\\)`)",
        r"(?:(\\(?<!\\\\)\\(?:\\{2})*)(?=`+)|`(?<!\\`))",
    ),
    # "[" not after "!" (NOIMG + "["): the "[" first.
    **{name: (r"(?<!\!)\[", r"\[(?<!\!\[)") for name in ("reference", "link", "short_reference")},
}


class QuickerScans(Extension):
    def extendMarkdown(self, md):
        for name, (theirs, ours) in QUICKER_PATTERNS.items():
            if name in md.inlinePatterns:
                processor = md.inlinePatterns[name]
                if processor.compiled_re.pattern == theirs:
                    processor.compiled_re = re.compile(ours, processor.compiled_re.flags)


class _NoRawHtml(Extension):
    """Treat HTML in Markdown as text: the reference against which raw HTML is detected."""

    def extendMarkdown(self, md):
        if "html_block" in md.preprocessors:
            md.preprocessors.deregister("html_block")
        if "html" in md.inlinePatterns:
            md.inlinePatterns.deregister("html")


class Renderer:
    """Markdown -> HTML exactly as the site renders a page, plus the same without raw HTML."""

    def __init__(self, settings: MarkdownSettings):
        self.settings = settings

    def _make(self, raw_html: bool, attributes: bool = True) -> markdown.Markdown:
        names = [n for n in self.settings.extensions if n not in INCLUDING_EXTENSIONS]
        if not attributes:
            names = [n for n in names if n != ATTRIBUTE_EXTENSION]
        configs = {n: dict(self.settings.configs.get(n) or {}) for n in names}
        if "abbr" in names and self.settings.abbreviations:
            configs["abbr"]["glossary"] = dict(self.settings.abbreviations)
        extensions: list[Any] = [*names, QuickerScans()]
        if not raw_html:
            extensions.append(_NoRawHtml())
        return markdown.Markdown(extensions=extensions, extension_configs=configs)

    @cached_property
    def _site(self) -> markdown.Markdown:
        return self._make(raw_html=True)

    @cached_property
    def _plain(self) -> markdown.Markdown:
        return self._make(raw_html=False)

    def render(self, text: str) -> str:
        return self._site.reset().convert(text)

    def defined_abbreviations(self) -> bool:
        """Whether the last `render` defined or removed an abbreviation (`*[SVK]: …`)."""
        for extension in self._site.registeredExtensions:
            if isinstance(extension, AbbrExtension) and extension.abbrs != extension.glossary:
                return True
        return False

    def toc_tokens(self) -> list[dict]:
        """The headings of the last `render`, as the toc extension lists them for MkDocs."""
        return list(getattr(self._site, "toc_tokens", []))

    def stashed(self) -> int:
        """How many raw pieces (HTML, entities, code blocks) the last `render` set aside."""
        return self._site.htmlStash.html_counter

    def render_without_html(self, text: str) -> str:
        return self._plain.reset().convert(text)

    @cached_property
    def _no_attributes(self) -> markdown.Markdown:
        return self._make(raw_html=True, attributes=False)

    def render_without_attributes(self, text: str) -> str:
        """The same text with `{: … }` left as text: what attr_list did, and nothing else."""
        return self._no_attributes.reset().convert(text)


# Comparing HTML as tokens


class _Tokens(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tokens: list[tuple] = []

    def handle_starttag(self, tag, attrs):
        self.tokens.append(("start", tag, tuple(sorted((k, v or "") for k, v in attrs))))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        self.tokens.append(("end", tag))

    def handle_data(self, data):
        if self.tokens and self.tokens[-1][0] == "text":
            self.tokens[-1] = ("text", self.tokens[-1][1] + data)
        else:
            self.tokens.append(("text", data))

    def handle_comment(self, data):
        self.tokens.append(("comment", data))

    def handle_decl(self, decl):
        self.tokens.append(("decl", decl))

    def handle_pi(self, data):
        self.tokens.append(("decl", data))

    def unknown_decl(self, data):
        self.tokens.append(("decl", data))


def tokens(html: str) -> list[tuple]:
    parser = _Tokens()
    parser.feed(html)
    parser.close()
    # Whitespace-only text between tags is layout, not content.
    return [t for t in parser.tokens if not (t[0] == "text" and not t[1].strip())]


def first_difference(before: list[tuple], after: list[tuple]) -> tuple | None:
    """The first token of `before` that `after` does not have in the same place."""
    for index, token in enumerate(before):
        if index >= len(after) or after[index] != token:
            return token
    return None


def describe(token: tuple, after: list[tuple] | None = None) -> tuple[str, str]:
    """(Dutch description, text to look for in the source) of a refused token."""
    kind = token[0]
    if kind == "start":
        tag, attrs = token[1], dict(token[2])
        if tag == "h1":
            return (
                "een titel met “# ” is niet toegelaten: de titel komt uit het veld “titel”; "
                "gebruik “## ” voor een tussentitel",
                "# ",
            )
        if tag not in ALLOWED_TAGS:
            return f"het element <{tag}> is niet toegelaten", f"<{tag}"
        allowed = (
            ALLOWED_ATTRIBUTES.get(tag, set())
            | set(TAG_ATTRIBUTE_VALUES.get(tag, {}))
            | ({"class"} if tag in ALLOWED_CLASSES else set())
        )
        for name in attrs:
            if name not in allowed:
                return f"het attribuut “{name}” op <{tag}> is niet toegelaten", name
        for name, value in attrs.items():
            if name in ("href", "src"):
                return (
                    f"de link “{value}” op <{tag}> is niet toegelaten (alleen http, https, "
                    "mailto of een pagina van deze site)",
                    value,
                )
        for name, value in attrs.items():
            return f"de waarde “{value}” van “{name}” op <{tag}> is niet toegelaten", value
        return f"het element <{tag}> is hier niet toegelaten", f"<{tag}"
    if kind == "comment":
        return "HTML-commentaar (<!-- … -->) is niet toegelaten", "<!--"
    if kind == "decl":
        return f"“<!{token[1][:20]}” is niet toegelaten", "<!"
    if kind == "end":
        return f"het element </{token[1]}> is niet toegelaten", f"</{token[1]}"
    return "de tekst wordt door de HTML-controle veranderd", token[1].strip()[:40]


# Links whose text shows a web address: the address shown is where the link must lead. A
# link “www.vlaanderen.be/premie” to another host is the oldest phishing trick, and the
# allowlist lets every http(s) link through.
LINK_ELEMENT = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.S | re.I)
HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
TAG = re.compile(r"<[^>]*>")
SHOWN_ADDRESS = re.compile(
    r"(?:https?://)?(?:[^\W_](?:[\w-]{0,62})\.)+[^\W\d_]{2,63}(?![\w-])", re.I
)


def host_of(url: str) -> str | None:
    """The host a link leads to, lower case, without “www.”; for mailto: the mail domain."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() == "mailto":
        host = parts.path.rpartition("@")[2].split("?")[0]
    else:
        host = parts.hostname or ""
    return host.lower().rstrip(".").removeprefix("www.") or None


def misleading_link(html: str) -> tuple[str, str] | None:
    """(text, href) of the first link that shows one address and leads elsewhere, or whose
    host is not written in ASCII (a look-alike letter from another script); else None."""
    for match in LINK_ELEMENT.finditer(html):
        found = HREF.search(match.group(1))
        href = unescape(found.group(1) or found.group(2) or "") if found else ""
        text = unescape(TAG.sub("", match.group(2)))
        target = host_of(href)
        if target and not target.isascii():
            return text, href
        for shown in SHOWN_ADDRESS.findall(text):
            host = host_of(shown if "://" in shown else f"http://{shown}")
            # "Vlaanderen.be" may lead to armoede.vlaanderen.be: the same owner's site.
            if not target or not (target == host or target.endswith(f".{host}")):
                return text, href
    return None


def line_of(source: str, needle: str, first_line: int) -> int | None:
    """The line of `source` (numbered from `first_line`) where `needle` first appears."""
    if not needle:
        return None
    position = source.lower().find(needle.lower())
    if position < 0:
        return None
    return first_line + source.count("\n", 0, position)


# Bounds: what Python-Markdown is given at all

# Python-Markdown looks for the end of every "[" and "(" it cannot match by reading on to the
# end of the paragraph, and it nests lists and quotes by recursion: a few kilobytes of "![" take
# minutes, and 500 list markers end in a RecursionError. Real text has a handful of brackets
# and two or three levels; these limits keep every contributed text at a few milliseconds.
MAX_NESTING = 8  # lists and quotes inside each other (an indent of 4 spaces is a level too)
MAX_BRACKET_DEPTH = 8  # [ and ( inside each other
MAX_UNMATCHED = 10  # [ and ( that are never closed, per paragraph
MAX_FOOTNOTE_MARKS = 40  # "[^": the footnotes extension's backlinks are quadratic in them
# Python-Markdown splits a block at every heading, rule, fence or definition and parses the
# rest again: the cost grows with lines times bytes (3,000 "***" lines in 15 KB take 16 s).
# The guide's examples have at most 13 lines.
MAX_LINES = 200
# Every "<" that no ">" closes makes the HTML reader of Python-Markdown read on to the end of
# the text: 5,000 of "<a " take 20 s, spread over paragraphs or not. Counted in the whole text.
MAX_UNCLOSED_TAGS = 10
CONTAINER = re.compile(r"[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))")
INDENT = re.compile(r"[ \t]*")
OPENING, CLOSING = {"[": "]", "(": ")"}, {"]": "[", ")": "("}


def nesting(line: str) -> int:
    """How many lists and quotes a line stands in (counted up to just over the limit): its
    markers, and its indentation (4 columns a level)."""
    level, position = 0, 0
    while level <= MAX_NESTING:
        indent = INDENT.match(line, position).group().replace("\t", "    ")
        level += len(indent) // 4
        match = CONTAINER.match(line, position)
        if not match:
            break
        level += 1
        position = match.end()
    return level


# The signs the two counts below read, and a backslash with the sign it escapes: each
# alternative starts with a literal, so the regex engine skips to the next such sign (the
# counts read every other character as nothing).
_BRACKET_SIGNS = re.compile(r"\\[\s\S]?|\[|\]|\(|\)")
_TAG_SIGNS = re.compile(r"\\[\s\S]?|<|>")


def bracket_problem(block: str) -> str | None:
    """Brackets too deep, or too many left open, in one paragraph (one linear pass)."""
    if "[" not in block and "(" not in block:
        return None  # nothing opens, so nothing stays open
    stack: list[str] = []
    unmatched = 0
    for match in _BRACKET_SIGNS.finditer(block):
        char = match.group()
        if char in OPENING:
            stack.append(char)
            if len(stack) > MAX_BRACKET_DEPTH:
                return f"meer dan {MAX_BRACKET_DEPTH} haakjes ([ of () in elkaar"
        elif char in CLOSING and CLOSING[char] in stack:
            # A closing bracket ends the innermost one of its kind; the others in between
            # stay open for good.
            while stack[-1] != CLOSING[char]:
                stack.pop()
                unmatched += 1
            stack.pop()
    unmatched += len(stack)
    if unmatched > MAX_UNMATCHED:
        return (
            f"{unmatched} haakjes ([ of () die niet gesloten worden (hoogstens {MAX_UNMATCHED} "
            "per alinea)"
        )
    return None


def unclosed_tags(text: str) -> int:
    """How many "<" no ">" closes (a ">" closes the last one open; one linear pass)."""
    if "<" not in text:
        return 0
    unclosed = opened = 0
    for match in _TAG_SIGNS.finditer(text):
        char = match.group()
        if char == "<":
            opened += 1
        elif char == ">" and opened:
            unclosed += opened - 1
            opened = 0
    return unclosed + opened


def markdown_bounds(text: str) -> tuple[str, int] | None:
    """(Dutch problem, line number from 0) of text Python-Markdown cannot judge quickly."""
    block_start = 0
    lines = text.split("\n")
    if text.count("[^") > MAX_FOOTNOTE_MARKS:
        return f"meer dan {MAX_FOOTNOTE_MARKS} voetnoten of verwijzingen ernaar", 0
    count = text.rstrip("\n").count("\n") + 1
    if count > MAX_LINES:
        return (
            f"de tekst heeft {count} regels (hoogstens {MAX_LINES}); schrijf ze korter",
            MAX_LINES,
        )
    if unclosed_tags(text) > MAX_UNCLOSED_TAGS:
        return (
            f"meer dan {MAX_UNCLOSED_TAGS} keer “<” zonder “>” erna; schrijf “kleiner dan” of "
            "laat het weg",
            0,
        )
    for number, line in enumerate(lines):
        if nesting(line) > MAX_NESTING:
            return (
                f"lijsten of citaten staan meer dan {MAX_NESTING} niveaus diep in elkaar; "
                "schrijf het eenvoudiger",
                number,
            )
    for number, line in enumerate([*lines, ""]):
        if line.strip():
            continue
        problem = bracket_problem("\n".join(lines[block_start:number]))
        if problem:
            return f"{problem}; sluit elk haakje of laat het weg", block_start
        block_start = number + 1
    return None


# Checks


@dataclass(frozen=True)
class Rendered:
    """Contributed Markdown as the site renders it, accepted by the allowlist."""

    html: str
    toc: tuple[dict, ...] = ()  # the toc extension's tokens of its headings


@dataclass
class Checker:
    """Checks contributed Markdown and HTML; records Dutch problems."""

    renderer: Renderer
    problems: Problems

    def markdown(
        self,
        text: str,
        file: str,
        field_name: str,
        first_line: int | None = None,
    ) -> Rendered | None:
        """Render `text` as the site does; refuse raw HTML and anything the allowlist changes.

        Returns the accepted HTML and its headings, or None after a problem.
        """
        at = (lambda offset: first_line + offset) if first_line else (lambda offset: None)
        bounds = markdown_bounds(text)
        if bounds:
            self.problems.add(file, bounds[0], field_name, at(bounds[1]))
            return None
        try:
            html = self.renderer.render(text)
        except RecursionError:
            self.problems.add(
                file, "de tekst is te ingewikkeld genest om te verwerken", field_name, at(0)
            )
            return None
        except Exception as error:  # any failure of a Markdown extension, worded in Dutch
            self.problems.add(
                file,
                f"de tekst kon niet verwerkt worden ({type(error).__name__}); schrijf ze "
                "eenvoudiger",
                field_name,
                at(0),
            )
            return None
        if self.renderer.defined_abbreviations():
            match = ABBREVIATION_DEFINITION.search(text)
            self.problems.add(
                file,
                "definieert een afkorting (“*[…]: …”); dat kan niet in een bijdrage: de uitleg "
                "van afkortingen komt uit de woordenlijst (glossary/)",
                field_name,
                line_of(text, match.group(), first_line) if match and first_line else at(0),
            )
            return None
        toc = self.renderer.toc_tokens()
        # Raw HTML always passes through Python-Markdown's stash: with nothing stashed there is
        # none, and the comparison render can be skipped.
        if self.renderer.stashed():
            plain = self.renderer.render_without_html(text)
            if plain != html:
                token = first_difference(tokens(html), tokens(plain))
                what, needle = describe(token) if token else ("HTML-code", "<")
                self.problems.add(
                    file,
                    f"HTML-code is niet toegelaten ({what}); schrijf gewone tekst in Markdown, "
                    "zie CONTRIBUTING.md",
                    field_name,
                    line_of(text, needle, first_line) if first_line else None,
                )
                return None
        if not self.html(html, file, field_name, text, first_line):
            return None
        if "{" in text and self.renderer.render_without_attributes(text) != html:
            self.problems.add(
                file,
                "attributen met { … } (zoals “{: #id }” of “{: .klasse }”) zijn niet toegelaten; "
                "een tussentitel krijgt vanzelf een id",
                field_name,
                line_of(text, "{", first_line) if first_line else None,
            )
            return None
        return Rendered(html, tuple(toc))

    def html(
        self,
        html: str,
        file: str,
        field_name: str,
        source: str = "",
        first_line: int | None = None,
    ) -> bool:
        """Refuse HTML that the allowlist sanitizer would change."""
        misleading = misleading_link(html) if "<a" in html else None
        if misleading:
            text, url = misleading
            self.problems.add(
                file,
                f"de link “{text[:80]}” leidt naar “{url[:80]}”: een link die een webadres "
                "toont, leidt naar dat adres, en een adres staat in gewone letters (a-z); "
                "schrijf de link als [beschrijving](adres) of <adres>",
                field_name,
                line_of(source, text.split()[0] if text.split() else url, first_line)
                if source and first_line
                else first_line,
            )
            return False
        cleaned = CLEANER.clean(html)
        if cleaned == html:  # the usual case, without parsing the HTML twice more
            return True
        before = tokens(html)
        after = tokens(cleaned)
        if before == after:
            return True
        token = first_difference(before, after) or before[-1]
        what, needle = describe(token)
        self.problems.add(
            file,
            f"{what}; de tekst mag alleen gewone opmaak bevatten (alinea's, vet, cursief, "
            "lijsten, links, tussentitels, tabellen, citaten, code)",
            field_name,
            line_of(source, needle, first_line) if source and first_line else first_line,
        )
        return False


# The whole built site: nothing may load or follow anything outside it without a click


# Attributes whose URL a browser fetches or follows by itself.
LOADING_ATTRIBUTES = {
    "src",
    "srcset",
    "poster",
    "data",
    "action",
    "formaction",
    "background",
    "manifest",
    "ping",
    "codebase",
    "archive",
    "longdesc",
    "lowsrc",
    "dynsrc",
}
LOADING_LINK_RELS = {
    "stylesheet",
    "icon",
    "shortcut",
    "apple-touch-icon",
    "preload",
    "prefetch",
    "prerender",
    "modulepreload",
    "dns-prefetch",
    "preconnect",
    "manifest",
    "import",
}
NEVER = {"base", "iframe", "frame", "frameset", "object", "embed", "applet", "portal", "template"}
CSS_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)|@import\s+(['\"])(.*?)\3", re.I | re.S)
SCRIPT_URL = re.compile(r"[\x00-\x20]*(javascript|vbscript):", re.I)
URL_IGNORED = re.compile(r"[\t\n\r]")


def is_inside(url: str, site_host: str | None) -> bool:
    """True for a URL that stays on this site: relative, a fragment, data: or blob:."""
    url = url.strip()
    if not url or url.startswith("#"):
        return True
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob"):
        return True
    if parts.scheme in ("", "http", "https") and not parts.netloc:
        return parts.scheme == "" and not url.startswith(("//", "\\\\", "/\\", "\\/"))
    return bool(site_host) and parts.scheme in ("http", "https") and parts.netloc == site_host


def srcset_urls(value: str) -> list[str]:
    return [candidate.strip().split()[0] for candidate in value.split(",") if candidate.strip()]


def css_urls(css: str) -> list[str]:
    return [m.group(2) or m.group(4) or "" for m in CSS_URL.finditer(css)]


def parse_html(html: str) -> LexborHTMLParser:
    """`html` as a browser parses it (Lexbor, an HTML5 parser in C, via selectolax).

    Parsed without scripting, as a browser with JavaScript off does: what is inside
    <noscript> is markup, and is checked.
    """
    return LexborHTMLParser(html)


def find_loads(tree: LexborHTMLParser, site_host: str | None) -> list[tuple[str, str]]:
    """(Dutch description, text to find it by) of everything in a parsed page that loads or
    runs without a click: every element and every attribute of the page is looked at."""
    found: list[tuple[str, str]] = []
    for node in tree.root.traverse():
        tag = node.tag.lower()
        if tag in NEVER:
            found.append((f"<{tag}> is niet toegelaten", f"<{tag}"))
        elif tag == "style":
            for url in css_urls(node.text(deep=True)):
                if not is_inside(url, site_host):
                    found.append((f"<style> laadt “{url[:80]}” van buiten de site", url))
        attributes = node.attributes
        if not attributes:
            continue
        for name, value in attributes.items():
            name, value = name.lower(), value or ""
            urls: list[str] = []
            if name.startswith("on"):
                what = f"<{tag} {name}> (een script in een attribuut) is niet toegelaten"
                found.append((what, name))
            elif name in LOADING_ATTRIBUTES:
                urls = srcset_urls(value) if name == "srcset" else [value]
            elif name == "style":
                urls = css_urls(value)
            elif name in ("href", "xlink:href") and (
                tag in ("image", "use", "feimage")
                or (
                    tag == "link"
                    and set(attributes.get("rel", "").lower().split()) & LOADING_LINK_RELS
                )
            ):
                urls = [value]
            elif (
                name == "http-equiv"
                and tag == "meta"
                and value.lower() in ("refresh", "set-cookie")
            ):
                found.append((f"<meta http-equiv={value}> is niet toegelaten", "<meta"))
            # Browsers drop tabs and line breaks from a URL, and spaces before it.
            if ":" in value and SCRIPT_URL.match(URL_IGNORED.sub("", value)):
                found.append((f"<{tag} {name}=“{value[:60]}”> is niet toegelaten", value or name))
            for url in urls:
                if not is_inside(url, site_host):
                    found.append((f"<{tag} {name}> laadt “{url[:80]}” van buiten de site", url))
    return found


def outside_loads(html: str, site_host: str | None = None, tree=None) -> list[tuple[int, str]]:
    """(line, Dutch description) of everything in `html` that loads or runs without a click.

    The line is where the text it is found by first appears (0 when it cannot be found).
    """
    found = find_loads(tree if tree is not None else parse_html(html), site_host)
    return [(line_of(html, needle, 1) or 0, message) for message, needle in found]


# Files a browser renders as a document: scanned as the pages are (the manifest,
# macros/publish/publish.py, makes sure every other file of the site is a known one).
MARKUP_SUFFIXES = (".html", ".htm", ".xhtml", ".svg", ".xml")


def check_built_site(
    site_dir: Path,
    site_host: str | None,
    sources: dict[str, str],
    seen: dict[str, tuple[str, list[tuple[int, str]]]] | None = None,
) -> list[str]:
    """Scan every HTML, SVG, XML and CSS file of the built site; Dutch problems, naming the
    source.

    `seen` holds what was found in pages parsed earlier in the build (path: text, findings;
    macros/views/built.py, which checks an example's page from its <article> on): a file whose text
    is still the same is not parsed again. Any other file is scanned whole.
    """
    seen = seen or {}
    problems: list[str] = []
    for path in every_path(site_dir):
        if path.suffix not in (*MARKUP_SUFFIXES, ".css") or not path.is_file():
            continue
        relative = path.relative_to(site_dir).as_posix()
        source = sources.get(relative)
        name = f"{relative} (gemaakt uit docs/{source})" if source else relative
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix == ".css":
            found = [
                (0, f"laadt “{url[:80]}” van buiten de site")
                for url in css_urls(text)
                if not is_inside(url, site_host)
            ]
        elif relative in seen and seen[relative][0] == text:
            found = seen[relative][1]
        else:
            found = outside_loads(text, site_host)
            if path.suffix == ".svg":  # opened on its own, an image is a document that runs
                found += [
                    (line_of(text, f"<{tag}", 1) or 0, f"<{tag}> in een SVG is niet toegelaten")
                    for tag in ("script", "foreignobject")
                    if f"<{tag}" in text.lower()
                ]
        problems += [f"{name}:{line}: {message}" if line else f"{name}: {message}"
                     for line, message in found]  # fmt: skip
    return problems
