"""Running a search for a view: the configured engine, then hits ready to show."""

from django.utils import translation

from . import registry
from .engines import Results, SearchRequest, get_engine


def search(request: SearchRequest) -> Results:
    results = get_engine().search(request)
    labels = registry.kind_labels()
    for hit in results.hits:
        hit.url = localised(hit.url, hit.kind)
        hit.kind_label = labels.get(hit.kind, hit.kind)
    return results


def localised(url: str, kind: str) -> str:
    """Addresses of items that read in any language take the reader's language prefix."""
    projection = registry.get(kind)
    if projection is None or not projection.localised_urls:
        return url
    parts = url.split("/", 2)
    if len(parts) == 3 and parts[0] == "" and len(parts[1]) == 2:
        return f"/{translation.get_language()}/{parts[2]}"
    return url
