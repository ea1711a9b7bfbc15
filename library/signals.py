"""A document whose file is new or replaced goes through the pipeline once committed."""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import LibraryDocument
from .tasks import process_document


@receiver(post_save, sender=LibraryDocument)
def process_new_files(sender, instance: LibraryDocument, **kwargs) -> None:
    if instance.status == LibraryDocument.Status.PROCESSING and instance.file:
        transaction.on_commit(lambda: process_document.enqueue(instance.pk))
