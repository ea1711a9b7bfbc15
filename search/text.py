"""Text handling shared by the engines: accent folding, words and per-language stems."""

import functools
import re
import unicodedata

import snowballstemmer

WORD = re.compile(r"\w+")
STEMMERS = {"es": "spanish", "en": "english", "fr": "french", "pt": "portuguese", "ar": "arabic"}
STEMMED_LANGUAGES = tuple(STEMMERS)


def fold(text: str) -> str:
    """Lower case without diacritics: "Asunción" → "asuncion"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text: str) -> list[str]:
    """The folded words of ``text``."""
    return WORD.findall(fold(text))


def lower_words(text: str) -> list[str]:
    """The words of ``text`` in lower case, accents kept (stemmers need them: "-ción")."""
    return WORD.findall(text.casefold())


@functools.cache
def _stemmer(language: str):
    return snowballstemmer.stemmer(STEMMERS[language])


@functools.lru_cache(maxsize=200_000)
def stem(language: str, word: str) -> str:
    """The folded stem of a lower-case word in ``language`` (the folded word without one)."""
    if language not in STEMMERS:
        return fold(word)
    return fold(_stemmer(language).stemWord(word))


def stems(language: str, text: str) -> str:
    """Space-separated distinct stems of ``text`` in its language ('' for other languages)."""
    if language not in STEMMERS:
        return ""
    return " ".join(dict.fromkeys(stem(language, word) for word in lower_words(text)))


def query_stems(word: str) -> list[str]:
    """A lower-case query word's stems in every language the site stems (the query's language
    is unknown)."""
    return list(dict.fromkeys(stem(language, word) for language in STEMMED_LANGUAGES))
