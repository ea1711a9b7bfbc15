"""Which good practices a reader sees, and the index page's filters, sorting and pages."""

from django.core.paginator import Paginator
from django.db.models import F, QuerySet

from network import access

from ..models.queries import public_live
from . import facets

PAGE_SIZE = 12
ORDERINGS = {
    "newest": ("-first_published_at", "-pk"),
    "title": ("title", "pk"),
    "start": (F("start_year").desc(nulls_last=True), "-first_published_at", "-pk"),
}
DEFAULT_SORT = "newest"


def visible_practices(request, index=None) -> QuerySet:
    """Live practices the reader may see (audience and view restrictions), no extra query
    beyond the once-per-request list of restricted sections."""
    from ..models import GoodPracticePage

    queryset = GoodPracticePage.objects.all()
    if index is not None:
        queryset = queryset.descendant_of(index)
    return access.visible(public_live(queryset, request), request.user)


def filter_values(query) -> dict[str, str]:
    """The chosen filters from the query string (anything unknown or odd is left out)."""
    values = {}
    for name in facets.FILTERS:
        value = (query.get(name) or "").strip()
        if value and len(value) <= 80:
            values[name] = value
    return values


def index_context(index, request) -> dict:
    values = filter_values(request.GET)
    sort = request.GET.get("sort")
    if sort not in ORDERINGS:
        sort = DEFAULT_SORT
    visible = visible_practices(request, index)
    total, facet_counts = facets.counts(visible, values)
    practices = facets.apply(visible, values)
    if facets.repeats_rows(values):
        practices = practices.distinct()
    practices = practices.order_by(*ORDERINGS[sort]).prefetch_related("topics")
    paginator = Paginator(practices, PAGE_SIZE)
    paginator.count = total  # counted with the facets, no second COUNT query
    return {
        "practices": paginator.get_page(request.GET.get("page")),
        "total": total,
        "facets": facet_counts,
        "filters": values,
        "sort": sort,
        "orderings": list(ORDERINGS),
    }
