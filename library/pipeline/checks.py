"""check_upload: every check an uploaded file passes before it is scanned and stored."""

import codecs
import hashlib
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from . import limits
from .archives import check_archive, end_record
from .errors import Rejected
from .files import iter_chunks, upload_path, upload_stream
from .images import check_image
from .kinds import (
    ARCHIVES,
    CONTENT_TYPES,
    EXTENSIONS,
    IMAGES,
    LABELS,
    MARKUP_ANYWHERE,
    PDF_MAGIC,
    TEXT,
    markup_kind,
    sniff,
)
from .names import check_name
from .pdfs import check_pdf

HEAD_BYTES = 8192
# Browsers and PDF readers look this far into a file for a signature they know.
SNIFF_WINDOW = 1024
TEXT_ENCODINGS = ("utf-8-sig", "cp1252")


@dataclass
class Checked:
    kind: str
    content_type: str
    size: int
    sha256: str


def check_upload(upload, *, name: str | None = None) -> Checked:
    """Check an uploaded file; Rejected (with a code and a message for the user) if it fails.

    ``upload`` is a Django UploadedFile (in memory or on disk) or any Django File; it is read in
    chunks, never whole. ``name`` is the file name to check when it is not ``upload.name`` (for
    example the name as the browser sent it, before Django cleaned it)."""
    name = upload.name if name is None else name
    extension = check_name(name)
    kind = EXTENSIONS.get(extension)
    if kind is None:
        raise Rejected(
            "extension",
            _(
                "Files of type .%(extension)s are not accepted. Accepted types: PDF, Word "
                "(DOCX), Excel (XLSX), PowerPoint (PPTX), OpenDocument (ODT, ODS, ODP), text "
                "(TXT, CSV) and images (PNG, JPG)."
            ),
            extension=extension[:20],
        )
    max_bytes = limits.max_upload_bytes()
    declared = getattr(upload, "size", None)
    if declared is not None and declared > max_bytes:
        raise _too_large(max_bytes)
    size, sha256, text_problem = _read_through(upload, kind, max_bytes)
    if size == 0:
        raise Rejected("empty", _("The file is empty (0 bytes). Please choose the right file."))

    stream = upload_stream(upload)
    head = stream.read(HEAD_BYTES)
    _check_type(kind, head)
    _check_polyglot(kind, stream, head, size)
    if text_problem:
        raise text_problem
    stream.seek(0)
    if kind == "pdf":
        check_pdf(upload_path(upload) or stream, stream)
    elif kind in ARCHIVES:
        check_archive(stream, size, kind)
    elif kind in IMAGES:
        check_image(stream, kind)
    stream.seek(0)
    return Checked(kind=kind, content_type=CONTENT_TYPES[kind], size=size, sha256=sha256)


def _too_large(max_bytes: int) -> Rejected:
    return Rejected(
        "too_large",
        _("The file is too large: at most %(limit)s are accepted."),
        limit=_human_size(max_bytes),
    )


def _human_size(size: int) -> str:
    if size >= limits.MB:
        return f"{size / limits.MB:.0f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} B"


def _read_through(upload, kind: str, max_bytes: int):
    """(size, SHA-256, problem of a text file or None), reading the upload once in chunks."""
    digest = hashlib.sha256()
    size = 0
    is_text = kind in TEXT
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    utf8 = True
    has_nul = False
    for chunk in iter_chunks(upload):
        size += len(chunk)
        if size > max_bytes:
            raise _too_large(max_bytes)
        digest.update(chunk)
        if is_text:
            has_nul = has_nul or b"\x00" in chunk
            if utf8:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    utf8 = False
    problem = None
    if is_text and size:
        if utf8:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                utf8 = False
        if has_nul:
            problem = Rejected(
                "text_binary",
                _(
                    "The file contains NUL bytes, so it is binary data or UTF-16 text, not plain "
                    "text. Please save it as UTF-8 text."
                ),
            )
        elif not utf8 and not _decodes(upload, "cp1252"):
            problem = Rejected(
                "text_encoding",
                _(
                    "The file is not text in a supported character encoding. Please save it as "
                    "UTF-8 text."
                ),
            )
    return size, digest.hexdigest(), problem


def _decodes(upload, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        for chunk in iter_chunks(upload):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def text_encoding(path: str) -> str:
    """The encoding a checked text file is read with: UTF-8 (with or without BOM) or cp1252."""
    return TEXT_ENCODINGS[0] if _decodes(path, "utf-8") else TEXT_ENCODINGS[1]


def _check_type(kind: str, head: bytes) -> None:
    actual = sniff(head)
    if kind in TEXT:
        markup = markup_kind(head)
        if markup:
            raise Rejected(
                "text_markup",
                _(
                    "The file is really %(actual)s, not plain text: it starts with markup that "
                    "browsers would run. Please upload plain text."
                ),
                actual=LABELS[markup],
            )
        if actual in ("text", "unknown"):
            return
    elif kind in ARCHIVES:
        if actual == "zip" and head.startswith(b"PK\x03\x04"):
            return
    elif actual == kind:
        return
    raise Rejected(
        "type_mismatch",
        _("The file name says it is %(expected)s, but its content is %(actual)s."),
        expected=LABELS[kind],
        actual=LABELS[actual],
    )


def _check_polyglot(kind: str, stream, head: bytes, size: int) -> None:
    """Refuse files that are also something else: the trick of "polyglot" files."""
    if kind in TEXT:
        return
    window = head[:SNIFF_WINDOW].lower()
    if any(marker in window for marker in MARKUP_ANYWHERE):
        raise Rejected(
            "polyglot",
            _(
                "The file is %(type)s but also contains web page code (HTML, SVG or script) "
                "near its start, a trick to make browsers run it. It was not accepted."
            ),
            type=LABELS[kind],
        )
    if kind != "pdf" and PDF_MAGIC in window:
        raise Rejected(
            "polyglot",
            _(
                "The file is %(type)s but also carries a PDF header, so programs would read it "
                "as something else. It was not accepted."
            ),
            type=LABELS[kind],
        )
    if kind not in ARCHIVES and end_record(stream, size) is not None:
        raise Rejected(
            "polyglot",
            _(
                "The file is %(type)s with a ZIP archive hidden inside (a “polyglot” file that "
                "programs read differently). It was not accepted."
            ),
            type=LABELS[kind],
        )
