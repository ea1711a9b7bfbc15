"""Writing in the forum: topics, replies and edits, with counters kept on the topic and the
category (no recount on write), pre-moderation, rate limits, mentions and notifications."""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from network import access
from network.models import User
from network.notifications import notify

from .attachments import attach
from .models import Category, Draft, Post, PostRevision, Subscription, Topic
from .rendering import render_markdown


class RateLimited(Exception):
    """A new member posted again too soon; ``seconds`` until they may."""

    def __init__(self, seconds: int):
        self.seconds = seconds
        super().__init__(seconds)


def is_new_member(user: User) -> bool:
    threshold = getattr(settings, "FORUM_NEW_MEMBER_POSTS", 3)
    return Post.objects.filter(author=user, approved=True).count() < threshold


def check_rate(user: User) -> None:
    """New members post at most once every FORUM_NEW_MEMBER_INTERVAL seconds."""
    if access.is_moderator(user) or not is_new_member(user):
        return
    interval = getattr(settings, "FORUM_NEW_MEMBER_INTERVAL", 30)
    last = (
        Post.objects.filter(author=user)
        .order_by("-created_at")
        .values_list("created_at", flat=True)
        .first()
    )
    if last is not None:
        wait = interval - (timezone.now() - last).total_seconds()
        if wait > 0:
            raise RateLimited(int(wait) + 1)


def needs_approval(category: Category, user: User) -> bool:
    if access.is_moderator(user):
        return False
    return (
        category.pre_moderated
        or is_new_member(user)
        and getattr(settings, "FORUM_PREMODERATE_NEW_MEMBERS", True)
    )


def _pseudonym_country(user: User, pseudonymous: bool) -> str:
    return (user.organisation.country or "") if pseudonymous and user.organisation else ""


@transaction.atomic
def create_topic(
    category: Category,
    author: User,
    *,
    title: str,
    kind: str,
    body: str,
    language: str,
    pseudonymous: bool = False,
) -> Topic:
    check_rate(author)
    now = timezone.now()
    approved = not needs_approval(category, author)
    topic = Topic.objects.create(
        category=category,
        title=title,
        kind=kind,
        language=language,
        author=author,
        pseudonymous=pseudonymous,
        last_activity_at=now,
        approved=approved,
    )
    _add_post(
        topic,
        author,
        body=body,
        language=language,
        pseudonymous=pseudonymous,
        approved=approved,
        now=now,
    )
    Category.objects.filter(pk=category.pk).update(topic_count=F("topic_count") + 1)
    Subscription.objects.get_or_create(user=author, topic=topic)
    return topic


@transaction.atomic
def reply(
    topic: Topic,
    author: User,
    *,
    body: str,
    language: str,
    pseudonymous: bool = False,
    attachment=None,
) -> Post:
    """Append a reply; ``attachment`` is an (upload, pipeline check) pair, stored with it."""
    check_rate(author)
    topic = Topic.objects.select_for_update().select_related("category").get(pk=topic.pk)
    approved = topic.approved and not needs_approval(topic.category, author)
    post = _add_post(
        topic,
        author,
        body=body,
        language=language,
        pseudonymous=pseudonymous,
        approved=approved,
        now=timezone.now(),
    )
    if attachment is not None:
        attach(post, *attachment, author)
    Draft.objects.filter(user=author, topic=topic).delete()
    Subscription.objects.get_or_create(user=author, topic=topic)
    if approved:
        transaction.on_commit(lambda: announce(post))
    return post


def _add_post(
    topic: Topic,
    author: User,
    *,
    body: str,
    language: str,
    pseudonymous: bool,
    approved: bool,
    now: datetime.datetime,
) -> Post:
    """Append a post at the topic's next position and move every counter by one."""
    html, mentioned = render_markdown(body)
    is_new_participant = not Post.objects.filter(topic=topic, author=author).exists()
    position = topic.post_count + 1
    post = Post.objects.create(
        topic=topic,
        position=position,
        author=author,
        body=body,
        body_html=html,
        language=language,
        pseudonymous=pseudonymous,
        pseudonym_country=_pseudonym_country(author, pseudonymous),
        approved=approved,
    )
    updates = {"post_count": F("post_count") + 1}
    if is_new_participant:
        updates["participant_count"] = F("participant_count") + 1
    if approved:
        updates.update(last_activity_at=now, last_post=post)
    Topic.objects.filter(pk=topic.pk).update(**updates)
    topic.post_count = position
    Category.objects.filter(pk=topic.category_id).update(
        post_count=F("post_count") + 1, last_activity_at=now
    )
    post.mentioned = mentioned
    return post


@transaction.atomic
def edit_post(post: Post, editor: User, body: str) -> Post:
    """Change a post's text; the previous text is kept as a revision."""
    PostRevision.objects.create(post=post, body=post.body, edited_by=editor)
    post.body = body
    post.body_html, _mentioned = render_markdown(body)
    post.edited_at = timezone.now()
    post.save(update_fields=["body", "body_html", "edited_at"])
    return post


def announce(post: Post) -> None:
    """Tell the watchers of the topic and category, and the people mentioned, who may see it."""
    topic = post.topic
    category = topic.category
    url = reverse("forum:post", args=[post.pk])
    mentioned = set(getattr(post, "mentioned", None) or render_markdown(post.body)[1])
    told = {post.author_id}
    for user in User.objects.filter(username__in=mentioned, is_active=True).select_related(
        "organisation"
    ):
        if user.pk in told or not access.can_see(user, category):
            continue  # a mention of someone who cannot see the category tells them nothing
        told.add(user.pk)
        Subscription.objects.get_or_create(user=user, topic=topic)
        notify(
            user,
            "forum_mentions",
            template="forum/notifications/mention",
            context={"post": post, "topic": topic},
            url=url,
            item=category,
        )
    watchers = Subscription.objects.filter(topic=topic) | Subscription.objects.filter(
        category=category
    )
    for subscription in watchers.select_related("user__organisation"):
        user = subscription.user
        if user.pk in told or not user.is_active:
            continue
        told.add(user.pk)
        notify(
            user,
            "forum_replies",
            template="forum/notifications/reply",
            context={"post": post, "topic": topic},
            url=url,
            item=category,
        )
