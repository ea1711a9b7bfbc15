"""The full-text half of the database engine's SQL, per vendor: FTS5 on SQLite, tsvector on
PostgreSQL (tables from search/fulltext.py)."""

from collections.abc import Sequence
from typing import NamedTuple

from django.core.exceptions import EmptyResultSet, FullResultSet
from django.db import connection

from ..models import SearchEntry
from ..query import ParsedQuery, Term
from ..text import fold, query_stems, stems

BODY_LIMIT = 100_000  # characters of a body that are indexed
ENTRY = SearchEntry._meta.db_table
PG_CONFIGS = {"es": "spanish", "en": "english", "fr": "french", "pt": "portuguese"}

# Groups of tokens (search/tags.py): a match holds at least one token of every group.
Tokens = Sequence[Sequence[str]]


class Row(NamedTuple):
    """What the full-text table stores of one entry."""

    pk: int
    title: str
    body: str
    language: str
    tags: Sequence[str]


def _quote(word: str) -> str:
    return f'"{word}"'


class SQLiteText:
    """FTS5: title and body with diacritics removed, a column of per-language stems, and one of
    the entry's audience and facet tokens (search/tags.py)."""

    id_column = "search_fts.rowid"
    id_sort = id_column  # FTS5 returns matches in either order of rowid
    ranks_within_match = True  # bm25() needs the MATCH in the ranking query

    def source(self) -> str:
        return f"search_fts JOIN {ENTRY} ON {ENTRY}.id = search_fts.rowid"

    def _term(self, term: Term, title: bool = False) -> str:
        if title:  # the stems column mixes title and body: the words as written only
            return "title : " + _quote(" ".join(term.words))
        if term.is_phrase:
            return "{title body} : " + _quote(" ".join(term.words))
        # The word as written (title, body) or one of its stems (stems), in any column: no
        # column filter, which would have FTS5 read every match's positions. (The tags column
        # holds only hex tokens; a word that is one still finds only what the reader's own
        # tokens allow.)
        word = term.words[0]
        alternatives = dict.fromkeys([fold(word), *query_stems(word)])
        return "(" + " OR ".join(_quote(alternative) for alternative in alternatives) + ")"

    def expression(self, query: ParsedQuery, title: bool = False) -> str:
        return " AND ".join(
            "(" + " OR ".join(self._term(term, title) for term in group) + ")"
            for group in query.groups
        )

    def match(
        self, query: ParsedQuery, required: Tokens = (), title: bool = False
    ) -> tuple[str, list]:
        """The entries matching the words of ``query`` (in their title only with ``title``)
        and holding a token of every group in ``required``, without the excluded words."""
        expression = self.expression(query)
        if title:  # ranked by bm25() of all the words, plus the title's
            expression = f"({expression}) AND ({self.expression(query, title=True)})"
        for group in required:
            expression += " AND tags : (" + " OR ".join(_quote(token) for token in group) + ")"
        if query.excluded:
            expression = f"({expression}) NOT ("
            expression += " OR ".join(self._term(term) for term in query.excluded) + ")"
        return "search_fts MATCH %s", [expression]

    def scored(self, query: ParsedQuery, required: Tokens, newest: int) -> tuple[str, list, str]:
        """(SELECT id, score …, parameters, what it reads) of matches.Matches.ranked(), lower
        scores first: it reads the matches themselves (""), the WITH ``candidates``
        ("candidates") or a range of ids they are among ("range").

        bm25() first reads how many entries hold each phrase of the MATCH: the audience's
        tokens are held by most entries, so the many candidates are scored on the words alone,
        over the range of ids they span."""
        rank = "bm25(search_fts, 4.0, 1.0, 1.0, 0.0)"
        if not newest:
            condition, params = self.match(query, required)
            sql = f"SELECT rowid AS id, {rank} AS score FROM search_fts WHERE {condition}"
            return sql, params, ""
        words = self.expression(query)
        titled = f"({words}) AND ({self.expression(query, title=True)})"
        return (
            f"SELECT rowid AS id, {rank} AS score FROM search_fts"
            " WHERE search_fts MATCH %s AND rowid >= %s"
            f" UNION ALL SELECT rowid, {rank} FROM search_fts WHERE search_fts MATCH %s"
            " AND rowid < %s AND rowid >= (SELECT MIN(id) FROM candidates)",
            [words, newest, titled, newest],
            "range",
        )

    def title_prefix(self, typed: list[str]) -> tuple[str, list]:
        parts = [f"title : {_quote(word)}" for word in typed[:-1]]
        parts.append(f"title : {_quote(typed[-1])}*")
        return "search_fts MATCH %s", [" AND ".join(parts)]

    def write(self, rows: list[Row]) -> None:
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO search_fts (rowid, title, body, stems, tags)"
                " VALUES (%s, %s, %s, %s, %s)",
                [
                    (
                        row.pk,
                        row.title,
                        row.body[:BODY_LIMIT],
                        stems(row.language, row.title + " " + row.body[:BODY_LIMIT]),
                        " ".join(row.tags),
                    )
                    for row in rows
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
    over the words as written (Snowball needs the accents of "-ción", and drops them itself);
    the entry's tokens (search/tags.py) as lexemes of the same vector; and the title's words
    alone in a small ``title_vector``."""

    id_column = "search_fts.entry_id"
    # "+ 0": matches found through the GIN index, then sorted; not a walk down the primary key
    # testing every row's vector on the way
    id_sort = "search_fts.entry_id + 0"
    ranks_within_match = False

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

    def match(
        self, query: ParsedQuery, required: Tokens = (), title: bool = False
    ) -> tuple[str, list]:
        """As SQLiteText.match: one tsquery on ``vector``, so one GIN lookup answers it all
        (with ``title``, the words on ``title_vector`` and the rest on ``vector``)."""
        words, params = self.tsquery(query)
        rest, rest_params = [], []
        for group in required:
            rest.append("%s::tsquery")
            rest_params.append("(" + " | ".join(f"'{token}'" for token in group) + ")")
        if query.excluded:
            parts = [self._term(term) for term in query.excluded]
            rest.append("!!(" + " || ".join(part for part, _ in parts) + ")")
            rest_params += [param for _, term_params in parts for param in term_params]
        if not title:
            return f"search_fts.vector @@ ({' && '.join([words, *rest])})", params + rest_params
        sql = f"search_fts.title_vector @@ ({words})"
        if rest:
            sql += f" AND search_fts.vector @@ ({' && '.join(rest)})"
        return sql, params + rest_params

    def scored(self, query: ParsedQuery, required: Tokens, newest: int) -> tuple[str, list, str]:
        """As SQLiteText.scored: the candidates' ranks."""
        sql, params = self.tsquery(query)
        return (
            f"SELECT candidates.id, -ts_rank_cd(search_fts.vector, ({sql})) AS score"
            " FROM candidates JOIN search_fts ON search_fts.entry_id = candidates.id",
            params,
            "candidates",
        )

    def title_prefix(self, typed: list[str]) -> tuple[str, list]:
        lexemes = [f"'{word}'" for word in typed[:-1]] + [f"'{typed[-1]}':*"]
        return "search_fts.title_vector @@ to_tsquery('simple', %s)", [" & ".join(lexemes)]

    def write(self, rows: list[Row]) -> None:
        title = (
            "to_tsvector('simple', %(title)s) || to_tsvector(%(config)s::regconfig, %(own_title)s)"
        )
        vector = (
            f"setweight({title}, 'A')"
            " || setweight(to_tsvector('simple', %(body)s), 'D')"
            " || setweight(to_tsvector(%(config)s::regconfig, %(own_body)s), 'D')"
            " || array_to_tsvector(%(tags)s::text[])"
        )
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO search_fts (entry_id, title_vector, vector)"
                f" VALUES (%(pk)s, {title}, {vector})",
                [
                    {
                        "pk": row.pk,
                        "config": PG_CONFIGS.get(row.language, "simple"),
                        "title": fold(row.title),
                        "body": fold(row.body[:BODY_LIMIT]),
                        # The language's own configuration stems the words as written.
                        "own_title": row.title.casefold(),
                        "own_body": row.body[:BODY_LIMIT].casefold(),
                        "tags": list(row.tags),
                    }
                    for row in rows
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
