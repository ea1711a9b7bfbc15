"""The notification mechanism: raising, e-mailing, digests, unsubscribing and the pages."""

import re
from io import StringIO
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from network import notifications
from network.context_processors import notifications as unread_context
from network.models import Frequency, Notification, NotificationPreference, User
from network.notifications import notify, preference

pytestmark = pytest.mark.django_db

TEST_TEMPLATES = Path(__file__).parent / "templates"
TEMPLATE = "tests_notifications/lang"


@pytest.fixture(autouse=True)
def _empty_inboxes():
    """The demo data raises notifications of its own; these tests start from none."""
    Notification.objects.all().delete()


@pytest.fixture(autouse=True)
def test_templates(settings):
    engine = dict(settings.TEMPLATES[0])
    engine["DIRS"] = [*engine.get("DIRS", []), TEST_TEMPLATES]
    settings.TEMPLATES = [engine, *settings.TEMPLATES[1:]]


def user(username: str, **changes) -> User:
    account = User.objects.get(username=username)
    for field, value in changes.items():
        setattr(account, field, value)
    if changes:
        account.save(update_fields=list(changes))
    return account


def raise_one(recipient, django_capture_on_commit_callbacks, kind="network", **extra):
    with django_capture_on_commit_callbacks(execute=True):
        return notify(
            recipient,
            kind,
            template=TEMPLATE,
            context={"who": "Ana"},
            url="/en/about/",
            **extra,
        )


def digests(*args) -> str:
    out = StringIO()
    call_command("send_digests", *args, stdout=out)
    return out.getvalue()


def path_of(url: str) -> str:
    return urlsplit(url).path


# Raising


def test_notify_writes_in_the_recipients_language():
    recipient = user("mechanism", preferred_language="fr")
    translation.activate("en")
    try:
        notification = notify(
            recipient, "network", template=TEMPLATE, context={"who": "Ana"}, url="/fr/"
        )
        assert translation.get_language() == "en"
    finally:
        translation.deactivate()
    assert notification.recipient == recipient
    assert notification.kind == "network"
    assert notification.title == "Subject in fr"
    assert notification.body.startswith("Body in fr for Ana & co.")  # plain text, not escaped
    assert "http://" in notification.body and notification.body.endswith("/fr/")
    assert notification.url == "/fr/"
    assert notification.read_at is None


def test_unregistered_kind_is_refused():
    with pytest.raises(ValueError):
        notify(user("mechanism"), "no-such-kind", template=TEMPLATE, context={})


def test_an_item_the_recipient_may_not_see_raises_nothing(monkeypatch):
    access = pytest.importorskip("network.access")
    monkeypatch.setattr(access, "can_see", lambda recipient, item: False)
    before = Notification.objects.count()
    assert notify(user("nhri"), "network", template=TEMPLATE, context={}, item=object()) is None
    assert Notification.objects.count() == before
    assert mail.outbox == []


def test_preference_falls_back_to_the_default():
    recipient = user("nhri", notify=Frequency.DAILY)
    assert preference(recipient, "membership") == "daily"
    NotificationPreference.objects.create(user=recipient, kind="membership", frequency="off")
    assert preference(recipient, "membership") == "off"
    assert preference(recipient, "network") == "daily"


# E-mail


