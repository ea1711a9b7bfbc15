"""The database engine's answer to a query with words, with work bounded by the page rather
than by how many entries match.

Every step reads the full-text index alone: the words, the reader's audience and the chosen
filters are one full-text condition (search/tags.py), so no step reads every matching entry.

- The total is exact: a count of the full-text matches.
- Facet counts are exact up to ``SAMPLE`` matches. Beyond that they are estimated from an even
  sample of the matches (every n-th one) and marked as approximate for the page.
- Relevance ranks a bounded set of candidates: every match when there are at most
  ``CANDIDATES``, else the entries matching in their title and the most recently indexed
  matches, ``CANDIDATES`` of each. Pages reach as far as the candidates.
"""

import math
from dataclasses import dataclass

from django.db import connection

from network import access

from .. import tags
from ..documents import FACETS
from . import SearchRequest
from .sql import ENTRY, text_backend

FACET_TABLE = "search_searchfacet"
SAMPLE = 1_000  # matches read for facet counts; more are estimated from an even sample
CANDIDATES = 1_000  # matches ranked by relevance (each kind of candidate)


@dataclass
class Counts:
    values: dict[str, dict[str, int]]  # facet → value → count
    estimated: set[str]  # facets whose counts are estimates


def fetch(sql: str, params: list) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def required(request: SearchRequest, skip: str | None = None) -> list[list[str]]:
    """The token groups a match must hold: the reader's audience, the kinds, the filters."""
    groups = []
    if not access.is_admin(request.user):
        groups.append([tags.audience(key) for key in sorted(access.user_keys(request.user))])
    if request.kinds:
        groups.append([tags.facet("kind", kind) for kind in request.kinds])
    for name, value in request.filters.items():
        if name != skip:
            groups.append([tags.facet(name, value[:100])])
    return groups


class Matches:
    """The entries matching a request's words, audience and filters (all but ``skip``)."""

    def __init__(self, request: SearchRequest, skip: str | None = None):
        self.backend = text_backend()
        self.request = request
        self.required = required(request, skip)
        self.condition, self.params = self.backend.match(request.query, self.required)
        self.id = self.backend.id_column
        self.total: int | None = None

    def count(self) -> int:
        sql = f"SELECT COUNT(*) FROM search_fts WHERE {self.condition}"
        self.total = fetch(sql, self.params)[0][0]
        return self.total

    def reachable(self, total: int) -> int:
        """How many results the pages reach: all of them, or the ranked candidates."""
        return total if self.request.by_date else min(total, CANDIDATES)

    def facet_counts(self, names: list[str], total: int) -> tuple[dict[str, dict[str, int]], bool]:
        """({facet: {value: count}}, estimated) over these matches, of which there are
        ``total``: every match up to SAMPLE, else every n-th."""
        step = math.ceil(total / SAMPLE) if total > SAMPLE else 1
        sampled = f" AND {self.id} %% {step} = 0" if step > 1 else ""
        marks = ", ".join(["%s"] * len(names))
        rows = fetch(
            f"WITH matched AS MATERIALIZED (SELECT {self.id} AS id FROM search_fts"
            f" WHERE {self.condition}{sampled})"
            f" SELECT f.name, f.value, COUNT(*) FROM matched JOIN {FACET_TABLE} f"
            f" ON f.entry_id = matched.id WHERE f.name IN ({marks}) GROUP BY f.name, f.value"
            " UNION ALL SELECT NULL, NULL, COUNT(*) FROM matched",
            self.params + names,
        )
        size = next((count for name, _value, count in rows if name is None), 0)
        counts: dict[str, dict[str, int]] = {name: {} for name in names}
        for name, value, count in rows:
            if name is not None:
                counts[name][value] = count if step == 1 else estimate(count, size, total)
        return counts, step > 1

    def ranked(self, offset: int, limit: int) -> list[int]:
        """Entry ids of one page, by relevance (see the module's docstring) or by date."""
        if self.request.by_date:
            return self._by_date(offset, limit)
        rank, rank_params = self.backend.rank(self.request.query)
        order = f"ORDER BY {rank}, {ENTRY}.date DESC NULLS LAST, {ENTRY}.id DESC LIMIT %s OFFSET %s"
        source, condition, params = self.backend.source(), self.condition, self.params
        if self.total is None or self.total > CANDIDATES:
            candidates, candidate_params = self._candidates()
            source = f"candidates JOIN {source} ON {self.id} = candidates.id"
            if not self.backend.ranks_within_match:
                condition, params = "1 = 1", []
            source, params = f"{candidates} SELECT {ENTRY}.id FROM {source}", (
                candidate_params + params
            )
        else:
            source = f"SELECT {ENTRY}.id FROM {source}"
        rows = fetch(f"{source} WHERE {condition} {order}", params + rank_params + [limit, offset])
        return [row[0] for row in rows]

    def _candidates(self) -> tuple[str, list]:
        """WITH candidates: the matches in their title and the most recently indexed matches,
        CANDIDATES of each."""
        titled, titled_params = self.backend.match(self.request.query, self.required, title=True)
        recent = (
            f"SELECT id FROM (SELECT {self.id} AS id FROM search_fts WHERE {{}}"
            f" ORDER BY {self.id} DESC LIMIT {CANDIDATES}) AS {{}}"
        )
        return (
            "WITH candidates AS MATERIALIZED ("
            + recent.format(titled, "titled")
            + " UNION "
            + recent.format(self.condition, "recent")
            + ")",
            titled_params + self.params,
        )

    def _by_date(self, offset: int, limit: int) -> list[int]:
        return [
            row[0]
            for row in fetch(
                f"SELECT {ENTRY}.id FROM {self.backend.source()} WHERE {self.condition}"
                f" ORDER BY {ENTRY}.date DESC NULLS LAST, {ENTRY}.id DESC LIMIT %s OFFSET %s",
                self.params + [limit, offset],
            )
        ]


def estimate(count: int, size: int, total: int) -> int:
    """A sample's count scaled to ``total``, to two significant digits (at least 1)."""
    scaled = count * total / max(size, 1)
    digits = max(0, len(str(int(scaled))) - 2)
    return max(1, round(scaled, -digits))


def counts(request: SearchRequest, total: int) -> Counts:
    """{facet: {value: count}}, disjunctive: a chosen facet counts as if it were not chosen."""
    found = Counts({name: {} for name in FACETS}, set())
    chosen = [name for name in request.filters if name in found.values]
    runs = [(None, [name for name in FACETS if name not in chosen])]
    runs += [(name, [name]) for name in chosen]
    for skip, names in runs:
        matches = Matches(request, skip)
        matched = total if skip is None else matches.count()
        if not matched:
            continue
        values, estimated = matches.facet_counts(names, matched)
        found.values.update(values)
        if estimated:
            found.estimated.update(names)
    return found
