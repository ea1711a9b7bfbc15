"""A category's audience travels to the files attached in it."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from .attachments import follow_category
from .models import Category


@receiver(post_save, sender=Category)
def attachments_follow(sender, instance: Category, created: bool, **kwargs) -> None:
    if not created:
        follow_category(instance)
