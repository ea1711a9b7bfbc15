"""Filters with counts over a queryset, every facet in one SQL query (the library's catalogue,
the good practices' index).

Counts are disjunctive: each facet counts the items matching every *other* chosen filter, so
choosing a country still shows how many items the other countries have. They are taken from
the queryset the caller passes, already narrowed by the access policy, so they never count what
the reader may not see.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import CharField, Count, Expression, F, QuerySet, Value
from django.db.models.functions import Coalesce
from django.utils import translation

TOTAL = "_total"


def translated_name(relation: str) -> Coalesce:
    """The name of a vocabulary relation in the current language, falling back on Spanish."""
    language = translation.get_language() or "es"
    return Coalesce(
        F(f"{relation}__name_{language}"), F(f"{relation}__name_es"), output_field=CharField()
    )


@dataclass(frozen=True)
class FacetSet:
    """``filters``: facet name → the lookup a chosen value filters on. ``multi_valued``: facets
    through a to-many relation (they may repeat an item). ``values``: facet name → the grouped
    value when it is not the lookup itself. ``labels``: facet name → a function giving the label
    expression, read in the same query (vocabulary names)."""

    filters: dict[str, str]
    multi_valued: frozenset[str] = frozenset()
    values: dict[str, Expression] = field(default_factory=dict)
    labels: dict[str, Callable[[], Expression]] = field(default_factory=dict)

    def apply(self, queryset: QuerySet, chosen: dict, *, skip: str | None = None) -> QuerySet:
        for name, value in chosen.items():
            if name in self.filters and name != skip:
                queryset = queryset.filter(**{self.filters[name]: value})
        return queryset

    def repeats_rows(self, chosen: dict, facet: str | None = None) -> bool:
        """Would this filtered (and grouped) query count an item more than once?"""
        return facet in self.multi_valued or any(name in self.multi_valued for name in chosen)

    def rows(self, queryset: QuerySet, chosen: dict) -> tuple[int, list[dict]]:
        """(total, [{"facet", "value", "label", "count", "selected"}]) in one query; "label" is
        the label expression's value, or empty."""
        text = CharField()
        total_query = (
            self.apply(queryset, chosen)
            .annotate(
                facet=Value(TOTAL, output_field=text),
                value=Value("", output_field=text),
                label=Value("", output_field=text),
            )
            .values("facet", "value", "label")
            .annotate(n=Count("pk", distinct=self.repeats_rows(chosen)))
            .order_by()
        )
        parts = []
        for facet, lookup in self.filters.items():
            others = {name: value for name, value in chosen.items() if name != facet}
            label = self.labels.get(facet)
            parts.append(
                self.apply(queryset, chosen, skip=facet)
                .annotate(
                    facet=Value(facet, output_field=text),
                    value=self.values.get(facet, F(lookup)),
                    label=label() if label else Value("", output_field=text),
                )
                .filter(value__isnull=False)
                .exclude(value="")
                .values("facet", "value", "label")
                .annotate(n=Count("pk", distinct=self.repeats_rows(others, facet)))
                .order_by()
            )
        total, rows = 0, []
        for row in total_query.union(*parts, all=True):
            if row["facet"] == TOTAL:
                total = row["n"]
                continue
            rows.append(
                {
                    "facet": row["facet"],
                    "value": row["value"],
                    "label": row["label"],
                    "count": row["n"],
                    "selected": str(chosen.get(row["facet"], "")) == row["value"],
                }
            )
        return total, rows
