"""Template context the network adds to every page."""

from . import access
from .notifications import unread_count


def notifications(request) -> dict:
    """How many unread notifications the signed-in person has (one query, or the cache)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    unread = unread_count(user)
    return {
        "unread_notifications": unread,
        # Callables are evaluated only if a template asks (one query, not two for perms).
        "may_use_admin": lambda: access.may_use_admin(user),
    }
