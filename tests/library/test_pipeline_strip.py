"""strip_metadata: after stripping, no identifying field remains (asserted field by field) and the
file still opens with its content intact."""

import io
import re
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from defusedxml.ElementTree import fromstring
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from pypdf import PdfReader

from library.pipeline import Rejected, check_upload, corpus, extract, strip_metadata

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
W15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"
CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
DC = "{http://purl.org/dc/elements/1.1/}"
DCTERMS = "{http://purl.org/dc/terms/}"
APP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
CONFIG = "{urn:oasis:names:tc:opendocument:xmlns:config:1.0}"
IDENTIFYING = (b"Ana Secret", b"Secret NGO", b"ana.secret", b"Boss Secret", b"SecretCam")


def stripped(tmp_path, kind: str, data: bytes | None = None):
    name, build = corpus.SAMPLES[kind]
    original = data if data is not None else build()
    path = tmp_path / name
    path.write_bytes(original)
    before = extract(str(path), kind)
    strip_metadata(str(path), kind)
    return str(path), before


def unpacked(path: str) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        return {info.filename: archive.read(info) for info in archive.infolist()}


def assert_nothing_identifying(parts: dict[str, bytes]):
    for name, data in parts.items():
        for secret in IDENTIFYING:
            assert secret not in data, f"{secret!r} left in {name}"


def still_valid(path: str, kind: str, before) -> None:
    name = path.rsplit("/", 1)[-1]
    with open(path, "rb") as handle:
        check_upload(SimpleUploadedFile(name, handle.read()))
    after = extract(path, kind)
    assert after.text == before.text
    assert after.page_count == before.page_count


def test_the_samples_do_carry_identifying_metadata():
    assert b"Ana Secret" in corpus.sample_pdf()
    assert b"Ana Secret" in corpus.sample_jpeg()
    for build in (corpus.sample_docx, corpus.sample_xlsx, corpus.sample_pptx, corpus.sample_odf):
        archive = zipfile.ZipFile(io.BytesIO(build()))
        assert any(b"Ana Secret" in archive.read(name) for name in archive.namelist())


def test_pdf(tmp_path):
    path, before = stripped(tmp_path, "pdf")
    data = Path(path).read_bytes()
    reader = PdfReader(path)
    info = reader.metadata or {}
    for field in ("/Author", "/Creator", "/Producer", "/Title", "/Subject", "/Keywords"):
        assert field not in info
    assert "/CreationDate" not in info and "/ModDate" not in info
    assert "/Info" not in reader.trailer
    assert "/ID" not in reader.trailer
    assert "/Metadata" not in reader.trailer["/Root"]
    assert reader.xmp_metadata is None
    assert b"xmpmeta" not in data and b"/Metadata" not in data
    annotation = reader.pages[0]["/Annots"][0].get_object()
    assert "/T" not in annotation and "/M" not in annotation  # the comment's author and date
    assert annotation["/Contents"] == "Check this figure"
    for secret in (b"Ana Secret", b"Secret NGO", b"Secret Producer", b"Reprisals"):
        assert secret not in data
    pdf = pdfium.PdfDocument(path)
    assert len(pdf) == 3
    assert "token-page-2" in pdf[1].get_textpage().get_text_range()
    pdf.close()
    still_valid(path, "pdf", before)


def test_docx(tmp_path):
    path, before = stripped(tmp_path, "docx")
    parts = unpacked(path)
    core = fromstring(parts["docProps/core.xml"])
    for field in (
        f"{DC}creator",
        f"{CP}lastModifiedBy",
        f"{CP}revision",
        f"{DCTERMS}created",
        f"{DCTERMS}modified",
        f"{CP}lastPrinted",
    ):
        assert not (core.findtext(field) or "").strip(), field
    app = fromstring(parts["docProps/app.xml"])
    for field in ("Company", "Manager", "Template"):
        assert not (app.findtext(f"{APP}{field}") or "").strip(), field
    assert "docProps/custom.xml" not in parts
    assert "word/people.xml" not in parts
    assert b"custom.xml" not in parts["_rels/.rels"]
    assert b"custom.xml" not in parts["[Content_Types].xml"]
    assert b"people.xml" not in parts["word/_rels/document.xml.rels"]
    assert b"people.xml" not in parts["[Content_Types].xml"]

    comments = fromstring(parts["word/comments.xml"])
    comment = comments.find(f"{W}comment")
    assert comment.get(f"{W}author") == ""
    assert comment.get(f"{W}initials") == ""
    assert comment.get(f"{W}date") is None
    assert comment.findtext(f".//{W}t") == "Check this figure with the ministry."

    for part in ("word/document.xml", "word/settings.xml", "word/comments.xml"):
        root = fromstring(parts[part])
        for element in root.iter():
            assert not [name for name in element.attrib if name.startswith(f"{W}rsid")], part
    document = fromstring(parts["word/document.xml"])
    insertion = document.find(f".//{W}ins")
    assert insertion.get(f"{W}author") == "" and insertion.get(f"{W}date") is None
    settings = fromstring(parts["word/settings.xml"])
    assert settings.find(f"{W}rsids") is None
    assert settings.find(f"{W14}docId") is None and settings.find(f"{W15}docId") is None
    template = re.search(rb'Target="([^"]*)"', parts["word/_rels/settings.xml.rels"]).group(1)
    assert template == b"Normal.dotm"  # no longer C:\Users\ana.secret\...

    photo = Image.open(io.BytesIO(parts["word/media/image1.jpeg"]))
    assert not photo.getexif() and "xmp" not in photo.info and "comment" not in photo.info
    with zipfile.ZipFile(path) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    assert_nothing_identifying(parts)
    still_valid(path, "docx", before)


