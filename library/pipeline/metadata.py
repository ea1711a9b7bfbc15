"""strip_metadata: remove who made a file, when and on which machine, before it is stored.

Used for confidential and pseudonymous uploads. The file is rewritten in place (atomically); if
it cannot be cleaned, Rejected(code="metadata") is raised and the caller must not store it."""

import io
import logging
import posixpath
import re
import shutil
import zipfile

from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject

from .errors import Rejected
from .files import replacing
from .images import strip_image, strip_jpeg_bytes, strip_png_bytes
from .kinds import IMAGES, ODF, OOXML, TEXT
from .xmlparts import XML_ERRORS, safe_iterparse

logger = logging.getLogger(__name__)

ZIP_DATE = (1980, 1, 1, 0, 0, 0)
FIXED_DATE = b"1970-01-01T00:00:00"


def _failed() -> Rejected:
    return Rejected(
        "metadata",
        _(
            "The file's identifying information (author, organisation, dates) could not be "
            "removed, so it was not stored. Please save it again from its program and retry."
        ),
    )


def strip_metadata(path: str, kind: str) -> None:
    """Remove identifying metadata from the file at ``path`` (of a checked ``kind``) in place."""
    try:
        if kind == "pdf":
            _strip_pdf(path)
        elif kind in OOXML:
            _rewrite_zip(path, _ooxml_plan)
        elif kind in ODF:
            _rewrite_zip(path, _odf_plan)
        elif kind in IMAGES:
            strip_image(path, kind)
        elif kind not in TEXT:
            raise ValueError(f"unknown kind {kind!r}")
    except Rejected:
        raise
    except Exception as exc:  # whatever goes wrong, the file is not stored uncleaned
        logger.warning("Could not strip the metadata of a %s file: %r", kind, exc)
        raise _failed() from exc


# PDF ------------------------------------------------------------------------------------------

_PDF_KEYS = ("/Metadata", "/PieceInfo", "/LastModified")
_MARKUP_ANNOTATIONS = {
    "/Text", "/FreeText", "/Line", "/Square", "/Circle", "/Polygon", "/PolyLine", "/Highlight",
    "/Underline", "/Squiggly", "/StrikeOut", "/Stamp", "/Caret", "/Ink", "/Popup", "/Redact",
    "/Sound", "/FileAttachment",
}  # fmt: skip
_ANNOTATION_KEYS = ("/T", "/M", "/CreationDate", "/NM")


def _strip_pdf(path: str) -> None:
    """Rewrite the PDF without its /Info dictionary (author, creator, producer, title, subject,
    keywords, dates), XMP streams, the /ID identifiers, private application data and the authors
    and dates of comments. Earlier revisions (incremental updates) are dropped too."""
    with open(path, "rb") as handle:
        reader = PdfReader(handle, strict=False)
        if reader.is_encrypted:
            reader.decrypt("")
        writer = PdfWriter(clone_from=reader)
        writer.pdf_header = reader.pdf_header
        writer.metadata = None
        writer._ID = None  # the trailer's /ID: identifies the file across versions
        for obj in writer._objects:
            if not isinstance(obj, DictionaryObject):
                continue
            for key in _PDF_KEYS:
                obj.pop(NameObject(key), None)
            if obj.get("/Subtype") in _MARKUP_ANNOTATIONS:
                for key in _ANNOTATION_KEYS:
                    obj.pop(NameObject(key), None)
        # The XMP streams just unlinked (and anything else no longer reachable) are not written.
        writer.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)
        with replacing(path) as temporary, open(temporary, "wb") as out:
            writer.write(out)


# ZIP-based documents ---------------------------------------------------------------------------

_TAG = re.compile(
    rb"<([A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?)"  # name
    rb"((?:\s+[\w.\-:]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)"  # attributes
    rb"(\s*/?)>"
)
_ATTRIBUTE = re.compile(rb"(\s+)([\w.\-:]+)(\s*=\s*)(\"[^\"]*\"|'[^']*')")
_XMLNS = re.compile(rb"xmlns:([\w.\-]+)\s*=\s*[\"']([^\"']*)[\"']")

W = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DROPPED_PARTS = ("docProps/custom.xml", "word/people.xml")


def _namespaces(data: bytes) -> dict[bytes, bytes]:
    return {prefix: uri for prefix, uri in _XMLNS.findall(data)}


