"""Page queries shared by the page types, kept to a fixed number of SQL statements."""

from dataclasses import dataclass

from django.db.models import Q, QuerySet
from wagtail.models import PageViewRestriction


def restricted_paths(request) -> list[str]:
    """Tree paths of the pages with a view restriction, read once per request."""
    if not hasattr(request, "_restricted_paths"):
        request._restricted_paths = list(
            PageViewRestriction.objects.values_list("page__path", flat=True)
        )
    return request._restricted_paths


def public_live(queryset: QuerySet, request) -> QuerySet:
    """Live pages outside any view-restricted section (Wagtail's ``public()`` without a query)."""
    queryset = queryset.live()
    for path in restricted_paths(request):
        queryset = queryset.exclude(Q(path__startswith=path))
    return queryset


@dataclass
class Window:
    """One page of a listing, fetched with a single query (one row more tells if a next exists)."""

    items: list
    number: int
    has_previous: bool
    has_next: bool

    def __iter__(self):
        return iter(self.items)

    @property
    def has_other_pages(self) -> bool:
        return self.has_previous or self.has_next

    @property
    def previous_page_number(self) -> int:
        return self.number - 1

    @property
    def next_page_number(self) -> int:
        return self.number + 1


def window(queryset: QuerySet, page: str | None, per_page: int) -> Window:
    """The ``page``-th slice of ``queryset``; bad or negative numbers give the first page."""
    try:
        number = max(1, int(page or 1))
    except ValueError:
        number = 1
    start = (number - 1) * per_page
    rows = list(queryset[start : start + per_page + 1])
    if not rows and number > 1:  # past the end: nothing here, say so with a link back
        return Window([], number, True, False)
    return Window(rows[:per_page], number, number > 1, len(rows) > per_page)
