"""Two-factor authentication: required of the secretariat, the Committee and administrators."""

import importlib
import re

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.contrib.auth.models import Group

from network import roles
from network.demo import DEMO_PASSWORD, DEMO_TOTP_SECRET
from network.models import User
from network.security import encryption
from network.security.mfa import requires_two_factor
from tests.roles import ROLES, as_role, person, totp_code

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("people_read_english")]

TWO_FACTOR_ROLES = ["moderator", "editor", "committee", "admin"]


@pytest.mark.parametrize("role", [role for role in ROLES if role != "visitor"])
def test_who_must_use_two_factors(role):
    assert requires_two_factor(person(role)) == (role in TWO_FACTOR_ROLES)


@pytest.mark.parametrize("role", TWO_FACTOR_ROLES)
def test_demo_accounts_come_enrolled_with_the_demo_secret(role):
    totp = Authenticator.objects.get(user=person(role), type=Authenticator.Type.TOTP)
    assert encryption.decrypt(totp.data["secret"]) == DEMO_TOTP_SECRET
    assert Authenticator.objects.filter(
        user=person(role), type=Authenticator.Type.RECOVERY_CODES
    ).exists()


@pytest.mark.parametrize("role", TWO_FACTOR_ROLES)
def test_login_asks_for_the_code_and_accepts_the_demo_one(client, role):
    response = client.post("/accounts/login/", {"login": role, "password": DEMO_PASSWORD})
    assert response["Location"] == "/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session  # the password alone signs nobody in
    response = client.post("/accounts/2fa/authenticate/", {"code": totp_code()})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(person(role).pk)


def test_a_wrong_code_signs_nobody_in(client):
    client.post("/accounts/login/", {"login": "editor", "password": DEMO_PASSWORD})
    good = totp_code()
    wrong = f"{(int(good) + 1) % 1000000:06d}"
    response = client.post("/accounts/2fa/authenticate/", {"code": wrong})
    assert response.status_code == 200
    assert "Incorrect code" in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302


def test_a_code_cannot_be_used_twice(client):
    code = totp_code()
    client.post("/accounts/login/", {"login": "editor", "password": DEMO_PASSWORD})
    assert client.post("/accounts/2fa/authenticate/", {"code": code}).status_code == 302
    other = type(client)()
    other.post("/accounts/login/", {"login": "editor", "password": DEMO_PASSWORD})
    assert other.post("/accounts/2fa/authenticate/", {"code": code}).status_code == 200


def test_a_recovery_code_signs_in(client):
    editor = person("editor")
    codes = RecoveryCodes(
        Authenticator.objects.get(user=editor, type=Authenticator.Type.RECOVERY_CODES)
    ).get_unused_codes()
    client.post("/accounts/login/", {"login": "editor", "password": DEMO_PASSWORD})
    response = client.post("/accounts/2fa/authenticate/", {"code": codes[0]})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_members_sign_in_with_their_password_alone(client):
    response = client.post("/accounts/login/", {"login": "mechanism", "password": DEMO_PASSWORD})
    assert response["Location"] == "/en/"  # the home page in the person's language


@pytest.fixture
def new_editor():
    user = User.objects.create_user(
        "neweditor", "neweditor@example.org", "a-long-passphrase-1", preferred_language="en"
    )
    user.groups.add(Group.objects.get(name=roles.EDITORS))
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


@pytest.mark.parametrize("path", ["/en/", "/en/forum/", "/admin/", "/accounts/profile/"])
def test_an_editor_without_an_authenticator_must_enrol_first(client, new_editor, path):
    client.force_login(new_editor)
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/2fa/totp/activate/?next=")


