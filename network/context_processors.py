"""Template context the network adds to every page."""

from .models import Notification


def notifications(request) -> dict:
    """How many unread notifications the signed-in person has (one query)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    unread = Notification.objects.filter(recipient=user, read_at__isnull=True).count()
    return {"unread_notifications": unread}
