"""The database engine's answer to a query with words, with work bounded by the page rather
than by how many entries match.

Every step reads the full-text index alone: the words, the reader's audience and the chosen
filters are one full-text condition (search/tags.py), so no step reads every matching entry.

- The total is exact: a count of the full-text matches.
- Facet counts are exact up to ``SAMPLE`` matches. Beyond that they are estimated from an even
  sample of the matches (every n-th one) and marked as approximate for the page.
- Relevance ranks a bounded set of candidates: every match when there are at most
  ``CANDIDATES``, else the ``CANDIDATES`` most recently indexed matches and up to as many
  older ones matching in their title (among the ``TITLE_WINDOW`` most recent). Pages reach
  as far as the candidates.
"""

import contextlib
from dataclasses import dataclass

from django.db import connection, transaction

from network import access

from .. import tags
from ..documents import FACETS
from . import SearchRequest
from .sql import ENTRY, text_backend

FACET_TABLE = "search_searchfacet"
SAMPLE = 1_000  # matches read for facet counts; more are estimated from an even sample
CANDIDATES = 1_000  # matches ranked by relevance (each kind of candidate)
TITLE_WINDOW = 10 * CANDIDATES  # the most recent matches searched for title matches


@dataclass
class Counts:
    values: dict[str, dict[str, int]]  # facet → value → count
    estimated: set[str]  # facets whose counts are estimates


def fetch(sql: str, params: list) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


# (and no JIT: the costs these settings give would have every search compiled first)
PLANNER = ("enable_seqscan", "enable_hashjoin", "enable_mergejoin", "jit")


@contextlib.contextmanager
def index_driven():
    """On PostgreSQL, within the block: look matches up through the GIN index, never by a
    sequential scan, and join by nested loops. The planner prices a scan of the small heap
    low, but every row it reads detoasts a tsvector of kilobytes; and it cannot know that the
    sets joined here (a sample, the candidates) are bounded, so it would hash whole tables."""
    if connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic(), connection.cursor() as cursor:
        for setting in PLANNER:
            cursor.execute("SELECT set_config(%s, 'off', true)", [setting])
        yield  # (an error rolls the settings back with the transaction or savepoint)
        for setting in PLANNER:
            cursor.execute("SELECT set_config(%s, 'on', true)", [setting])


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


@dataclass
class Stats:
    """What one look-up of the matches tells: how many, the facet counts of an even sample of
    them, and where the candidates for relevance start (see Matches.ranked)."""

    total: int
    counts: dict[str, dict[str, int]]
    estimated: bool
    newest: int  # the id of the CANDIDATES-th most recent match (0 when there are fewer)
    window: int  # about the id of the TITLE_WINDOW-th most recent (0 when there are fewer)


