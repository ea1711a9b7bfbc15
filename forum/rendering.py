"""Forum posts: Markdown → safe HTML (with @mentions), reply quotes, and plain-text excerpts.

A post is rendered once, when it is saved (``Post.body_html``), so the pipeline is:

1. markdown-it-py, CommonMark plus tables and strikethrough, with raw HTML *off* (a ``<b>`` typed
   in a post is shown as text) and markdown-it's own ``validateLink`` refusing ``javascript:``,
   ``vbscript:``, ``file:`` and ``data:`` (except images, which we never emit anyway);
2. a few core rules on the token stream: headings demoted (``#`` → h3, ``##`` → h4, deeper → h5),
   images turned into plain links (no remote loads, no tracking pixels), ``@username`` mentions
   wrapped in ``<span class="mention">`` outside code and links;
3. nh3 with an explicit allow-list of tags, attributes and URL schemes (http, https, mailto), and
   ``rel="nofollow noopener noreferrer ugc"`` forced on every link.
"""

import re
from html.parser import HTMLParser
from urllib.parse import unquote

import nh3
from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a",
    "h3", "h4", "h5", "hr", "table", "thead", "tbody", "tr", "th", "td", "span",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},  # rel is set by nh3 (link_rel), never taken from the input
    "ol": {"start"},  # "3. item" starts a list at 3
}
# The only attribute value a <span> may carry: class="mention".
ALLOWED_ATTRIBUTE_VALUES = {"span": {"class": {"mention"}}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "nofollow noopener noreferrer ugc"

# Headings in a post sit below the page's h1 (site) and h2 (topic title).
HEADING_TAGS = {"h1": "h3", "h2": "h4", "h3": "h5", "h4": "h5", "h5": "h5", "h6": "h5"}

# Django's username characters; 150 is its max_length. The look-behind keeps e-mail addresses
# (``someone@example.org``) and the middle of longer names from counting as mentions.
MENTION_RE = re.compile(r"(?<![\w.@+-])@([\w.@+-]{1,150})")
MENTION_TRAILING = ".@+-"  # "thanks @bob." mentions bob, not "bob."
TEXT_TYPES = ("text", "text_special")


def _demote_headings(state: StateCore) -> None:
    for token in state.tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = HEADING_TAGS.get(token.tag, "h5")


def _strikethrough_as_del(state: StateCore) -> None:
    """markdown-it writes ``~~x~~`` as <s>; the allow-list (and the meaning) is <del>."""
    for block in state.tokens:
        for token in block.children or ():
            if token.type in ("s_open", "s_close"):
                token.tag = "del"


_SCHEME_RE = re.compile(r"([a-z][a-z0-9+.-]{0,30}):")
# What a browser (or a sloppy one) may ignore inside a URL's scheme.
_URL_NOISE_RE = re.compile(
    r"[\s\x00-\x1f\x7f\ufffd\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]"
)


def _unsafe_url(url: str) -> bool:
    """Whether ``url`` names a scheme other than http, https or mailto, however disguised.

    markdown-it already refuses plain ``javascript:`` and friends, and nh3 drops what does not
    parse as an allowed scheme; this also catches tricks that survive as relative URLs such as
    ``%EF%BF%BDjavascript:`` or ``jav%09ascript:`` (harmless today, refused anyway).
    """
    probe = _URL_NOISE_RE.sub("", unquote(url)).lower()
    match = _SCHEME_RE.match(probe)
    return bool(match) and match.group(1) not in ALLOWED_URL_SCHEMES


def _links_and_images(state: StateCore) -> None:
    """Links to unsafe URLs become their text; ``![alt](url)`` becomes ``[alt](url)``.

    An image inside a link, or with an unsafe source, becomes its alt text.
    """
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        children: list[Token] = []
        open_links: list[bool] = []  # for each open link: was it kept?
        for token in block.children:
            if token.type == "link_open":
                keep = not _unsafe_url(str(token.attrGet("href") or ""))
                open_links.append(keep)
                if keep:
                    children.append(token)
                continue
            if token.type == "link_close":
                if open_links.pop() if open_links else True:
                    children.append(token)
                continue
            if token.type != "image":
                children.append(token)
                continue
            src = str(token.attrGet("src") or "")
            alt = list(token.children or [])
            if not alt or not token.content.strip():
                text = Token("text", "", 0)
                text.content = token.content.strip() or src or "image"
                alt = [text]
            if open_links or not src or _unsafe_url(src):
                children.extend(alt)
                continue
            link_open = Token("link_open", "a", 1)
            link_open.attrSet("href", src)
            title = token.attrGet("title")
            if title:
                link_open.attrSet("title", str(title))
            children.append(link_open)
            children.extend(alt)
            children.append(Token("link_close", "a", -1))
        block.children = children


def _mentions(state: StateCore) -> None:
    """Wrap ``@username`` in text (not code, not link text) and collect the names in env.

    Runs before markdown-it's ``text_join``, while ``\\@name`` and ``&#64;name`` are still
    separate ``text_special`` tokens: an escaped @ is the way to write a name without
    mentioning (notifying) its owner.
    """
    found: list[str] = state.env.setdefault("mentions", [])
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        children: list[Token] = []
        link_depth = 0
        for index, token in enumerate(block.children):
            if token.type == "link_open":
                link_depth += 1
            elif token.type == "link_close":
                link_depth = max(0, link_depth - 1)
            if token.type != "text" or link_depth or "@" not in token.content:
                children.append(token)
                continue
            before = block.children[index - 1] if index else None
            previous = before.content[-1:] if before and before.type in TEXT_TYPES else ""
            children.extend(_split_mentions(token.content, previous, found))
        block.children = children


def _text(content: str) -> Token:
    token = Token("text", "", 0)
    token.content = content
    return token


def _split_mentions(content: str, previous: str, found: list[str]) -> list[Token]:
    """Split a text token around its mentions; ``previous`` is the character just before it."""
    tokens: list[Token] = []
    position = 0
    shift = len(previous)  # matched against previous + content, so the look-behind sees it
    for match in MENTION_RE.finditer(previous + content, shift):
        username = match.group(1).rstrip(MENTION_TRAILING)
        if not username:
            continue
        start, end = match.start() - shift, match.start(1) - shift + len(username)
        if start > position:
            tokens.append(_text(content[position:start]))
        span_open = Token("mention_open", "span", 1)
        span_open.attrSet("class", "mention")
        tokens += [span_open, _text("@" + username), Token("mention_close", "span", -1)]
        position = end
        if username not in found:
            found.append(username)
    if position < len(content):
        tokens.append(_text(content[position:]))
    return tokens


def _markdown() -> MarkdownIt:
    # linkify needs linkify-it-py, which is not a dependency: bare URLs stay text; <https://…>
    # autolinks and [text](url) links work.
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.core.ruler.push("nmirf_headings", _demote_headings)
    md.core.ruler.push("nmirf_del", _strikethrough_as_del)
    md.core.ruler.push("nmirf_links", _links_and_images)
    md.core.ruler.before("text_join", "nmirf_mentions", _mentions)
    return md


_MD = _markdown()
_CLEANER = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    clean_content_tags={"script", "style"},
    attributes=ALLOWED_ATTRIBUTES,
    tag_attribute_values=ALLOWED_ATTRIBUTE_VALUES,
    url_schemes=ALLOWED_URL_SCHEMES,
    link_rel=LINK_REL,
    strip_comments=True,
)


