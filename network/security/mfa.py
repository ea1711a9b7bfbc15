"""Two-factor authentication (allauth.mfa), mandatory for the roles that hold the keys.

Moderators, editors, Executive Committee members and administrators must sign in with a second
factor. One of them without an authenticator (TOTP app or security key) is sent to set one up
before anything else, on the site and in the Wagtail admin alike; once they have one, allauth
asks for its code at every login. Recovery codes alone do not count as a second factor here.
"""

from __future__ import annotations

from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from django.contrib import messages
from django.http import HttpRequest
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .. import access
from . import encryption

SECOND_FACTORS = (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)

# Paths a person who must enrol may still open: the enrolment itself, signing out, the
# language switch, static files and the health check.
ENROLMENT_PATHS = (
    "/accounts/2fa/",
    "/accounts/logout/",
    "/accounts/reauthenticate/",
    "/i18n/",
    "/static/",
    "/media/",
    "/healthz",
)


def requires_two_factor(user) -> bool:
    """Must ``user`` sign in with a second factor (secretariat, Committee, administrators)?"""
    return (
        access.is_admin(user)
        or access.is_editor(user)
        or access.is_moderator(user)
        or access.is_committee(user)
    )


def has_second_factor(user) -> bool:
    return Authenticator.objects.filter(user_id=user.pk, type__in=SECOND_FACTORS).exists()


class MFAAdapter(DefaultMFAAdapter):
    error_messages = {
        **DefaultMFAAdapter.error_messages,
        "cannot_delete_authenticator": _(
            "Your role requires two-factor authentication: add another authenticator "
            "(for example a security key) before you remove this one."
        ),
    }

    def encrypt(self, text: str) -> str:
        return encryption.encrypt(text)

    def decrypt(self, encrypted_text: str) -> str:
        return encryption.decrypt(encrypted_text)

    def can_delete_authenticator(self, authenticator: Authenticator) -> bool:
        """Those who must use two factors cannot remove their last one."""
        user = authenticator.user
        if authenticator.type not in SECOND_FACTORS or not requires_two_factor(user):
            return True
        return (
            Authenticator.objects.filter(user_id=user.pk, type__in=SECOND_FACTORS)
            .exclude(pk=authenticator.pk)
            .exists()
        )


class MandatoryTwoFactorMiddleware:
    """Sends a signed-in person who must use two factors, and has none, to set one up."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not request.path_info.startswith(ENROLMENT_PATHS)
            and requires_two_factor(user)
            and not has_second_factor(user)
        ):
            messages.warning(
                request,
                gettext(
                    "Your role requires two-factor authentication. Set up an authenticator "
                    "app to continue: scan the code with the app, then type the six digits it "
                    "shows."
                ),
                fail_silently=True,
            )
            target = reverse("mfa_activate_totp")
            if request.method == "GET":
                target += "?" + urlencode({"next": request.get_full_path()})
            return redirect(target)
        return self.get_response(request)
