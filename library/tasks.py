"""Background work of the file pipeline: stripping, extraction and the thumbnail."""

import hashlib
import logging

from django.core.files.base import ContentFile
from django_tasks import task

from . import pipeline
from .models import LibraryDocument

logger = logging.getLogger(__name__)
KINDS_BY_CONTENT_TYPE = {value: kind for kind, value in pipeline.kinds.CONTENT_TYPES.items()}


@task()
def process_document(document_id: int) -> None:
    """Strip identifying metadata where needed, extract text and pages, draw a thumbnail."""
    document = LibraryDocument.objects.filter(pk=document_id).first()
    if document is None or document.status != LibraryDocument.Status.PROCESSING:
        return
    kind = KINDS_BY_CONTENT_TYPE.get(document.content_type) or pipeline.kinds.EXTENSIONS.get(
        document.file_extension.lower(), ""
    )
    try:
        path = document.file.path
        if document.audience == "confidential" or document.pseudonymous:
            pipeline.strip_metadata(path, kind)
        extracted = pipeline.extract(path, kind)
    except pipeline.Rejected as rejection:
        _reject(document, rejection.code)
        return
    except Exception:  # a file that passed the checks but breaks a parser
        logger.exception("processing document %s failed", document_id)
        _reject(document, "processing_failed")
        return
    document.extracted_text = extracted.text
    document.page_count = extracted.page_count
    if extracted.thumbnail_png:
        document.thumbnail.save("thumbnail.png", ContentFile(extracted.thumbnail_png), save=False)
    document.file_size = document.file.size
    document.sha256 = _sha256(document.file)
    document.status = LibraryDocument.Status.READY
    document.save()


def _reject(document: LibraryDocument, code: str) -> None:
    document.status = LibraryDocument.Status.REJECTED
    document.rejection_reason = code
    document.save(update_fields=["status", "rejection_reason"])


def _sha256(field) -> str:
    digest = hashlib.sha256()
    with field.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()
