"""Remembering how far someone has read: at most one small write, only when they advance."""

from django.db import IntegrityError, transaction
from django.db.models import IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce

from .models import ReadState

NO_STATE = -1


def with_read_position(topics, user):
    """Annotate ``read_to``: the last position ``user`` read, or -1 if never opened."""
    read = ReadState.objects.filter(user=user, topic=OuterRef("pk")).values("last_read_position")
    return topics.annotate(
        read_to=Coalesce(Subquery(read[:1]), Value(NO_STATE), output_field=IntegerField())
    )


def read_position(user, topic) -> int:
    """The last position ``user`` read in ``topic``, or -1 if never opened (one small query,
    cheaper to build than ``with_read_position``'s subquery when only one topic is read)."""
    found = (
        ReadState.objects.filter(user=user, topic=topic)
        .values_list("last_read_position", flat=True)
        .first()
    )
    return NO_STATE if found is None else found


def mark_read(user, topic, position: int) -> None:
    """Move the read position forward (``topic.read_to``: from ``with_read_position`` or
    ``read_position``)."""
    if position <= topic.read_to:
        return
    if topic.read_to == NO_STATE:
        try:
            with transaction.atomic():
                ReadState.objects.create(user=user, topic=topic, last_read_position=position)
            return
        except IntegrityError:
            pass  # another request of the same person created it meanwhile
    ReadState.objects.filter(user=user, topic=topic, last_read_position__lt=position).update(
        last_read_position=position
    )
