"""Login throttling (django-axes): by username and address, with a cool-off, no access log."""

import datetime

import pytest
from axes.models import AccessAttempt, AccessLog
from django.conf import settings
from django.utils import timezone

from network.demo import DEMO_PASSWORD

pytestmark = pytest.mark.django_db

LIMIT = settings.AXES_FAILURE_LIMIT


def fail(client, login="mechanism", times=LIMIT, **extra):
    for _ in range(times):
        response = client.post("/accounts/login/", {"login": login, "password": "wrong"}, **extra)
    return response


def test_the_limit_locks_that_username_from_that_address(client):
    response = fail(client, times=LIMIT - 1)
    assert response.status_code == 200  # still the form, with its error
    response = fail(client, times=1)
    assert response.status_code == 429
    page = response.content.decode()
    assert "Too many failed sign-in attempts" in page
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    assert f"Please try again in {minutes} minutes" in page
    assert response["Retry-After"] == str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    # While locked, even the right password is refused, and nobody is signed in.
    response = client.post("/accounts/login/", {"login": "mechanism", "password": DEMO_PASSWORD})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_nobody_can_lock_the_owner_out_from_elsewhere(client):
    fail(client, times=LIMIT + 2, REMOTE_ADDR="203.0.113.9")
    response = client.post(
        "/accounts/login/",
        {"login": "mechanism", "password": DEMO_PASSWORD},
        REMOTE_ADDR="198.51.100.20",
    )
    assert response.status_code == 302
    assert response["Location"] == "/es/"


def test_other_accounts_from_the_same_address_are_not_locked(client):
    fail(client, times=LIMIT)
    response = client.post("/accounts/login/", {"login": "observer", "password": DEMO_PASSWORD})
    assert response.status_code == 302


def test_the_lock_lifts_after_the_cool_off(client):
    fail(client, times=LIMIT)
    assert (
        client.post(
            "/accounts/login/", {"login": "mechanism", "password": DEMO_PASSWORD}
        ).status_code
        == 429
    )
    past = timezone.now() - settings.AXES_COOLOFF_TIME - datetime.timedelta(minutes=1)
    AccessAttempt.objects.update(attempt_time=past)
    response = client.post("/accounts/login/", {"login": "mechanism", "password": DEMO_PASSWORD})
    assert response.status_code == 302


def test_username_and_email_count_as_one_account(client):
    fail(client, login="mechanism@nmirf.example", times=LIMIT - 1)
    response = fail(client, login="MECHANISM", times=1)
    assert response.status_code == 429
    assert AccessAttempt.objects.get().username == "mechanism"


def test_success_forgets_earlier_failures_and_keeps_no_access_log(client):
    fail(client, times=LIMIT - 1)
    response = client.post("/accounts/login/", {"login": "mechanism", "password": DEMO_PASSWORD})
    assert response.status_code == 302
    assert not AccessAttempt.objects.exists()
    assert not AccessLog.objects.exists()


def test_a_new_password_lifts_the_lock(client):
    import re

    from django.core import mail

    fail(client, times=LIMIT)
    client.post("/accounts/password/reset/", {"email": "mechanism@nmirf.example"})
    link = re.search(r"https?://[^/\s]+(/accounts/password/reset/key/\S+)", mail.outbox[-1].body)
    form_url = client.get(link.group(1)).url
    client.post(
        form_url, {"password1": "a-fresh-passphrase-9", "password2": "a-fresh-passphrase-9"}
    )
    response = client.post(
        "/accounts/login/", {"login": "mechanism", "password": "a-fresh-passphrase-9"}
    )
    assert response.status_code == 302


def test_one_address_trying_many_accounts_is_slowed_down(client):
    for number in range(20):
        client.post("/accounts/login/", {"login": f"guess{number}", "password": "wrong"})
    response = client.post("/accounts/login/", {"login": "mechanism", "password": DEMO_PASSWORD})
    assert response.status_code == 200
    assert "Too many failed login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_guessing_two_factor_codes_is_limited(client):
    from tests.roles import totp_code

    client.post("/accounts/login/", {"login": "editor", "password": DEMO_PASSWORD})
    good = totp_code()
    for offset in range(1, 11):
        wrong = f"{(int(good) + offset) % 1000000:06d}"
        client.post("/accounts/2fa/authenticate/", {"code": wrong})
    response = client.post("/accounts/2fa/authenticate/", {"code": good})
    assert response.status_code == 200
    assert "Too many failed login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session
