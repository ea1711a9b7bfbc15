"""Forum rendering: Markdown → sanitised HTML, @mentions, reply quotes, excerpts, and XSS."""

import re
import time
from html.parser import HTMLParser

import pytest

from forum.rendering import excerpt, quote, render_markdown
from tests.xss_vectors import XSS_VECTORS

REL = "nofollow noopener noreferrer ugc"

# The allow-list as the tests see it (written out again, not imported, so a change to the
# module's list has to be made here on purpose).
ALLOWED = {
    "p": set(), "br": set(), "strong": set(), "em": set(), "del": set(), "code": set(),
    "pre": set(), "blockquote": set(), "ul": set(), "ol": {"start"}, "li": set(),
    "a": {"href", "title", "rel"}, "h3": set(), "h4": set(), "h5": set(), "hr": set(),
    "table": set(), "thead": set(), "tbody": set(), "tr": set(), "th": set(), "td": set(),
    "span": {"class"},
}  # fmt: skip
FORBIDDEN = {
    "script", "iframe", "object", "embed", "svg", "math", "style", "form", "input", "meta",
    "base", "link", "img", "h1", "h2", "video", "audio", "source", "body", "details", "div",
}  # fmt: skip
SAFE_SCHEMES = {"http", "https", "mailto"}
SCHEME_RE = re.compile(r"^([a-z][a-z0-9+.\-]*):")
CONTROL_RE = re.compile(r"[\x00-\x20\x7f]")
# nh3 serialises every tag as <name attr="value" …>; anything else starting with "<" is wrong.
TAG_RE = re.compile(r'<(/?)([a-z][a-z0-9]*)((?:\s+[a-z][a-z0-9-]*="[^"]*")*)\s*/?>')
ATTR_NAME_RE = re.compile(r'\s([a-z][a-z0-9-]*)="')


