"""Deleting a document removes its file once the deletion is committed, without an error."""

import pytest

from tests.library.factories import make_document

pytestmark = pytest.mark.django_db


def test_deleting_a_document_deletes_its_file_after_commit(django_capture_on_commit_callbacks):
    document = make_document("To be deleted")
    storage, name = document.file.storage, document.file.name
    assert storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        document.delete()
    assert callbacks, "Wagtail's file clean-up runs after the commit"
    assert not storage.exists(name)
