"""The good-practice filters and their counts, all facets in one SQL query
(``network.facet_counts``, as the library's catalogue), labelled in the reader's language."""

from network.countries import REGIONAL_GROUPS, country_name
from network.facet_counts import FacetSet, translated_name

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
VOCABULARY = {
    "topic": "topics",
    "capacity": "capacities",
    "type": "nmirf_types",
    "mechanism": "mechanisms",
    "sdg": "sdgs",
}
PRACTICES = FacetSet(
    filters=FILTERS,
    multi_valued=frozenset(VOCABULARY),  # practices may repeat through a to-many relation
    labels={
        facet: (lambda relation=relation: translated_name(relation))
        for facet, relation in VOCABULARY.items()
    },
)
apply = PRACTICES.apply
repeats_rows = PRACTICES.repeats_rows


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


def counts(queryset, values: dict) -> tuple[int, dict[str, list[dict]]]:
    """(total, {facet: [{"value", "label", "count", "selected"}]}) in one query."""
    total, rows = PRACTICES.rows(queryset, values)
    facets: dict[str, list[dict]] = {facet: [] for facet in FACETS}
    for row in rows:
        facet = row.pop("facet")
        facets[facet].append(row | {"label": _label(facet, row["value"], row["label"])})
    for facet, entries in facets.items():
        entries.sort(key=_sort_key(facet))
    return total, facets
