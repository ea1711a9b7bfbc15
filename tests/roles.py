"""The roles of DESIGN.md §1 as the demo accounts play them (``visitor`` is nobody signed in)."""

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
