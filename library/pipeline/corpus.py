# ruff: noqa: S311 - seeded pseudo-random bytes keep the test data deterministic
"""Test data for the file pipeline: valid samples of every kind (with identifying metadata to
strip) and a corpus of bad files, all built in memory and deterministically.

Used by the tests and by the benchmark; nothing here is imported by the pipeline itself.
The EICAR test string is assembled at run time so that no source file contains it whole
(antivirus programs on developers' machines would quarantine the file otherwise)."""

import io
import random
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field

AUTHOR = "Ana Secret"
ORGANISATION = "Secret NGO"
ZIP_DATE = (2024, 3, 1, 10, 0, 0)


def eicar() -> bytes:
    """The 68-byte EICAR anti-virus test file (harmless; every scanner reports it)."""
    return b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + b"EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"


# ZIP ------------------------------------------------------------------------------------------


def build_zip(entries, *, stored: tuple[str, ...] = ("mimetype",)) -> bytes:
    """A ZIP archive of (name, bytes) pairs in order, with fixed dates."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def _entries(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def with_entries(data: bytes, extra: dict[str, bytes], replace: bool = True) -> bytes:
    """The archive with entries added (or replaced)."""
    entries = [(n, d) for n, d in _entries(data) if not (replace and n in extra)]
    return build_zip(entries + list(extra.items()))


# PDF ------------------------------------------------------------------------------------------


def _pdf_string(text: str) -> bytes:
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"(" + escaped.encode("cp1252") + b")"


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def build_pdf(objects: list[bytes], *, trailer: bytes = b"", header: bytes = b"%PDF-1.7") -> bytes:
    """A PDF from object bodies (object 1 is the catalog), with a correct cross-reference table."""
    out = bytearray(header + b"\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\n" % (len(objects) + 1, trailer)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def page_text(number: int) -> list[str]:
    return [
        f"Page {number} of the sample report on national mechanisms.",
        f"Unique token for this page: token-page-{number}.",
        "Recommendations are followed up by the NMIRF and the ministries (2024).",
    ]


XMP = (
    b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    b'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">'
    b"<dc:creator><rdf:Seq><rdf:li>Ana Secret</rdf:li></rdf:Seq></dc:creator>"
    b"<xmp:CreatorTool>Secret NGO Writer</xmp:CreatorTool>"
    b"<pdf:Producer>Secret Producer 1.0</pdf:Producer>"
    b'</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
)


def sample_pdf(
    pages: int = 3,
    *,
    lines: int = 0,
    metadata: bool = True,
    catalog_extra: bytes = b"",
    page_extra: bytes = b"",
    extra_objects: tuple[bytes, ...] = (),
    trailer: bytes = b"",
) -> bytes:
    """A PDF of ``pages`` pages of Helvetica text (page_text(n), plus ``lines`` filler lines),
    with — when ``metadata`` — an author, creator, producer, dates, XMP, /ID and a comment by
    Ana Secret on the first page. Extra objects are numbered after the built-in ones."""
    # 1 catalog, 2 pages, 3 font, 4 XMP, 5 info, 6 annotation, then (page, content) pairs.
    first_page = 7
    kids = b" ".join(b"%d 0 R" % (first_page + 2 * i) for i in range(pages))
    extra_start = first_page + 2 * pages
    catalog = b"<< /Type /Catalog /Pages 2 0 R "
    if metadata:
        catalog += b"/Metadata 4 0 R "
    objects = [
        catalog + catalog_extra + b">>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        _stream(XMP, b"/Type /Metadata /Subtype /XML "),
        b"<< /Author (Ana Secret) /Creator (Secret NGO Writer) /Producer (Secret Producer 1.0)"
        b" /Title (Confidential report) /Subject (Reprisals) /Keywords (secret, ngo)"
        b" /CreationDate (D:20240102030405Z) /ModDate (D:20240302030405Z) >>",
        b"<< /Type /Annot /Subtype /Text /Rect [50 700 70 720] /T (Ana Secret)"
        b" /Contents (Check this figure) /M (D:20240302030405Z) /P %d 0 R >>" % first_page,
    ]
    for number in range(1, pages + 1):
        page_number = first_page + 2 * (number - 1)
        text = page_text(number) + [
            f"Filler line {i} about follow-up of recommendations." for i in range(lines)
        ]
        commands = [b"BT /F1 11 Tf 14 TL 72 770 Td"]
        for line in text:
            commands.append(_pdf_string(line) + b" Tj T*")
        commands.append(b"ET")
        annots = b"/Annots [6 0 R] " if metadata and number == 1 else b""
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 "
            b"3 0 R >> >> /Contents %d 0 R %s%s>>" % (page_number + 1, annots, page_extra)
        )
        objects.append(_stream(b"\n".join(commands)))
    objects.extend(extra_objects)
    assert len(objects) == extra_start - 1 + len(extra_objects)
    if metadata:
        file_id = b"<0123456789abcdef0123456789abcdef>"
        trailer = b"/Info 5 0 R /ID [%s %s] " % (file_id, file_id) + trailer
    return build_pdf(objects, trailer=trailer)


def _first_extra(pages: int = 1) -> int:
    return 7 + 2 * pages


def pdf_with_javascript() -> bytes:
    """Runs JavaScript when opened (an /OpenAction)."""
    return sample_pdf(
        1, metadata=False, catalog_extra=b"/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> "
    )


def pdf_with_javascript_in_object_stream() -> bytes:
    """The same action, hidden in a compressed object stream (found only by parsing: the bytes
    "/JavaScript" appear nowhere in the file)."""
    pdf = sample_pdf(1, metadata=False, catalog_extra=b"/OpenAction %d 0 R " % _first_extra(1))
    objects = _objects_of(pdf) + [b"<< /S /JavaScript /JS (app.alert\\(1\\)) >>"]
    return build_pdf_with_object_stream(objects, compressed={len(objects)})


def _objects_of(pdf: bytes) -> list[bytes]:
    """The bodies of a build_pdf() file's objects, in order."""
    return [match.group(1) for match in re.finditer(rb"\d+ 0 obj\n(.*?)\nendobj\n", pdf, re.S)]


