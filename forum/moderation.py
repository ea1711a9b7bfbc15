"""Moderation: what moderators do to posts, topics and people, each act written to the log.

Every function takes the moderator, changes the state inside a transaction (the row locked,
so two moderators acting at once do not act twice), writes one ``ModerationLog`` row and
returns True; when there is nothing to change it writes nothing and returns False.
"""

from __future__ import annotations

import datetime
from collections import Counter

from django.db import transaction
from django.db.models import Case, Count, F, Min, Prefetch, Q, QuerySet, When
from django.urls import reverse
from django.utils import timezone

from network.notifications import notify

from .attachments import follow_category
from .models import Category, Flag, ModerationLog, Post, Suspension, Topic

Action = ModerationLog.Action


class ReasonRequired(ValueError):
    """Hiding and suspending say why: the person concerned reads it."""


def _log(moderator, action: str, *, topic=None, post=None, target_user=None, reason: str = ""):
    return ModerationLog.objects.create(
        moderator=moderator,
        action=action,
        topic=topic,
        post=post,
        target_user=target_user,
        reason=reason,
    )


def _require(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ReasonRequired
    return reason


def _locked_post(post: Post) -> Post:
    return Post.objects.select_for_update().get(pk=post.pk)


def _locked_topic(topic: Topic) -> Topic:
    return Topic.objects.select_for_update().get(pk=topic.pk)


def _sync(target, source, *fields: str) -> None:
    """Copy the fields just saved onto the caller's instance."""
    for field in fields:
        setattr(target, field, getattr(source, field))


def _resolve_flags(post: Post, now: datetime.datetime) -> int:
    return Flag.objects.filter(post=post, resolved_at__isnull=True).update(resolved_at=now)


# Posts


def approve_post(post: Post, moderator) -> bool:
    """Let others see a held post; the opening post approves its topic too. Watchers are told
    once the approval is committed."""
    from .posting import announce

    with transaction.atomic():
        current = _locked_post(post)
        if current.approved:
            return False
        current.approved = True
        current.save(update_fields=["approved"])
        topic = _locked_topic(current.topic)
        changed = []
        if current.position == 1 and not topic.approved:
            topic.approved = True
            changed.append("approved")
        last_position = (
            Post.objects.filter(pk=topic.last_post_id).values_list("position", flat=True).first()
        )
        if last_position is None or current.position > last_position:
            topic.last_post = current
            changed.append("last_post")
            if topic.last_activity_at is None or current.created_at > topic.last_activity_at:
                topic.last_activity_at = current.created_at
                changed.append("last_activity_at")
        if changed:
            topic.save(update_fields=changed)
        _log(moderator, Action.APPROVE, topic=topic, post=current, target_user=current.author)
        current.topic = topic
        if topic.approved and not topic.hidden:  # a held topic is news to no one yet
            transaction.on_commit(lambda: announce(current))
    _sync(post, current, "approved")
    post.topic = topic
    return True


def hide_post(post: Post, moderator, reason: str) -> bool:
    """Hide a post from everyone but its author and the moderators; the author is told why.
    Its open flags are answered by this."""
    reason = _require(reason)
    with transaction.atomic():
        current = _locked_post(post)
        if current.hidden and current.hidden_reason == reason:
            return False
        current.hidden = True
        current.hidden_reason = reason
        current.save(update_fields=["hidden", "hidden_reason"])
        _resolve_flags(current, timezone.now())
        topic = current.topic
        _log(
            moderator,
            Action.HIDE,
            topic=topic,
            post=current,
            target_user=current.author,
            reason=reason,
        )
        _tell_author(current, topic, moderator, reason, whole_topic=False)
    _sync(post, current, "hidden", "hidden_reason")
    return True


def unhide_post(post: Post, moderator, reason: str = "") -> bool:
    with transaction.atomic():
        current = _locked_post(post)
        if not current.hidden:
            return False
        current.hidden = False
        current.hidden_reason = ""
        current.save(update_fields=["hidden", "hidden_reason"])
        _log(
            moderator,
            Action.UNHIDE,
            topic=current.topic,
            post=current,
            target_user=current.author,
            reason=(reason or "").strip(),
        )
    _sync(post, current, "hidden", "hidden_reason")
    return True


def dismiss_flags(post: Post, moderator, reason: str = "") -> bool:
    """The post stays as it is: its open flags are resolved."""
    with transaction.atomic():
        current = _locked_post(post)
        if not _resolve_flags(current, timezone.now()):
            return False
        _log(
            moderator,
            Action.DISMISS_FLAGS,
            topic=current.topic,
            post=current,
            target_user=current.author,
            reason=(reason or "").strip(),
        )
    return True


def _tell_author(post: Post, topic: Topic, moderator, reason: str, *, whole_topic: bool):
    author = post.author
    if author is None or not author.is_active or author.pk == getattr(moderator, "pk", None):
        return
    notify(
        author,
        "forum_moderation",
        template="forum/notifications/post_hidden",
        context={"post": post, "topic": topic, "reason": reason, "whole_topic": whole_topic},
        url=reverse("forum:post", args=[post.pk]),
        item=topic.category,
    )


# Topics


def _set_topic_flag(
    topic: Topic, moderator, field: str, value: bool, action: str, reason: str = ""
) -> bool:
    with transaction.atomic():
        current = _locked_topic(topic)
        if getattr(current, field) == value:
            return False
        setattr(current, field, value)
        current.save(update_fields=[field])
        _log(
            moderator,
            action,
            topic=current,
            target_user=current.author,
            reason=(reason or "").strip(),
        )
    setattr(topic, field, value)
    return True


def lock_topic(topic: Topic, moderator, reason: str = "") -> bool:
    return _set_topic_flag(topic, moderator, "locked", True, Action.LOCK, reason)


def unlock_topic(topic: Topic, moderator, reason: str = "") -> bool:
    return _set_topic_flag(topic, moderator, "locked", False, Action.UNLOCK, reason)


def pin_topic(topic: Topic, moderator, reason: str = "") -> bool:
    return _set_topic_flag(topic, moderator, "pinned", True, Action.PIN, reason)


def unpin_topic(topic: Topic, moderator, reason: str = "") -> bool:
    return _set_topic_flag(topic, moderator, "pinned", False, Action.UNPIN, reason)


def hide_topic(topic: Topic, moderator, reason: str) -> bool:
    """Hide a whole topic from everyone but its author and the moderators; the author is told."""
    reason = _require(reason)
    with transaction.atomic():
        current = _locked_topic(topic)
        if current.hidden:
            return False
        current.hidden = True
        current.save(update_fields=["hidden"])
        _log(moderator, Action.HIDE, topic=current, target_user=current.author, reason=reason)
        opening = current.posts.filter(position=1).select_related("author").first()
        if opening is not None:
            _tell_author(opening, current, moderator, reason, whole_topic=True)
    topic.hidden = True
    return True


def unhide_topic(topic: Topic, moderator, reason: str = "") -> bool:
    return _set_topic_flag(topic, moderator, "hidden", False, Action.UNHIDE, reason)


def move_topic(topic: Topic, category: Category, moderator, reason: str = "") -> bool:
    """Move a topic and its posts to ``category``; both categories' counters follow."""
    with transaction.atomic():
        current = _locked_topic(topic)
        old_id = current.category_id
        if old_id == category.pk:
            return False
        old = Category.objects.get(pk=old_id)
        current.category = category
        current.save(update_fields=["category"])
        posts = current.post_count
        Category.objects.filter(pk=old_id).update(
            topic_count=F("topic_count") - 1, post_count=F("post_count") - posts
        )
        Category.objects.filter(pk=category.pk).update(
            topic_count=F("topic_count") + 1, post_count=F("post_count") + posts
        )
        Category.objects.filter(
            Q(last_activity_at__isnull=True) | Q(last_activity_at__lt=current.last_activity_at),
            pk=category.pk,
        ).update(last_activity_at=current.last_activity_at)
        follow_category(category)  # the topic's attachments take the new audience
        note = f"{old.name} → {category.name}"
        reason = (reason or "").strip()
        _log(
            moderator,
            Action.MOVE,
            topic=current,
            target_user=current.author,
            reason=f"{note}\n{reason}" if reason else note,
        )
    topic.category = category
    return True


# People


def suspend(user, moderator, reason: str, until: datetime.datetime | None) -> Suspension:
    """Suspend ``user`` from posting until ``until`` (None: until lifted)."""
    reason = _require(reason)
    with transaction.atomic():
        suspension = Suspension.objects.create(
            user=user, reason=reason, until=until, created_by=moderator
        )
        _log(moderator, Action.SUSPEND, target_user=user, reason=reason)
    return suspension


def lift_suspension(suspension: Suspension, moderator, reason: str = "") -> bool:
    """End ``suspension`` now; False if it was already lifted."""
    with transaction.atomic():
        lifted = Suspension.objects.filter(pk=suspension.pk, lifted_at__isnull=True).update(
            lifted_at=timezone.now()
        )
        if lifted:
            _log(moderator, Action.LIFT_SUSPENSION, target_user=suspension.user, reason=reason)
    return bool(lifted)


def active_suspensions(user) -> QuerySet:
    return Suspension.objects.filter(
        Q(until__isnull=True) | Q(until__gt=timezone.now()), user=user, lifted_at__isnull=True
    )


def is_suspended(user) -> bool:
    """Is ``user`` under a suspension not lifted and not over?"""
    if not getattr(user, "is_authenticated", False):
        return False
    return active_suspensions(user).exists()


# The queue


def moderation_queue(viewer=None) -> list[Post]:
    """Posts awaiting approval and posts with open flags, the longest waiting first.

    Each post carries ``open_flag_count``, ``open_flags`` (with their users) and
    ``flag_summary`` (reason label, count); its topic, category and author come with it.
    With ``viewer``, only what they may see. Three queries, whatever the length.
    """
    from .queries import visible_posts

    base = visible_posts(viewer) if viewer is not None else Post.objects.all()
    open_flag = Q(flags__resolved_at__isnull=True) & Q(flags__isnull=False)
    queryset = (
        base.filter(hidden=False)
        .annotate(
            open_flag_count=Count("flags", filter=open_flag),
            first_flag_at=Min("flags__created_at", filter=open_flag),
        )
        .filter(Q(approved=False) | Q(open_flag_count__gt=0))
        .annotate(
            waiting_since=Case(
                When(approved=False, then=F("created_at")), default=F("first_flag_at")
            )
        )
        .select_related("topic__category", "topic__author", "author")
        .prefetch_related(
            Prefetch(
                "flags",
                queryset=Flag.objects.filter(resolved_at__isnull=True)
                .select_related("user")
                .order_by("created_at", "pk"),
                to_attr="open_flags",
            )
        )
        .order_by("waiting_since", "pk")
    )
    posts = list(queryset)
    labels = dict(Flag.Reason.choices)
    for post in posts:
        counts = Counter(flag.reason for flag in post.open_flags)
        post.flag_summary = [
            (str(labels.get(reason, reason)), n) for reason, n in counts.most_common()
        ]
    return posts
