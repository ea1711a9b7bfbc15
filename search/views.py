"""The search page (/<lang>/search/?q=…) and its suggestions as you type (JSON)."""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.http import require_safe

from . import registry
from .documents import FACETS
from .engines import Results, SearchRequest, get_engine
from .facets import titles
from .forms import SORTS, SearchForm


def run(request, *, kinds: tuple[str, ...] = (), facets=FACETS, per_page: int = 20) -> tuple:
    """(form, results) for ``request``'s query string; the library and forum use it too."""
    form = SearchForm(request.GET or None)
    search_request = SearchRequest(
        text=form.text,
        user=request.user,
        kinds=kinds,
        filters=form.filters(facets),
        sort=form.chosen_sort,
        page=form.page_number,
        per_page=per_page,
    )
    results = get_engine().search(search_request)
    labels = registry.kind_labels()
    for hit in results.hits:
        hit.url = localised(hit.url, hit.kind)
        hit.kind_label = labels.get(hit.kind, hit.kind)
    return form, results


def localised(url: str, kind: str) -> str:
    """Addresses of items that read in any language take the reader's language prefix."""
    projection = registry.get(kind)
    if projection is None or not projection.localised_urls:
        return url
    language = translation.get_language()
    parts = url.split("/", 2)
    if len(parts) == 3 and parts[0] == "" and len(parts[1]) == 2:
        return f"/{language}/{parts[2]}"
    return url


@require_safe
def search(request):
    form, results = run(request)
    return render(
        request,
        "search/search.html",
        {
            "form": form,
            "results": results,
            "facets": _facet_list(results),
            "sorts": SORTS,
            "query": form.text,
            "filters": form.filters(),
        },
    )


def _facet_list(results: Results) -> list[dict]:
    names = titles()
    return [
        {"name": name, "title": names[name], "values": results.facets.get(name, [])}
        for name in FACETS
        if results.facets.get(name)
    ]


@require_safe
def suggest(request):
    text = (request.GET.get("q") or "")[:100]
    found = get_engine().suggest(text, request.user) if text.strip() else []
    return JsonResponse({"suggestions": found})