def build_pdf_with_object_stream(objects: list[bytes], compressed: set[int]) -> bytes:
    """A PDF 1.5 whose objects numbered in ``compressed`` sit in one Flate-compressed object
    stream, with a cross-reference stream."""
    stream_number, xref_number = len(objects) + 1, len(objects) + 2
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for number, body in enumerate(objects, 1):
        if number not in compressed:
            offsets[number] = len(out)
            out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    index: dict[int, int] = {}
    pairs, data = [], b""
    for position, number in enumerate(sorted(compressed)):
        index[number] = position
        pairs.append(b"%d %d" % (number, len(data)))
        data += objects[number - 1] + b"\n"
    head = b" ".join(pairs) + b"\n"
    packed = zlib.compress(head + data)
    offsets[stream_number] = len(out)
    out += (
        b"%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n"
        % (stream_number, len(compressed), len(head), len(packed))
        + packed
        + b"\nendstream\nendobj\n"
    )
    offsets[xref_number] = len(out)
    rows = b""
    for number in range(xref_number + 1):
        if number == 0:
            rows += struct.pack(">BIH", 0, 0, 65535)
        elif number in compressed:
            rows += struct.pack(">BIH", 2, stream_number, index[number])
        else:
            rows += struct.pack(">BIH", 1, offsets[number], 0)
    out += (
        b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n"
        % (xref_number, xref_number + 1, len(rows))
        + rows
        + b"\nendstream\nendobj\n"
    )
    out += b"startxref\n%d\n%%%%EOF\n" % offsets[xref_number]
    return bytes(out)


def pdf_with_launch() -> bytes:
    return sample_pdf(
        1,
        metadata=False,
        catalog_extra=b"/OpenAction << /S /Launch /F (cmd.exe) /Win << /F (cmd.exe) >> >> ",
    )


def pdf_with_embedded_file() -> bytes:
    number = _first_extra(1)
    return sample_pdf(
        1,
        metadata=False,
        catalog_extra=b"/Names << /EmbeddedFiles << /Names [(a.exe) %d 0 R] >> >> " % number,
        extra_objects=(
            b"<< /Type /Filespec /F (a.exe) /EF << /F %d 0 R >> >>" % (number + 1),
            _stream(b"MZ fake program", b"/Type /EmbeddedFile "),
        ),
    )


def pdf_with_automatic_action() -> bytes:
    return sample_pdf(1, metadata=False, page_extra=b"/AA << /O << /S /URI /URI (http://x) >> >> ")


def pdf_encrypted() -> bytes:
    """Encrypted with a user password (fixed O and U values): cannot be opened without it."""
    number = _first_extra(1)
    return sample_pdf(
        1,
        metadata=False,
        extra_objects=(
            b"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <%s> /U <%s> >>"
            % (b"ab" * 32, b"cd" * 32),
        ),
        trailer=b"/Encrypt %d 0 R /ID [<00112233445566778899aabbccddeeff> "
        b"<00112233445566778899aabbccddeeff>] " % number,
    )


# Office documents (OOXML) -----------------------------------------------------------------------

_XML = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
_W_NS = (
    b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    b'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    b'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    b'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    b'mc:Ignorable="w14 w15"'
)
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT_MAIN = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
}


def _content_types(overrides: dict[str, str], defaults: dict[str, str] | None = None) -> bytes:
    defaults = {
        "rels": "application/vnd.openxmlformats-package.relationships+xml",
        "xml": "application/xml",
        "jpeg": "image/jpeg",
        **(defaults or {}),
    }
    body = "".join(f'<Default Extension="{e}" ContentType="{t}"/>' for e, t in defaults.items())
    body += "".join(f'<Override PartName="/{p}" ContentType="{t}"/>' for p, t in overrides.items())
    return (
        _XML
        + b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        + body.encode()
        + b"</Types>"
    )


def _rels(relationships: list[tuple[str, str, str]], external: bool = False) -> bytes:
    body = ""
    for number, (kind, target, mode) in enumerate(relationships, 1):
        rel_type = kind if kind.startswith("http") else f"{_REL}/{kind}"
        target_mode = f' TargetMode="{mode}"' if mode else ""
        body += f'<Relationship Id="rId{number}" Type="{rel_type}" Target="{target}"{target_mode}/>'
    return (
        _XML
        + b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + body.encode()
        + b"</Relationships>"
    )


