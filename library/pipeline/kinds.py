"""The kinds of file the library takes, their content types, and what a file's bytes say it is."""

from django.utils.translation import gettext_lazy as _

# Extension (lower case) -> kind.
EXTENSIONS = {
    "pdf": "pdf",
    "docx": "docx",
    "xlsx": "xlsx",
    "pptx": "pptx",
    "odt": "odt",
    "ods": "ods",
    "odp": "odp",
    "txt": "txt",
    "csv": "csv",
    "png": "png",
    "jpg": "jpg",
    "jpeg": "jpg",
}

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "txt": "text/plain",
    "csv": "text/csv",
    "png": "image/png",
    "jpg": "image/jpeg",
}

OOXML = frozenset({"docx", "xlsx", "pptx"})
ODF = frozenset({"odt", "ods", "odp"})
ARCHIVES = OOXML | ODF
TEXT = frozenset({"txt", "csv"})
IMAGES = frozenset({"png", "jpg"})

# What a kind is called in messages ("the file name says it is a PDF document").
LABELS = {
    "pdf": _("a PDF document"),
    "docx": _("a Word document (DOCX)"),
    "xlsx": _("an Excel workbook (XLSX)"),
    "pptx": _("a PowerPoint presentation (PPTX)"),
    "odt": _("an OpenDocument text (ODT)"),
    "ods": _("an OpenDocument spreadsheet (ODS)"),
    "odp": _("an OpenDocument presentation (ODP)"),
    "txt": _("a text file"),
    "csv": _("a CSV table"),
    "png": _("a PNG image"),
    "jpg": _("a JPEG image"),
    # What sniffing finds that is never accepted.
    "zip": _("a ZIP archive"),
    "html": _("a web page (HTML)"),
    "svg": _("an SVG image"),
    "xml": _("an XML file"),
    "exe": _("a Windows program"),
    "elf": _("a Linux program"),
    "macho": _("a macOS program"),
    "gif": _("a GIF image"),
    "webp": _("a WebP image"),
    "ole": _("an old-style Office file (DOC, XLS or PPT)"),
    "rar": _("a RAR archive"),
    "7z": _("a 7-Zip archive"),
    "gzip": _("a gzip archive"),
    "rtf": _("an RTF document"),
    "text": _("text"),
    "unknown": _("of an unrecognised type"),
}

PDF_MAGIC = b"%PDF-"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"
ZIP_MAGIC = b"PK\x03\x04"

_BINARY_MAGICS = (
    (PDF_MAGIC, "pdf"),
    (PNG_MAGIC, "png"),
    (JPEG_MAGIC, "jpg"),
    (ZIP_MAGIC, "zip"),
    (b"PK\x05\x06", "zip"),
    (b"MZ", "exe"),
    (b"\x7fELF", "elf"),
    (b"\xcf\xfa\xed\xfe", "macho"),
    (b"\xce\xfa\xed\xfe", "macho"),
    (b"\xca\xfe\xba\xbe", "macho"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"Rar!\x1a\x07", "rar"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"\x1f\x8b", "gzip"),
    (b"{\\rtf", "rtf"),
)

# Markup that a browser would treat as a page or an image with scripts, at the start of a file.
MARKUP_STARTS = (
    (b"<!doctype html", "html"),
    (b"<html", "html"),
    (b"<head", "html"),
    (b"<body", "html"),
    (b"<script", "html"),
    (b"<iframe", "html"),
    (b"<svg", "svg"),
    (b"<!doctype svg", "svg"),
    (b"<?xml", "xml"),
    (b"<!--", "html"),
)

# Markup anywhere in a binary file's first kilobyte turns it into a possible polyglot.
MARKUP_ANYWHERE = (b"<html", b"<script", b"<svg", b"<iframe", b"<body", b"<!doctype html")


def strip_text_start(head: bytes) -> bytes:
    """The start of a text without its byte-order mark and leading white space, in lower case."""
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if head.startswith(bom):
            head = head[len(bom) :]
            break
    return head.replace(b"\x00", b"").lstrip().lower()


def markup_kind(head: bytes) -> str | None:
    start = strip_text_start(head)
    for magic, kind in MARKUP_STARTS:
        if start.startswith(magic):
            if kind == "xml" and b"<svg" in start[:1024]:
                return "svg"
            return kind
    return None


def sniff(head: bytes) -> str:
    """What the first bytes of a file say it is: a kind, or one of the other LABELS."""
    if head[:4] == ZIP_MAGIC or head[:4] == b"PK\x05\x06":
        return "zip"
    for magic, kind in _BINARY_MAGICS:
        if head.startswith(magic):
            if kind in ("exe", "macho") and b"\x00" not in head[:64]:
                continue  # two or four letters can start a text too; programs hold NUL bytes
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    markup = markup_kind(head)
    if markup:
        return markup
    return "text" if b"\x00" not in head[:8192] else "unknown"