def test_immediately_sends_one_email_with_one_click_unsubscribe(django_capture_on_commit_callbacks):
    recipient = user("cso", notify=Frequency.IMMEDIATELY, preferred_language="pt")
    notification = raise_one(recipient, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["cso@nmirf.example"]
    assert message.subject == "Subject in pt"
    assert "Body in pt" in message.body
    unsubscribe = message.extra_headers["List-Unsubscribe"]
    assert unsubscribe.startswith("<http") and unsubscribe.endswith(">")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe[1:-1] in message.body
    assert "/accounts/notifications/preferences/" in message.body
    notification.refresh_from_db()
    assert notification.emailed_at is not None


def test_the_email_task_never_sends_twice(django_capture_on_commit_callbacks):
    from network.tasks import send_notification_email

    notification = raise_one(user("cso"), django_capture_on_commit_callbacks)
    send_notification_email.enqueue(notification.pk)
    assert len(mail.outbox) == 1


def test_no_email_for_inactive_or_addressless_people(django_capture_on_commit_callbacks):
    raise_one(user("cso", is_active=False), django_capture_on_commit_callbacks)
    raise_one(user("nhri", email=""), django_capture_on_commit_callbacks)
    assert mail.outbox == []


def test_daily_waits_for_the_digest_which_is_sent_once(django_capture_on_commit_callbacks):
    recipient = user("nhri", preferred_language="en")
    NotificationPreference.objects.create(user=recipient, kind="network", frequency="daily")
    first = raise_one(recipient, django_capture_on_commit_callbacks)
    second = raise_one(recipient, django_capture_on_commit_callbacks)
    assert mail.outbox == []

    output = digests()
    assert "Sent 1 digests" in output
    assert len(mail.outbox) == 1
    digest = mail.outbox[0]
    assert digest.to == ["nhri@nmirf.example"]
    assert "2" in digest.subject
    assert digest.body.count("Subject in en") == 2
    for notification in (first, second):
        assert f"/accounts/notifications/{notification.pk}/" in digest.body
    assert "List-Unsubscribe" in digest.extra_headers
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert Notification.objects.filter(recipient=recipient, emailed_at__isnull=True).count() == 0

    assert "Sent 0 digests" in digests()
    assert len(mail.outbox) == 1


def test_digest_dry_run_sends_and_marks_nothing(django_capture_on_commit_callbacks):
    recipient = user("nhri", notify=Frequency.DAILY)
    notification = raise_one(recipient, django_capture_on_commit_callbacks)
    assert "Would send 1 digests" in digests("--dry-run")
    assert mail.outbox == []
    notification.refresh_from_db()
    assert notification.emailed_at is None


def test_off_sends_nothing_and_does_not_pile_up(django_capture_on_commit_callbacks):
    recipient = user("observer", notify=Frequency.OFF)
    notification = raise_one(recipient, django_capture_on_commit_callbacks)
    assert mail.outbox == []
    assert "Sent 0 digests" in digests()
    assert mail.outbox == []
    notification.refresh_from_db()
    assert notification.emailed_at is not None


def test_digest_queries_do_not_grow_with_notifications():
    people = [user("nhri", notify=Frequency.DAILY), user("cso", notify=Frequency.DAILY)]

    def queries_for(per_person: int) -> int:
        for person in people:
            Notification.objects.bulk_create(
                Notification(recipient=person, kind="network", title=f"Notice {i}")
                for i in range(per_person)
            )
        with CaptureQueriesContext(connection) as captured:
            digests()
        return len(captured)

    assert queries_for(1) == queries_for(6)
    assert len(mail.outbox) == 4


# Unsubscribing


def unsubscribe_path(django_capture_on_commit_callbacks, recipient) -> str:
    raise_one(recipient, django_capture_on_commit_callbacks)
    return path_of(mail.outbox[-1].extra_headers["List-Unsubscribe"][1:-1])


def test_one_click_unsubscribe_without_login_or_csrf(django_capture_on_commit_callbacks):
    recipient = user("cso", notify=Frequency.IMMEDIATELY)
    path = unsubscribe_path(django_capture_on_commit_callbacks, recipient)
    response = Client(enforce_csrf_checks=True).post(path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert preference(recipient, "network") == "off"
    assert preference(recipient, "membership") == "immediately"
    assert b"cso@nmirf.example" in response.content


def test_unsubscribe_get_only_asks_for_confirmation(client, django_capture_on_commit_callbacks):
    recipient = user("cso")
    path = unsubscribe_path(django_capture_on_commit_callbacks, recipient)
    response = client.get(path)
    assert response.status_code == 200
    page = response.content.decode()
    assert 'method="post"' in page
    assert "Network announcements" in page or "network" in page.lower()
    assert preference(recipient, "network") == "immediately"


def test_forged_unsubscribe_token_is_not_found(client):
    recipient = user("cso")
    good = notifications.unsubscribe_token(recipient, "network")
    forged = good[:-3] + ("AAA" if not good.endswith("AAA") else "BBB")
    for path in (
        f"/accounts/notifications/unsubscribe/{forged}/",
        "/accounts/notifications/unsubscribe/nonsense/",
    ):
        assert client.post(path, follow=True).status_code == 404
        assert client.get(path, follow=True).status_code == 404
    assert preference(recipient, "network") == "immediately"


def test_digest_unsubscribe_switches_everything_off(client):
    recipient = user("nhri", notify=Frequency.DAILY)
    token = notifications.unsubscribe_token(recipient, "*")
    assert client.post(f"/accounts/notifications/unsubscribe/{token}/").status_code == 200
    recipient.refresh_from_db()
    assert recipient.notify == "off"
    assert all(preference(recipient, kind) == "off" for kind in notifications.choosable_kinds())
    # Notices about the account's own security are e-mailed whatever one chose.
    assert preference(recipient, "security") == "immediately"


# Pages


def make(recipient, title: str, url: str = "", read: bool = False) -> Notification:
    return Notification.objects.create(
        recipient=recipient,
        kind="network",
        title=title,
        url=url,
        read_at=timezone.now() if read else None,
    )


def test_list_shows_only_ones_own_notifications(login):
    mine = make(user("mechanism"), "Mine, unread")
    make(user("mechanism"), "Mine, read", read=True)
    make(user("nhri"), "Somebody else's")
    client = login("mechanism")
    response = client.get("/accounts/notifications/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Mine, unread" in page and "Mine, read" in page
    assert "Somebody else&#x27;s" not in page and "Somebody else's" not in page
    assert response.context["unread_count"] == 1
    assert page.count("notification-unread") == 1
    assert f"/accounts/notifications/{mine.pk}/" in page
    assert 'action="/accounts/notifications/read/"' in page


def test_list_is_paginated_newest_first(login):
    recipient = user("mechanism")
    for i in range(25):
        make(recipient, f"Notice number {i:02d}")
    client = login("mechanism")
    first = client.get("/accounts/notifications/")
    titles = [n.title for n in first.context["notifications"]]
    assert len(titles) == 20 and titles[0] == "Notice number 24"
    second = client.get("/accounts/notifications/?page=2")
    assert len(second.context["notifications"]) == 5


def test_empty_list(login):
    response = login("observer").get("/accounts/notifications/")
    assert response.status_code == 200
    assert response.context["unread_count"] == 0
    assert "notification-unread" not in response.content.decode()


def test_list_needs_login(client):
    response = client.get("/accounts/notifications/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_opening_marks_read_and_follows_a_safe_link(login):
    notification = make(user("mechanism"), "Go", url="/es/about/")
    response = login("mechanism").get(f"/accounts/notifications/{notification.pk}/")
    assert response.status_code == 302
    assert response["Location"] == "/es/about/"
    notification.refresh_from_db()
    assert notification.read_at is not None


@pytest.mark.parametrize("url", ["https://evil.example/", "//evil.example/", "/\\evil.example", ""])
def test_opening_never_leaves_the_site(login, url):
    notification = make(user("mechanism"), "Go", url=url)
    response = login("mechanism").get(f"/accounts/notifications/{notification.pk}/")
    assert response["Location"] == "/accounts/notifications/"


def test_opening_someone_elses_notification_is_not_found(login):
    theirs = make(user("nhri"), "Theirs")
    response = login("mechanism").get(f"/accounts/notifications/{theirs.pk}/", follow=True)
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_mark_all_read(login):
    recipient = user("mechanism")
    make(recipient, "One")
    make(recipient, "Two")
    other = make(user("nhri"), "Other")
    client = login("mechanism")
    assert client.get("/accounts/notifications/read/").status_code == 405
    response = client.post("/accounts/notifications/read/")
    assert response.status_code == 302
    assert not recipient.notifications.filter(read_at__isnull=True).exists()
    other.refresh_from_db()
    assert other.read_at is None


def test_preferences_form_saves(login):
    client = login("mechanism")
    page = client.get("/accounts/notifications/preferences/").content.decode()
    assert 'name="default"' in page
    assert 'name="kind_membership"' in page and 'name="kind_network"' in page
    response = client.post(
        "/accounts/notifications/preferences/",
        {"default": "daily", "kind_membership": "off", "kind_network": "daily"},
        follow=True,
    )
    assert response.status_code == 200
    assert len(list(response.context["messages"])) == 1
    recipient = User.objects.get(username="mechanism")
    assert recipient.notify == "daily"
    assert preference(recipient, "membership") == "off"
    assert preference(recipient, "network") == "daily"
    assert list(
        NotificationPreference.objects.filter(user=recipient).values_list("kind", "frequency")
    ) == [("membership", "off")]


def test_preferences_reject_an_unknown_frequency(login):
    client = login("mechanism")
    response = client.post(
        "/accounts/notifications/preferences/",
        {"default": "hourly", "kind_membership": "off", "kind_network": "daily"},
    )
    assert response.status_code == 200
    assert response.context["form"].errors
    assert User.objects.get(username="mechanism").notify == "immediately"


def test_context_processor_counts_unread_for_signed_in_people_only(django_assert_num_queries):
    from django.contrib.auth.models import AnonymousUser

    recipient = user("mechanism")
    make(recipient, "One")
    make(recipient, "Two", read=True)
    request = RequestFactory().get("/")
    request.user = recipient
    with django_assert_num_queries(1):
        context = unread_context(request)
        assert context["unread_notifications"] == 1
    assert context["may_use_admin"]() is False  # evaluated only when a template asks
    request.user = AnonymousUser()
    assert unread_context(request) == {}


def test_the_unread_badge_follows_new_and_read_notifications(
    login, django_capture_on_commit_callbacks
):
    def badge(client) -> str:
        page = client.get("/accounts/profile/").content.decode()
        found = re.search(r'<span class="badge">(\d+)', page)
        return found.group(1) if found else "none"

    client = login("mechanism")
    Notification.objects.filter(recipient=user("mechanism")).update(read_at=timezone.now())
    notifications.unread_changed(user("mechanism").pk)
    assert badge(client) == "none"
    raise_one(user("mechanism"), django_capture_on_commit_callbacks)
    raise_one(user("mechanism"), django_capture_on_commit_callbacks)
    assert badge(client) == "2"
    assert badge(client) == "2"  # from the cache, still right
    first = Notification.objects.filter(recipient=user("mechanism"), read_at=None).first()
    client.get(f"/accounts/notifications/{first.pk}/")
    assert badge(client) == "1"
    client.post("/accounts/notifications/read/")
    assert badge(client) == "none"