def _package_rels(main: str) -> bytes:
    return _rels(
        [
            ("officeDocument", main, ""),
            (
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                "core-properties",
                "docProps/core.xml",
                "",
            ),
            ("extended-properties", "docProps/app.xml", ""),
            ("custom-properties", "docProps/custom.xml", ""),
        ]
    )


CORE_PROPERTIES = (
    _XML + b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    b'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    b'xmlns:dcterms="http://purl.org/dc/terms/" '
    b'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    b"<dc:title>Confidential report</dc:title><dc:creator>Ana Secret</dc:creator>"
    b"<cp:lastModifiedBy>Ana Secret</cp:lastModifiedBy><cp:revision>7</cp:revision>"
    b'<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-02T03:04:05Z</dcterms:created>'
    b'<dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-02T03:04:05Z</dcterms:modified>'
    b"</cp:coreProperties>"
)


def _app_properties(application: str) -> bytes:
    return (
        _XML + b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'docPropsVTypes"><Template>Normal.dotm</Template><Application>'
        + application.encode()
        + b"</Application><Company>Secret NGO</Company><Manager>Boss Secret</Manager>"
        b"</Properties>"
    )


CUSTOM_PROPERTIES = (
    _XML + b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" '
    b'name="Client"><vt:lpwstr>Ana Secret</vt:lpwstr></property></Properties>'
)

_PROPERTY_TYPES = {
    "docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
    "docProps/app.xml": "application/vnd.openxmlformats-officedocument.extended-properties+xml",
    "docProps/custom.xml": "application/vnd.openxmlformats-officedocument.custom-properties+xml",
}
_PROPERTY_PARTS = [
    ("docProps/core.xml", CORE_PROPERTIES),
    ("docProps/custom.xml", CUSTOM_PROPERTIES),
]

DOCX_PARAGRAPHS = [
    "Sample report on national mechanisms for implementation, reporting and follow-up.",
    "The second paragraph mentions the Declaration of Asunción.",
]


def sample_docx(paragraphs: list[str] | None = None, *, extra: dict | None = None) -> bytes:
    """A DOCX by Ana Secret of Secret NGO: core/app/custom properties, a comment, a tracked
    insertion, revision ids (rsids), a people part, a template path and a photo with EXIF."""
    paragraphs = paragraphs or DOCX_PARAGRAPHS
    body = b""
    for number, text in enumerate(paragraphs):
        rsid = b"00A1B2%02X" % number
        body += (
            b'<w:p w:rsidR="%s" w:rsidRDefault="%s" w14:paraId="1A2B3C%02X">'
            b'<w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>'
            b'<w:r w:rsidRPr="%s"><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
            % (rsid, rsid, number, rsid, text.encode().replace(b"&", b"&amp;"))
        )
    body += (
        b'<w:p w:rsidR="00C0FFEE"><w:commentRangeStart w:id="0"/>'
        b'<w:ins w:id="1" w:author="Ana Secret" w:date="2024-03-01T10:00:00Z">'
        b"<w:r><w:t>Inserted by a tracked change.</w:t></w:r></w:ins>"
        b'<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>'
        b'<w:p><w:r><w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/drawingml/'
        b'2006/main" r:embed="rId4"/></w:drawing></w:r></w:p>'
    )
    document = (
        _XML + b"<w:document " + _W_NS + b"><w:body>" + body + b'<w:sectPr w:rsidR="00A1B200"/>'
        b"</w:body></w:document>"
    )
    comments = (
        _XML + b"<w:comments " + _W_NS + b'><w:comment w:id="0" w:author="Ana Secret" '
        b'w:date="2024-03-01T10:00:00Z" w:initials="AS"><w:p w:rsidR="00A1B2C3">'
        b"<w:r><w:t>Check this figure with the ministry.</w:t></w:r></w:p></w:comment>"
        b"</w:comments>"
    )
    settings = (
        _XML + b"<w:settings " + _W_NS + b'><w:attachedTemplate r:id="rId1"/>'
        b'<w:rsids><w:rsidRoot w:val="00A1B2C3"/><w:rsid w:val="00A1B2C3"/>'
        b'<w:rsid w:val="00C0FFEE"/></w:rsids><w14:docId w14:val="1A2B3C4D"/>'
        b'<w15:docId w15:val="{12345678-ABCD-4321-ABCD-1234567890AB}"/></w:settings>'
    )
    people = (
        _XML + b"<w15:people " + _W_NS + b'><w15:person w15:author="Ana Secret">'
        b'<w15:presenceInfo w15:providerId="AD" w15:userId="S-1-5-21-ana-secret"/>'
        b"</w15:person></w15:people>"
    )
    word = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    entries = [
        (
            "[Content_Types].xml",
            _content_types(
                {
                    "word/document.xml": _CT_MAIN["docx"],
                    "word/comments.xml": "application/vnd.openxmlformats-officedocument."
                    "wordprocessingml.comments+xml",
                    "word/settings.xml": "application/vnd.openxmlformats-officedocument."
                    "wordprocessingml.settings+xml",
                    "word/people.xml": "application/vnd.openxmlformats-officedocument."
                    "wordprocessingml.people+xml",
                    **_PROPERTY_TYPES,
                }
            ),
        ),
        ("_rels/.rels", _package_rels("word/document.xml")),
        ("word/document.xml", document),
        (
            "word/_rels/document.xml.rels",
            _rels(
                [
                    ("comments", "comments.xml", ""),
                    ("settings", "settings.xml", ""),
                    (
                        "http://schemas.microsoft.com/office/2011/relationships/people",
                        "people.xml",
                        "",
                    ),  # fmt: skip
                    ("image", "media/image1.jpeg", ""),
                ]
            ),
        ),
        ("word/comments.xml", comments),
        ("word/settings.xml", settings),
        (
            "word/_rels/settings.xml.rels",
            _rels(
                [
                    (
                        f"{word}/attachedTemplate",
                        "file:///C:\\Users\\ana.secret\\AppData\\Roaming\\Microsoft\\Templates"
                        "\\Normal.dotm",
                        "External",
                    )
                ]
            ),
        ),
        ("word/people.xml", people),
        ("word/media/image1.jpeg", sample_jpeg()),
        ("docProps/app.xml", _app_properties("Microsoft Office Word")),
        *_PROPERTY_PARTS,
    ]
    extra = extra or {}
    entries = [(name, data) for name, data in entries if name not in extra]
    return build_zip(entries + list(extra.items()))


