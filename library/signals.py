"""A document whose file is new or replaced goes through the pipeline once committed; any
change to the catalogue forgets the cached filter counts."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from .facets import catalogue_changed
from .models import DocumentCountry, LibraryDocument
from .tasks import process_document


@receiver(post_save, sender=LibraryDocument)
def process_new_files(sender, instance: LibraryDocument, **kwargs) -> None:
    if instance.status == LibraryDocument.Status.PROCESSING and instance.file:
        transaction.on_commit(lambda: process_document.enqueue(instance.pk))


@receiver(post_save, sender=LibraryDocument)
@receiver(post_delete, sender=LibraryDocument)
@receiver(post_save, sender=DocumentCountry)
@receiver(post_delete, sender=DocumentCountry)
@receiver(m2m_changed, sender=LibraryDocument.topics.through)
@receiver(m2m_changed, sender=LibraryDocument.capacities.through)
@receiver(m2m_changed, sender=LibraryDocument.organisations.through)
def forget_counts(sender, **kwargs) -> None:
    # Now, for what follows in this transaction, and again once committed, so that counts
    # taken meanwhile from the data before the commit are not kept either.
    catalogue_changed()
    transaction.on_commit(catalogue_changed)
