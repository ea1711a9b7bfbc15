"""Snippets with the matched words marked, everything else escaped (used by the database
engine; Elasticsearch highlights itself and its fragments go through ``mark``)."""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .query import ParsedQuery
from .text import fold, stem

# Private-use characters mark matches until escaping is done; indexed text never holds them.
START, END = "\ue000", "\ue001"
WORD = re.compile(r"\w+")
SCAN_LIMIT = 60_000  # characters of a long body looked at for the snippet
CONTEXT_WORDS = 14


def mark(text: str) -> SafeString:
    """Escape ``text``, then turn the START/END markers into <mark> elements."""
    cleaned = escape(text)
    return mark_safe(cleaned.replace(START, "<mark>").replace(END, "</mark>"))  # noqa: S308


class Highlighter:
    """Marks the words of ``text`` that the query matches, exactly or by their stem."""

    def __init__(self, query: ParsedQuery, language: str):
        self.language = language
        self.words = {fold(word) for word in query.positive_words}
        self.stems = {stem(language, word) for word in query.positive_words}

    def matches(self, word: str) -> bool:
        return fold(word) in self.words or stem(self.language, word.casefold()) in self.stems

    def whole(self, text: str) -> SafeString:
        return mark(self._marked(text, 0, len(text)))

    def snippet(self, text: str, length: int = 240) -> SafeString:
        text = text[:SCAN_LIMIT]
        spans = list(WORD.finditer(text))
        first = next((i for i, span in enumerate(spans) if self.matches(span.group())), None)
        if first is None:
            cut = text[:length]
            return mark(cut + ("…" if len(text) > length else ""))
        start_word = max(0, first - CONTEXT_WORDS)
        start = spans[start_word].start() if start_word else 0
        end = min(len(text), start + length)
        prefix = "…" if start > 0 else ""
        suffix = "…" if end < len(text) else ""
        return mark(prefix + self._marked(text, start, end) + suffix)

    def _marked(self, text: str, start: int, end: int) -> str:
        out, position = [], start
        for span in WORD.finditer(text, start, end):
            if self.matches(span.group()):
                out.append(text[position : span.start()] + START + span.group() + END)
                position = span.end()
        out.append(text[position:end])
        return "".join(out)