def sample_xlsx() -> bytes:
    """An XLSX by Ana Secret: properties, a comment and a person for threaded comments, the
    workbook's absolute path (C:\\Users\\ana.secret\\…) and a shared-workbook user."""
    main = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    workbook = (
        _XML + b"<workbook " + main + b' xmlns:r="' + _REL.encode() + b'" '
        b'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        b'xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac" '
        b'mc:Ignorable="x15ac"><fileVersion appName="xl"/><fileSharing userName="Ana Secret"/>'
        b'<mc:AlternateContent><mc:Choice Requires="x15"><x15ac:absPath '
        b'url="C:\\Users\\ana.secret\\Documents\\"/></mc:Choice></mc:AlternateContent>'
        b'<sheets><sheet name="Recommendations" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    sheet = (
        _XML + b"<worksheet " + main + b"><sheetData>"
        b'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Inline cell '
        b"text</t></is></c></row>"
        b'<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2"><v>42</v></c></row>'
        b"</sheetData></worksheet>"
    )
    shared = (
        _XML + b"<sst " + main + b' count="2" uniqueCount="2"><si><t>Recommendation on torture '
        b"prevention</t></si><si><r><t>Follow-up by </t></r><r><t>the mechanism</t></r></si></sst>"
    )
    comments = (
        _XML + b"<comments " + main + b"><authors><author>Ana Secret</author></authors>"
        b'<commentList><comment ref="A1" authorId="0"><text><r><t>Ana Secret: check the source'
        b"</t></r></text></comment></commentList></comments>"
    )
    persons = (
        _XML + b'<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/'
        b'threadedcomments"><person displayName="Ana Secret" '
        b'id="{11111111-2222-3333-4444-555555555555}" userId="ana@secret-ngo.example" '
        b'providerId="None"/></personList>'
    )
    entries = [
        (
            "[Content_Types].xml",
            _content_types(
                {
                    "xl/workbook.xml": _CT_MAIN["xlsx"],
                    "xl/worksheets/sheet1.xml": "application/vnd.openxmlformats-officedocument."
                    "spreadsheetml.worksheet+xml",
                    "xl/sharedStrings.xml": "application/vnd.openxmlformats-officedocument."
                    "spreadsheetml.sharedStrings+xml",
                    "xl/comments1.xml": "application/vnd.openxmlformats-officedocument."
                    "spreadsheetml.comments+xml",
                    "xl/persons/person.xml": "application/vnd.ms-excel.person+xml",
                    **_PROPERTY_TYPES,
                }
            ),
        ),
        ("_rels/.rels", _package_rels("xl/workbook.xml")),
        ("xl/workbook.xml", workbook),
        (
            "xl/_rels/workbook.xml.rels",
            _rels(
                [
                    ("worksheet", "worksheets/sheet1.xml", ""),
                    ("sharedStrings", "sharedStrings.xml", ""),
                    (
                        "http://schemas.microsoft.com/office/2017/10/relationships/person",
                        "persons/person.xml",
                        "",
                    ),  # fmt: skip
                ]
            ),
        ),
        ("xl/worksheets/sheet1.xml", sheet),
        ("xl/worksheets/_rels/sheet1.xml.rels", _rels([("comments", "../comments1.xml", "")])),
        ("xl/sharedStrings.xml", shared),
        ("xl/comments1.xml", comments),
        ("xl/persons/person.xml", persons),
        ("docProps/app.xml", _app_properties("Microsoft Excel")),
        *_PROPERTY_PARTS,
    ]
    return build_zip(entries)


SLIDES = ["Slide one: the network", "Slide two: follow-up of recommendations"]


