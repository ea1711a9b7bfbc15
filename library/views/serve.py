"""Every download of a library file goes through here: access policy, embargo, safe headers."""

from django.http import FileResponse, Http404
from django.views.decorators.http import require_safe

from ..queries import document_or_404

INLINE_TYPES = {"application/pdf"}


@require_safe
def download(request, document_id: int, document_filename: str = ""):
    """The file of a document the user may open; PDFs inline in a sandbox, the rest attached."""
    document = document_or_404(request.user, document_id)
    if document.status != document.Status.READY or not document.file:
        raise Http404
    content_type = document.content_type or "application/octet-stream"
    inline = content_type in INLINE_TYPES
    try:
        handle = document.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    response = FileResponse(
        handle,
        content_type=content_type,
        as_attachment=not inline,
        filename=document.download_name,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'"
    # Kept by the browser only: no shared cache may hold a file whose audience can change.
    response["Cache-Control"] = "private, max-age=600"
    response["Referrer-Policy"] = "no-referrer"
    return response


@require_safe
def thumbnail(request, pk: int):
    document = document_or_404(request.user, pk)
    if not document.thumbnail:
        raise Http404
    response = FileResponse(document.thumbnail.open("rb"), content_type="image/png")
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, max-age=3600"
    return response
