"""A focal point invites colleagues; invitations expire and can be revoked."""

import datetime
import re

import pytest
from django.core import mail
from django.utils import timezone

from network.models import Invitation, User

pytestmark = pytest.mark.django_db


@pytest.fixture
def focal_point(client):
    user = User.objects.get(username="mechanism")
    client.force_login(user)
    return user


def invite(client, email="colleague@example.py", role="member"):
    return client.post("/accounts/organisation/", {"email": email, "role": role})


def test_invite_accept_and_become_a_member(client, focal_point, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert invite(client).status_code == 302
    message = mail.outbox[-1]
    assert message.to == ["colleague@example.py"]
    link = re.search(r"https?://[^/\s]+(/accounts/invitation/\S+/)", message.body).group(1)
    client.logout()
    page = client.get(link)
    assert "colleague@example.py" in page.content.decode()
    response = client.post(
        link,
        {
            "username": "colleague",
            "display_name": "Colleague",
            "preferred_language": "es",
            "password1": "a-long-passphrase",
            "password2": "a-long-passphrase",
        },
    )
    assert response.status_code == 302
    colleague = User.objects.get(username="colleague")
    assert colleague.organisation == focal_point.organisation
    assert not colleague.is_pending
    assert client.get(link).status_code == 410  # used once only


def test_invitation_to_a_registered_address_is_refused(client, focal_point):
    page = invite(client, email="NHRI@nmirf.example").content.decode()
    assert "already has an account" in page
    assert not Invitation.objects.exists()


def test_expired_and_revoked_invitations_explain_themselves(client, focal_point):
    invite(client)
    invitation = Invitation.objects.get()
    Invitation.objects.filter(pk=invitation.pk).update(
        expires_at=timezone.now() - datetime.timedelta(days=1)
    )
    client.logout()
    page = client.get(f"/accounts/invitation/{invitation.token}/")
    assert page.status_code == 410 and "expired" in page.content.decode()

    client.force_login(focal_point)
    invite(client, email="other@example.py")
    other = Invitation.objects.get(email="other@example.py")
    assert client.post(f"/accounts/invitations/{other.pk}/revoke/").status_code == 302
    client.logout()
    page = client.get(f"/accounts/invitation/{other.token}/")
    assert page.status_code == 410 and "withdrawn" in page.content.decode()


def test_duplicate_open_invitation(client, focal_point):
    invite(client)
    assert "already has an open invitation" in invite(client).content.decode()


def test_only_focal_points_invite(client):
    member = User.objects.create_user(
        "plain",
        "plain@example.py",
        "x",
        organisation=User.objects.get(username="mechanism").organisation,
        organisation_role="member",
    )
    client.force_login(member)
    assert client.get("/accounts/organisation/").status_code == 404


def test_another_organisations_invitation_cannot_be_revoked(client, focal_point):
    invite(client)
    invitation = Invitation.objects.get()
    client.force_login(User.objects.get(username="observer"))
    assert client.post(f"/accounts/invitations/{invitation.pk}/revoke/").status_code == 404
    invitation.refresh_from_db()
    assert invitation.revoked_at is None


def test_unknown_token_is_404(client):
    assert client.get("/accounts/invitation/nope/").status_code == 404
