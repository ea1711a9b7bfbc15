"""Checking a PDF: PDFium must open it, and pypdf finds no active content in any of its objects."""

import logging

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from django.utils.translation import gettext_lazy as _
from pypdf import PasswordType, PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

from .errors import Rejected

logger = logging.getLogger(__name__)

MAX_OBJECTS = 2_000_000
MAX_DEPTH = 64

_ACTIVE_ACTIONS = {"/ImportData", "/GoToE", "/RichMediaExecute"}
_ACTIVE_ANNOTATIONS = {"/RichMedia", "/3D"}


def corrupt_pdf() -> Rejected:
    return Rejected(
        "corrupt_pdf",
        _("The PDF is damaged or incomplete and cannot be opened. Please export it again."),
    )


def encrypted_pdf() -> Rejected:
    return Rejected(
        "pdf_encrypted",
        _(
            "The PDF is protected by a password or encrypted, so it cannot be checked or "
            "indexed. Please remove the protection and upload it again."
        ),
    )


FINDINGS = {
    "pdf_javascript": _(
        "The PDF contains JavaScript, which could run on readers' computers. Please save or "
        "print it as a plain PDF without scripts."
    ),
    "pdf_launch": _(
        "The PDF contains an action that launches programs or opens other files. Such PDFs "
        "are not accepted."
    ),
    "pdf_embedded_file": _(
        "The PDF contains embedded or attached files. Please upload each file on its own instead."
    ),
    "pdf_active_content": _(
        "The PDF contains active content (automatic actions, XFA forms, data import or rich "
        "media). Please save or print it as a plain PDF."
    ),
}


def open_with_pdfium(source) -> int:
    """The number of pages; ``source`` is a path or a readable binary file object."""
    try:
        pdf = pdfium.PdfDocument(source)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise encrypted_pdf() from None
        raise corrupt_pdf() from None
    except (OSError, ValueError, TypeError):
        raise corrupt_pdf() from None
    try:
        pages = len(pdf)
        if pages < 1:
            raise corrupt_pdf()
        page = pdf[0]
        page.close()
        return pages
    except pdfium.PdfiumError:
        raise corrupt_pdf() from None
    finally:
        pdf.close()


def _finding(obj, depth: int = 0) -> str | None:
    """The code of the first active content in a PDF object and the direct objects it holds."""
    if depth > MAX_DEPTH:
        raise corrupt_pdf()
    if isinstance(obj, DictionaryObject):  # streams are dictionaries too
        raw = dict.copy(obj)  # the values as stored: references are not followed
        if "/JS" in raw or "/JavaScript" in raw:
            return "pdf_javascript"
        action = _name(raw.get("/S"))
        if action == "/JavaScript":
            return "pdf_javascript"
        if action == "/Launch":
            return "pdf_launch"
        if "/EmbeddedFiles" in raw or "/EF" in raw:
            return "pdf_embedded_file"
        if _name(raw.get("/Type")) == "/EmbeddedFile":
            return "pdf_embedded_file"
        subtype = _name(raw.get("/Subtype"))
        if subtype == "/FileAttachment":
            return "pdf_embedded_file"
        if (
            "/AA" in raw
            or "/XFA" in raw
            or action in _ACTIVE_ACTIONS
            or subtype in _ACTIVE_ANNOTATIONS
        ):
            return "pdf_active_content"
        children = raw.values()
    elif isinstance(obj, ArrayObject):
        children = list.__iter__(obj)
    else:
        return None
    for child in children:
        if isinstance(child, (DictionaryObject, ArrayObject)):
            found = _finding(child, depth + 1)
            if found:
                return found
    return None


def _name(value):
    if isinstance(value, IndirectObject):
        try:
            value = value.get_object()
        except Exception:  # a dangling reference is no name
            return None
    return value if isinstance(value, str) else None


def _object_keys(reader: PdfReader):
    free = reader.xref_free_entry
    for generation, numbers in list(reader.xref.items()):
        for number in list(numbers):
            if not free.get(generation, {}).get(number, False):
                yield generation, number
    for number in list(reader.xref_objStm):
        yield 0, number


def inspect_with_pypdf(fileobj) -> None:
    """Reject a PDF holding JavaScript, launch actions, embedded files or other active content.

    Every object of the file is visited (not only those reachable from the pages), so content
    hidden in object streams, incremental updates or orphaned objects is found too."""
    try:
        reader = PdfReader(fileobj, strict=False)
        if reader.is_encrypted:
            try:
                decrypted = reader.decrypt("")
            except Exception:  # an algorithm pypdf cannot handle here
                raise encrypted_pdf() from None
            if decrypted == PasswordType.NOT_DECRYPTED:
                raise encrypted_pdf()
        found = _finding(reader.trailer)
        if found:
            raise Rejected(found, FINDINGS[found])
        for count, (generation, number) in enumerate(_object_keys(reader)):
            if count > MAX_OBJECTS:
                raise corrupt_pdf()
            obj = reader.get_object(IndirectObject(number, generation, reader))
            found = _finding(obj)
            if found:
                raise Rejected(found, FINDINGS[found])
            if not (isinstance(obj, StreamObject) and _name(dict.get(obj, "/Type")) == "/ObjStm"):
                # Not needed again (objects are visited once): memory stays flat on big files.
                reader.resolved_objects.pop((generation, number), None)
    except Rejected:
        raise
    except RecursionError:
        raise corrupt_pdf() from None
    except Exception as exc:  # pypdf raises many kinds of errors on broken files
        logger.info("pypdf could not read an uploaded PDF: %r", exc)
        raise corrupt_pdf() from None


def check_pdf(source, fileobj) -> None:
    """``source`` for PDFium (a path or a file object), ``fileobj`` a file object for pypdf."""
    open_with_pdfium(source)
    fileobj.seek(0)
    inspect_with_pypdf(fileobj)
