"""The roles of DESIGN.md §1 as the demo accounts play them (``visitor`` is nobody signed in)."""

import time

from django.contrib.auth.models import AnonymousUser

ROLES = [
    "visitor",
    "pending",
    "mechanism",
    "observer",
    "nhri",
    "cso",
    "moderator",
    "editor",
    "committee",
    "admin",
]


def person(role: str):
    from network.models import User

    return AnonymousUser() if role == "visitor" else User.objects.get(username=role)


def as_role(client, role: str):
    """Sign ``client`` in as the demo account playing ``role``."""
    if role != "visitor":
        client.force_login(person(role))
    return client


def totp_code(secret: str | None = None) -> str:
    """The current TOTP code of ``secret`` (the demo secret by default), usable again.

    allauth refuses a code already used within its period, so the record of used codes (in the
    cache) is cleared: tests may sign in several times within 30 seconds.
    """
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
    from django.core.cache import cache

    from network.demo import DEMO_TOTP_SECRET

    cache.clear()
    # allauth accepts only the current period's code (MFA_TOTP_TOLERANCE 0).
    remaining = 30 - time.time() % 30
    if remaining < 3:  # the code would change before the test types it
        time.sleep(remaining + 0.05)
    counter = int(time.time()) // 30
    return format_hotp_value(hotp_value(secret or DEMO_TOTP_SECRET, counter))


def enrol_two_factor(user):
    """Give ``user`` the demo TOTP secret, as the roles that must use two factors need one."""
    from network.demo import enrol_demo_two_factor

    enrol_demo_two_factor(user)
    return user
