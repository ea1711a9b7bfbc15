"""extract: text, page count and thumbnail of every kind."""

import io

import pytest
from PIL import Image

from library.pipeline import Extracted, Rejected, corpus, extract


def saved(tmp_path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def thumbnail_size(png: bytes) -> tuple[int, int]:
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    with Image.open(io.BytesIO(png)) as image:
        image.load()
        return image.size


def test_pdf(tmp_path):
    result = extract(saved(tmp_path, "report.pdf", corpus.sample_pdf(3)), "pdf")
    assert isinstance(result, Extracted)
    assert result.page_count == 3
    for number in (1, 2, 3):
        assert f"token-page-{number}" in result.text
    assert result.text.index("token-page-1") < result.text.index("token-page-2")
    assert "ministries (2024)" in result.text
    width, height = thumbnail_size(result.thumbnail_png)
    assert 290 <= width <= 300
    assert height == pytest.approx(width * 842 / 595, abs=2)  # A4 proportions


def test_pdf_text_is_capped(tmp_path):
    path = saved(tmp_path, "long.pdf", corpus.sample_pdf(20, lines=20))
    result = extract(path, "pdf", max_chars=500)
    assert len(result.text) <= 500
    assert result.page_count == 20
    assert "token-page-1" in result.text


def test_docx(tmp_path):
    result = extract(saved(tmp_path, "report.docx", corpus.sample_docx()), "docx")
    lines = result.text.splitlines()
    assert lines[:2] == corpus.DOCX_PARAGRAPHS
    assert "Inserted by a tracked change." in result.text
    assert "Check this figure" not in result.text  # comments are not the document's text
    assert "\t" not in result.text  # tab stop definitions are no tabs
    assert result.page_count is None and result.thumbnail_png is None


def test_xlsx(tmp_path):
    result = extract(saved(tmp_path, "table.xlsx", corpus.sample_xlsx()), "xlsx")
    assert "Recommendations" in result.text  # the sheet's name
    assert "Recommendation on torture prevention" in result.text
    assert "Follow-up by the mechanism" in result.text  # a string in several runs
    assert "Inline cell text" in result.text
    assert result.page_count is None and result.thumbnail_png is None


def test_pptx_slides_in_presentation_order(tmp_path):
    result = extract(saved(tmp_path, "slides.pptx", corpus.sample_pptx()), "pptx")
    assert result.page_count == 2
    assert result.text.index(corpus.SLIDES[0]) < result.text.index(corpus.SLIDES[1])
    assert result.thumbnail_png is None


def test_odt(tmp_path):
    result = extract(saved(tmp_path, "report.odt", corpus.sample_odf("odt")), "odt")
    assert result.text.splitlines() == corpus.ODT_TEXT  # text:s kept as spaces
    assert "private comment" not in result.text
    assert result.page_count is None


def test_ods_and_odp(tmp_path):
    ods = extract(saved(tmp_path, "table.ods", corpus.sample_odf("ods")), "ods")
    assert "Recommendation on torture prevention" in ods.text and ods.page_count is None
    odp = extract(saved(tmp_path, "slides.odp", corpus.sample_odf("odp")), "odp")
    assert odp.text.splitlines() == corpus.SLIDES and odp.page_count == 2


def test_jpeg_thumbnail_is_upright_and_small(tmp_path):
    big = corpus.sample_jpeg((1200, 600))  # EXIF orientation 6: displayed 600 × 1200
    result = extract(saved(tmp_path, "photo.jpg", big), "jpg")
    assert result.text == "" and result.page_count is None
    assert thumbnail_size(result.thumbnail_png) == (150, 300)
    small = extract(saved(tmp_path, "small.jpg", corpus.sample_jpeg()), "jpg")
    assert thumbnail_size(small.thumbnail_png) == (32, 64)  # never enlarged


def test_png_thumbnail(tmp_path):
    result = extract(saved(tmp_path, "chart.png", corpus.sample_png((900, 300))), "png")
    assert thumbnail_size(result.thumbnail_png) == (300, 100)


def test_text_files(tmp_path):
    txt = extract(saved(tmp_path, "notes.txt", corpus.sample_txt()), "txt")
    assert txt.text == corpus.sample_txt().decode()
    assert txt.page_count is None and txt.thumbnail_png is None
    csv = extract(saved(tmp_path, "table.csv", corpus.sample_csv()), "csv")
    assert "PY,Torture prevention" in csv.text
    legacy = extract(saved(tmp_path, "old.txt", "Asunción\r\n".encode("cp1252")), "txt")
    assert legacy.text == "Asunción\n"
    bom = extract(saved(tmp_path, "bom.csv", b"\xef\xbb\xbfa,b\n"), "csv")
    assert bom.text == "a,b\n"
    capped = extract(saved(tmp_path, "long.txt", b"x" * 5000), "txt", max_chars=100)
    assert len(capped.text) == 100


@pytest.mark.parametrize(
    "name, kind, data",
    [
        ("broken.pdf", "pdf", b"%PDF-1.7\ngarbage"),
        ("broken.docx", "docx", b"PK\x03\x04 not a zip"),
        ("broken.png", "png", b"\x89PNG\r\n\x1a\ngarbage"),
    ],
)
def test_unreadable_file(tmp_path, name, kind, data):
    with pytest.raises(Rejected) as caught:
        extract(saved(tmp_path, name, data), kind)
    assert caught.value.code in {"unreadable", "corrupt_image"}


def test_long_pdf_extracted_in_parallel_gives_the_same_text(tmp_path, settings):
    path = saved(tmp_path, "long.pdf", corpus.sample_pdf(60, lines=5))
    settings.LIBRARY_EXTRACT_PROCESSES = 1
    alone = extract(path, "pdf")
    settings.LIBRARY_EXTRACT_PROCESSES = 3
    shared = extract(path, "pdf")
    assert shared == alone
    assert alone.page_count == 60
    positions = [alone.text.index(f"token-page-{number}.") for number in range(1, 61)]
    assert positions == sorted(positions)
