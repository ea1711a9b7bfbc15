"""extract: a checked file's text (for search), its page count and a PNG thumbnail."""

import logging
import posixpath
import re
import zipfile
from dataclasses import dataclass

import pypdfium2 as pdfium
from django.utils.translation import gettext_lazy as _

from . import pdftext
from .archives import OFFICE_DOCUMENT_REL
from .checks import text_encoding
from .errors import Rejected
from .images import IMAGE_ERRORS, THUMBNAIL_PX, png_bytes, thumbnail
from .kinds import IMAGES, ODF, TEXT
from .xmlparts import NS, XML_ERRORS, q, safe_fromstring, safe_iterparse

logger = logging.getLogger(__name__)

# A thumbnail of a very tall page is never more than this high.
THUMBNAIL_MAX_HEIGHT = 4 * THUMBNAIL_PX


@dataclass
class Extracted:
    text: str
    page_count: int | None
    thumbnail_png: bytes | None


class _Text:
    """Pieces of text up to a number of characters."""

    def __init__(self, max_chars: int):
        self.pieces: list[str] = []
        self.left = max_chars

    @property
    def full(self) -> bool:
        return self.left <= 0

    def add(self, text: str | None) -> None:
        if text and self.left > 0:
            piece = text[: self.left]
            self.pieces.append(piece)
            self.left -= len(piece)

    def value(self) -> str:
        return "".join(self.pieces).strip()


def extract(path: str, kind: str, *, max_chars: int = 2_000_000) -> Extracted:
    """Text (at most ``max_chars`` characters), page count and thumbnail of a checked file."""
    try:
        if kind == "pdf":
            return _pdf(path, max_chars)
        if kind in IMAGES:
            return Extracted(text="", page_count=None, thumbnail_png=thumbnail(path, kind))
        if kind in TEXT:
            with open(path, encoding=text_encoding(path), errors="replace") as handle:
                return Extracted(handle.read(max_chars), page_count=None, thumbnail_png=None)
        with zipfile.ZipFile(path) as archive:
            text = _Text(max_chars)
            page_count = EXTRACTORS[kind](archive, text)
            return Extracted(text=text.value(), page_count=page_count, thumbnail_png=None)
    except Rejected:
        raise
    except (*XML_ERRORS, *IMAGE_ERRORS, pdfium.PdfiumError, pdftext.PoolBroken, KeyError) as exc:
        logger.warning("Could not extract the text of a %s file: %r", kind, exc)
        raise Rejected(
            "unreadable",
            _("The file's text and preview could not be read: the file may be damaged."),
        ) from exc


# PDF ------------------------------------------------------------------------------------------


def _pdf(path: str, max_chars: int) -> Extracted:
    pdf = pdfium.PdfDocument(path)
    try:
        page_count = len(pdf)
        texts = pdftext.start(path, page_count, max_chars)
        page = pdf[0]
        try:
            thumbnail_png = _render(page)
        finally:
            page.close()
    finally:
        pdf.close()
    text = _Text(max_chars)
    for page_text in texts():
        text.add(page_text)
        text.add("\n\n")
    return Extracted(text=text.value(), page_count=page_count, thumbnail_png=thumbnail_png)


def _render(page) -> bytes | None:
    width, height = page.get_size()
    if width <= 0 or height <= 0:
        return None
    scale = min(THUMBNAIL_PX / width, THUMBNAIL_MAX_HEIGHT / height)
    bitmap = page.render(scale=scale)
    try:
        return png_bytes(bitmap.to_pil())
    finally:
        bitmap.close()


# Office documents -----------------------------------------------------------------------------


def _stream(archive: zipfile.ZipFile, name: str, events=("end",)):
    with archive.open(name) as part:
        yield from safe_iterparse(part, events)


def _docx(archive: zipfile.ZipFile, text: _Text) -> None:
    t, tab, br, cr, p = (q("w", name) for name in ("t", "tab", "br", "cr", "p"))
    names = set(archive.namelist())
    parts = [_main_part(archive, "word/document.xml")]
    parts += [name for name in ("word/footnotes.xml", "word/endnotes.xml") if name in names]
    for part in parts:
        for _event, element in _stream(archive, part):
            tag = element.tag
            if tag == t:
                text.add(element.text)
            elif tag == tab and not element.attrib:  # not a tab stop definition
                text.add("\t")
            elif tag in (br, cr):
                text.add("\n")
            elif tag == p:
                text.add("\n")
                element.clear()
            if text.full:
                return


