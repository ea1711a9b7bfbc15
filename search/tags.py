"""Audience keys and facet values as tokens of the full-text index.

The database engine stores them beside the words of each entry (search/engines/sql.py), so one
full-text lookup applies the words, the reader's audience and the chosen filters together:
counting the matches never reads the entries themselves. A token is a letter and the hex of
the UTF-8 text, so every tokenizer keeps it whole and no key or value can be mistaken for
another.
"""

from collections.abc import Iterable


def _token(prefix: str, text: str) -> str:
    return prefix + text.encode().hex()


def audience(key: str) -> str:
    return _token("a", key)


def facet(name: str, value: str) -> str:
    return _token("f", f"{name}={value}")


def of_entry(audience_keys: Iterable[str], facets: Iterable[tuple[str, str]]) -> list[str]:
    """The tokens of one entry: its audience keys and its (name, value) facet pairs."""
    found = [audience(key) for key in sorted(set(audience_keys))]
    return found + [facet(name, value) for name, value in sorted(set(facets))]
