"""Which good practices a reader sees, and the index page's filters, sorting and pages."""

from django.core.paginator import Paginator
from django.db.models import CharField, Exists, ExpressionWrapper, F, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import translation
from wagtail.models import PageViewRestriction

from network import access

from . import facets

PAGE_SIZE = 12
ORDERINGS = {
    "newest": ("-first_published_at", "-pk"),
    "title": ("title", "pk"),
    "start": (F("start_year").desc(nulls_last=True), "-first_published_at", "-pk"),
}
DEFAULT_SORT = "newest"


def _restricted():
    """True for a page at or below a page with a view restriction (a subquery, no extra query)."""
    return Exists(
        PageViewRestriction.objects.annotate(
            outer_path=ExpressionWrapper(OuterRef("path"), output_field=CharField())
        ).filter(outer_path__startswith=F("page__path"))
    )


def visible_practices(request, index=None) -> QuerySet:
    """Live practices the reader may see: their audience, and outside restricted sections."""
    from ..models import GoodPracticePage

    queryset = GoodPracticePage.objects.live().exclude(_restricted())
    if index is not None:
        queryset = queryset.descendant_of(index)
    return access.visible(queryset, request.user)


def _main_topic():
    """The name of a practice's first topic, in the active language (read in the same query)."""
    from ..models import GoodPracticePage

    language = translation.get_language() or "es"
    return Subquery(
        GoodPracticePage.topics.through.objects.filter(goodpracticepage_id=OuterRef("pk"))
        .order_by("topic__sort_order", "topic__pk")
        .annotate(
            name=Coalesce(
                F(f"topic__name_{language}"), F("topic__name_es"), output_field=CharField()
            )
        )
        .values("name")[:1]
    )


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
    practices = practices.order_by(*ORDERINGS[sort]).annotate(main_topic=_main_topic())
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
