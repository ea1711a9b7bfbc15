"""Checks for the files the network accepts (formal letters).

The malware scan belongs to the library's file pipeline, which sits above the network, so the
library registers its scanner here (``register_scanner``) when it starts; a letter is scanned
after it has passed the PDF checks, by the same clamd as every other upload.
"""

from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _


def validate_pdf(upload) -> None:
    """A real PDF under the size limit: extension, magic bytes and end-of-file marker."""
    limit = settings.NETWORK_LETTER_MAX_BYTES
    if upload.size == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    if upload.size > limit:
        raise ValidationError(
            _("The file is %(size)s; the limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            code="too_large",
        )
    if not upload.name.lower().endswith(".pdf"):
        raise ValidationError(_("Please upload the letter as a PDF file."), code="extension")
    upload.seek(0)
    head = upload.read(1024)
    upload.seek(max(0, upload.size - 2048))
    tail = upload.read()
    upload.seek(0)
    if b"%PDF-" not in head[:1024] or b"%%EOF" not in tail:
        raise ValidationError(
            _("This file is not a valid PDF document. Please export the letter as PDF."),
            code="not_pdf",
        )


_scanners: list[Callable] = []


def register_scanner(scan: Callable) -> None:
    """Add ``scan(upload)``, which raises ValidationError for a file that must be refused."""
    if scan not in _scanners:
        _scanners.append(scan)


def validate_letter(upload) -> None:
    """A formal letter: a real PDF under the size limit, then the malware scan."""
    validate_pdf(upload)
    for scan in _scanners:
        scan(upload)
        upload.seek(0)
