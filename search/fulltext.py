"""The full-text table beside ``SearchEntry``, per database vendor (DDL used by the migration)."""

SQLITE_CREATE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    "title, body, stems, tokenize='unicode61 remove_diacritics 2')"
)
POSTGRES_CREATE = [
    "CREATE TABLE IF NOT EXISTS search_fts ("
    " entry_id bigint PRIMARY KEY REFERENCES search_searchentry (id) ON DELETE CASCADE"
    " DEFERRABLE INITIALLY DEFERRED, vector tsvector NOT NULL)",
    "CREATE INDEX IF NOT EXISTS search_fts_vector ON search_fts USING gin (vector)",
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
