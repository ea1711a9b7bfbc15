"""``manage.py search_index --rebuild``: rebuild the search index with a progress bar.
``manage.py search_index --due``: index what the clock alone changed, e.g. library documents
whose embargo ended (run daily; it looks back a little over a day, so a missed hour is
harmless)."""

import datetime
import sys
import time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from search import indexing
from search.engines import elasticsearch_configured

DUE_HOURS = 26


class Command(BaseCommand):
    help = "Rebuild the search index (the database's, and Elasticsearch's when configured)."

    def add_arguments(self, parser):
        parser.add_argument("--rebuild", action="store_true", help="Rebuild everything.")
        parser.add_argument(
            "--due",
            action="store_true",
            help="Index what the clock alone changed (embargoes ended); run it daily.",
        )
        parser.add_argument(
            "--hours",
            type=int,
            default=DUE_HOURS,
            help=f"With --due: how far back to look (default {DUE_HOURS}).",
        )
        parser.add_argument(
            "--database-only", action="store_true", help="Leave Elasticsearch alone."
        )

    def handle(self, *args, rebuild: bool, due: bool, hours: int, database_only: bool, **options):
        if due:
            now = timezone.now()
            done = indexing.index_due(now - datetime.timedelta(hours=hours), now)
            self.stdout.write(self.style.SUCCESS(f"Indexed {done} items due."))
            if not rebuild:
                return
        if not rebuild:
            raise CommandError("Say what to do: --rebuild or --due.")
        total = indexing.count()
        started = time.monotonic()
        bar = ProgressBar(total, self.stdout)
        done = indexing.rebuild(
            progress=bar.update, elastic=False if database_only else elasticsearch_configured()
        )
        bar.finish()
        seconds = time.monotonic() - started
        self.stdout.write(self.style.SUCCESS(f"Indexed {done} items in {seconds:.1f} s."))


class ProgressBar:
    """A one-line bar on a terminal; a line per tenth otherwise (logs stay short)."""

    WIDTH = 40

    def __init__(self, total: int, out):
        self.total, self.out = max(total, 1), out
        self.tty = getattr(sys.stdout, "isatty", lambda: False)()
        self.last_tenth = -1

    def update(self, done: int) -> None:
        share = min(1.0, done / self.total)
        filled = int(share * self.WIDTH)
        line = f"[{'#' * filled}{'.' * (self.WIDTH - filled)}] {done}/{self.total}"
        if self.tty:
            self.out.write("\r" + line, ending="")
            self.out.flush()
        elif int(share * 10) != self.last_tenth:
            self.last_tenth = int(share * 10)
            self.out.write(line)

    def finish(self) -> None:
        if self.tty:
            self.out.write("")