def rewrite_attributes(data: bytes, rule) -> bytes:
    """Apply ``rule(namespace, local name, value) -> new value | None (drop)`` to every
    attribute of every start tag; the rest of the XML is left byte for byte."""
    namespaces = _namespaces(data)

    def attribute(match: re.Match) -> bytes:
        space, name, equals, quoted = match.groups()
        prefix, _colon, local = name.rpartition(b":")
        if prefix == b"xmlns" or name == b"xmlns":
            return match.group(0)
        namespace = namespaces.get(prefix, b"") if prefix else b""
        value = rule(namespace, local, quoted[1:-1])
        if value is None:
            return b""
        return space + name + equals + quoted[:1] + value + quoted[:1]

    def tag(match: re.Match) -> bytes:
        name, attributes, end = match.groups()
        if not attributes:
            return match.group(0)
        return b"<" + name + _ATTRIBUTE.sub(attribute, attributes) + end + b">"

    return _TAG.sub(tag, data)


def _clear_elements(data: bytes, *names: bytes, value: bytes = b"") -> bytes:
    """Empty the text of elements with these qualified names (``dc:creator``, ``author``)."""
    for name in names:
        pattern = re.compile(
            rb"<(" + re.escape(name) + rb")((?:\s[^>]*)?)>[^<]*</" + re.escape(name) + rb">"
        )
        data = pattern.sub(
            lambda match, v=value: b"<%s%s>%s</%s>" % (*match.groups(), v, match.group(1)), data
        )
    return data


def _remove_elements(data: bytes, *local_names: bytes) -> bytes:
    """Remove elements (any prefix) with these local names, with their content."""
    for local in local_names:
        name = rb"(?:[\w.\-]+:)?" + re.escape(local)
        data = re.sub(rb"<(" + name + rb")\b[^>]*?/>", b"", data)
        data = re.sub(rb"<(" + name + rb")\b[^>]*>.*?</\1>", b"", data, flags=re.DOTALL)
    return data


def _remove_relationships(data: bytes, source: str, dropped: set[str]) -> bytes:
    """In a .rels part: drop relationships to removed parts; reduce external file paths (which
    carry user names, e.g. a template in C:\\Users\\ana\\…) to the bare file name."""
    base = posixpath.dirname(posixpath.dirname(source))

    def relationship(match: re.Match) -> bytes:
        element = match.group(0)
        target_match = re.search(rb"\sTarget\s*=\s*(\"[^\"]*\"|'[^']*')", element)
        if not target_match:
            return element
        target = target_match.group(1)[1:-1].decode("utf-8", "replace")
        if re.search(rb"TargetMode\s*=\s*[\"']External", element):
            if re.match(r"(?i)^(file:|[a-z]:[\\/]|\\\\)", target):
                bare = re.split(r"[\\/]", target)[-1].encode()
                return element.replace(target_match.group(1), b'"' + bare + b'"')
            return element
        resolved = posixpath.normpath(
            target.lstrip("/") if target.startswith("/") else posixpath.join(base, target)
        )
        return b"" if resolved in dropped else element

    return re.sub(rb"<(?:[\w.\-]+:)?Relationship\b[^>]*?(?:/>|>.*?</(?:[\w.\-]+:)?Relationship>)",
                  relationship, data, flags=re.DOTALL)  # fmt: skip


def _remove_overrides(data: bytes, dropped: set[str]) -> bytes:
    def override(match: re.Match) -> bytes:
        part = re.search(rb"PartName\s*=\s*[\"']([^\"']*)[\"']", match.group(0))
        if part and part.group(1).decode("utf-8", "replace").lstrip("/") in dropped:
            return b""
        return match.group(0)

    return re.sub(rb"<(?:[\w.\-]+:)?Override\b[^>]*?/>", override, data)


CORE_XML = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    b'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    b'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    b'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"></cp:coreProperties>'
)
APP_XML = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'docPropsVTypes"></Properties>'
)


def _word_rule(namespace: bytes, local: bytes, value: bytes):
    if local.startswith(b"rsid") and namespace == W:
        return None
    if local in (b"author", b"initials"):
        return b""
    if local in (b"date", b"dateUtc"):
        return None
    return value


def _people_rule(*names: bytes):
    def rule(namespace: bytes, local: bytes, value: bytes):
        return b"" if local in names else value

    return rule