class Elements(HTMLParser):
    """Every element of a fragment with its attributes, plus anything that is not plain HTML."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.oddities: list[str] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_comment(self, data):
        self.oddities.append(f"comment {data!r}")

    def handle_decl(self, decl):
        self.oddities.append(f"declaration {decl!r}")

    def handle_pi(self, data):
        self.oddities.append(f"processing instruction {data!r}")

    def unknown_decl(self, data):
        self.oddities.append(f"declaration {data!r}")

    def tags(self) -> list[str]:
        return [tag for tag, _attrs in self.elements]


def assert_safe_html(output: str) -> None:
    assert "<script" not in output.lower()
    # Lexically, independent of html.parser: each "<" opens a well-formed tag whose attribute
    # names (outside the quoted values) are allowed and are no event handlers.
    position = output.find("<")
    while position != -1:
        tag = TAG_RE.match(output, position)
        assert tag, f"stray or malformed markup at {position}: {output}"
        names = ATTR_NAME_RE.findall(re.sub(r'"[^"]*"', '""', tag.group(3)))
        assert not [name for name in names if name.startswith("on")], output
        assert set(names) <= ALLOWED.get(tag.group(2), set()), output
        position = output.find("<", tag.end())
    parsed = Elements(output)
    assert not parsed.oddities, parsed.oddities
    for tag, attrs in parsed.elements:
        assert tag not in FORBIDDEN, output
        assert tag in ALLOWED, f"<{tag}> is not allowed: {output}"
        assert set(attrs) <= ALLOWED[tag], f"<{tag} {attrs}>: {output}"
        assert not any(name.startswith("on") for name in attrs)
        if tag == "a":
            assert attrs.get("rel") == REL
            href = attrs.get("href")
            if href is not None:
                # As a browser reads it: entities decoded (by the parser), controls dropped.
                url = CONTROL_RE.sub("", href).lower()
                for bad in ("javascript:", "vbscript:", "data:", "file:"):
                    assert bad not in url, href
                scheme = SCHEME_RE.match(url)
                assert scheme is None or scheme.group(1) in SAFE_SCHEMES, href
        if tag == "span":
            assert attrs == {"class": "mention"}, output
        if tag == "ol" and "start" in attrs:
            assert (attrs["start"] or "").isdigit()


def html(text: str) -> str:
    return render_markdown(text)[0]


# --- Markdown basics ---------------------------------------------------------------------------


def test_returns_html_and_mentions():
    result = render_markdown("Hello")
    assert isinstance(result, tuple)
    assert result == ("<p>Hello</p>\n", [])


def test_empty_input():
    assert render_markdown("") == ("", [])


def test_emphasis_and_strikethrough():
    out = html("*em* _em2_ **strong** __strong2__ ~~gone~~")
    assert "<em>em</em>" in out and "<em>em2</em>" in out
    assert "<strong>strong</strong>" in out and "<strong>strong2</strong>" in out
    assert "<del>gone</del>" in out
    assert "<s>" not in out


def test_lists():
    out = html("- one\n- two\n\n1. first\n2. second\n\nThen:\n\n3. third")
    assert "<ul>\n<li>one</li>\n<li>two</li>\n</ul>" in out
    assert "<ol>\n<li>first</li>\n<li>second</li>\n</ol>" in out
    assert '<ol start="3">' in out


def test_code_span_and_blocks():
    out = html("Use `x < y` here.\n\n```python\nif a < b:\n    pass\n```\n\n    indented")
    assert "<code>x &lt; y</code>" in out
    assert "<pre><code>if a &lt; b:\n    pass\n</code></pre>" in out
    assert "<pre><code>indented\n</code></pre>" in out
    assert "class=" not in out  # no language-* class: not in the allow-list


def test_table():
    out = html("| Country | Reports |\n|:--|--:|\n| Kenya | 3 |")
    parsed = Elements(out)
    assert parsed.tags() == ["table", "thead", "tr", "th", "th", "tbody", "tr", "td", "td"]
    assert "style" not in out  # alignment styles are dropped
    assert "<td>Kenya</td>" in out


def test_blockquote_hr_and_breaks():
    out = html("> quoted\n\n---\n\nline one  \nline two")
    assert "<blockquote>\n<p>quoted</p>\n</blockquote>" in out
    assert "<hr />" in out or "<hr>" in out
    assert "<br" in out


def test_links_get_rel_and_keep_title():
    out = html('[UPR](https://www.ohchr.org/upr "Universal Periodic Review") <https://x.org>')
    parsed = Elements(out)
    links = [attrs for tag, attrs in parsed.elements if tag == "a"]
    assert links == [
        {"href": "https://www.ohchr.org/upr", "title": "Universal Periodic Review", "rel": REL},
        {"href": "https://x.org", "rel": REL},
    ]


def test_mailto_and_relative_links_kept():
    out = html("<someone@example.org> [guide](/en/guide/)")
    assert 'href="mailto:someone@example.org"' in out
    assert 'href="/en/guide/"' in out


def test_bare_urls_are_not_linkified():
    out = html("See https://example.org for more")
    assert "<a" not in out
    assert "https://example.org" in out


@pytest.mark.parametrize(
    ("markdown", "tag"),
    [
        ("# Title", "h3"),
        ("## Section", "h4"),
        ("### Sub", "h5"),
        ("#### Deeper", "h5"),
        ("###### Deepest", "h5"),
        ("Setext one\n==========", "h3"),
        ("Setext two\n----------", "h4"),
    ],
)
def test_headings_are_demoted(markdown, tag):
    out = html(markdown)
    assert Elements(out).tags() == [tag]
    assert "<h1" not in out and "<h2" not in out


def test_images_are_not_loaded():
    out = html("![Map of NMIRFs](https://example.org/map.png) ![](https://t.example/p.gif)")
    assert "<img" not in out
    assert '<a href="https://example.org/map.png" rel="' + REL + '">Map of NMIRFs</a>' in out
    # Without alt text the link shows its address, so it is not an invisible link.
    assert ">https://t.example/p.gif</a>" in out


def test_image_inside_link_becomes_its_alt_text():
    out = html("[![badge](https://example.org/b.svg)](https://example.org)")
    assert "<img" not in out
    assert Elements(out).tags() == ["p", "a"]
    assert ">badge</a>" in out


def test_data_image_is_text_only():
    out = html("![chart](data:image/png;base64,iVBORw0KGgo=)")
    assert "<img" not in out and "<a" not in out and "data:" not in out
    assert "chart" in out


def test_raw_html_is_shown_as_text():
    out = html("<b>x</b> and <em>y</em>")
    assert out == "<p>&lt;b&gt;x&lt;/b&gt; and &lt;em&gt;y&lt;/em&gt;</p>\n"


def test_raw_html_block_is_shown_as_text():
    out = html("<div>\nhello\n</div>")
    assert "<div" not in out
    assert "&lt;div&gt;" in out


# --- Mentions --------------------------------------------------------------------------------


def test_mentions_found_in_order_distinct_case_kept():
    out, mentioned = render_markdown("Thanks @Amina, @jean.paul and @amina_k. Again @Amina!")
    assert mentioned == ["Amina", "jean.paul", "amina_k"]
    assert '<span class="mention">@Amina</span>,' in out
    assert '<span class="mention">@amina_k</span>.' in out  # sentence full stop stays outside


def test_mention_username_characters():
    _out, mentioned = render_markdown("@a+b @c-d @e@f.org @ünïcode @x_1")
    assert mentioned == ["a+b", "c-d", "e@f.org", "ünïcode", "x_1"]


def test_mentions_in_emphasis_lists_quotes_and_headings():
    _out, mentioned = render_markdown("**@bold**\n\n- @item\n\n> @quoted\n\n# @heading")
    assert mentioned == ["bold", "item", "quoted", "heading"]


@pytest.mark.parametrize(
    "markdown",
    [
        "`@code`",
        "``see @code``",
        "```\n@fenced\n```",
        "    @indented",
        "write to someone@example.org",
        "<someone@example.org>",
        "[link text @name](https://example.org)",
        "a lone @ sign",
        "@. @- @+",
        "\\@escaped is how to name someone without notifying them",
        "&#64;entity",
        "foo\\_@bar",
    ],
)
def test_no_mentions(markdown):
    out, mentioned = render_markdown(markdown)
    assert mentioned == []
    assert "mention" not in out


def test_mention_is_escaped_text():
    out, mentioned = render_markdown('@bob"><b>x</b>')
    assert mentioned == ["bob"]
    assert out == '<p><span class="mention">@bob</span>"&gt;&lt;b&gt;x&lt;/b&gt;</p>\n'


def test_mention_html_cannot_be_forged():
    out, mentioned = render_markdown('<span class="mention">@admin</span>')
    assert mentioned == ["admin"]  # the text @admin is a mention; the typed span is text
    assert out.count("<span") == 1
    assert "&lt;span" in out


def test_mentions_on_long_input_are_linear():
    text = "@a" * 25_000 + " " + "x@" * 25_000 + " " + "@" * 50_000
    start = time.perf_counter()
    _out, mentioned = render_markdown(text)
    assert time.perf_counter() - start < 10
    assert len(mentioned) < 5


def test_long_username_is_capped():
    _out, mentioned = render_markdown("@" + "a" * 500)
    assert mentioned == ["a" * 150]


# --- Quotes ----------------------------------------------------------------------------------


def test_quote_format():
    assert quote("Hello\n\nworld", "Amina") == "> **Amina** wrote:\n>\n> Hello\n>\n> world\n\n"


def test_quote_renders_as_blockquote():
    out, mentioned = render_markdown(quote("We *did* it.\n\n- one\n- two", "Amina"))
    assert out.startswith("<blockquote>\n<p><strong>Amina</strong> wrote:</p>\n<p>We <em>did")
    assert out.rstrip().endswith("</blockquote>")
    assert Elements(out).tags().count("blockquote") == 1
    assert "<ul>" in out
    assert mentioned == []


def test_quote_of_quote_nests():
    first = quote("original point", "Amina") + "my answer"
    second = quote(first, "A member from Kenya") + "and mine"
    out = html(second)
    tags = Elements(out).tags()
    assert tags.count("blockquote") == 2
    assert out.index("A member from Kenya") < out.index("Amina") < out.index("original point")
    inner_end = out.index("</blockquote>")
    assert out.index("my answer") > inner_end  # the first reply is in the outer quote only
    assert out.rindex("and mine") > out.rindex("</blockquote>")  # the new reply is outside


def test_quote_label_is_escaped():
    out = html(quote("x", "*Member* <b>from</b> [Kenya](javascript:x)"))
    assert "<strong>*Member* &lt;b&gt;from&lt;/b&gt; [Kenya](javascript:x)</strong>" in out
    assert "<em>" not in out and "<a" not in out


def test_quote_keeps_code_blocks_and_normalises_newlines():
    out = html(quote("```\ncode\n```\r\nafter\r\n", "Bo"))
    assert "<pre><code>code\n</code></pre>" in out
    assert "<p>after</p>" in out


def test_quote_of_empty_body():
    out = html(quote("", "Bo"))
    assert out == "<blockquote>\n<p><strong>Bo</strong> wrote:</p>\n</blockquote>\n"


# --- Excerpts --------------------------------------------------------------------------------


def test_excerpt_strips_tags_and_unescapes():
    rendered = html("# Title\n\nA &amp; B <tags> *here*\n\n- one\n- two")
    assert excerpt(rendered) == "Title A & B <tags> here one two"


def test_excerpt_collapses_whitespace():
    assert excerpt("<p>a\n\n   b</p><p>c</p>") == "a b c"


def test_excerpt_short_text_unchanged():
    assert excerpt("<p>Short text.</p>", 200) == "Short text."


def test_excerpt_cuts_on_word_boundary():
    text = excerpt("<p>" + "word " * 100 + "</p>", 22)
    assert text == "word word word word…"
    assert len(text) <= 22


def test_excerpt_exact_fit():
    assert excerpt("<p>aaaa bbbb cccc</p>", 14) == "aaaa bbbb cccc"
    assert excerpt("<p>aaaa bbbb cccc</p>", 13) == "aaaa bbbb…"


def test_excerpt_long_single_word():
    text = excerpt("<p>" + "x" * 500 + "</p>", 50)
    assert text == "x" * 49 + "…"


def test_excerpt_does_not_double_unescape():
    assert excerpt(html("&amp;lt;script&amp;gt;")) == "&lt;script&gt;"


# --- XSS corpus ------------------------------------------------------------------------------


def test_corpus_is_large_enough():
    assert len(XSS_VECTORS) >= 50
    assert len(set(XSS_VECTORS)) == len(XSS_VECTORS)


@pytest.mark.parametrize("vector", XSS_VECTORS, ids=range(len(XSS_VECTORS)))
def test_xss_vector_is_neutralised(vector):
    output, _mentioned = render_markdown(vector)
    assert_safe_html(output)


@pytest.mark.parametrize("vector", XSS_VECTORS, ids=range(len(XSS_VECTORS)))
def test_xss_vector_is_neutralised_inside_a_quote(vector):
    output, _mentioned = render_markdown(quote(vector, 'Eve"><script>alert(1)</script>'))
    assert_safe_html(output)


def test_checker_catches_unsafe_html():
    """The checker itself must fail on what it is meant to catch."""
    for bad in [
        "<script>alert(1)</script>",
        '<img src="x">',
        '<a href="javascript:alert(1)" rel="' + REL + '">x</a>',
        '<a href="&#x6A;avascript:alert(1)" rel="' + REL + '">x</a>',
        '<a href="java\tscript:alert(1)" rel="' + REL + '">x</a>',
        '<a href="https://x" rel="' + REL + '" onclick="alert(1)">x</a>',
        '<a href="https://x">x</a>',
        '<span class="evil">x</span>',
        '<p style="color:red">x</p>',
        "<!-- x -->",
    ]:
        with pytest.raises(AssertionError):
            assert_safe_html(bad)
