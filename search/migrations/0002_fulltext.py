from django.db import migrations

from search import fulltext


def create(apps, schema_editor):
    fulltext.create(schema_editor)


def drop(apps, schema_editor):
    fulltext.drop(schema_editor)


class Migration(migrations.Migration):
    """The full-text table: FTS5 on SQLite, tsvector + GIN on PostgreSQL (search/fulltext.py)."""

    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
