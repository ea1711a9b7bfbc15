"""The catalogue's filters and their counts, all facets in one SQL query
(``network.facet_counts``), labelled in the reader's language."""

from django.db.models import CharField, F
from django.db.models.functions import Cast, ExtractYear

from network.countries import REGIONAL_GROUPS, country_name
from network.facet_counts import FacetSet, translated_name
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
CATALOGUE = FacetSet(
    filters=FILTERS,
    # Filters and facets that go through a to-many relation (and so may repeat a document).
    multi_valued=frozenset({"country", "group", "topic", "capacity", "org_type"}),
    values={
        name: Cast(ExtractYear("publication_date") if name == "year" else F(lookup), CharField())
        for name, lookup in FILTERS.items()
    },
    labels={
        "type": lambda: translated_name("document_type"),
        "topic": lambda: translated_name("topics"),
        "capacity": lambda: translated_name("capacities"),
    },
)
apply = CATALOGUE.apply
repeats_rows = CATALOGUE.repeats_rows


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
    total, rows = CATALOGUE.rows(queryset, values)
    facets: dict[str, list[dict]] = {facet: [] for facet in FACETS}
    for row in rows:
        labeller = _labeller(row["facet"])
        label = labeller(row["value"]) if labeller else row["label"]
        facets[row.pop("facet")].append(row | {"label": label or row["value"]})
    for facet, entries in facets.items():
        if facet == "year":
            entries.sort(key=lambda entry: entry["value"], reverse=True)
        else:
            entries.sort(key=lambda entry: (-entry["count"], str(entry["label"])))
    return total, facets
