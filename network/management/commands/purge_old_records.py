"""Delete records older than their retention period (NOTIFICATION_RETENTION_DAYS, ...)."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from network.privacy import purge_old_records


class Command(BaseCommand):
    help = (
        "Delete notifications, audit log entries, failed login records and expired sessions "
        "older than their retention period. Run it daily (cron)."
    )

    def handle(self, *args, **options):
        def report(label, count, cutoff):
            self.stdout.write(f"{label}: deleting {count} older than {cutoff:%Y-%m-%d %H:%M}")

        counts = purge_old_records(report=report)
        call_command("clearsessions")
        ended = 0
        if settings.SESSION_ENGINE == "django.contrib.sessions.backends.db":
            from allauth.usersessions.models import UserSession
            from django.contrib.sessions.models import Session

            stale = UserSession.objects.exclude(
                session_key__in=Session.objects.values("session_key")
            )
            ended, _ = stale.delete()
        self.stdout.write(f"expired sessions: cleared, {ended} session records removed")
        self.stdout.write(self.style.SUCCESS(f"Done: {sum(counts.values())} records deleted."))
