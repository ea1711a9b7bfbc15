"""The database engine's index: one row per searchable item in one language, its facet values,
and (created by the migrations, per database vendor) the full-text table ``search_fts``:
an FTS5 table on SQLite, a table of ``tsvector``s on PostgreSQL."""

from django.db import models


class SearchEntry(models.Model):
    key = models.CharField(max_length=120, unique=True)  # kind:id:language
    kind = models.CharField(max_length=30)
    object_id = models.BigIntegerField()
    language = models.CharField(max_length=8)
    url = models.CharField(max_length=500)
    title = models.CharField(max_length=500)
    body = models.TextField(blank=True)
    audience_keys = models.CharField(max_length=1000)  # space-framed, as on the items
    date = models.DateField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["kind", "object_id"], name="search_entry_object"),
            models.Index(fields=["date"], name="search_entry_date"),
        ]

    def __str__(self) -> str:
        return self.key


class SearchFacet(models.Model):
    """One facet value of an entry (an entry has several countries, topics, …)."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="facets")
    name = models.CharField(max_length=20)
    value = models.CharField(max_length=100)

    class Meta:
        indexes = [
            models.Index(fields=["name", "value", "entry"], name="search_facet_value"),
            models.Index(fields=["entry", "name"], name="search_facet_entry"),
        ]

    def __str__(self) -> str:
        return f"{self.name}={self.value}"
