"""Reading XML from uploaded files: always through defusedxml, with DTDs and entities refused."""

import zipfile
import zlib

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring, iterparse

# Everything that reading one XML part of an archive may raise on a broken or hostile file.
XML_ERRORS = (
    ParseError,
    DefusedXmlException,
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    ValueError,
    NotImplementedError,
    OSError,
)

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "s": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}


def q(prefix: str, name: str) -> str:
    """ElementTree's name for prefix:name, e.g. q("w", "t") -> "{http://…/main}t"."""
    return f"{{{NS[prefix]}}}{name}"


def safe_iterparse(source, events=("end",)):
    """Stream the elements of an XML part (a file object); no DTD, no entities, no externals."""
    return iterparse(
        source, events=events, forbid_dtd=True, forbid_entities=True, forbid_external=True
    )


def safe_fromstring(data: bytes):
    """Parse a small XML part whole (only for parts whose size was checked first)."""
    return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)


def drain(source) -> None:
    """Parse a whole part without keeping it, to prove it is well-formed XML."""
    for _event, element in safe_iterparse(source):
        element.clear()
