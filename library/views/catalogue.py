"""The library's catalogue: the listing with its facets, and a document's page."""

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.shortcuts import render
from django.utils.html import escape, strip_tags
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from network import access
from network.models import Organisation
from search.engines import SearchRequest
from search.service import search

from .. import facets
from ..citations import authors
from ..forms import CatalogueFilterForm
from ..models import LibraryDocument
from ..queries import document_or_404, listed_documents, may_see_contributor

PAGE_SIZE = 20
ORDERINGS = {"newest": ("-publication_date", "-published_at", "-pk"), "title": ("title", "pk")}


def _with_people(queryset):
    return queryset.select_related("document_type", "contributor_organisation").prefetch_related(
        Prefetch("organisations", queryset=Organisation.objects.only("pk", "name", "acronym"))
    )


# The catalogue's filters under the search engine's facet names (capacity is not a facet there).
SEARCH_FACETS = {
    "type": "type",
    "topic": "topic",
    "group": "group",
    "country": "country",
    "language": "language",
    "year": "year",
    "org_type": "participant",
}


def _searched(request, form, values: dict, text: str):
    """The catalogue searched with the site's search engine: ranked hits with snippets."""
    sort = values.pop("sort", "relevance")
    results = search(
        SearchRequest(
            text=text,
            user=request.user,
            kinds=("document",),
            filters={
                SEARCH_FACETS[name]: str(value)
                for name, value in values.items()
                if name in SEARCH_FACETS
            },
            sort="date" if sort == "newest" else "relevance",
            page=form.page_number(request.GET.get("page")),
            per_page=PAGE_SIZE,
        )
    )
    _titles_in_reading_language(results.hits)
    facet_counts = {
        name: results.facets.get(engine_name, []) for name, engine_name in SEARCH_FACETS.items()
    }
    return render(
        request,
        "library/listing.html",
        {
            "form": form,
            "results": results,
            "query": text,
            "total": results.total,
            "facets": facet_counts,
            "filters": values,
            "sort": sort,
            "may_contribute": access.is_member(request.user),
        },
    )


def _titles_in_reading_language(hits) -> None:
    """The index holds a document in its own language; the catalogue shows each title in the
    reader's language, as the listing does (one query for the page's documents)."""
    titles = dict(
        LibraryDocument.objects.filter(pk__in=[hit.id for hit in hits]).values_list(
            "pk", f"title_{get_language()}"
        )
    )
    for hit in hits:
        title = titles.get(hit.id)
        if title and hit.language != get_language() and title != strip_tags(hit.title):
            hit.title = escape(title)


@require_safe
def listing(request):
    form = CatalogueFilterForm(request.GET or None)
    values = form.values()
    text = values.pop("q", "").strip()
    if text:
        return _searched(request, form, values, text)
    sort = values.pop("sort", "newest")
    if sort == "relevance":
        sort = "newest"
    visible = listed_documents(request.user)
    total, facet_counts = facets.cached_counts(request.user, visible, values)
    documents = facets.apply(visible, values)
    if facets.repeats_rows(values):
        documents = documents.distinct()  # only to-many filters can repeat a document
    documents = _with_people(documents).order_by(*ORDERINGS[sort])
    paginator = Paginator(documents, PAGE_SIZE)
    paginator.count = total  # counted with the facets, no second COUNT query
    page = paginator.get_page(request.GET.get("page"))
    return render(
        request,
        "library/listing.html",
        {
            "form": form,
            "page": page,
            "total": total,
            "facets": facet_counts,
            "filters": values,
            "sort": sort,
            "may_contribute": access.is_member(request.user),
        },
    )


@require_safe
def document(request, pk: int):
    document = document_or_404(request.user, pk)
    visible = listed_documents(request.user)
    newest = document.superseded_by
    if newest is not None and not visible.filter(pk=newest.pk).exists():
        newest = None
    related = []
    topic_ids = list(document.topics.values_list("pk", flat=True))
    if topic_ids:
        related = list(
            visible.filter(topics__in=topic_ids)
            .exclude(pk=document.pk)
            .distinct()
            .order_by("-publication_date", "-pk")[:5]
        )
    return render(
        request,
        "library/document.html",
        {
            "document": document,
            "authors": authors(
                document, show_contributor=may_see_contributor(request.user, document)
            ),
            "topics": list(document.topics.all()),
            "show_contributor": may_see_contributor(request.user, document),
            "newest": newest,
            "older_versions": list(
                visible.filter(superseded_by=document).order_by("-published_at")
            ),
            "related": related,
            "is_listed": document.is_listed,
        },
    )
