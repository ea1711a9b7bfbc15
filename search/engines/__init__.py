"""The one interface both engines implement: a request in, results (hits with highlighted
snippets, facet counts, total, the page) out."""

import math
from dataclasses import dataclass, field
from functools import cached_property

from django.conf import settings
from django.utils.safestring import SafeString

from ..query import ParsedQuery, parse

PER_PAGE = 20
MAX_PAGE = 500  # deeper than anyone reads; keeps OFFSET bounded


@dataclass
class SearchRequest:
    text: str
    user: object
    kinds: tuple[str, ...] = ()  # restrict to these kinds (a library or forum search box)
    filters: dict[str, str] = field(default_factory=dict)  # facet name → chosen value
    sort: str = "relevance"  # or "date"
    page: int = 1
    per_page: int = PER_PAGE
    with_facets: bool = True

    @cached_property
    def query(self) -> ParsedQuery:
        return parse(self.text)

    @property
    def by_date(self) -> bool:
        return self.sort == "date" or not self.query


@dataclass
class Hit:
    kind: str
    id: int
    url: str
    language: str
    title: SafeString
    snippet: SafeString
    date: object = None
    kind_label: str = ""


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool = False
    approximate: bool = False  # estimated from a sample of many matches


@dataclass
class Results:
    hits: list[Hit]
    total: int
    facets: dict[str, list[FacetValue]]
    number: int  # the page shown
    per_page: int = PER_PAGE
    notice: str = ""  # e.g. Elasticsearch unreachable, answered from the database
    reachable: int | None = None  # results the pages reach, when fewer than the total

    @property
    def num_pages(self) -> int:
        shown = self.total if self.reachable is None else min(self.total, self.reachable)
        return pages_for(shown, self.per_page)

    # What cms/includes/pagination.html reads.
    @property
    def paginator(self):
        return self

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.num_pages

    @property
    def has_other_pages(self) -> bool:
        return self.num_pages > 1

    @property
    def previous_page_number(self) -> int:
        return self.number - 1

    @property
    def next_page_number(self) -> int:
        return self.number + 1

    def __iter__(self):
        return iter(self.hits)


def pages_for(total: int, per_page: int) -> int:
    return max(1, min(MAX_PAGE, math.ceil(total / per_page)))


def clamp_page(page: int, total: int, per_page: int) -> int:
    return min(max(1, page), pages_for(total, per_page))


def elasticsearch_configured() -> bool:
    return bool(getattr(settings, "ELASTICSEARCH_URL", ""))


def get_engine():
    """The engine for queries: Elasticsearch when configured (it falls back on the database
    engine by itself), else the database engine."""
    from .database import DatabaseEngine

    if elasticsearch_configured():
        from .elastic import ElasticEngine

        return ElasticEngine(fallback=DatabaseEngine())
    return DatabaseEngine()
