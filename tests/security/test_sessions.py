"""Sessions: a new id at login, idle and absolute timeouts, others ended when credentials change."""

import re
import time

import pytest
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore
from django.core import mail
from django.test import Client

from network.demo import DEMO_PASSWORD
from network.models import Frequency, Notification
from network.security.sessions import LAST_SEEN, SIGNED_IN_AT
from tests.roles import person, totp_code

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("people_read_english")]


def signed_in_client(username: str) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    response = client.post("/accounts/login/", {"login": username, "password": DEMO_PASSWORD})
    if response["Location"] == "/accounts/2fa/authenticate/":
        response = client.post("/accounts/2fa/authenticate/", {"code": totp_code()})
    assert response.status_code == 302
    return client


def is_signed_in(client: Client) -> bool:
    return client.get("/accounts/profile/").status_code == 200


def test_login_gives_a_new_session_id(client):
    before = client.session  # an anonymous session, as a visitor would have
    before["probe"] = "visitor"
    before.save()
    old_key = client.cookies[settings.SESSION_COOKIE_NAME].value
    client.post("/accounts/login/", {"login": "mechanism", "password": DEMO_PASSWORD})
    new_key = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert new_key != old_key
    assert not SessionStore().exists(old_key)
    assert client.session["_auth_user_id"] == str(person("mechanism").pk)


def test_a_two_factor_login_also_gets_a_new_id(client):
    client.post("/accounts/login/", {"login": "editor", "password": DEMO_PASSWORD})
    halfway = client.cookies[settings.SESSION_COOKIE_NAME].value
    client.post("/accounts/2fa/authenticate/", {"code": totp_code()})
    assert client.cookies[settings.SESSION_COOKIE_NAME].value != halfway


def _age(client: Client, **seconds_ago: int) -> None:
    session = client.session
    now = int(time.time())
    for key, ago in seconds_ago.items():
        session[key] = now - ago
    session.save()


def test_an_idle_session_ends(client):
    client = signed_in_client("mechanism")
    _age(client, _last_seen=settings.SESSION_IDLE_TIMEOUT + 5)
    response = client.get("/accounts/profile/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    page = client.get(response["Location"]).content.decode()
    assert "signed out after a period of inactivity" in page


def test_activity_keeps_a_session_alive(client):
    client = signed_in_client("mechanism")
    _age(client, _last_seen=settings.SESSION_IDLE_TIMEOUT - 120)
    assert is_signed_in(client)
    assert int(time.time()) - client.session[LAST_SEEN] < 5  # the request counted as activity
    assert is_signed_in(client)


def test_a_session_ends_after_the_absolute_timeout_even_when_busy(client):
    client = signed_in_client("mechanism")
    _age(client, _signed_in_at=settings.SESSION_ABSOLUTE_TIMEOUT + 5, _last_seen=10)
    assert not is_signed_in(client)


def test_login_stamps_the_session():
    client = signed_in_client("nhri")
    assert abs(client.session[SIGNED_IN_AT] - time.time()) < 5


def test_changing_the_password_ends_the_other_sessions_and_tells_the_person(
    django_capture_on_commit_callbacks,
):
    nhri = person("nhri")
    nhri.notify = Frequency.OFF  # security notices are e-mailed whatever the preference
    nhri.save()
    here, elsewhere = signed_in_client("nhri"), signed_in_client("nhri")
    assert UserSession.objects.filter(user=nhri).count() == 2
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = here.post(
            "/accounts/password/change/",
            {
                "oldpassword": DEMO_PASSWORD,
                "password1": "another-long-passphrase",
                "password2": "another-long-passphrase",
            },
        )
    assert response.status_code == 302
    assert is_signed_in(here)
    assert not is_signed_in(elsewhere)
    assert UserSession.objects.filter(user=nhri).count() == 1
    notice = Notification.objects.get(recipient=nhri, kind="security")
    assert "password was changed" in notice.title
    assert "1 other session" in notice.body
    assert [m.to for m in mail.outbox] == [["nhri@nmirf.example"]]
    assert "password was changed" in mail.outbox[0].subject


@pytest.mark.parametrize("engine", ["db", "cached_db"])  # cached_db: with a shared cache
def test_turning_on_two_factors_ends_the_other_sessions(
    engine, settings, django_capture_on_commit_callbacks
):
    settings.SESSION_ENGINE = f"django.contrib.sessions.backends.{engine}"
    here, elsewhere = signed_in_client("mechanism"), signed_in_client("mechanism")
    here.post("/accounts/reauthenticate/", {"password": DEMO_PASSWORD})
    page = here.get("/accounts/2fa/totp/activate/").content.decode()
    secret = re.search(r'value="([A-Z2-7]{32})"', page).group(1)
    with django_capture_on_commit_callbacks(execute=True):  # allauth signals after commit
        response = here.post("/accounts/2fa/totp/activate/", {"code": totp_code(secret)})
    assert response.status_code == 302
    assert is_signed_in(here)
    assert not is_signed_in(elsewhere)
    titles = set(
        Notification.objects.filter(recipient=person("mechanism"), kind="security").values_list(
            "title", flat=True
        )
    )
    assert "Two-factor authentication was added to your account" in titles


def test_a_password_reset_ends_every_session():
    elsewhere = signed_in_client("observer")
    visitor = Client()
    visitor.post("/accounts/password/reset/", {"email": "observer@nmirf.example"})
    link = re.search(r"https?://[^/\s]+(/accounts/password/reset/key/\S+)", mail.outbox[-1].body)
    form_url = visitor.get(link.group(1)).url
    visitor.post(
        form_url, {"password1": "a-fresh-passphrase-7", "password2": "a-fresh-passphrase-7"}
    )
    assert not is_signed_in(elsewhere)
    assert not UserSession.objects.filter(user=person("observer")).exists()


def test_security_notices_are_not_on_the_preferences_page(client, login):
    login("mechanism")
    page = client.get("/accounts/notifications/preferences/").content.decode()
    assert "kind_security" not in page
    assert "kind_forum_replies" in page
