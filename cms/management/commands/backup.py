"""manage.py backup ARCHIVE: the database, media and private files in one checksummed tar.gz."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from cms.operations.backup import BackupError, create_backup


class Command(BaseCommand):
    help = (
        "Write one archive (tar.gz) holding the database, the media and private files, and a "
        "manifest of SHA-256 checksums."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "archive",
            nargs="?",
            help="Where to write it (default: nmirf-backup-<UTC time>.tar.gz here).",
        )

    def handle(self, *args, **options):
        archive = options["archive"] or f"nmirf-backup-{timezone.now():%Y%m%dT%H%M%SZ}.tar.gz"
        try:
            create_backup(Path(archive), progress=self.stdout.write)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
