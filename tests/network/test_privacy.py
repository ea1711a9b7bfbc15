"""A person's own data: the download, deleting the account, and the retention purge."""

import datetime
import io
import json
import zipfile

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone, translation

from forum.models import ModerationLog, Post
from network.demo import DEMO_PASSWORD
from network.models import Application, MembershipEvent, Notification, User
from network.privacy import personal_data
from tests.roles import as_role, person

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _keep_the_active_language():
    """Requests here activate English; later tests expect the language they found."""
    language = translation.get_language()
    yield
    translation.activate(language)


def download(client) -> tuple[dict, zipfile.ZipFile]:
    response = client.get("/accounts/my-data/download/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith('attachment; filename="nmirf-exchange-')
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    return json.loads(archive.read("personal-data.json")), archive


def test_the_data_page_offers_download_and_deletion(client):
    page = as_role(client, "mechanism").get("/accounts/my-data/").content.decode()
    assert "/accounts/my-data/download/" in page
    assert "/accounts/delete/" in page
    assert (
        "/accounts/my-data/"
        in as_role(client, "mechanism").get("/accounts/profile/").content.decode()
    )


def test_the_download_holds_the_profile_posts_and_notifications(client):
    mechanism = person("mechanism")
    Notification.objects.create(recipient=mechanism, kind="network", title="Hello Paraguay")
    data, _ = download(as_role(client, "mechanism"))
    assert data["profile"]["username"] == "mechanism"
    assert data["profile"]["email"] == "mechanism@nmirf.example"
    own_posts = set(Post.objects.filter(author=mechanism).values_list("body", flat=True))
    assert own_posts and {post["body"] for post in data["forum"]["posts"]} == own_posts
    assert "Hello Paraguay" in [n["title"] for n in data["notifications"]["received"]]
    assert set(data) >= {"profile", "notifications", "applications", "security", "forum"}
    assert "library_contributions" in data


def test_the_download_holds_nobody_else_s_data(client):
    data, _ = download(as_role(client, "mechanism"))
    text = json.dumps(data)
    assert "cso@nmirf.example" not in text
    others = Post.objects.exclude(author=person("mechanism")).values_list("body", flat=True)
    assert not any(body in text for body in others if len(body) > 20)


def test_the_download_holds_the_letters_of_one_s_applications(client):
    data, archive = download(as_role(client, "pending"))
    [application] = data["applications"]
    assert application["letter"] in archive.namelist()
    assert archive.read(application["letter"]).startswith(b"%PDF")


def test_two_factor_secrets_never_leave(client):
    data, _ = download(as_role(client, "editor"))
    assert {a["type"] for a in data["security"]["two_factor_authenticators"]} >= {"totp"}
    assert "JBSWY3DPEHPK3PXP" not in json.dumps(data)


def test_deleting_needs_the_password_and_the_confirmation(client):
    as_role(client, "mechanism")
    response = client.post("/accounts/delete/", {"password": "wrong", "confirm": "on"})
    assert response.status_code == 200
    assert "That is not your password." in response.content.decode()
    response = client.post("/accounts/delete/", {"password": DEMO_PASSWORD})
    assert response.status_code == 200
    assert 'class="error-summary"' in response.content.decode()
    assert User.objects.filter(username="mechanism").exists()


def test_deleting_keeps_the_posts_as_a_former_member_s(client):
    mechanism = person("mechanism")
    post_ids = list(Post.objects.filter(author=mechanism).values_list("pk", flat=True))
    topic_id = Post.objects.get(pk=post_ids[0]).topic_id
    elsewhere = Client()
    elsewhere.post("/accounts/login/", {"login": "mechanism", "password": DEMO_PASSWORD})
    as_role(client, "mechanism")
    response = client.post("/accounts/delete/", {"password": DEMO_PASSWORD, "confirm": "on"})
    assert response.status_code == 302
    assert not User.objects.filter(username="mechanism").exists()
    assert "_auth_user_id" not in client.session
    assert elsewhere.get("/accounts/profile/").status_code == 302  # signed out everywhere
    assert Post.objects.filter(pk__in=post_ids, author=None).count() == len(post_ids)
    page = as_role(Client(), "observer").get(f"/en/forum/t/{topic_id}/").content.decode()
    assert "a former member" in page
    assert "Paraguay mechanism focal point" not in page


def test_deleting_wipes_contact_details_from_applications(client):
    application = Application.objects.get(applicant=person("pending"))
    as_role(client, "pending").post(
        "/accounts/delete/", {"password": DEMO_PASSWORD, "confirm": "on"}
    )
    application.refresh_from_db()
    assert application.applicant is None
    assert (application.contact_name, application.contact_email) == ("", "")


def test_an_administrator_cannot_delete_their_own_account(client):
    as_role(client, "admin")
    response = client.post("/accounts/delete/", {"password": DEMO_PASSWORD, "confirm": "on"})
    assert response.status_code == 302
    assert User.objects.filter(username="admin").exists()


def test_personal_data_sections_come_from_every_app():
    data = personal_data(person("cso"))
    assert {"forum", "library_contributions"} <= set(data)


def test_purge_deletes_only_what_is_older_than_its_retention(settings):
    settings.NOTIFICATION_RETENTION_DAYS = 30
    settings.AUDIT_LOG_RETENTION_DAYS = 90
    now = timezone.now()
    mechanism = person("mechanism")
    old = Notification.objects.create(recipient=mechanism, kind="network", title="old")
    recent = Notification.objects.create(recipient=mechanism, kind="network", title="recent")
    Notification.objects.filter(pk=old.pk).update(created_at=now - datetime.timedelta(days=31))
    old_log = ModerationLog.objects.create(moderator=person("moderator"), action="lock")
    new_log = ModerationLog.objects.create(moderator=person("moderator"), action="pin")
    ModerationLog.objects.filter(pk=old_log.pk).update(created_at=now - datetime.timedelta(days=91))
    history = MembershipEvent.objects.count()
    MembershipEvent.objects.update(created_at=now - datetime.timedelta(days=5000))

    out = io.StringIO()
    call_command("purge_old_records", stdout=out)

    assert not Notification.objects.filter(pk=old.pk).exists()
    assert Notification.objects.filter(pk=recent.pk).exists()
    assert not ModerationLog.objects.filter(pk=old_log.pk).exists()
    assert ModerationLog.objects.filter(pk=new_log.pk).exists()
    assert MembershipEvent.objects.count() == history  # membership history is kept
    text = out.getvalue()
    assert "notifications: deleting 1 older than" in text
    assert "forum moderation log: deleting 1 older than" in text
    assert "Done:" in text