def render_markdown(text: str) -> tuple[str, list[str]]:
    """The sanitised HTML of a post and the distinct @usernames it mentions, in order.

    Usernames keep the case they were typed in; matching them to accounts is the caller's job.
    """
    env: dict = {}
    rendered = _MD.render(text or "", env)
    return _CLEANER.clean(rendered), list(env.get("mentions", []))


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>&~|])")  # what can start inline markup


def quote(body: str, author_label: str) -> str:
    """Markdown that starts a reply quoting ``body``, attributed to ``author_label``.

    The label is whatever the caller shows for the author (a pseudonym stays a pseudonym); it is
    escaped so it is printed as typed. Quotes of quotes nest (``> > …``).
    """
    label = _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(author_label.split()))
    lines = [f"> **{label}** wrote:", ">"]
    for line in (body or "").replace("\r\n", "\n").replace("\r", "\n").strip("\n").split("\n"):
        lines.append(f"> {line}" if line.strip() else ">")
    return "\n".join(lines) + "\n\n"


class _TextExtractor(HTMLParser):
    BLOCK = {
        "p", "br", "li", "blockquote", "pre", "h3", "h4", "h5", "hr", "tr", "td", "th",
        "ul", "ol", "table", "div",
    }  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def excerpt(html: str, length: int = 200) -> str:
    """Plain text of rendered HTML, whitespace collapsed, cut on a word boundary with "…"."""
    parser = _TextExtractor()
    parser.feed(html or "")
    parser.close()
    text = " ".join("".join(parser.parts).split())  # entities: convert_charrefs
    if len(text) <= length:
        return text
    limit = max(1, length - 1)  # room for the ellipsis
    cut = text[:limit]
    if text[limit] != " ":  # mid-word: back up to the last space (unless it is one long word)
        space = cut.rfind(" ")
        if space > 0:
            cut = cut[:space]
    return cut.rstrip(" ,;:.-–—") + "…"
