"""The good-practice filters and their counts, all facets in one SQL query.

The same approach as the library's catalogue (``library.facets``): disjunctive counts taken from
the queryset the access policy already narrowed, so nothing the reader may not see is counted.
"""

from django.db.models import CharField, Count, F, QuerySet, Value
from django.db.models.functions import Coalesce
from django.utils import translation

from network.countries import REGIONAL_GROUPS, country_name

FILTERS = {
    "country": "country",
    "group": "regional_group",
    "topic": "topics__slug",
    "capacity": "capacities__slug",
    "type": "nmirf_types__slug",
    "mechanism": "mechanisms__slug",
    "sdg": "sdgs__slug",
}
FACETS = list(FILTERS)
MULTI_VALUED = {"topic", "capacity", "type", "mechanism", "sdg"}
VOCABULARY = {
    "topic": "topics",
    "capacity": "capacities",
    "type": "nmirf_types",
    "mechanism": "mechanisms",
    "sdg": "sdgs",
}


def repeats_rows(values: dict, facet: str | None = None) -> bool:
    """Would this filtered (and grouped) query count a practice more than once?"""
    return facet in MULTI_VALUED or any(name in MULTI_VALUED for name in values)


def _named(relation: str):
    """The translated name of a vocabulary relation, falling back on the Spanish one."""
    language = translation.get_language() or "es"
    return Coalesce(
        F(f"{relation}__name_{language}"), F(f"{relation}__name_es"), output_field=CharField()
    )


def apply(queryset: QuerySet, values: dict, *, skip: str | None = None) -> QuerySet:
    for name, value in values.items():
        if name in FILTERS and name != skip:
            queryset = queryset.filter(**{FILTERS[name]: value})
    return queryset


def _label(facet: str, value: str, name: str) -> str:
    if facet == "country":
        return country_name(value)
    if facet == "group":
        return str(dict(REGIONAL_GROUPS).get(value, value))
    if facet == "sdg":
        return f"{value.removeprefix('sdg-')}. {name}"
    return name or value


def _sort_key(facet: str):
    if facet == "sdg":
        return lambda entry: int(entry["value"].removeprefix("sdg-") or 0)
    return lambda entry: (-entry["count"], str(entry["label"]))


def counts(queryset: QuerySet, values: dict) -> tuple[int, dict[str, list[dict]]]:
    """(total, {facet: [{"value", "label", "count", "selected"}]}) in one query."""
    text = CharField()
    total_query = (
        apply(queryset, values)
        .annotate(
            facet=Value("_total", output_field=text),
            value=Value("", output_field=text),
            label=Value("", output_field=text),
        )
        .values("facet", "value", "label")
        .annotate(n=Count("pk", distinct=repeats_rows(values)))
        .order_by()
    )
    parts = []
    for facet in FACETS:
        others = {name: chosen for name, chosen in values.items() if name != facet}
        relation = VOCABULARY.get(facet)
        parts.append(
            apply(queryset, values, skip=facet)
            .annotate(
                facet=Value(facet, output_field=text),
                value=F(FILTERS[facet]),
                label=_named(relation) if relation else Value("", output_field=text),
            )
            .filter(value__isnull=False)
            .exclude(value="")
            .values("facet", "value", "label")
            .annotate(n=Count("pk", distinct=repeats_rows(others, facet)))
            .order_by()
        )
    total = 0
    facets: dict[str, list[dict]] = {facet: [] for facet in FACETS}
    for row in total_query.union(*parts, all=True):
        if row["facet"] == "_total":
            total = row["n"]
            continue
        facets[row["facet"]].append(
            {
                "value": row["value"],
                "label": _label(row["facet"], row["value"], row["label"]),
                "count": row["n"],
                "selected": str(values.get(row["facet"], "")) == row["value"],
            }
        )
    for facet, entries in facets.items():
        entries.sort(key=_sort_key(facet))
    return total, facets
