"""The catalogue's filters and their counts, all facets in one SQL query
(``network.facet_counts``), labelled in the reader's language.

Counting reads every document the reader may see, so the counts are kept in the cache for
``CACHE_SECONDS`` per audience (the reader's keys), language and filters. Any change to a
document, its tags or its countries starts a new generation of cached counts at once; an
embargo ending shows within ``CACHE_SECONDS``.
"""

import hashlib
import secrets

from django.core.cache import cache
from django.db.models import CharField, F
from django.db.models.functions import Cast, ExtractYear
from django.utils.translation import get_language

from network import access
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


CACHE_SECONDS = 120
GENERATION_KEY = "library:catalogue:generation"


def catalogue_changed() -> None:
    """Forget every cached count: a document, its tags or its countries changed."""
    cache.set(GENERATION_KEY, secrets.token_hex(8), None)


def _generation() -> str:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, secrets.token_hex(8), None)
        generation = cache.get(GENERATION_KEY, "")
    return generation


def cached_counts(user, queryset, values: dict) -> tuple[int, dict[str, list[dict]]]:
    """``counts(queryset, values)`` for ``queryset`` = what ``user`` may see, from the cache
    when the same audience asked for the same filters in the same language lately."""
    audience = "*" if access.is_admin(user) else ",".join(sorted(access.user_keys(user)))
    shown = (_generation(), get_language(), audience, sorted(values.items()))
    key = "library:facets:" + hashlib.blake2b(repr(shown).encode(), digest_size=16).hexdigest()
    found = cache.get(key)
    if found is None:
        found = counts(queryset, values)
        cache.set(key, found, CACHE_SECONDS)
    return found
