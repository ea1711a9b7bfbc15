"""Citation exports of one document (BibTeX, RIS, Dublin Core), for whoever may open it."""

from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_safe

from .. import citations
from ..queries import document_or_404, may_see_contributor


def _export(request, pk: int, render, content_type: str, filename: str | None) -> HttpResponse:
    document = document_or_404(request.user, pk)
    content = render(
        document,
        url=request.build_absolute_uri(document.get_absolute_url()),
        show_contributor=may_see_contributor(request.user, document),
    )
    response = HttpResponse(content, content_type=content_type)
    if filename is not None:
        response["Content-Disposition"] = content_disposition_header(True, filename)
    response["X-Content-Type-Options"] = "nosniff"
    # What a record says depends on who asks (audience, pseudonymity): no shared caches.
    patch_cache_control(response, private=True)
    return response


@require_safe
def bibtex(request, pk: int) -> HttpResponse:
    return _export(request, pk, citations.bibtex, "text/x-bibtex; charset=utf-8", f"nmirf-{pk}.bib")


@require_safe
def ris(request, pk: int) -> HttpResponse:
    return _export(
        request,
        pk,
        citations.ris,
        "application/x-research-info-systems; charset=utf-8",
        f"nmirf-{pk}.ris",
    )


@require_safe
def dublin_core(request, pk: int) -> HttpResponse:
    return _export(request, pk, citations.dublin_core, "application/xml; charset=utf-8", None)