def _ooxml_plan(name: str, dropped: set[str]):
    """What to do with one part of a DOCX, XLSX or PPTX: None to drop it, a function that edits
    its bytes, or "copy"."""
    lower = name.lower()
    if name in DROPPED_PARTS:
        return None
    if lower == "docprops/core.xml":
        return lambda data: CORE_XML
    if lower == "docprops/app.xml":
        return lambda data: APP_XML
    if lower.endswith(".rels"):
        return lambda data: _remove_relationships(data, name, dropped)
    if name == "[Content_Types].xml":
        return lambda data: _remove_overrides(data, dropped)
    if lower.endswith((".jpg", ".jpeg", ".jpe")):
        return strip_jpeg_bytes
    if lower.endswith(".png"):
        return strip_png_bytes
    if not lower.endswith(".xml"):
        return "copy"
    if lower.startswith("word/"):
        return lambda data: _clean_common(
            rewrite_attributes(_remove_elements(data, b"rsids", b"docId"), _word_rule)
        )
    if re.match(r"xl/comments[^/]*\.xml$", lower):
        return lambda data: _clean_common(_clear_excel_comment_authors(data))
    if lower.startswith("xl/"):
        return lambda data: _clean_common(
            rewrite_attributes(
                _remove_elements(_clear_elements(data, b"author"), b"absPath"),
                _people_rule(b"userName", b"displayName", b"userId", b"providerId"),
            )
        )
    if lower in ("ppt/commentauthors.xml", "ppt/authors.xml"):
        return lambda data: rewrite_attributes(
            data, _people_rule(b"name", b"initials", b"userId", b"providerId")
        )
    return _clean_common


def _clear_excel_comment_authors(data: bytes) -> bytes:
    """Excel lists comment authors, and also starts each comment's text with "Author:"."""
    authors = {name for name in re.findall(rb"<author>([^<]+)</author>", data) if name.strip()}
    data = _clear_elements(data, b"author")
    for name in sorted(authors, key=len, reverse=True):
        data = data.replace(name + b":", b"").replace(name, b"")
    return data


def _clean_common(data: bytes) -> bytes:
    """People's names in any XML part (e.g. SharePoint properties in customXml)."""
    return _clear_elements(data, b"dc:creator", b"cp:lastModifiedBy", b"dc:contributor")


def _odf_meta(data: bytes) -> bytes:
    version = re.search(rb"office:version\s*=\s*[\"']([\d.]+)[\"']", data)
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        b'<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        b'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
        b'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="'
        + (version.group(1) if version else b"1.2")
        + b'"><office:meta/></office:document-meta>'
    )


def _odf_content(data: bytes) -> bytes:
    """Authors and dates of comments and tracked changes."""
    data = _clear_elements(data, b"dc:creator", b"meta:creator-initials")
    return _clear_elements(data, b"dc:date", value=FIXED_DATE)


def _odf_settings(data: bytes) -> bytes:
    return re.sub(
        rb"<config:config-item\s+config:name=\"(?:PrinterName|PrinterSetup)\"[^>]*"
        rb"(?:/>|>[^<]*</config:config-item>)",
        b"",
        data,
    )


def _odf_plan(name: str, dropped: set[str]):
    lower = name.lower()
    if name == "meta.xml":
        return _odf_meta
    if name in ("content.xml", "styles.xml"):
        return _odf_content
    if name == "settings.xml":
        return _odf_settings
    if lower.endswith((".jpg", ".jpeg", ".jpe")):
        return strip_jpeg_bytes
    if lower.endswith(".png"):
        return strip_png_bytes
    return "copy"


def _rewrite_zip(path: str, plan) -> None:
    """Copy the archive entry by entry (same order and compression, no timestamps, comments or
    extra fields), dropping or editing the parts the plan says."""
    with zipfile.ZipFile(path) as source:
        names = set(source.namelist())
        dropped = {name for name in names if plan(name, set()) is None}
        with replacing(path) as temporary, zipfile.ZipFile(temporary, "w") as target:
            for info in source.infolist():
                action = plan(info.filename, dropped)
                if action is None:
                    continue
                entry = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
                entry.compress_type = info.compress_type
                entry.external_attr = 0o644 << 16
                if info.is_dir():
                    target.writestr(entry, b"")
                    continue
                if action == "copy":
                    with source.open(info) as src, target.open(entry, "w") as dst:
                        shutil.copyfileobj(src, dst, 1024 * 1024)
                    continue
                data = action(source.read(info))
                if info.filename.lower().endswith((".xml", ".rels")):
                    _assert_xml(data)
                target.writestr(entry, data)


def _assert_xml(data: bytes) -> None:
    """An edited part must still be well-formed XML, or the file is not stored."""
    try:
        for _event, element in safe_iterparse(io.BytesIO(data)):
            element.clear()
    except XML_ERRORS as exc:
        raise ValueError(f"edited part is no longer XML: {exc}") from exc
