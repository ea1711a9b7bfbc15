"""Delete uploads kept across a failed form that nobody came back for."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand

from network.uploads import discard_abandoned


class Command(BaseCommand):
    help = "Delete stashed uploads older than a session (run daily, e.g. from cron)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--hours",
            type=float,
            default=settings.SESSION_COOKIE_AGE / 3600,
            help="age after which a stashed upload is abandoned (default: the session length)",
        )

    def handle(self, *args, hours: float, **options):
        removed = discard_abandoned(datetime.timedelta(hours=hours))
        self.stdout.write(f"Deleted {removed} abandoned upload(s).")
