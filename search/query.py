"""The search box's little language, parsed once for every engine.

Words are all required; ``"quoted words"`` form a phrase; ``-word`` or ``-"a phrase"`` excludes;
``OR`` between two items accepts either. Anything else an engine might read as syntax
(``*``, ``^``, ``:``, ``NEAR(``, brackets, unbalanced quotes) is only a word separator.
"""

import re
from dataclasses import dataclass, field

from .text import lower_words

MAX_LENGTH = 200  # characters of the query that are read
MAX_TERMS = 12
TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')


@dataclass(frozen=True)
class Term:
    """One word, or a phrase of several (lower case, accents kept)."""

    words: tuple[str, ...]

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1


@dataclass
class ParsedQuery:
    groups: list[list[Term]] = field(default_factory=list)  # all groups; any term of a group
    excluded: list[Term] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.groups)

    @property
    def positive_words(self) -> set[str]:
        return {word for group in self.groups for term in group for word in term.words}


def parse(text: str) -> ParsedQuery:
    parsed = ParsedQuery()
    join_next = False
    for match in TOKEN.finditer((text or "")[:MAX_LENGTH]):
        negative, quoted, bare = match.group(1), match.group(2), match.group(3)
        if bare is not None:
            if bare == "OR":
                join_next = bool(parsed.groups)
                continue
            negative = "-" if bare.startswith("-") else ""
            bare = bare.lstrip("-")
        found = tuple(lower_words(quoted if quoted is not None else bare))
        if not found:
            continue
        term = Term(found)
        if negative:
            parsed.excluded.append(term)
        elif join_next:
            parsed.groups[-1].append(term)
        else:
            parsed.groups.append([term])
        join_next = False
        if len(parsed.groups) + len(parsed.excluded) >= MAX_TERMS:
            break
    return parsed
