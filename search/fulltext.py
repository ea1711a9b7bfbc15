"""The full-text table beside ``SearchEntry``, per database vendor (DDL used by the migrations).

Each row holds an entry's words and its audience and facet tokens (search/tags.py): on SQLite in
the FTS5 column ``tags``, on PostgreSQL as lexemes of the same ``tsvector``."""

SQLITE_CREATE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    "title, body, stems, tags, tokenize='unicode61 remove_diacritics 2')"
)
POSTGRES_CREATE = [
    "CREATE TABLE IF NOT EXISTS search_fts ("
    " entry_id bigint PRIMARY KEY REFERENCES search_searchentry (id) ON DELETE CASCADE"
    " DEFERRABLE INITIALLY DEFERRED, vector tsvector NOT NULL,"
    " title_vector tsvector NOT NULL DEFAULT ''::tsvector)",
    "CREATE INDEX IF NOT EXISTS search_fts_vector ON search_fts USING gin (vector)",
    "CREATE INDEX IF NOT EXISTS search_fts_title ON search_fts USING gin (title_vector)",
]


def create(schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute(SQLITE_CREATE)
    elif vendor == "postgresql":
        for statement in POSTGRES_CREATE:
            schema_editor.execute(statement)


def drop(schema_editor) -> None:
    schema_editor.execute("DROP TABLE IF EXISTS search_fts")


def recreate(schema_editor, batch: int = 500) -> None:
    """Drop the table, create it as above and fill it again from the entries (their words,
    audience keys and facet values are all in ``SearchEntry`` and ``SearchFacet``)."""
    from .engines.sql import Row, text_backend
    from .tags import of_entry

    drop(schema_editor)
    create(schema_editor)
    backend = text_backend()
    last = 0
    with schema_editor.connection.cursor() as cursor:
        while True:
            cursor.execute(
                "SELECT id, title, body, language, audience_keys FROM search_searchentry"
                " WHERE id > %s ORDER BY id LIMIT %s",
                [last, batch],
            )
            entries = cursor.fetchall()
            if not entries:
                return
            ids = [entry[0] for entry in entries]
            facets: dict[int, list[tuple[str, str]]] = {pk: [] for pk in ids}
            marks = ", ".join(["%s"] * len(ids))
            cursor.execute(
                f"SELECT entry_id, name, value FROM search_searchfacet WHERE entry_id IN ({marks})",
                ids,
            )
            for pk, name, value in cursor.fetchall():
                facets[pk].append((name, value))
            backend.write(
                [
                    Row(pk, title, body, language, of_entry(keys.split(), facets[pk]))
                    for pk, title, body, language, keys in entries
                ]
            )
            last = ids[-1]