def _xlsx(archive: zipfile.ZipFile, text: _Text) -> None:
    names = set(archive.namelist())
    workbook = _main_part(archive, "xl/workbook.xml")
    for _event, element in _stream(archive, workbook):
        if element.tag == q("s", "sheet"):
            text.add(element.get("name", "") + "\n")
    if "xl/sharedStrings.xml" in names:
        _strings(archive, "xl/sharedStrings.xml", q("s", "si"), text)
    sheets = sorted(name for name in names if re.match(r"xl/worksheets/[^/]+\.xml$", name))
    for sheet in sheets:
        _strings(archive, sheet, q("s", "is"), text)  # strings typed into the cells themselves


def _strings(archive: zipfile.ZipFile, part: str, item: str, text: _Text) -> None:
    t = q("s", "t")
    for _event, element in _stream(archive, part):
        if element.tag == item:
            text.add("".join(node.text or "" for node in element.iter(t)) + "\n")
            element.clear()
            if text.full:
                return


def _pptx(archive: zipfile.ZipFile, text: _Text) -> int:
    slides = _slides(archive)
    t, br, p = q("a", "t"), q("a", "br"), q("a", "p")
    for slide in slides:
        for _event, element in _stream(archive, slide):
            if element.tag == t:
                text.add(element.text)
            elif element.tag == br:
                text.add("\n")
            elif element.tag == p:
                text.add("\n")
                element.clear()
        text.add("\n")
        if text.full:
            break
    return len(slides)


def _slides(archive: zipfile.ZipFile) -> list[str]:
    """The slides' parts in presentation order."""
    names = set(archive.namelist())
    presentation = _main_part(archive, "ppt/presentation.xml")
    folder = posixpath.dirname(presentation)
    rels_name = f"{folder}/_rels/{posixpath.basename(presentation)}.rels"
    targets = {}
    if rels_name in names:
        rels = safe_fromstring(archive.read(rels_name))
        for rel in rels.iter(f"{{{NS['rel']}}}Relationship"):
            target = posixpath.normpath(posixpath.join(folder, rel.get("Target", "")))
            targets[rel.get("Id")] = target
    slides = []
    for _event, element in _stream(archive, presentation):
        if element.tag == q("p", "sldId"):
            target = targets.get(element.get(q("r", "id")))
            if target in names:
                slides.append(target)
    if not slides:
        numbered = [name for name in names if re.match(r"ppt/slides/slide\d+\.xml$", name)]
        slides = sorted(numbered, key=lambda name: int(re.findall(r"\d+", name)[-1]))
    return slides


def _main_part(archive: zipfile.ZipFile, default: str) -> str:
    try:
        rels = safe_fromstring(archive.read("_rels/.rels"))
    except KeyError:
        return default
    for rel in rels.iter(f"{{{NS['rel']}}}Relationship"):
        if OFFICE_DOCUMENT_REL.search(rel.get("Type", "")):
            target = posixpath.normpath(rel.get("Target", "").lstrip("/"))
            if target in archive.namelist():
                return target
    return default


_ODF_PARAGRAPHS = {q("text", "p"), q("text", "h")}
_ODF_SKIPPED = {q("office", "annotation"), q("text", "tracked-changes")}


def _odf(archive: zipfile.ZipFile, text: _Text) -> int | None:
    """Paragraphs and headings of content.xml (not comments nor deleted text); slides of an ODP."""
    pages = 0
    skipping = 0
    is_presentation = _odf_is_presentation(archive)
    for event, element in _stream(archive, "content.xml", events=("start", "end")):
        tag = element.tag
        if event == "start":
            if tag in _ODF_SKIPPED:
                skipping += 1
            elif tag == q("draw", "page"):
                pages += 1
            continue
        if tag in _ODF_SKIPPED:
            skipping -= 1
        elif tag in _ODF_PARAGRAPHS:
            if not skipping:
                pieces: list[str] = []
                _odf_text(element, pieces)
                text.add("".join(pieces) + "\n")
            tail = element.tail
            element.clear()
            element.tail = tail
        if text.full:
            break
    return pages if is_presentation else None


def _odf_is_presentation(archive: zipfile.ZipFile) -> bool:
    return archive.read("mimetype")[:200].strip().endswith(b"presentation")


def _odf_text(element, pieces: list[str]) -> None:
    if element.text:
        pieces.append(element.text)
    for child in element:
        tag = child.tag
        if tag == q("text", "s"):
            count = child.get(q("text", "c"), "1")
            pieces.append(" " * min(int(count) if count.isdigit() else 1, 100))
        elif tag == q("text", "tab"):
            pieces.append("\t")
        elif tag == q("text", "line-break"):
            pieces.append("\n")
        elif tag not in _ODF_SKIPPED:
            _odf_text(child, pieces)
        if child.tail:
            pieces.append(child.tail)


EXTRACTORS = {"docx": _docx, "xlsx": _xlsx, "pptx": _pptx, **dict.fromkeys(ODF, _odf)}
