"""Load the demo site: the Asunción content in five languages and the demo accounts."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from cms.demo.pages import load_pages
from cms.demo.practices import load_practices
from forum.demo import load_discussions
from library.demo import load_documents
from network.demo import load_accounts, load_organisations


class Command(BaseCommand):
    help = "Load the demo content and demo accounts (refused unless DEBUG is on). Idempotent."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "load_demo_data only runs with DEBUG on: demo accounts share a public password."
            )
        with transaction.atomic():
            organisations = load_organisations()
            users = load_accounts(organisations)
            documents = load_documents()
            topics = load_discussions()
            pages = load_pages(documents)
            practices = load_practices()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data ready: {len(pages)} pages, {len(practices) - 1} good practices, "
                f"{len(documents)} documents, "
                f"{len(topics)} forum topics, "
                f"{len(organisations)} organisations, "
                f"{len(users)} accounts (password: network-demo)."
            )
        )
