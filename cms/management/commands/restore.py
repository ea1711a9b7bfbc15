"""manage.py restore ARCHIVE [--force]: bring a backup into an empty instance."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.operations.backup import BackupError
from cms.operations.restore import restore_backup


class Command(BaseCommand):
    help = (
        "Verify a backup archive's checksums and load its database and files into this "
        "instance, which must be empty (no accounts, no stored files) unless --force is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="A tar.gz written by manage.py backup.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace the database and files of a non-empty instance.",
        )

    def handle(self, *args, **options):
        try:
            restore_backup(
                Path(options["archive"]), force=options["force"], progress=self.stdout.write
            )
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(self.style.SUCCESS("Restore complete."))
