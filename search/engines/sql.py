"""The full-text half of the database engine's SQL, per vendor: FTS5 on SQLite, tsvector on
PostgreSQL (tables from search/fulltext.py)."""

from django.core.exceptions import EmptyResultSet, FullResultSet
from django.db import connection

from ..documents import SearchDocument
from ..models import SearchEntry
from ..query import ParsedQuery, Term
from ..text import fold, query_stems, stems

BODY_LIMIT = 100_000  # characters of a body that are indexed
ENTRY = SearchEntry._meta.db_table
PG_CONFIGS = {"es": "spanish", "en": "english", "fr": "french", "pt": "portuguese"}


def _quote(word: str) -> str:
    return f'"{word}"'


class SQLiteText:
    """FTS5: title and body with diacritics removed, plus a column of per-language stems."""

    def source(self) -> str:
        return f"search_fts JOIN {ENTRY} ON {ENTRY}.id = search_fts.rowid"

    def _term(self, term: Term) -> str:
        if term.is_phrase:
            return "{title body} : " + _quote(" ".join(term.words))
        word = term.words[0]
        alternatives = " OR ".join(_quote(stem) for stem in query_stems(word))
        return f"({{title body}} : {_quote(word)} OR stems : ({alternatives}))"

    def expression(self, query: ParsedQuery) -> str:
        return " AND ".join(
            "(" + " OR ".join(self._term(term) for term in group) + ")" for group in query.groups
        )

    def match(self, query: ParsedQuery) -> tuple[str, list]:
        return "search_fts MATCH %s", [self.expression(query)]

    def rank(self, query: ParsedQuery) -> tuple[str, list]:
        return "bm25(search_fts, 4.0, 1.0, 1.0)", []

    def excluded(self, terms: list[Term]) -> tuple[str, list]:
        expression = " OR ".join(self._term(term) for term in terms)
        return (
            f"{ENTRY}.id NOT IN (SELECT rowid FROM search_fts WHERE search_fts MATCH %s)",
            [expression],
        )

    def title_prefix(self, typed: list[str]) -> tuple[str, list]:
        parts = [f"title : {_quote(word)}" for word in typed[:-1]]
        parts.append(f"title : {_quote(typed[-1])}*")
        return "search_fts MATCH %s", [" AND ".join(parts)]

    def write(self, rows: list[tuple[int, SearchDocument]]) -> None:
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO search_fts (rowid, title, body, stems) VALUES (%s, %s, %s, %s)",
                [
                    (
                        pk,
                        doc.title,
                        doc.body[:BODY_LIMIT],
                        stems(doc.language, doc.title + " " + doc.body[:BODY_LIMIT]),
                    )
                    for pk, doc in rows
                ],
            )

    def remove(self, ids: list[int]) -> None:
        with connection.cursor() as cursor:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ", ".join(["%s"] * len(chunk))
                cursor.execute(f"DELETE FROM search_fts WHERE rowid IN ({marks})", chunk)


class PostgresText:
    """tsvector per entry: 'simple' over the folded words, and the language's own configuration
    over the words as written (Snowball needs the accents of "-ción", and drops them itself)."""

    def source(self) -> str:
        return f"search_fts JOIN {ENTRY} ON {ENTRY}.id = search_fts.entry_id"

    def _term(self, term: Term) -> tuple[str, list]:
        if term.is_phrase:
            return "phraseto_tsquery('simple', %s)", [fold(" ".join(term.words))]
        word = term.words[0]
        sql = " || ".join(
            f"plainto_tsquery('{config}', %s)" for config in ("simple", *PG_CONFIGS.values())
        )
        return f"({sql})", [fold(word)] + [word] * len(PG_CONFIGS)

    def tsquery(self, query: ParsedQuery) -> tuple[str, list]:
        parts, params = [], []
        for group in query.groups:
            terms = [self._term(term) for term in group]
            parts.append("(" + " || ".join(sql for sql, _ in terms) + ")")
            params += [param for _, term_params in terms for param in term_params]
        return " && ".join(parts), params

    def match(self, query: ParsedQuery) -> tuple[str, list]:
        sql, params = self.tsquery(query)
        return f"search_fts.vector @@ ({sql})", params

    def rank(self, query: ParsedQuery) -> tuple[str, list]:
        sql, params = self.tsquery(query)
        return f"-ts_rank_cd(search_fts.vector, ({sql}))", params

    def excluded(self, terms: list[Term]) -> tuple[str, list]:
        parts = [self._term(term) for term in terms]
        sql = " || ".join(part for part, _ in parts)
        params = [param for _, term_params in parts for param in term_params]
        return (
            f"{ENTRY}.id NOT IN (SELECT entry_id FROM search_fts WHERE vector @@ ({sql}))",
            params,
        )

    def title_prefix(self, typed: list[str]) -> tuple[str, list]:
        lexemes = [f"'{word}':A" for word in typed[:-1]] + [f"'{typed[-1]}':*A"]
        return "search_fts.vector @@ to_tsquery('simple', %s)", [" & ".join(lexemes)]

    def write(self, rows: list[tuple[int, SearchDocument]]) -> None:
        vector = (
            "setweight(to_tsvector('simple', %(title)s), 'A')"
            " || setweight(to_tsvector(%(config)s::regconfig, %(own_title)s), 'A')"
            " || setweight(to_tsvector('simple', %(body)s), 'D')"
            " || setweight(to_tsvector(%(config)s::regconfig, %(own_body)s), 'D')"
        )
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO search_fts (entry_id, vector) VALUES (%(pk)s, {vector})",
                [
                    {
                        "pk": pk,
                        "config": PG_CONFIGS.get(doc.language, "simple"),
                        "title": fold(doc.title),
                        "body": fold(doc.body[:BODY_LIMIT]),
                        # The language's own configuration stems the words as written.
                        "own_title": doc.title.casefold(),
                        "own_body": doc.body[:BODY_LIMIT].casefold(),
                    }
                    for pk, doc in rows
                ],
            )

    def remove(self, ids: list[int]) -> None:
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_fts WHERE entry_id = ANY(%s)", [ids])


def where_of(queryset) -> tuple[str, list] | None:
    """The WHERE clause of a queryset on the entry table (None when nothing can match)."""
    compiler = queryset.query.get_compiler(connection=connection)
    try:
        sql, params = compiler.compile(queryset.query.where)
    except EmptyResultSet:
        return None
    except FullResultSet:
        return "1 = 1", []
    return (sql or "1 = 1"), list(params)


def text_backend():
    return PostgresText() if connection.vendor == "postgresql" else SQLiteText()