def sample_pptx() -> bytes:
    """A PPTX with two slides and a comment author (Ana Secret)."""
    p_ns = (
        b'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        b'xmlns:r="' + _REL.encode() + b'" '
        b'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
    )
    presentation = (
        _XML + b"<p:presentation " + p_ns + b'><p:sldIdLst><p:sldId id="256" r:id="rId1"/>'
        b'<p:sldId id="257" r:id="rId2"/></p:sldIdLst></p:presentation>'
    )

    def slide(text: str) -> bytes:
        return (
            _XML
            + b"<p:sld "
            + p_ns
            + b"><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>"
            + text.encode()
            + b"</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>"
        )

    authors = (
        _XML + b"<p:cmAuthorLst " + p_ns + b'><p:cmAuthor id="0" name="Ana Secret" '
        b'initials="AS" lastIdx="1" clrIdx="0"/></p:cmAuthorLst>'
    )
    slide_type = "application/vnd.openxmlformats-officedocument.presentationml.slide+xml"
    entries = [
        (
            "[Content_Types].xml",
            _content_types(
                {
                    "ppt/presentation.xml": _CT_MAIN["pptx"],
                    "ppt/slides/slide1.xml": slide_type,
                    "ppt/slides/slide2.xml": slide_type,
                    "ppt/commentAuthors.xml": "application/vnd.openxmlformats-officedocument."
                    "presentationml.commentAuthors+xml",
                    **_PROPERTY_TYPES,
                }
            ),
        ),
        ("_rels/.rels", _package_rels("ppt/presentation.xml")),
        ("ppt/presentation.xml", presentation),
        (
            "ppt/_rels/presentation.xml.rels",
            _rels(
                [
                    ("slide", "slides/slide2.xml", ""),
                    ("slide", "slides/slide1.xml", ""),
                    ("commentAuthors", "commentAuthors.xml", ""),
                ]
            ),
        ),
        ("ppt/slides/slide1.xml", slide(SLIDES[1])),  # stored out of order on purpose
        ("ppt/slides/slide2.xml", slide(SLIDES[0])),
        ("ppt/commentAuthors.xml", authors),
        ("docProps/app.xml", _app_properties("Microsoft Office PowerPoint")),
        *_PROPERTY_PARTS,
    ]
    return build_zip(entries)


# OpenDocument ----------------------------------------------------------------------------------

_ODF_NS = (
    b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    b'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    b'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    b'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    b'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
    b'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"'
)
_ODF_MIMETYPES = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
    "odp": b"application/vnd.oasis.opendocument.presentation",
}
ODF_META = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta ' + _ODF_NS + b"><office:meta>"
    b"<meta:initial-creator>Ana Secret</meta:initial-creator><dc:creator>Ana Secret</dc:creator>"
    b"<meta:creation-date>2024-01-02T03:04:05</meta:creation-date>"
    b"<dc:date>2024-03-02T03:04:05</dc:date><meta:editing-cycles>7</meta:editing-cycles>"
    b"<meta:editing-duration>PT1H2M</meta:editing-duration>"
    b"<meta:generator>LibreOffice/7.5 Secret NGO build</meta:generator>"
    b"<dc:title>Confidential report</dc:title>"
    b'<meta:user-defined meta:name="Organisation">Secret NGO</meta:user-defined>'
    b"</office:meta></office:document-meta>"
)
_ANNOTATION = (
    b"<office:annotation><dc:creator>Ana Secret</dc:creator><dc:date>2024-03-01T10:00:00"
    b"</dc:date><meta:creator-initials>AS</meta:creator-initials><text:p>A private comment"
    b"</text:p></office:annotation>"
)
ODT_TEXT = ["Sample heading", "First paragraph  with two spaces.", "Second paragraph."]


def sample_odf(kind: str = "odt", *, mimetype: bytes | None = None, extra=None) -> bytes:
    """An ODT, ODS or ODP by Ana Secret, with a comment and printer settings."""
    if kind == "odt":
        body = (
            b"<office:text><text:h text:outline-level=\"1\">Sample heading</text:h>"
            b"<text:p>First paragraph<text:s text:c=\"2\"/>with two spaces." + _ANNOTATION
            + b"</text:p><text:p>Second paragraph.</text:p></office:text>"
        )  # fmt: skip
    elif kind == "ods":
        body = (
            b'<office:spreadsheet><table:table table:name="Recommendations"><table:table-row>'
            b"<table:table-cell><text:p>Recommendation on torture prevention</text:p>"
            b"</table:table-cell><table:table-cell><text:p>Follow-up</text:p>" + _ANNOTATION
            + b"</table:table-cell></table:table-row></table:table></office:spreadsheet>"
        )  # fmt: skip
    else:
        body = (
            b"<office:presentation>"
            + b"".join(
                b'<draw:page draw:name="page%d"><draw:frame><draw:text-box><text:p>%s</text:p>'
                b"</draw:text-box></draw:frame></draw:page>" % (number, text.encode())
                for number, text in enumerate(SLIDES, 1)
            )
            + b"</office:presentation>"
        )
    content = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content '
        + _ODF_NS
        + b"><office:body>"
        + body
        + b"</office:body></office:document-content>"
    )
    settings = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-settings ' + _ODF_NS
        + b'><office:settings><config:config-item-set config:name="ooo:configuration-settings">'
        b'<config:config-item config:name="PrinterName" config:type="string">Secret NGO office '
        b'printer</config:config-item></config:config-item-set></office:settings>'
        b"</office:document-settings>"
    )  # fmt: skip
    manifest = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:'
        b'names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        b'<manifest:file-entry manifest:full-path="/" manifest:media-type="'
        + _ODF_MIMETYPES[kind]
        + b'"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type='
        b'"text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type='
        b'"text/xml"/><manifest:file-entry manifest:full-path="settings.xml" '
        b'manifest:media-type="text/xml"/></manifest:manifest>'
    )
    entries = [
        ("mimetype", mimetype or _ODF_MIMETYPES[kind]),
        ("META-INF/manifest.xml", manifest),
        ("content.xml", content),
        ("meta.xml", ODF_META),
        ("settings.xml", settings),
        *(extra or {}).items(),
    ]
    return build_zip(entries)