class Matches:
    """The entries matching a request's words, audience and filters (all but ``skip``)."""

    def __init__(self, request: SearchRequest, skip: str | None = None):
        self.backend = text_backend()
        self.request = request
        self.required = required(request, skip)
        self.condition, self.params = self.backend.match(request.query, self.required)
        self.id = self.backend.id_column

    def stats(self, names: list[str], bounds: bool = True) -> Stats:
        """The matches are looked up once; counted; every one of them up to SAMPLE, else
        every n-th, counted by facet value; with ``bounds``, the candidates' bounds too."""
        marks = ", ".join(["%s"] * len(names)) or "NULL"
        rows = fetch(
            f"WITH matched AS MATERIALIZED (SELECT {self.id} AS id FROM search_fts"
            f" WHERE {self.condition}),"
            " counted AS MATERIALIZED (SELECT COUNT(*) AS n FROM matched),"
            " sample AS MATERIALIZED (SELECT id FROM matched, counted"
            f" WHERE counted.n <= {SAMPLE} OR id %% ((counted.n + {SAMPLE - 1}) / {SAMPLE}) = 0)"
            f" SELECT f.name, f.value, COUNT(*) FROM sample JOIN {FACET_TABLE} f"
            # "|| ''": each entry's facets through its own index, never all of a name's values
            f" ON f.entry_id = sample.id WHERE f.name || '' IN ({marks})"
            " GROUP BY f.name, f.value"
            " UNION ALL SELECT NULL, 'total', n FROM counted"
            " UNION ALL SELECT NULL, 'sample', COUNT(*) FROM sample"
            + (
                " UNION ALL SELECT NULL, 'newest', COALESCE((SELECT id FROM matched"
                f" ORDER BY id DESC LIMIT 1 OFFSET {CANDIDATES - 1}), 0)"
                " UNION ALL SELECT NULL, 'sampled', id FROM sample"
                if bounds
                else ""
            ),
            self.params + names,
        )
        told = {value: count for name, value, count in rows if name is None and value != "sampled"}
        sampled = sorted(
            (count for name, value, count in rows if name is None and value == "sampled"),
            reverse=True,
        )
        total = told["total"]
        estimated = told["sample"] < total
        counts: dict[str, dict[str, int]] = {name: {} for name in names}
        for name, value, count in rows:
            if name is not None:
                counts[name][value] = estimate(count, told["sample"], total) if estimated else count
        # The TITLE_WINDOW-th most recent match, as the even sample tells it.
        rank = TITLE_WINDOW * len(sampled) // max(total, 1)
        window = sampled[rank] if rank < len(sampled) else 0
        return Stats(total, counts, estimated, told.get("newest", 0), window)

    def reachable(self, total: int) -> int:
        """How many results the pages reach: all of them, or the ranked candidates."""
        return total if self.request.by_date else min(total, CANDIDATES)

    def ranked(self, offset: int, limit: int, newest: int, window: int = 0) -> list[int]:
        """Entry ids of one page, by relevance (see the module's docstring) or by date;
        ``newest`` and ``window`` from stats()."""
        if self.request.by_date:
            return self._by_date(offset, limit)
        if not newest:  # few matches: rank them all
            candidates = f"SELECT {self.id} AS id FROM search_fts WHERE {self.condition}"
            params = list(self.params)
        else:
            # The most recent matches, and the most recent older ones matching in their title.
            titled, titled_params = self.backend.match(
                self.request.query, self.required, title=True
            )
            candidates = (
                f"SELECT {self.id} AS id FROM search_fts WHERE {self.condition}"
                f" AND {self.backend.id_sort} >= %s"
                f" UNION ALL SELECT id FROM (SELECT {self.id} AS id"
                f" FROM search_fts WHERE {titled} AND {self.backend.id_sort} < %s"
                f" AND {self.backend.id_sort} >= %s"
                f" ORDER BY {self.backend.id_sort} DESC LIMIT {CANDIDATES}) AS titled"
            )
            params = self.params + [newest] + titled_params + [newest, window]
        scored, scored_params, reads = self.backend.scored(
            self.request.query, self.required, newest
        )
        if reads == "candidates":  # the scores of the candidates
            ranked = (
                f"WITH candidates AS MATERIALIZED ({candidates}), ranked AS MATERIALIZED ({scored})"
            )
            params += scored_params
        elif reads == "range":  # the scores of a range of ids the candidates are among
            ranked = (
                f"WITH candidates AS MATERIALIZED ({candidates}),"
                f" scored AS MATERIALIZED ({scored}),"
                " ranked AS (SELECT candidates.id AS id, scored.score AS score"
                " FROM candidates JOIN scored ON scored.id = candidates.id)"
            )
            params += scored_params
        else:  # scored: the matches themselves
            ranked, params = f"WITH ranked AS MATERIALIZED ({scored})", scored_params
        rows = fetch(
            f"{ranked} SELECT {ENTRY}.id FROM ranked JOIN {ENTRY} ON {ENTRY}.id = ranked.id"
            f" ORDER BY ranked.score, {ENTRY}.date DESC NULLS LAST, {ENTRY}.id DESC"
            " LIMIT %s OFFSET %s",
            params + [limit, offset],
        )
        return [row[0] for row in rows]

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
    return max(1, int(round(scaled, -digits)))


def counts(request: SearchRequest, main: Stats) -> Counts:
    """{facet: {value: count}}, disjunctive: a chosen facet counts as if it were not chosen
    (``main``: the stats of the request's own matches, with the facets not chosen)."""
    found = Counts({name: {} for name in FACETS}, set())
    found.values.update(main.counts)
    if main.estimated:
        found.estimated.update(main.counts)
    for name in request.filters:
        if name in found.values:
            stats = Matches(request, skip=name).stats([name], bounds=False)
            found.values.update(stats.counts)
            if stats.estimated:
                found.estimated.add(name)
    return found


def facets_not_chosen(request: SearchRequest) -> list[str]:
    return [name for name in FACETS if name not in request.filters]
