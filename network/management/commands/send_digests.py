"""E-mail each person one digest of the notifications they want daily (run it once a day)."""

from collections import defaultdict

from django.core.management.base import BaseCommand
from django.db.models import F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from network.models import Frequency, Notification, NotificationPreference, User
from network.notifications import ALL_KINDS, absolute_url, build_email, open_url

PROGRESS_EVERY = 100
BATCH = 500


class Command(BaseCommand):
    help = "E-mail the daily digest of notifications not yet e-mailed."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Say what would be sent, without sending or marking anything.",
        )

    def handle(self, *args, dry_run: bool = False, **options):
        frequency = Coalesce(
            Subquery(
                NotificationPreference.objects.filter(
                    user=OuterRef("recipient_id"), kind=OuterRef("kind")
                ).values("frequency")[:1]
            ),
            F("recipient__notify"),
        )
        pending = (
            Notification.objects.filter(emailed_at__isnull=True)
            .annotate(frequency=frequency)
            .filter(frequency__in=[Frequency.DAILY, Frequency.OFF])
            .order_by("recipient_id", "created_at", "pk")
            .only("pk", "recipient_id", "kind", "title", "url", "created_at")
        )
        by_user: dict[int, list[Notification]] = defaultdict(list)
        for notification in pending:
            by_user[notification.recipient_id].append(notification)
        users = User.objects.in_bulk(list(by_user))

        total = len(by_user)
        sent = 0
        silent: list[int] = []  # switched off, or nowhere to send: marked without sending
        for done, (user_id, notifications) in enumerate(by_user.items(), start=1):
            user = users[user_id]
            daily = [n for n in notifications if n.frequency == Frequency.DAILY]
            if daily and user.is_active and user.email:
                if not dry_run:
                    self.send_digest(user, daily)
                    Notification.objects.filter(pk__in=[n.pk for n in notifications]).update(
                        emailed_at=timezone.now()
                    )
                sent += 1
            else:
                silent.extend(n.pk for n in notifications)
            if done % PROGRESS_EVERY == 0 or done == total:
                self.stdout.write(f"{done}/{total} people")

        if silent and not dry_run:
            for start in range(0, len(silent), BATCH):
                Notification.objects.filter(pk__in=silent[start : start + BATCH]).update(
                    emailed_at=timezone.now()
                )
        verb = "Would send" if dry_run else "Sent"
        self.stdout.write(self.style.SUCCESS(f"{verb} {sent} digests"))

    def send_digest(self, user, notifications) -> None:
        with translation.override(user.preferred_language):
            context = {
                "user": user,
                "count": len(notifications),
                "items": [{"title": n.title, "url": open_url(n)} for n in notifications],
                "notifications_url": absolute_url(reverse("network:notifications")),
            }
            subject = render_to_string("network/email/digest_subject.txt", context)
            body = render_to_string("network/email/digest_body.txt", context)
        build_email(user, subject, body.strip(), ALL_KINDS).send()
