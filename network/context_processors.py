"""Template context the network adds to every page."""

from . import access
from .models import Notification


def notifications(request) -> dict:
    """How many unread notifications the signed-in person has (one query)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    unread = Notification.objects.filter(recipient=user, read_at__isnull=True).count()
    return {
        "unread_notifications": unread,
        # Callables are evaluated only if a template asks (one query, not two for perms).
        "may_use_admin": lambda: access.may_use_admin(user),
    }