def test_enrolling_then_signing_in_with_the_code(client, new_editor):
    response = client.post(
        "/accounts/login/", {"login": "neweditor", "password": "a-long-passphrase-1"}
    )
    assert response.status_code == 302  # no authenticator yet: signed in, then sent to enrol
    response = client.get("/admin/", follow=True)
    # Adding an authenticator asks for the password again (allauth's reauthentication).
    reauthenticate = response.redirect_chain[-1][0]
    assert reauthenticate.startswith("/accounts/reauthenticate/?next=%2Faccounts%2F2fa%2Ftotp")
    assert "Your role requires two-factor authentication" in response.content.decode()
    response = client.post(reauthenticate, {"password": "a-long-passphrase-1"}, follow=True)
    assert response.redirect_chain[-1][0].startswith("/accounts/2fa/totp/activate/")
    page = response.content.decode()
    secret = re.search(r'id="authenticator_secret"[^>]*value="([A-Z2-7]+)"', page) or re.search(
        r'value="([A-Z2-7]{32})"', page
    )
    assert secret, page
    response = client.post("/accounts/2fa/totp/activate/", {"code": totp_code(secret.group(1))})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
    client.post("/accounts/logout/")
    response = client.post(
        "/accounts/login/", {"login": "neweditor", "password": "a-long-passphrase-1"}
    )
    assert response["Location"] == "/accounts/2fa/authenticate/"
    response = client.post("/accounts/2fa/authenticate/", {"code": totp_code(secret.group(1))})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_the_last_authenticator_of_an_editor_cannot_be_removed(client, login):
    login("editor")
    client.post("/accounts/reauthenticate/", {"password": DEMO_PASSWORD})
    response = client.post("/accounts/2fa/totp/deactivate/", {})
    assert response.status_code == 200
    assert "Your role requires two-factor authentication" in response.content.decode()
    assert Authenticator.objects.filter(
        user=person("editor"), type=Authenticator.Type.TOTP
    ).exists()


def test_members_may_turn_two_factors_on_and_off(client, login):
    login("mechanism")
    client.post("/accounts/reauthenticate/", {"password": DEMO_PASSWORD})
    page = client.get("/accounts/2fa/totp/activate/").content.decode()
    secret = re.search(r'value="([A-Z2-7]{32})"', page).group(1)
    assert (
        client.post("/accounts/2fa/totp/activate/", {"code": totp_code(secret)}).status_code == 302
    )
    mechanism = person("mechanism")
    assert Authenticator.objects.filter(user=mechanism, type=Authenticator.Type.TOTP).exists()
    assert client.post("/accounts/2fa/totp/deactivate/", {}).status_code == 302
    assert not Authenticator.objects.filter(user=mechanism, type=Authenticator.Type.TOTP).exists()


@pytest.mark.parametrize("path", ["/admin/login/", "/django-admin/login/"])
def test_the_admin_login_forms_cannot_skip_the_second_factor(client, path):
    response = client.post(
        f"{path}?next=/admin/", {"username": "editor", "password": DEMO_PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/admin/"
    assert "_auth_user_id" not in client.session


def test_wagtail_password_forms_are_off(client):
    as_role(client, "editor")
    assert client.get("/admin/password_reset/").status_code == 404
    page = client.get("/admin/account/").content.decode()
    assert 'name="password_new_password1"' not in page and "new_password1" not in page


def test_security_keys_can_be_added_without_inline_script(client, login):
    from tests.security.test_headers import inline_code

    login("mechanism")
    client.post("/accounts/reauthenticate/", {"password": DEMO_PASSWORD})
    response = client.get("/accounts/2fa/webauthn/add/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "mfa/js/webauthn.js" in page  # allauth's own script, served from this site
    assert inline_code(page) == []


def test_second_factor_secrets_are_encrypted_at_rest():
    editor = person("editor")
    totp = Authenticator.objects.get(user=editor, type=Authenticator.Type.TOTP)
    codes = Authenticator.objects.get(user=editor, type=Authenticator.Type.RECOVERY_CODES)
    for stored in (totp.data["secret"], codes.data["seed"]):
        assert stored.startswith("fernet:")
    assert DEMO_TOTP_SECRET not in str(totp.data)


def test_rotating_the_secret_key_keeps_authenticators_working(client, settings):
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-new-secret-key-" + "x" * 40
    client.post("/accounts/login/", {"login": "editor", "password": DEMO_PASSWORD})
    client.post("/accounts/2fa/authenticate/", {"code": totp_code()})
    assert client.session["_auth_user_id"] == str(person("editor").pk)


def test_secrets_stored_in_the_clear_are_encrypted_by_the_migration():
    from django.apps import apps

    migration = importlib.import_module("network.migrations.0008_encrypt_second_factor_secrets")
    totp = Authenticator.objects.get(user=person("editor"), type=Authenticator.Type.TOTP)
    totp.data = {"secret": DEMO_TOTP_SECRET}  # as stored before encryption
    totp.save()
    assert totp.wrap().validate_code(totp_code())  # still read as it is
    migration.encrypt(apps, None)
    totp.refresh_from_db()
    assert totp.data["secret"].startswith("fernet:")
    assert encryption.decrypt(totp.data["secret"]) == DEMO_TOTP_SECRET
    migration.encrypt(apps, None)  # a second run changes nothing
    assert Authenticator.objects.get(pk=totp.pk).data == totp.data