# Images and text --------------------------------------------------------------------------------


def _picture(size=(64, 32)):
    from PIL import Image, ImageDraw

    image = Image.new("RGB", size, (240, 240, 240))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, size[0] // 2, size[1] // 2), fill=(200, 30, 30))
    draw.line((0, size[1] - 1, size[0] - 1, 0), fill=(20, 20, 160), width=2)
    return image


def sample_jpeg(size=(64, 32), *, orientation: int = 6) -> bytes:
    """A JPEG with EXIF (Artist Ana Secret, camera, GPS position, orientation), XMP and a
    comment. Orientation 6 means "rotate 90° clockwise to display"."""
    from PIL import Image

    exif = Image.Exif()
    exif[0x013B] = AUTHOR  # Artist
    exif[0x8298] = "Secret NGO"  # Copyright
    exif[0x010F] = "SecretCam"  # Make
    exif[0x0110] = "Model 7"  # Model
    exif[0x0112] = orientation
    exif[0x0132] = "2024:03:01 10:00:00"  # DateTime
    exif[0x8825] = {  # GPS: Asunción
        1: "S",
        2: (25.0, 17.0, 0.0),
        3: "W",
        4: (57.0, 38.0, 0.0),
    }
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
        b'22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/'
        b'elements/1.1/"><dc:creator>Ana Secret</dc:creator></rdf:Description></rdf:RDF>'
        b"</x:xmpmeta>"
    )
    buffer = io.BytesIO()
    _picture(size).save(
        buffer, "JPEG", quality=90, exif=exif, xmp=xmp, comment=b"Photo by Ana Secret"
    )
    return buffer.getvalue()


def sample_png(size=(64, 32)) -> bytes:
    """A PNG with text chunks naming its author."""
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Author", AUTHOR)
    info.add_text("Comment", "Made at Secret NGO")
    buffer = io.BytesIO()
    _picture(size).save(buffer, "PNG", pnginfo=info)
    return buffer.getvalue()


def sample_txt() -> bytes:
    return "Informe de seguimiento.\nLa segunda línea menciona Asunción.\n".encode()


def sample_csv() -> bytes:
    return b"country,recommendation\nPY,Torture prevention\nCL,Follow-up\n"


SAMPLES: dict[str, tuple[str, Callable[[], bytes]]] = {
    "pdf": ("report.pdf", sample_pdf),
    "docx": ("report.docx", sample_docx),
    "xlsx": ("table.xlsx", sample_xlsx),
    "pptx": ("slides.pptx", sample_pptx),
    "odt": ("report.odt", lambda: sample_odf("odt")),
    "ods": ("table.ods", lambda: sample_odf("ods")),
    "odp": ("slides.odp", lambda: sample_odf("odp")),
    "txt": ("notes.txt", sample_txt),
    "csv": ("table.csv", sample_csv),
    "png": ("chart.png", sample_png),
    "jpg": ("photo.jpg", sample_jpeg),
}


# Bad files --------------------------------------------------------------------------------------


def html_page() -> bytes:
    return b"<!DOCTYPE html>\n<html><body><script>alert(document.cookie)</script></body></html>\n"


def svg_image() -> bytes:
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
        b'onload="alert(1)"><script>alert(2)</script></svg>\n'
    )


