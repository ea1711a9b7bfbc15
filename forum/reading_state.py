"""A reader's own state in a topic (how far they read, their draft, whether they watch it), and
remembering how far they read: at most one small write, only when they advance."""

import functools
from dataclasses import dataclass

from django.db import IntegrityError, connection, transaction
from django.db.models import IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce

from .models import Draft, ReadState, Subscription

NO_STATE = -1


def with_read_position(topics, user):
    """Annotate ``read_to``: the last position ``user`` read, or -1 if never opened."""
    read = ReadState.objects.filter(user=user, topic=OuterRef("pk")).values("last_read_position")
    return topics.annotate(
        read_to=Coalesce(Subquery(read[:1]), Value(NO_STATE), output_field=IntegerField())
    )


@dataclass(frozen=True)
class ReaderState:
    read_to: int  # the last position read, or NO_STATE if never opened
    draft: str  # the reply being written, or ""
    watching: bool


def reader_state(user, topic) -> ReaderState:
    """``user``'s state in ``topic`` in one query (a topic page reads all three)."""
    with connection.cursor() as cursor:
        cursor.execute(_reader_state_sql(), [user.pk, topic.pk] * 3)
        read_to, draft, watching = cursor.fetchone()
    return ReaderState(
        read_to=NO_STATE if read_to is None else read_to,
        draft=draft or "",
        watching=bool(watching),
    )


@functools.cache
def _reader_state_sql() -> str:
    """Three scalar subqueries, each by (user, topic): plain SQL built once from the models'
    metadata, as the ORM would compile three querysets on every page."""
    q = connection.ops.quote_name

    def where(model) -> str:
        user, topic = model._meta.get_field("user").column, model._meta.get_field("topic").column
        return f"FROM {q(model._meta.db_table)} WHERE {q(user)} = %s AND {q(topic)} = %s"

    position = ReadState._meta.get_field("last_read_position").column
    body = Draft._meta.get_field("body").column
    # Only quoted names from the models' metadata; the ids are parameters.
    return (
        f"SELECT (SELECT {q(position)} {where(ReadState)}),"  # noqa: S608
        f" (SELECT {q(body)} {where(Draft)}),"
        f" EXISTS (SELECT 1 {where(Subscription)})"
    )


def mark_read(user, topic, position: int) -> None:
    """Move the read position forward (``topic.read_to``: from ``with_read_position`` or
    ``reader_state``)."""
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
