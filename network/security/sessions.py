"""Sessions: idle and absolute timeouts, and ending a person's other sessions.

Django's ``login()`` gives every sign-in a new session id. Here a session also ends after
``SESSION_IDLE_TIMEOUT`` seconds without a request and ``SESSION_ABSOLUTE_TIMEOUT`` seconds
after signing in, whatever happens in between. Changing one's password or two-factor
authentication ends every other session of that person (allauth.usersessions keeps the list) and
tells them, in the notifications and by e-mail.
"""

from __future__ import annotations

import time

from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

SIGNED_IN_AT = "_signed_in_at"
LAST_SEEN = "_last_seen"
# The last-seen time is written at most this often, so not every request saves the session.
LAST_SEEN_RESOLUTION = 60


def start(request: HttpRequest) -> None:
    """Stamp a session that was just signed in (``user_logged_in``)."""
    session = getattr(request, "session", None)
    if session is None:
        return
    now = int(time.time())
    session[SIGNED_IN_AT] = now
    session[LAST_SEEN] = now


def expired(session, now: int) -> str | None:
    """Why ``session`` has run out ("idle" or "absolute"), or None while it is valid."""
    signed_in = session.get(SIGNED_IN_AT)
    last_seen = session.get(LAST_SEEN, signed_in)
    if signed_in is None:
        return None
    if now - signed_in >= settings.SESSION_ABSOLUTE_TIMEOUT:
        return "absolute"
    if last_seen is not None and now - last_seen >= settings.SESSION_IDLE_TIMEOUT:
        return "idle"
    return None


class SessionTimeoutMiddleware:
    """Signs out a session that has been idle, or open, too long."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = int(time.time())
            session = request.session
            if SIGNED_IN_AT not in session:
                start(request)  # signed in before timeouts existed: counts from now
            reason = expired(session, now)
            if reason:
                logout(request)
                messages.info(
                    request,
                    gettext("You were signed out after a period of inactivity.")
                    if reason == "idle"
                    else gettext("Your session has ended. Please sign in again."),
                    fail_silently=True,
                )
            elif now - session.get(LAST_SEEN, 0) >= LAST_SEEN_RESOLUTION:
                session[LAST_SEEN] = now
        return self.get_response(request)


def record_session(request: HttpRequest, user) -> None:
    """Keep this session in the person's list, so it can be ended from another one."""
    if request is None or not request.META.get("REMOTE_ADDR"):
        return  # the test client's force_login: no real connection
    UserSession.objects.create_from_request(request, user=user)


SECURITY_EVENTS = {
    "password_changed": _("Your password was changed"),
    "password_reset": _("Your password was reset"),
    "password_set": _("A password was set for your account"),
    "authenticator_added": _("Two-factor authentication was added to your account"),
    "authenticator_removed": _("Two-factor authentication was removed from your account"),
    "authenticator_reset": _("New recovery codes were generated for your account"),
}


def secure_account(request: HttpRequest | None, user, event: str) -> int:
    """After a change of credentials: end the person's other sessions and tell them.

    Returns how many other sessions were ended.
    """
    from ..notifications import notify

    current = None
    if request is not None and getattr(request, "user", None) == user:
        current = request.session.session_key
    ended = 0
    for session in UserSession.objects.filter(user_id=user.pk).exclude(session_key=current):
        # A session whose id was just replaced (a password change cycles it) is gone already.
        ended += session.exists()
        session.end()
    notify(
        user,
        "security",
        template="network/notifications/security_event",
        context={"event": SECURITY_EVENTS[event], "ended": ended},
        url=reverse("usersessions_list"),
    )
    return ended
