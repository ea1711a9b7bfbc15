"""Contributions: upload, states, notifications, pseudonymity; the editors' review."""

import io
import os

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from library.models import LibraryDocument
from network.demo import simple_pdf
from network.models import Notification, User

pytestmark = pytest.mark.django_db


def upload(name="report.pdf", content=None):
    return SimpleUploadedFile(name, content or simple_pdf(["Shadow report", "page text"]))


def contribute(client, **overrides):
    data = {
        "file": upload(),
        "title": "Shadow report on follow-up",
        "abstract": "Findings.",
        "language": "es",
        "licence": "cc-by-4.0",
        "audience": "members",
    }
    data.update(overrides)
    return client.post("/en/library/contribute/", {k: v for k, v in data.items() if v is not None})


@pytest.fixture
def cso(client):
    user = User.objects.get(username="cso")
    client.force_login(user)
    return user


def test_contribution_goes_through_the_pipeline_and_review(
    client, cso, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = contribute(client)
    assert response.status_code == 302
    document = LibraryDocument.objects.get(title="Shadow report on follow-up")
    assert (document.status, document.review_status) == ("ready", "submitted")
    assert document.page_count == 1 and "Shadow report" in document.extracted_text
    assert Notification.objects.filter(recipient__username="editor", kind="library").exists()
    status = client.get(response["Location"]).content.decode()
    assert "Submitted" in status
    mine = client.get("/en/library/contributions/").content.decode()
    assert "Shadow report on follow-up" in mine

    client.force_login(User.objects.get(username="editor"))
    queue = client.get("/en/library/review/").content.decode()
    assert "Shadow report on follow-up" in queue
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/en/library/review/{document.pk}/",
            {"decision": "request_changes", "comment": "Add the year."},
        )
    document.refresh_from_db()
    assert document.review_status == "changes_requested"
    assert Notification.objects.filter(recipient=cso, kind="library").count() == 1
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/library/review/{document.pk}/", {"decision": "publish"})
    document.refresh_from_db()
    assert document.review_status == "published" and document.published_at
    client.force_login(User.objects.get(username="mechanism"))
    assert "Shadow report on follow-up" in client.get("/en/library/").content.decode()


def test_asking_for_changes_needs_a_comment(client):
    document = LibraryDocument.objects.get(symbol="DEMO/contribution-submitted")
    client.force_login(User.objects.get(username="editor"))
    page = client.post(f"/en/library/review/{document.pk}/", {"decision": "decline"})
    assert "Tell the contributor what to change, or why." in page.content.decode()
    document.refresh_from_db()
    assert document.review_status == "submitted"


def test_only_editors_review(client):
    document = LibraryDocument.objects.get(symbol="DEMO/contribution-submitted")
    for role in ("mechanism", "cso", "moderator", "committee"):
        client.force_login(User.objects.get(username=role))
        assert client.get("/en/library/review/").status_code == 404
        assert client.get(f"/en/library/review/{document.pk}/").status_code == 404


def test_a_rejected_file_keeps_the_form(client, cso):
    response = contribute(client, file=upload("report.pdf", b"<html><script>x</script>"))
    page = response.content.decode()
    assert response.status_code == 200
    assert 'value="Shadow report on follow-up"' in page
    assert "Findings." in page
    assert not LibraryDocument.objects.filter(title="Shadow report on follow-up").exists()


def test_contributor_edits_after_changes_were_requested(
    client, cso, django_capture_on_commit_callbacks
):
    document = LibraryDocument.objects.get(symbol="DEMO/contribution-changes_requested")
    page = client.get(f"/en/library/contributions/{document.pk}/edit/").content.decode()
    assert "Please add the publication date" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/en/library/contributions/{document.pk}/edit/",
            {
                "title": "Revised contribution",
                "language": "es",
                "licence": "unknown",
                "audience": "members",
                "publication_date": "2024-10-01",
                "countries": ["PY"],
            },
        )
    assert response.status_code == 302
    document.refresh_from_db()
    assert (document.title, document.review_status) == ("Revised contribution", "submitted")
    published = LibraryDocument.objects.get(symbol="DEMO/contribution-published")
    assert client.get(f"/en/library/contributions/{published.pk}/edit/").status_code == 404


def test_pending_accounts_and_visitors_cannot_contribute(client):
    assert client.get("/en/library/contribute/").status_code == 302
    client.force_login(User.objects.get(username="pending"))
    assert client.get("/en/library/contribute/").status_code == 403


def test_pseudonymous_contribution_leaves_no_trace_of_the_organisation(client):
    document = LibraryDocument.objects.get(symbol="DEMO/contribution-published")
    real = User.objects.get(username="cso").organisation.name
    urls = [
        f"/en/library/{document.pk}/",
        "/en/library/",
        "/en/library/feed/",
        f"/en/library/{document.pk}/cite.bib",
        f"/en/library/{document.pk}/cite.ris",
        f"/en/library/{document.pk}/dublin-core.xml",
    ]
    for role in ("visitor", "mechanism", "nhri", "committee"):
        if role != "visitor":
            client.force_login(User.objects.get(username=role))
        for url in urls:
            body = client.get(url).content.decode()
            assert real not in body, (role, url)
            assert "Coalición" not in body and "CSDH" not in body, (role, url)
    page = client.get(f"/en/library/{document.pk}/").content.decode()
    assert "a civil society organisation from Paraguay" in page
    client.force_login(User.objects.get(username="editor"))
    assert real in client.get(f"/en/library/{document.pk}/").content.decode()


def test_pseudonymous_upload_has_its_metadata_stripped(
    client, cso, django_capture_on_commit_callbacks
):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.add_metadata({"/Author": "Ana Secret", "/Creator": "Secret NGO laptop"})
    buffer = io.BytesIO()
    writer.write(buffer)
    with django_capture_on_commit_callbacks(execute=True):
        contribute(
            client,
            file=upload("secret.pdf", buffer.getvalue()),
            pseudonymous="on",
            audience="public",
        )
    document = LibraryDocument.objects.get(title="Shadow report on follow-up")
    assert document.status == "ready"
    with document.file.open("rb") as handle:
        metadata = PdfReader(handle).metadata or {}
    assert "/Author" not in metadata and "/Creator" not in metadata
    assert "Ana Secret" not in str(metadata)


def test_contribution_emails_only_people_who_may_see_it(
    client, cso, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        contribute(client, audience="confidential")
    recipients = {address for message in mail.outbox for address in message.to}
    assert recipients <= {"editor@nmirf.example", "admin@nmirf.example"}


EICAR = rb"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"


def test_scanner_down_rejects_the_upload_and_keeps_the_form(client, cso, settings):
    settings.CLAMAV_URL = "tcp://127.0.0.1:9"  # nothing listens there
    settings.CLAMAV_TIMEOUT = 2
    response = contribute(client)
    page = response.content.decode()
    assert response.status_code == 200
    assert "could not be checked for malware" in page
    assert 'value="Shadow report on follow-up"' in page
    assert not LibraryDocument.objects.filter(title="Shadow report on follow-up").exists()


@pytest.mark.skipif(not os.environ.get("CLAMD_TEST_URL"), reason="needs clamd (CI starts one)")
def test_malware_is_refused_through_the_form(client, cso, settings):
    settings.CLAMAV_URL = os.environ["CLAMD_TEST_URL"]
    response = contribute(client, file=upload("notes.txt", EICAR))
    page = response.content.decode()
    assert "malware" in page
    assert not LibraryDocument.objects.filter(title="Shadow report on follow-up").exists()
    clean = contribute(client)
    assert clean.status_code == 302
