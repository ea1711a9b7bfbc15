from django.db import migrations

from search import fulltext


def recreate(apps, schema_editor):
    fulltext.recreate(schema_editor)


class Migration(migrations.Migration):
    """The full-text table holds each entry's audience and facet tokens too (and, on PostgreSQL,
    a title vector): made again from the entries (search/fulltext.py)."""

    dependencies = [("search", "0002_fulltext")]

    operations = [migrations.RunPython(recreate, migrations.RunPython.noop)]