def test_xlsx(tmp_path):
    path, before = stripped(tmp_path, "xlsx")
    parts = unpacked(path)
    core = fromstring(parts["docProps/core.xml"])
    assert not (core.findtext(f"{DC}creator") or "").strip()
    assert not (core.findtext(f"{CP}lastModifiedBy") or "").strip()
    app = fromstring(parts["docProps/app.xml"])
    assert not (app.findtext(f"{APP}Company") or "").strip()
    comments = fromstring(parts["xl/comments1.xml"])
    assert [author.text or "" for author in comments.iter(f"{S}author")] == [""]
    assert "check the source" in "".join(comments.find(f".//{S}comment").itertext())
    person = fromstring(parts["xl/persons/person.xml"])[0]
    assert person.get("displayName") == "" and person.get("userId") == ""
    workbook = fromstring(parts["xl/workbook.xml"])
    assert not [element for element in workbook.iter() if element.tag.endswith("absPath")]
    assert workbook.find(f"{S}fileSharing").get("userName") == ""
    assert_nothing_identifying(parts)
    still_valid(path, "xlsx", before)


def test_pptx(tmp_path):
    path, before = stripped(tmp_path, "pptx")
    parts = unpacked(path)
    author = fromstring(parts["ppt/commentAuthors.xml"]).find(f"{P}cmAuthor")
    assert author.get("name") == "" and author.get("initials") == ""
    assert_nothing_identifying(parts)
    still_valid(path, "pptx", before)


@pytest.mark.parametrize("kind", ["odt", "ods", "odp"])
def test_odf(tmp_path, kind):
    path, before = stripped(tmp_path, kind, corpus.sample_odf(kind))
    parts = unpacked(path)
    with zipfile.ZipFile(path) as archive:
        first = archive.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
    meta = fromstring(parts["meta.xml"]).find(f"{OFFICE}meta")
    for field in (
        f"{META}initial-creator",
        f"{DC}creator",
        f"{META}creation-date",
        f"{DC}date",
        f"{META}editing-cycles",
        f"{META}editing-duration",
        f"{META}generator",
        f"{META}user-defined",
    ):
        assert meta.find(field) is None, field
    content = fromstring(parts["content.xml"])
    for creator in content.iter(f"{DC}creator"):
        assert not (creator.text or "").strip()
    assert [date.text for date in content.iter(f"{DC}date")] in ([], ["1970-01-01T00:00:00"])
    settings = fromstring(parts["settings.xml"])
    names = [item.get(f"{CONFIG}name") for item in settings.iter(f"{CONFIG}config-item")]
    assert "PrinterName" not in names
    assert_nothing_identifying(parts)
    still_valid(path, kind, before)


def test_jpeg(tmp_path):
    original = Image.open(io.BytesIO(corpus.sample_jpeg()))
    assert original.getexif()[0x013B] == "Ana Secret"
    assert original.getexif().get_ifd(0x8825)
    path, _before = stripped(tmp_path, "jpg")
    data = Path(path).read_bytes()
    with Image.open(path) as image:
        image.load()
        exif = image.getexif()
        assert 0x013B not in exif  # Artist
        assert 0x8298 not in exif  # Copyright
        assert 0x010F not in exif and 0x0110 not in exif  # camera
        assert 0x0112 not in exif  # orientation: applied to the pixels instead
        assert not exif.get_ifd(0x8825)  # GPS
        assert "xmp" not in image.info and "comment" not in image.info
        assert image.size == (32, 64)  # 64 × 32 with "rotate 90°": now upright
    for secret in (b"Ana Secret", b"Secret NGO", b"SecretCam", b"Exif", b"xmpmeta"):
        assert secret not in data


def test_png(tmp_path):
    path, _before = stripped(tmp_path, "png")
    data = Path(path).read_bytes()
    with Image.open(path) as image:
        image.load()
        assert image.size == (64, 32)
        assert "Author" not in image.info and "Comment" not in image.info
    assert b"tEXt" not in data and b"Ana Secret" not in data


@pytest.mark.parametrize("kind", ["txt", "csv"])
def test_text_is_left_alone(tmp_path, kind):
    name, build = corpus.SAMPLES[kind]
    path = tmp_path / name
    path.write_bytes(build())
    strip_metadata(str(path), kind)
    assert path.read_bytes() == build()


def test_a_file_that_cannot_be_cleaned_is_refused(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7\nnot really a pdf")
    with pytest.raises(Rejected) as caught:
        strip_metadata(str(path), "pdf")
    assert caught.value.code == "metadata"
    assert path.read_bytes() == b"%PDF-1.7\nnot really a pdf"  # left as it was, not half-written
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind
