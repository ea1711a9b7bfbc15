"""The embedded engine: SQLite FTS5 or PostgreSQL full-text search over ``SearchEntry``.

Audience and facet filters are part of the same SQL statement as the text match, so hits,
totals, facet counts and suggestions only ever count what the user may see.
"""

from django.db import connection, transaction

from network import access

from .. import facets as facet_labels
from .. import tags
from ..documents import FACETS, SearchDocument
from ..highlight import Highlighter
from ..models import SearchEntry, SearchFacet
from ..query import ParsedQuery
from ..text import fold, words
from . import FacetValue, Hit, Results, SearchRequest, clamp_page, matches
from .sql import BODY_LIMIT, ENTRY, Row, text_backend, where_of

FACET_VALUES_SHOWN = 12
FACET = SearchFacet._meta.db_table


class DatabaseEngine:
    name = "database"

    # Writing ---------------------------------------------------------------------------------

    def replace(self, kind: str, ids: list[int], documents: list[SearchDocument]) -> None:
        """Remove the entries of these objects and store ``documents`` in their place."""
        with transaction.atomic():
            self.delete(kind, ids)
            self.add(documents)

    def delete(self, kind: str, ids: list[int]) -> None:
        old = list(
            SearchEntry.objects.filter(kind=kind, object_id__in=ids).values_list("pk", flat=True)
        )
        if old:
            text_backend().remove(old)
            SearchFacet.objects.filter(entry_id__in=old).delete()
            SearchEntry.objects.filter(pk__in=old).delete()

    def add(self, documents: list[SearchDocument]) -> None:
        if not documents:
            return
        entries = SearchEntry.objects.bulk_create(
            [
                SearchEntry(
                    key=doc.key,
                    kind=doc.kind,
                    object_id=doc.id,
                    language=doc.language,
                    url=doc.url,
                    title=doc.title[:500],
                    body=doc.body[:BODY_LIMIT],
                    audience_keys=" " + " ".join(sorted(set(doc.audience_keys))) + " ",
                    date=doc.date,
                )
                for doc in documents
            ]
        )
        if connection.vendor == "sqlite" or any(entry.pk is None for entry in entries):
            by_key = dict(
                SearchEntry.objects.filter(key__in=[doc.key for doc in documents]).values_list(
                    "key", "pk"
                )
            )
        else:
            by_key = {entry.key: entry.pk for entry in entries}
        SearchFacet.objects.bulk_create(
            [
                SearchFacet(entry_id=by_key[doc.key], name=name, value=value[:100])
                for doc in documents
                for name, values in doc.facets().items()
                for value in values
            ]
        )
        text_backend().write([row_of(by_key[doc.key], doc) for doc in documents])

    def analyse(self) -> None:
        """Fresh planner statistics after a rebuild (PostgreSQL would otherwise plan the first
        searches on the statistics of the index before it)."""
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(f"ANALYZE {ENTRY}, {FACET}, search_fts")

    def clear(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_fts")
        SearchFacet.objects.all().delete()
        SearchEntry.objects.all().delete()

    # Reading ---------------------------------------------------------------------------------

    def _where(self, request: SearchRequest, skip: str | None = None) -> tuple[str, list] | None:
        """Audience, kinds and facet filters as SQL on the entry table (None when nothing can
        match): for listings without words."""
        queryset = access.visible(SearchEntry.objects.all(), request.user)
        if request.kinds:
            queryset = queryset.filter(kind__in=request.kinds)
        for name, value in request.filters.items():
            if name != skip:
                queryset = queryset.filter(
                    pk__in=SearchFacet.objects.filter(name=name, value=value).values("entry_id")
                )
        return where_of(queryset)

    def _fetch(self, sql: str, params: list) -> list[tuple]:
        return matches.fetch(sql, params)

    def search(self, request: SearchRequest) -> Results:
        if request.query:
            return self._search_words(request)
        where = self._where(request)
        if where is None:
            return Results([], 0, {}, 1, request.per_page)
        source = f"{ENTRY} WHERE {where[0]}"
        params = where[1]
        counts = self.counts(request) if request.with_facets else {}
        if request.with_facets and "kind" not in request.filters:
            total = sum(counts["kind"].values())  # every entry has exactly one kind
        else:
            total = self._fetch(f"SELECT COUNT(*) FROM {source}", params)[0][0]
        number = clamp_page(request.page, total, request.per_page)
        rows = self._fetch(
            f"SELECT {ENTRY}.id FROM {source} ORDER BY {ENTRY}.date DESC NULLS LAST,"
            f" {ENTRY}.id DESC LIMIT %s OFFSET %s",
            params + [request.per_page, (number - 1) * request.per_page],
        )
        found = shape_facets(counts, request.filters) if request.with_facets else {}
        return self._results(request, [row[0] for row in rows], total, found, number)

    def _search_words(self, request: SearchRequest) -> Results:
        """A query with words: see search/engines/matches.py."""
        with matches.index_driven():
            found = matches.Matches(request)
            names = matches.facets_not_chosen(request) if request.with_facets else []
            stats = found.stats(names)
            total = stats.total
            reachable = found.reachable(total)
            number = clamp_page(request.page, reachable, request.per_page)
            offset = (number - 1) * request.per_page
            ids = (
                found.ranked(offset, request.per_page, stats.newest, stats.window) if total else []
            )
            counts = matches.counts(request, stats) if request.with_facets else None
        facets = {}
        if counts is not None:
            facets = shape_facets(counts.values, request.filters, counts.estimated)
        results = self._results(request, ids, total, facets, number)
        results.reachable = reachable
        return results

    def _results(self, request, ids: list[int], total: int, facets, number: int) -> Results:
        entries = SearchEntry.objects.in_bulk(ids)
        hits = [self._hit(entries[pk], request.query) for pk in ids if pk in entries]
        return Results(hits, total, facets, number, request.per_page)

    def _hit(self, entry: SearchEntry, query: ParsedQuery) -> Hit:
        highlighter = Highlighter(query, entry.language)
        return Hit(
            kind=entry.kind,
            id=entry.object_id,
            url=entry.url,
            language=entry.language,
            title=highlighter.whole(entry.title),
            snippet=highlighter.snippet(entry.body),
            date=entry.date,
        )

    def counts(self, request: SearchRequest) -> dict[str, dict[str, int]]:
        """{facet: {value: count}} of a listing without words, disjunctive: a chosen facet
        counts as if it were not chosen."""
        counts: dict[str, dict[str, int]] = {name: {} for name in FACETS}
        chosen = [name for name in request.filters if name in counts]
        runs = [(None, [name for name in FACETS if name not in chosen])]
        runs += [(name, [name]) for name in chosen]
        for skip, names in runs:
            where = self._where(request, skip=skip)
            if where is None:
                continue
            condition, params = where
            marks = ", ".join(["%s"] * len(names))
            rows = self._fetch(
                f"WITH matched AS MATERIALIZED (SELECT {ENTRY}.id AS id FROM {ENTRY}"
                f" WHERE {condition}) SELECT f.name, f.value, COUNT(*) FROM matched"
                f" JOIN {FACET} f ON f.entry_id = matched.id"
                f" WHERE f.name IN ({marks}) GROUP BY f.name, f.value",
                params + names,
            )
            for name, value, count in rows:
                counts[name][value] = count
        return counts

    def suggest(self, text: str, user, limit: int = 8) -> list[dict]:
        return suggestions(self, text, user, limit)

    def visible_facet_values(self, user, names: tuple[str, ...]) -> list[tuple[str, str]]:
        queryset = access.visible(SearchEntry.objects.all(), user)
        return list(
            SearchFacet.objects.filter(name__in=names, entry__in=queryset)
            .values_list("name", "value")
            .distinct()
        )

    def title_suggestions(self, typed: list[str], user, limit: int) -> list[tuple[str, str]]:
        found = where_of(access.visible(SearchEntry.objects.all(), user))
        if found is None:
            return []
        where, params = found
        backend = text_backend()
        match, match_params = backend.title_prefix(typed)
        rows = self._fetch(
            f"SELECT {ENTRY}.title, {ENTRY}.url FROM {backend.source()} WHERE {match}"
            f" AND ({where}) ORDER BY {ENTRY}.date DESC NULLS LAST LIMIT %s",
            match_params + list(params) + [limit * 3],
        )
        return rows


def row_of(pk: int, doc: SearchDocument) -> Row:
    """The full-text row of a document stored as entry ``pk``."""
    facets = [(name, value[:100]) for name, values in doc.facets().items() for value in values]
    return Row(pk, doc.title, doc.body, doc.language, tags.of_entry(doc.audience_keys, facets))


def shape_facets(
    counts: dict[str, dict[str, int]], chosen: dict[str, str], estimated: set[str] = frozenset()
):
    """{facet: [FacetValue]} with labels, the chosen value first-class even at zero; the
    counts of the ``estimated`` facets are marked approximate."""
    shaped: dict[str, list[FacetValue]] = {}
    for name, values in counts.items():
        if name in chosen and chosen[name] not in values:
            values = {**values, chosen[name]: 0}
        labels = facet_labels.labels(name, list(values))
        entries = [
            FacetValue(
                value,
                labels.get(value, value),
                count,
                chosen.get(name) == value,
                approximate=name in estimated,
            )
            for value, count in values.items()
        ]
        if name == "year":
            entries.sort(key=lambda entry: entry.value, reverse=True)
        else:
            entries.sort(key=lambda entry: (-entry.count, entry.label))
        shaped[name] = entries[:FACET_VALUES_SHOWN]
    return shaped


def suggestions(engine, text: str, user, limit: int) -> list[dict]:
    """Titles, countries and topics starting with what was typed, among what ``user`` sees."""
    typed = words(text[:100])[:6]
    if not typed or len(typed[-1]) < 2:
        return []
    found: list[dict] = []
    seen = set()
    for title, url in engine.title_suggestions(typed, user, limit):
        if title not in seen:
            seen.add(title)
            found.append({"kind": "title", "label": title, "url": url})
    prefix = " ".join(typed)
    by_name: dict[str, list[str]] = {}
    for name, value in engine.visible_facet_values(user, ("country", "topic")):
        by_name.setdefault(name, []).append(value)
    for name, values in by_name.items():
        labels = facet_labels.labels(name, values)
        for value in sorted(values, key=lambda value: labels.get(value, value)):
            label = labels.get(value, value)
            if fold(label).startswith(prefix) or any(
                word.startswith(prefix) for word in words(label)
            ):
                found.append({"kind": name, "label": label, "value": value})
    return found[:limit]
