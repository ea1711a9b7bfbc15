"""The search page (/<lang>/search/?q=…) and its suggestions as you type (JSON)."""

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from . import service
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
    return form, service.search(search_request)


@require_safe
def search(request):
    form, results = run(request)
    return render(
        request,
        "search/search.html",
        {
            "form": form,
            "results": results,
            "facets": facet_list(results),
            "sorts": SORTS,
            "query": form.text,
            "filters": form.filters(),
        },
    )


def facet_list(results: Results, names=FACETS) -> list[dict]:
    """The facets to show, in order, with their titles (empty ones left out)."""
    shown = titles()
    return [
        {"name": name, "title": shown[name], "values": results.facets.get(name, [])}
        for name in names
        if results.facets.get(name)
    ]


@require_safe
def suggest(request):
    text = (request.GET.get("q") or "")[:100]
    found = get_engine().suggest(text, request.user) if text.strip() else []
    return JsonResponse({"suggestions": found})
