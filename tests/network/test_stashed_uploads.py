"""Uploads kept across a failed form are deleted once nobody can come back for them."""

import os
import time
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import RequestFactory

from network import uploads
from network.storage import private_storage


def stashed(name: str, age_hours: float) -> str:
    request = RequestFactory().post("/")
    request.session = {}
    token = uploads.stash(request, SimpleUploadedFile(name, b"%PDF-1.4 letter"))
    path = request.session[uploads.SESSION_KEY][token]["path"]
    then = time.time() - age_hours * 3600
    os.utime(private_storage().path(path), (then, then))
    return path


@pytest.mark.django_db
def test_only_abandoned_stashed_uploads_are_deleted():
    old = stashed("old-letter.pdf", age_hours=30)
    recent = stashed("recent-letter.pdf", age_hours=1)
    out = StringIO()
    call_command("discard_stashed_uploads", "--hours", "24", stdout=out)
    assert not private_storage().exists(old)
    assert private_storage().exists(recent)
    assert "Deleted 1 abandoned upload(s)." in out.getvalue()