def windows_program() -> bytes:
    header = bytearray(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00")
    header += bytes(44) + struct.pack("<I", 64)
    header += b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21"
    header += b"This program cannot be run in DOS mode.\r\r\n$" + bytes(8)
    return bytes(header) + b"PE\x00\x00" + bytes(200)


def pdf_zip_polyglot() -> bytes:
    """A valid PDF with a ZIP archive appended: a PDF to readers, an archive to unzip."""
    return sample_pdf(1, metadata=False) + build_zip([("payload.js", b"alert(1)\n")])


def html_with_pdf_header() -> bytes:
    return b"%PDF-1.4\n" + html_page()


def corrupt_pdf() -> bytes:
    rng = random.Random(6)
    return b"%PDF-1.7\n" + bytes(rng.randrange(256) for _ in range(4096))


def truncated_pdf() -> bytes:
    return sample_pdf(3)[:400]


def docx_zip_bomb(megabytes: int = 20) -> bytes:
    """A DOCX with one entry of ``megabytes`` MB of zeros (compressed about 1000:1), streamed."""
    buffer = io.BytesIO(sample_docx())
    with zipfile.ZipFile(buffer, "a") as archive:
        info = zipfile.ZipInfo("word/media/image2.bin", date_time=ZIP_DATE)
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w") as entry:
            zeros = bytes(1024 * 1024)
            for _ in range(megabytes):
                entry.write(zeros)
    return buffer.getvalue()


def docx_big_entry(megabytes: int = 2) -> bytes:
    """A DOCX whose one extra entry is ``megabytes`` MB of barely compressible text."""
    rng = random.Random(7)
    words = [
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 9)))
        for _ in range(5000)
    ]
    text = " ".join(rng.choice(words) for _ in range(megabytes * 1024 * 1024 // 5)).encode()
    return sample_docx(extra={"word/media/notes.txt": text[: megabytes * 1024 * 1024]})


def archive_with_many_entries(count: int = 5000) -> bytes:
    extra = {f"word/media/part{number}.txt": b"x" for number in range(count)}
    return sample_docx(extra=extra)


def docx_with_entry(name: str) -> bytes:
    return sample_docx(extra={name: b"owned\n"})


def docx_with_macros() -> bytes:
    """A macro-enabled document (vbaProject.bin) renamed .docx."""
    data = sample_docx(
        extra={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(56)}
    )
    entries = _entries(data)
    entries = [
        (
            name,
            content.replace(
                _CT_MAIN["docx"].encode(), b"application/vnd.ms-word.document.macroEnabled.main+xml"
            )
            if name == "[Content_Types].xml"
            else content,
        )
        for name, content in entries
    ]
    return build_zip(entries)


def docx_with_encrypted_entry() -> bytes:
    """The general-purpose flag of word/document.xml says the entry is encrypted."""
    data = bytearray(sample_docx())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
        local = info.header_offset
    data[local + 6] |= 0x01
    position = data.find(b"PK\x01\x02")
    while position >= 0:
        name_length = struct.unpack_from("<H", data, position + 28)[0]
        if data[position + 46 : position + 46 + name_length] == b"word/document.xml":
            data[position + 8] |= 0x01
        position = data.find(b"PK\x01\x02", position + 4)
    return bytes(data)


def docx_with_entity_bomb() -> bytes:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"
    )
    return sample_docx(extra={"word/document.xml": bomb})


def plain_zip() -> bytes:
    return build_zip([("readme.txt", b"just an archive\n")])


def odt_with_macros() -> bytes:
    return sample_odf("odt", extra={"Basic/Standard/Module1.xml": b'<script>Shell("cmd")</script>'})


def odt_encrypted() -> bytes:
    data = sample_odf("odt")
    entries = []
    for name, content in _entries(data):
        if name == "META-INF/manifest.xml":
            content = content.replace(
                b'manifest:full-path="content.xml" manifest:media-type="text/xml"/>',
                b'manifest:full-path="content.xml" manifest:media-type="text/xml">'
                b'<manifest:encryption-data manifest:checksum-type="SHA1/1K" '
                b'manifest:checksum="AAAA"/></manifest:file-entry>',
            )
        if name == "content.xml":
            content = bytes(random.Random(8).randrange(256) for _ in range(600))
        entries.append((name, content))
    return build_zip(entries)


def pixel_flood_png(width: int = 20000, height: int = 20000) -> bytes:
    """A 1-bit greyscale PNG of width × height pixels, tiny on disk (built row by row)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    compressor = zlib.compressobj(9)
    row = bytes(1 + (width + 7) // 8)
    block = row * 256
    idat = bytearray()
    for _ in range(height // 256):
        idat += compressor.compress(block)
    idat += compressor.compress(row * (height % 256))
    idat += compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", bytes(idat))
        + chunk(b"IEND", b"")
    )  # fmt: skip


def truncated_jpeg() -> bytes:
    data = sample_jpeg((256, 256))
    return data[: len(data) * 2 // 3]


def png_with_zip() -> bytes:
    return sample_png() + build_zip([("payload.html", html_page())])


@dataclass(frozen=True)
class BadFile:
    """A file check_upload must refuse, with the code and a telling part of the message."""

    id: str
    name: str
    build: Callable[[], bytes]
    code: str
    message: str
    settings: dict = field(default_factory=dict)


BAD_FILES = [
    BadFile("exe", "setup.exe", windows_program, "extension", ".exe are not accepted"),
    BadFile("html", "page.html", html_page, "extension", ".html are not accepted"),
    BadFile("svg", "logo.svg", svg_image, "extension", ".svg are not accepted"),
    BadFile("js", "script.js", lambda: b"alert(1)\n", "extension", ".js are not accepted"),
    BadFile("html-as-pdf", "report.pdf", html_page, "type_mismatch", "web page (HTML)"),
    BadFile("svg-as-pdf", "report.pdf", svg_image, "type_mismatch", "SVG image"),
    BadFile("exe-as-pdf", "report.pdf", windows_program, "type_mismatch", "Windows program"),
    BadFile("pdf-javascript", "report.pdf", pdf_with_javascript, "pdf_javascript", "JavaScript"),
    BadFile(
        "pdf-javascript-object",
        "report.pdf",
        pdf_with_javascript_in_object_stream,
        "pdf_javascript",
        "JavaScript",
    ),
    BadFile(
        "pdf-javascript-as-docx",
        "report.docx",
        pdf_with_javascript,
        "type_mismatch",
        "its content is a PDF document",
    ),
    BadFile("pdf-launch", "report.pdf", pdf_with_launch, "pdf_launch", "launches programs"),
    BadFile(
        "pdf-embedded-file", "report.pdf", pdf_with_embedded_file, "pdf_embedded_file", "embedded"
    ),
    BadFile(
        "pdf-automatic-action",
        "report.pdf",
        pdf_with_automatic_action,
        "pdf_active_content",
        "automatic actions",
    ),
    BadFile("pdf-encrypted", "report.pdf", pdf_encrypted, "pdf_encrypted", "password"),
    BadFile("pdf-zip-polyglot", "report.pdf", pdf_zip_polyglot, "polyglot", "ZIP archive hidden"),
    BadFile("html-pdf-header", "report.pdf", html_with_pdf_header, "polyglot", "web page code"),
    BadFile("png-zip-polyglot", "chart.png", png_with_zip, "polyglot", "ZIP archive hidden"),
    BadFile("corrupt-pdf", "report.pdf", corrupt_pdf, "corrupt_pdf", "damaged or incomplete"),
    BadFile("truncated-pdf", "report.pdf", truncated_pdf, "corrupt_pdf", "damaged or incomplete"),
    BadFile("empty", "report.pdf", lambda: b"", "empty", "empty (0 bytes)"),
    BadFile(
        "oversize",
        "notes.txt",
        lambda: b"x" * 2048,
        "too_large",
        "at most 1 KB",
        settings={"LIBRARY_MAX_UPLOAD_BYTES": 1024},
    ),
    BadFile("docx-zip-bomb", "report.docx", docx_zip_bomb, "archive_ratio", "zip bomb"),
    BadFile(
        "docx-zip-bomb-300mb",
        "report.docx",
        lambda: docx_zip_bomb(300),
        "archive_too_big",
        "more than 200 MB",
    ),
    BadFile(
        "docx-too-big-unpacked",
        "report.docx",
        docx_big_entry,
        "archive_too_big",
        "more than 1 MB",
        settings={"LIBRARY_MAX_ARCHIVE_BYTES": 1024 * 1024},
    ),
    BadFile(
        "archive-5000-entries",
        "report.docx",
        archive_with_many_entries,
        "archive_entries",
        "too many parts (5",
    ),
    BadFile(
        "entry-dot-dot",
        "report.docx",
        lambda: docx_with_entry("../../evil.sh"),
        "archive_entry_name",
        "dangerous name (../../evil.sh)",
    ),
    BadFile(
        "entry-absolute",
        "report.docx",
        lambda: docx_with_entry("/etc/cron.d/evil"),
        "archive_entry_name",
        "dangerous name (/etc/cron.d/evil)",
    ),
    BadFile("docx-macros", "report.docx", docx_with_macros, "macros", "contains macros"),
    BadFile("odt-macros", "report.odt", odt_with_macros, "macros", "contains macros"),
    BadFile(
        "docx-encrypted-entry",
        "report.docx",
        docx_with_encrypted_entry,
        "archive_encrypted",
        "encrypted or password-protected",
    ),
    BadFile(
        "odt-encrypted",
        "report.odt",
        odt_encrypted,
        "archive_encrypted",
        "encrypted or password-protected",
    ),
    BadFile(
        "docx-entity-bomb",
        "report.docx",
        docx_with_entity_bomb,
        "corrupt_archive",
        "XML that is not allowed",
    ),
    BadFile("zip-as-docx", "report.docx", plain_zip, "type_mismatch", "content is a ZIP archive"),
    BadFile(
        "docx-as-xlsx", "table.xlsx", sample_docx, "type_mismatch", "content is a Word document"
    ),
    BadFile(
        "ods-as-odt",
        "report.odt",
        lambda: sample_odf("ods"),
        "type_mismatch",
        "content is an OpenDocument spreadsheet",
    ),
    BadFile(
        "pixel-flood-png",
        "chart.png",
        pixel_flood_png,
        "image_too_many_pixels",
        "20000 × 20000 pixels",
    ),
    BadFile("png-as-jpg", "photo.jpg", sample_png, "type_mismatch", "content is a PNG image"),
    BadFile(
        "truncated-jpeg", "photo.jpg", truncated_jpeg, "corrupt_image", "damaged or incomplete"
    ),
    BadFile(
        "name-dot-dot",
        "../../etc/report.pdf",
        sample_pdf,
        "file_name",
        "contains a folder path",
    ),
    BadFile(
        "name-control",
        "report\x1b[31m.pdf",
        sample_pdf,
        "file_name",
        "control or invisible formatting",
    ),
    BadFile(
        "name-bidi",
        "report\u202efdp.exe",
        sample_pdf,
        "file_name",
        "control or invisible formatting",
    ),
    BadFile("name-500", "a" * 496 + ".pdf", sample_pdf, "file_name", "it has 500 characters"),
    BadFile("name-no-extension", "report", sample_pdf, "file_name", "has no extension"),
    BadFile(
        "csv-nul", "table.csv", lambda: b"a,b\n1,\x00\x00\n", "text_binary", "contains NUL bytes"
    ),
    BadFile(
        "txt-utf16",
        "notes.txt",
        lambda: "hello".encode("utf-16"),
        "text_binary",
        "UTF-16",
    ),
    BadFile(
        "txt-html",
        "notes.txt",
        lambda: b"  \n" + html_page(),
        "text_markup",
        "really a web page (HTML)",
    ),
    BadFile("txt-svg", "notes.txt", svg_image, "text_markup", "really an SVG image"),
]


def eicar_docx() -> bytes:
    """A valid DOCX with the EICAR test file as one of its parts (passes the checks)."""
    return sample_docx(extra={"word/media/eicar.txt": eicar()})
