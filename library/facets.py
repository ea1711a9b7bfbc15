"""The catalogue's filters and their counts, all facets in one SQL query.

Counts are disjunctive: each facet counts the documents matching every *other* selected filter,
so choosing a country still shows how many documents the other countries have. They are taken
from the queryset the access policy already narrowed, so they never count what the user may
not see.
"""

from django.db.models import CharField, Count, F, Value
from django.db.models.functions import Cast, Coalesce, ExtractYear
from django.utils import translation

from network.countries import REGIONAL_GROUPS, country_name
from network.models import Organisation

from .models import DOCUMENT_LANGUAGES

FILTERS = {
    "type": "document_type__slug",
    "country": "country_index__code",
    "group": "country_index__regional_group",
    "topic": "topics__slug",
    "capacity": "capacities__slug",
    "language": "language",
    "year": "publication_date__year",
    "org_type": "organisations__kind",
}
FACETS = list(FILTERS)
# Filters and facets that go through a to-many relation (and so may repeat a document).
MULTI_VALUED = {"country", "group", "topic", "capacity", "org_type"}


def repeats_rows(values: dict, facet: str | None = None) -> bool:
    """Would this filtered (and grouped) query count a document more than once?"""
    return facet in MULTI_VALUED or any(name in MULTI_VALUED for name in values)


def _named(relation: str):
    """The translated name of a vocabulary relation, falling back on the Spanish one."""
    language = translation.get_language() or "es"
    return Coalesce(
        F(f"{relation}__name_{language}"), F(f"{relation}__name_es"), output_field=CharField()
    )


FACET_VALUES = {
    "type": (F("document_type__slug"), lambda: _named("document_type")),
    "country": (F("country_index__code"), None),
    "group": (F("country_index__regional_group"), None),
    "topic": (F("topics__slug"), lambda: _named("topics")),
    "capacity": (F("capacities__slug"), lambda: _named("capacities")),
    "language": (F("language"), None),
    "year": (Cast(ExtractYear("publication_date"), CharField()), None),
    "org_type": (F("organisations__kind"), None),
}


def apply(queryset, values: dict, *, skip: str | None = None):
    for name, value in values.items():
        if name in FILTERS and name != skip:
            queryset = queryset.filter(**{FILTERS[name]: value})
    return queryset


def _labeller(facet: str):
    if facet == "country":
        return country_name
    if facet == "group":
        return dict(REGIONAL_GROUPS).get
    if facet == "language":
        return dict(DOCUMENT_LANGUAGES).get
    if facet == "org_type":
        return dict(Organisation.Kind.choices).get
    return None


def counts(queryset, values: dict) -> tuple[int, dict[str, list[dict]]]:
    """(total, {facet: [{"value", "label", "count", "selected"}]}) in one query."""
    total_query = (
        apply(queryset, values)
        .annotate(
            facet=Value("_total", output_field=CharField()),
            value=Value("", output_field=CharField()),
            label=Value("", output_field=CharField()),
        )
        .values("facet", "value", "label")
        .annotate(n=Count("pk", distinct=repeats_rows(values)))
        .order_by()
    )
    parts = []
    for facet in FACETS:
        value, label = FACET_VALUES[facet]
        others = {name: chosen for name, chosen in values.items() if name != facet}
        parts.append(
            apply(queryset, values, skip=facet)
            .annotate(
                facet=Value(facet, output_field=CharField()),
                value=Cast(value, CharField()),
                label=label() if label else Value("", output_field=CharField()),
            )
            .filter(value__isnull=False)
            .exclude(value="")
            .values("facet", "value", "label")
            .annotate(n=Count("pk", distinct=repeats_rows(others, facet)))
            .order_by()
        )
    rows = list(total_query.union(*parts, all=True))
    total = 0
    facets: dict[str, list[dict]] = {facet: [] for facet in FACETS}
    for row in rows:
        if row["facet"] == "_total":
            total = row["n"]
            continue
        labeller = _labeller(row["facet"])
        label = labeller(row["value"]) if labeller else row["label"]
        facets[row["facet"]].append(
            {
                "value": row["value"],
                "label": label or row["value"],
                "count": row["n"],
                "selected": str(values.get(row["facet"], "")) == row["value"],
            }
        )
    for facet, entries in facets.items():
        if facet == "year":
            entries.sort(key=lambda entry: entry["value"], reverse=True)
        else:
            entries.sort(key=lambda entry: (-entry["count"], str(entry["label"])))
    return total, facets
