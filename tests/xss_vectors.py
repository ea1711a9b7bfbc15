"""Cross-site scripting vectors for anything that turns member input into HTML.

A plain list of strings, each with a short note of what it tries. Used by the forum rendering
tests (tests/forum/test_rendering.py) and meant for reuse by the security suite. Vectors are
written both as raw HTML (which Markdown must show as text) and as Markdown constructs (which
produce real links and must not carry a dangerous URL or attribute).
"""

LONG = "A" * 20_000

XSS_VECTORS: list[str] = [
    # --- raw HTML: must come out as text -------------------------------------------------------
    "<script>alert(1)</script>",  # plain script tag
    "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",  # upper-case external script
    "<ScRiPt>alert(1)</sCrIpT>",  # mixed-case tags
    "<script/xss src=https://evil.example/x.js></script>",  # slash instead of a space
    "<<script>alert(1);//<</script>",  # doubled angle bracket
    "<scr<script>ipt>alert(1)</scr</script>ipt>",  # nested to survive naive stripping
    "<img src=x onerror=alert(1)>",  # event handler on an image
    '<img src="javascript:alert(1)">',  # javascript: image source
    "<IMG SRC=`javascript:alert(1)`>",  # back-tick quoted attribute
    '<img """><script>alert(1)</script>">',  # malformed quotes
    "<svg onload=alert(1)>",  # svg with onload
    "<svg><script>alert(1)</script></svg>",  # script inside svg
    "<iframe src=https://evil.example></iframe>",  # frame
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',  # srcdoc frame
    '<a href="javascript:alert(1)">x</a>',  # javascript: link as HTML
    '<a href="&#x6A;avascript:alert(1)">x</a>',  # hex entity in the scheme
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:alert(1)">x</a>',  # dec
    "<!-- <script>alert(1)</script> -->",  # HTML comment
    "<!--><img src=x onerror=alert(1)>-->",  # comment breakout
    "<style>body{background:url(javascript:alert(1))}</style>",  # style element
    '<div style="background:url(javascript:alert(1))">x</div>',  # style attribute
    '<p style="width: expression(alert(1))">x</p>',  # old IE CSS expression
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",  # mXSS via math
    '<form action="javascript:alert(1)"><input type=submit></form>',  # form action
    "<input onfocus=alert(1) autofocus>",  # autofocus handler
    "<details open ontoggle=alert(1)>",  # ontoggle
    "<body onload=alert(1)>",  # body onload
    '<object data="javascript:alert(1)"></object>',  # object data
    '<embed src="javascript:alert(1)">',  # embed
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',  # meta refresh
    '<base href="javascript:alert(1)//">',  # base href
    '<link rel="import" href="https://evil.example/x.html">',  # HTML import
    "<video><source onerror=alert(1)></video>",  # media source error
    "<marquee onstart=alert(1)>x</marquee>",  # obsolete element with handler
    "<b\x00 onmouseover=alert(1)>x</b>",  # null byte inside a tag
    "<scr\x00ipt>alert(1)</scr\x00ipt>",  # null byte inside the tag name
    "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",  # JS unicode escapes as text
    "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",  # full-width angle brackets
    f'<a href="https://ok.example/" title="{LONG}" onclick="alert(1)">x</a>',  # long attribute
    '<a href="https://ok.example/" rel="opener" target="_blank">x</a>',  # tab-nabbing attributes
    '<span class="mention" onclick="alert(1)">@admin</span>',  # forge a mention span
    # --- Markdown links and images: real elements, URL must be safe ---------------------------
    "[x](javascript:alert(1))",  # javascript: link
    "[x](JaVaScRiPt:alert(1))",  # mixed-case scheme
    "[x](java\tscript:alert(1))",  # tab inside the scheme
    "[x](java%09script:alert(1))",  # percent-encoded tab
    "[x]( javascript:alert(1))",  # leading space
    "[x](\x00javascript:alert(1))",  # leading null byte
    "[x](&#106;avascript:alert(1))",  # decimal entity in the scheme
    "[x](&#x6A;avascript:alert(1))",  # hex entity in the scheme
    "[x](javascript&colon;alert(1))",  # named entity for the colon
    "[x](jav&#x09;ascript:alert(1))",  # entity tab inside the scheme
    "[x](javascript\\:alert(1))",  # backslash-escaped colon
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",  # data: document
    "[x](DATA:text/html,<script>alert(1)</script>)",  # upper-case data:
    "[x](vbscript:msgbox(1))",  # vbscript:
    "[x](file:///etc/passwd)",  # file:
    "[x](<javascript:alert(1)>)",  # destination in angle brackets
    '[x](https://a.b/"onmouseover="alert(1))',  # attribute breakout in the URL
    "[x](https://a.b/'onmouseover='alert(1))",  # single-quote breakout
    '[x](https://a.b "t" onmouseover="alert(1)")',  # breakout through the title
    '[x](https://a.b "t\\" onmouseover=\\"alert(1)")',  # escaped quotes in the title
    "[x][r]\n\n[r]: javascript:alert(1)",  # reference link to javascript:
    '[x][r]\n\n[r]: https://a.b "t\\" onclick=\\"alert(1)"',  # reference title breakout
    "<javascript:alert(1)>",  # autolink with javascript:
    "<vbscript:msgbox(1)>",  # autolink with vbscript:
    "<data:text/html,<script>alert(1)</script>>",  # autolink with data:
    '<https://a.b/"onmouseover="alert(1)>',  # autolink attribute breakout
    "![x](javascript:alert(1))",  # image with javascript:
    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",  # svg data image
    "![x](data:image/png;base64,iVBORw0KGgo=)",  # data image markdown-it lets through
    "![x](https://tracker.example/pixel.gif)",  # tracking pixel
    '![x" onerror="alert(1)](https://a.b/x.png)',  # alt text breakout
    '![x](https://a.b/x.png "t\\" onerror=\\"alert(1)")',  # image title breakout
    "[![x](https://a.b/x.png)](javascript:alert(1))",  # linked image to javascript:
    "[<img src=x onerror=alert(1)>](https://a.b)",  # raw HTML in link text
    "[x](https://a.b)<img src=x onerror=alert(1)>",  # raw HTML after a link
    # --- Markdown blocks that carry raw HTML -----------------------------------------------------
    "# <script>alert(1)</script>",  # heading
    "> <iframe src=javascript:alert(1)>",  # blockquote
    "- <svg onload=alert(1)>",  # list item
    "| a |\n|---|\n| <img src=x onerror=alert(1)> |",  # table cell
    "`<script>alert(1)</script>`",  # code span
    "```html\n<script>alert(1)</script>\n```",  # fenced code
    '```"><script>alert(1)</script>\nx\n```',  # fence info-string breakout
    "    <script>alert(1)</script>",  # indented code
    "**<script>alert(1)</script>**",  # inside emphasis
    "~~<img src=x onerror=alert(1)>~~",  # inside strikethrough
    "@<script>alert(1)</script>",  # mention followed by HTML
    '@admin"><img src=x onerror=alert(1)>',  # mention attribute breakout
    "<div>\n\n[x](javascript:alert(1))\n\n</div>",  # HTML block around Markdown
    "\u202e[x](javascript:alert(1))",  # right-to-left override before a link
]
