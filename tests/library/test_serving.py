"""Serving: every download asks the access policy; embargo; safe headers; no media URL."""

import datetime

import pytest
from django.utils import timezone

from library.models import LibraryDocument
from network.models import User
from tests.roles import ROLES, as_role

pytestmark = pytest.mark.django_db


# Which roles may download which demo document (by its demo symbol key).
EXPECTED = {
    "declaration": set(ROLES),
    "pt-plan": {"mechanism", "observer", "nhri", "moderator", "editor", "committee", "admin"},
    "nhri-study": {"mechanism", "observer", "nhri", "committee", "moderator", "editor", "admin"},
    "committee-minutes": {"committee", "admin"},
    "embargoed": {"mechanism", "moderator", "editor", "admin"},
    "contribution-submitted": {"cso", "moderator", "editor", "admin"},
    "contribution-declined": {"nhri", "moderator", "editor", "admin"},
}


def demo(key: str) -> LibraryDocument:
    return LibraryDocument.objects.get(symbol=f"DEMO/{key}")


@pytest.mark.parametrize("key", EXPECTED)
@pytest.mark.parametrize("role", ROLES)
def test_download_and_page_follow_the_audience(client, role, key):
    document = demo(key)
    as_role(client, role)
    download = client.get(document.url)
    page = client.get(f"/en/library/{document.pk}/")
    if role in EXPECTED[key]:
        assert download.status_code == 200
        assert page.status_code == 200
    else:
        assert download.status_code == 404
        assert page.status_code == 404


def test_all_demo_documents_were_processed():
    assert set(LibraryDocument.objects.values_list("status", flat=True)) == {"ready"}


def test_pdf_is_served_inline_in_a_sandbox(client):
    response = client.get(demo("declaration").url)
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"] == 'inline; filename="declaration-of-asuncion.pdf"'
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_other_files_are_attachments_with_a_safe_name(client):
    document = demo("arabic-note")
    response = client.get(document.url, HTTP_ACCEPT_LANGUAGE="ar")
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert "filename*=utf-8''" in disposition  # RFC 6266 form for a non-ASCII name
    assert "/" not in disposition.split("utf-8''", 1)[1]


def test_embargo_lifts_at_its_date(client):
    document = demo("embargoed")
    assert client.get(document.url).status_code == 404
    LibraryDocument.objects.filter(pk=document.pk).update(
        embargo_until=timezone.now() - datetime.timedelta(minutes=1)
    )
    assert client.get(document.url).status_code == 200


def test_stored_files_have_server_names_and_no_media_url(client):
    document = demo("declaration")
    assert document.file.name.startswith("documents/") and "declaration" not in document.file.name
    assert document.original_filename == "declaration.pdf"
    assert client.get(f"/media/{document.file.name}").status_code == 404


def test_a_document_id_that_does_not_exist_is_404(client):
    assert client.get("/documents/999999/x.pdf").status_code == 404


def test_the_admin_accepts_the_same_extensions_as_the_pipeline(settings):
    from library.pipeline.kinds import EXTENSIONS

    assert sorted(settings.WAGTAILDOCS_EXTENSIONS) == sorted(EXTENSIONS)


def test_editors_upload_through_the_admin_with_the_same_checks(
    client, django_capture_on_commit_callbacks
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from network.demo import simple_pdf

    client.force_login(User.objects.get(username="editor"))
    assert client.get("/admin/documents/").status_code == 200
    bad = client.post(
        "/admin/documents/add/",
        {
            "title": "Bad",
            "file": SimpleUploadedFile("x.pdf", b"<html>no</html>"),
            "collection": 1,
            "language": "es",
            "licence": "unknown",
            "audience": "public",
        },
    )
    assert bad.status_code == 200
    assert not LibraryDocument.objects.filter(title="Bad").exists()
    with django_capture_on_commit_callbacks(execute=True):
        good = client.post(
            "/admin/documents/add/",
            {
                "title": "Good",
                "file": SimpleUploadedFile("good.pdf", simple_pdf(["Good text"])),
                "collection": 1,
                "language": "en",
                "licence": "unknown",
                "audience": "public",
                "countries": ["PY"],
            },
        )
    assert good.status_code == 302, good.context["form"].errors
    document = LibraryDocument.objects.get(title="Good")
    assert (document.status, document.countries, document.page_count) == ("ready", ["PY"], 1)
    assert "Good text" in document.extracted_text
