"""Log in, log out, password reset and change, registration, profile, pending accounts."""

import re

import pytest
from django.core import mail

from network.demo import DEMO_PASSWORD
from network.models import User
from tests.roles import totp_code

pytestmark = pytest.mark.django_db


def test_login_sends_a_member_home_in_their_language(client):
    response = client.post("/accounts/login/", {"login": "committee", "password": DEMO_PASSWORD})
    assert response["Location"] == "/accounts/2fa/authenticate/"  # the Committee uses 2FA
    response = client.post("/accounts/2fa/authenticate/", {"code": totp_code()})
    assert response.status_code == 302
    assert response["Location"] == "/pt/"
    assert response.cookies["django_language"].value == "pt"
    home = client.get("/pt/").content.decode()
    assert "Executive Committee member" in home  # the account menu shows who is signed in


def test_login_keeps_the_page_asked_for(client):
    response = client.post(
        "/accounts/login/?next=/en/about/", {"login": "mechanism", "password": DEMO_PASSWORD}
    )
    assert response["Location"] == "/en/about/"


def test_login_by_email(client):
    response = client.post(
        "/accounts/login/", {"login": "nhri@nmirf.example", "password": DEMO_PASSWORD}
    )
    assert response.status_code == 302


def test_wrong_password_keeps_the_username_and_says_why(client):
    response = client.post(
        "/accounts/login/",
        {"login": "mechanism", "password": "wrong"},
        HTTP_ACCEPT_LANGUAGE="es",
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert 'value="mechanism"' in page
    assert "no son correctos" in page  # allauth's Spanish message


def test_logout(client, login):
    login("mechanism")
    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_password_reset_by_email(client):
    response = client.post("/accounts/password/reset/", {"email": "observer@nmirf.example"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/\s]+(/accounts/password/reset/key/\S+)", mail.outbox[0].body)
    assert link, mail.outbox[0].body
    form_url = client.get(link.group(1)).url  # allauth moves the key into the session
    response = client.post(
        form_url, {"password1": "a-new-long-passphrase", "password2": "a-new-long-passphrase"}
    )
    assert response.status_code == 302
    assert User.objects.get(username="observer").check_password("a-new-long-passphrase")


def test_password_change(client, login):
    login("nhri")
    response = client.post(
        "/accounts/password/change/",
        {
            "oldpassword": DEMO_PASSWORD,
            "password1": "another-long-passphrase",
            "password2": "another-long-passphrase",
        },
    )
    assert response.status_code == 302
    assert User.objects.get(username="nhri").check_password("another-long-passphrase")


def test_registration_creates_a_pending_account(client):
    response = client.post(
        "/accounts/signup/",
        {
            "username": "newcomer",
            "email": "newcomer@example.org",
            "password1": "a-long-enough-passphrase",
            "password2": "a-long-enough-passphrase",
            "display_name": "Ana Newcomer",
            "requested_organisation": "Ministry of Justice",
            "preferred_language": "fr",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(username="newcomer")
    assert user.is_pending
    assert user.display_name == "Ana Newcomer"
    assert user.requested_organisation == "Ministry of Justice"
    assert user.preferred_language == "fr"
    assert any("newcomer@example.org" in message.to for message in mail.outbox)


def test_registration_with_missing_fields_keeps_what_was_typed(client):
    response = client.post(
        "/accounts/signup/",
        {
            "username": "halfway",
            "email": "halfway@example.org",
            "display_name": "Half Way",
        },
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert 'value="halfway@example.org"' in page and 'value="Half Way"' in page
    assert 'class="error-summary"' in page
    assert not User.objects.filter(username="halfway").exists()


def test_pending_account_lands_on_the_explanation(client):
    response = client.post("/accounts/login/", {"login": "pending", "password": DEMO_PASSWORD})
    assert response["Location"] == "/accounts/pending/"
    page = client.get("/accounts/pending/").content.decode()
    assert "Executive Committee" in page or "Comité exécutif" in page


def test_pending_account_is_kept_out_of_the_admin(client, login):
    login("pending")
    response = client.get("/admin/")
    assert response.status_code in (302, 403)
    assert "/admin/" not in response.get("Location", "/accounts/login/").split("?")[0]


def test_members_do_not_see_the_pending_page(client, login):
    login("mechanism")
    assert client.get("/accounts/pending/")["Location"] == "/accounts/profile/"


def test_profile_edit(client, login):
    login("cso")
    page = client.get("/accounts/profile/").content.decode()
    assert "Coalición de la sociedad civil" in page
    response = client.post(
        "/accounts/profile/",
        {
            "display_name": "María",
            "first_name": "",
            "last_name": "",
            "preferred_language": "ar",
            "notify": "daily",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(username="cso")
    assert (user.display_name, user.preferred_language, user.notify) == ("María", "ar", "daily")


def test_profile_needs_login(client):
    response = client.get("/accounts/profile/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_wagtail_admin_login_goes_through_the_site_accounts(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_editor_reaches_the_admin(client, login):
    login("editor")
    assert client.get("/admin/").status_code == 200
