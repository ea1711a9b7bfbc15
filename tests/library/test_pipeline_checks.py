"""check_upload: the bad-file corpus is refused, each file with its own clear message; every
valid sample passes with the right kind and SHA-256; uploads are read in chunks, never whole."""

import functools
import hashlib
import io

import pytest
from django.core.files.base import File
from django.core.files.uploadedfile import SimpleUploadedFile, TemporaryUploadedFile
from django.utils import translation

from library.pipeline import Checked, Rejected, ScanUnavailable, check_upload, corpus


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def on_disk(name: str, data: bytes) -> TemporaryUploadedFile:
    upload = TemporaryUploadedFile(name, "application/octet-stream", len(data), None)
    upload.write(data)
    upload.seek(0)
    return upload


@functools.cache
def built(bad_id: str) -> bytes:
    return next(bad for bad in corpus.BAD_FILES if bad.id == bad_id).build()


def rejection(data: bytes, name: str) -> Rejected:
    with pytest.raises(Rejected) as caught:
        check_upload(SimpleUploadedFile("upload", data), name=name)
    return caught.value


def test_the_corpus_has_at_least_25_bad_files_with_their_own_messages():
    assert len(corpus.BAD_FILES) >= 25
    assert len({bad.id for bad in corpus.BAD_FILES}) == len(corpus.BAD_FILES)
    messages = set()
    for bad in corpus.BAD_FILES:
        if not bad.settings:
            messages.add(str(rejection(built(bad.id), bad.name).message))
    assert len(messages) >= 25


@pytest.mark.parametrize("bad", corpus.BAD_FILES, ids=lambda bad: bad.id)
def test_bad_file_is_rejected_with_its_reason(bad, settings):
    for name, value in bad.settings.items():
        setattr(settings, name, value)
    error = rejection(built(bad.id), bad.name)
    assert error.code == bad.code, error
    assert bad.message in str(error.message)
    assert not isinstance(error, ScanUnavailable)


@pytest.mark.parametrize("kind", list(corpus.SAMPLES))
@pytest.mark.parametrize("where", ["memory", "disk"])
def test_valid_sample_passes(kind, where):
    name, build = corpus.SAMPLES[kind]
    data = build()
    upload = SimpleUploadedFile(name, data) if where == "memory" else on_disk(name, data)
    checked = check_upload(upload)
    assert checked == Checked(
        kind=kind,
        content_type=checked.content_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
    )
    assert checked.content_type.startswith(("application/", "text/", "image/"))
    assert upload.tell() == 0  # ready to be saved


def test_content_types_and_extension_case():
    assert check_upload(SimpleUploadedFile("PHOTO.JPEG", corpus.sample_jpeg())).kind == "jpg"
    assert check_upload(SimpleUploadedFile("a.pdf", corpus.sample_pdf())).content_type == (
        "application/pdf"
    )
    docx = check_upload(SimpleUploadedFile("a.docx", corpus.sample_docx()))
    assert docx.content_type.endswith("wordprocessingml.document")


def test_eicar_passes_the_checks_only_the_scanner_catches_it():
    assert check_upload(SimpleUploadedFile("eicar.txt", corpus.eicar())).kind == "txt"
    assert check_upload(SimpleUploadedFile("eicar.docx", corpus.eicar_docx())).kind == "docx"


def test_the_name_checked_defaults_to_the_uploads_name():
    error = rejection(corpus.sample_pdf(), "report")
    assert error.code == "file_name"
    with pytest.raises(Rejected, match="file_name"):
        check_upload(SimpleUploadedFile("report", corpus.sample_pdf()))


def test_cp1252_text_is_accepted():
    data = "Informe sobre Asunción y Perú\n".encode("cp1252")
    assert check_upload(SimpleUploadedFile("informe.txt", data)).kind == "txt"


def test_pixel_limit_comes_from_the_settings(settings):
    settings.LIBRARY_MAX_IMAGE_PIXELS = 1000
    error = rejection(corpus.sample_png(), "chart.png")
    assert error.code == "image_too_many_pixels"
    assert "64 × 32 pixels" in str(error.message)


def test_entry_limit_comes_from_the_settings(settings):
    settings.LIBRARY_MAX_ARCHIVE_ENTRIES = 5
    error = rejection(corpus.sample_docx(), "report.docx")
    assert error.code == "archive_entries"


def test_messages_are_translated():
    with translation.override("es"):
        error = rejection(b"", "report.pdf")
        spanish = str(error.message)
    assert error.code == "empty"
    assert spanish  # the lazy message follows the active language (catalogues may lag behind)


class Guarded(io.FileIO):
    """A file that records the largest single read, to prove uploads are never read whole."""

    largest = 0

    def read(self, size=-1):
        data = super().read(size)
        Guarded.largest = max(Guarded.largest, len(data))
        return data

    def readinto(self, buffer):
        count = super().readinto(buffer)
        Guarded.largest = max(Guarded.largest, count or 0)
        return count


@pytest.mark.parametrize(
    "name, build",
    [
        ("big.pdf", lambda: corpus.sample_pdf(600, lines=45)),
        ("big.docx", lambda: corpus.docx_big_entry(4)),
        ("big.txt", lambda: b"Line of text for the library.\n" * 120_000),
    ],
)
def test_uploads_are_read_in_chunks(name, build, tmp_path):
    data = build()
    assert len(data) > 1.5 * 1024 * 1024  # more than one chunk
    path = tmp_path / name
    path.write_bytes(data)
    Guarded.largest = 0
    with Guarded(path) as handle:
        checked = check_upload(File(handle, name=name))
    assert checked.sha256 == hashlib.sha256(data).hexdigest()
    assert 0 < Guarded.largest <= 1024 * 1024
