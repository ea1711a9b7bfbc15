"""Background work of the network app (django-tasks)."""

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from .models import Frequency, Notification


@task()
def send_notification_email(notification_id: int) -> bool:
    """E-mail one notification to its recipient, once; True if it was sent."""
    from .notifications import build_notification_email, preference

    notification = Notification.objects.select_related("recipient").filter(pk=notification_id)
    notification = notification.first()
    if notification is None or notification.emailed_at is not None:
        return False
    user = notification.recipient
    if not user.is_active or not user.email:
        return False
    if preference(user, notification.kind) != Frequency.IMMEDIATELY:
        return False  # changed their mind meanwhile: the daily digest deals with it

    # Claim it first, so two workers never send the same notification twice.
    with transaction.atomic():
        claimed = Notification.objects.filter(pk=notification.pk, emailed_at__isnull=True).update(
            emailed_at=timezone.now()
        )
    if not claimed:
        return False
    try:
        build_notification_email(notification).send()
    except Exception:
        Notification.objects.filter(pk=notification.pk).update(emailed_at=None)
        raise
    return True
