"""Faults: the malware scanner down (uploads refused, forms kept) beyond the contribution form
(tests/library/test_contributions.py covers that one), and the disk filling up while an upload
is stored (a clear error, no record and no partial file left)."""

import errno
import os
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.core.files.storage import filesystem
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from forum.models import Post, Topic
from library.models import LibraryDocument
from library.pipeline import corpus
from tests.roles import as_role

pytestmark = pytest.mark.django_db

REAL_FDOPEN = os.fdopen


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def clamd_down(settings):
    settings.CLAMAV_URL = "tcp://127.0.0.1:9"  # nothing listens there
    settings.CLAMAV_TIMEOUT = 2


def private_files() -> set[Path]:
    root = Path(settings.PRIVATE_MEDIA_ROOT)
    return {path for path in root.rglob("*") if path.is_file()} if root.is_dir() else set()


def test_scanner_down_refuses_a_forum_attachment_and_keeps_the_reply(client, clamd_down):
    topic = Topic.objects.filter(author__username="mechanism").order_by("pk").first()
    posts = Post.objects.count()
    as_role(client, "observer")
    response = client.post(
        f"/en/forum/t/{topic.pk}/reply/",
        {
            "body": "Our matrix of recommendations, attached (scanner down).",
            "language": "en",
            "attachment": SimpleUploadedFile("matrix.pdf", corpus.sample_pdf(1)),
        },
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "could not be checked for malware" in page
    assert "Our matrix of recommendations, attached (scanner down)." in page
    assert Post.objects.count() == posts
    assert not LibraryDocument.objects.filter(original_filename="matrix.pdf").exists()


def test_scanner_down_refuses_an_upload_in_the_wagtail_admin(client, clamd_down):
    before = LibraryDocument.objects.count()
    as_role(client, "editor")
    response = client.post(
        "/admin/documents/add/",
        {
            "title": "Annual report (scanner down)",
            "file": SimpleUploadedFile("annual.pdf", corpus.sample_pdf(1)),
            "collection": 1,
            "language": "en",
            "licence": "unknown",
            "audience": "public",
        },
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "could not be checked for malware" in page
    assert "Annual report (scanner down)" in page
    assert LibraryDocument.objects.count() == before


class DiskFull:
    """os.fdopen for the storage: the first 1,000 bytes are written, then ENOSPC."""

    def __init__(self):
        self.opened = []

    def __call__(self, fd, mode="r", *args, **kwargs):
        handle = REAL_FDOPEN(fd, mode, *args, **kwargs)
        self.opened.append(handle)
        written = 0

        class Writer:
            def write(self, data):
                nonlocal written
                if written + len(data) > 1000:
                    handle.write(data[: 1000 - written])
                    handle.flush()
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
                written += len(data)
                return handle.write(data)

            def close(self):
                handle.close()

        return Writer()


def test_disk_full_while_storing_a_contribution(client):
    as_role(client, "cso")
    files_before = private_files()
    documents = LibraryDocument.objects.count()
    disk = DiskFull()
    with mock.patch.object(filesystem.os, "fdopen", disk):
        response = client.post(
            "/en/library/contribute/",
            {
                "file": SimpleUploadedFile("big-report.pdf", corpus.sample_pdf(20, lines=30)),
                "title": "Report stored on a full disk",
                "language": "en",
                "licence": "cc-by-4.0",
                "audience": "members",
            },
        )
    assert disk.opened, "the upload reached the storage"
    page = response.content.decode()
    assert response.status_code == 503
    assert "could not be stored" in page and "Nothing was saved" in page
    assert 'value="Report stored on a full disk"' in page
    assert LibraryDocument.objects.count() == documents
    assert private_files() == files_before  # the partial file is gone

    retry = client.post(
        "/en/library/contribute/",
        {
            "file": SimpleUploadedFile("big-report.pdf", corpus.sample_pdf(2)),
            "title": "Report stored on a full disk",
            "language": "en",
            "licence": "cc-by-4.0",
            "audience": "members",
        },
    )
    assert retry.status_code == 302  # room again: the same upload goes through
    assert LibraryDocument.objects.filter(title="Report stored on a full disk").count() == 1
