"""Searching the forum: the site's search engine, narrowed to topics and replies."""

from django.shortcuts import render
from django.views.decorators.http import require_safe

from network.decorators import member_required
from search.views import facet_list, run

FACETS = ("kind", "language", "country", "participant", "year")


@require_safe
@member_required
def search(request):
    form, results = run(request, kinds=("topic", "post"), facets=FACETS)
    return render(
        request,
        "forum/search.html",
        {
            "form": form,
            "results": results,
            "facets": facet_list(results, FACETS),
            "query": form.text,
            "filters": form.filters(FACETS),
        },
    )
