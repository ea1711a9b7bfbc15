"""The forum in the search index: topics (title and opening post) and replies (kind ``post``).

Only approved, visible messages are indexed; held and hidden ones stay out for everyone. A
category's audience travels to its topics and posts: the forum is for members, so a category
open to "everyone" is indexed for everyone who may use the forum.
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from network import keys
from network.countries import regional_group
from network.models import Organisation
from search.documents import SearchDocument
from search.registry import Projection, register

from .models import Category, Post, Topic

FORUM_USERS = [
    keys.MEMBERS,
    keys.SECRETARIAT,
    keys.COMMITTEE,
    *(keys.type_key(kind) for kind in Organisation.Kind.values),
]


def audience(category: Category) -> list[str]:
    held = category.audience_keys.split()
    if keys.PUBLIC in held:
        held = [key for key in held if key != keys.PUBLIC] + FORUM_USERS
    return held


def _author_facets(post: Post) -> dict:
    organisation = post.author.organisation if post.author else None
    if post.pseudonymous:
        country = post.pseudonym_country
        kinds = [Organisation.Kind.CSO]
    elif organisation is not None:
        country, kinds = organisation.country, [organisation.kind]
    else:
        country, kinds = "", []
    return {
        "countries": [country] if country else [],
        "regional_groups": [group for group in [regional_group(country)] if group]
        if country
        else [],
        "participant_types": kinds,
    }


def _url(name: str, pk: int) -> str:
    from django.urls import reverse

    with translation.override(settings.LANGUAGE_CODE):
        return reverse(name, args=[pk])


def project_topic(topic: Topic):
    opening = next(iter(topic.opening), None)
    yield SearchDocument(
        kind="topic",
        id=topic.pk,
        url=_url("forum:topic", topic.pk),
        language=topic.language,
        title=topic.title,
        body=opening.body if opening else "",
        audience_keys=audience(topic.category),
        year=topic.created_at.year,
        date=topic.created_at.date(),
        **(_author_facets(opening) if opening else {}),
    )


def project_post(post: Post):
    yield SearchDocument(
        kind="post",
        id=post.pk,
        url=_url("forum:post", post.pk),
        language=post.language,
        title=post.topic.title,
        body=post.body,
        audience_keys=audience(post.topic.category),
        year=post.created_at.year,
        date=post.created_at.date(),
        **_author_facets(post),
    )


def _topics():
    return Topic.objects.filter(approved=True, hidden=False)


def _posts():
    return Post.objects.filter(
        approved=True, hidden=False, position__gt=1, topic__approved=True, topic__hidden=False
    )


def _prefetch_topics(queryset):
    from django.db.models import Prefetch

    return queryset.select_related("category").prefetch_related(
        Prefetch(
            "posts",
            queryset=Post.objects.filter(position=1).select_related("author__organisation"),
            to_attr="opening",
        )
    )


def _replies_to_follow(topic: Topic) -> list[int]:
    """A topic's replies need re-indexing when it was hidden, shown, renamed or moved; not on
    every new reply (which saves the topic's counters)."""
    from search.models import SearchEntry

    entry = SearchEntry.objects.filter(kind="topic", object_id=topic.pk).first()
    shown = topic.approved and not topic.hidden
    if entry is not None and shown:
        changed = entry.title != topic.title or set(entry.audience_keys.split()) != set(
            audience(topic.category)
        )
    else:
        changed = (entry is not None) != shown
    return list(topic.posts.filter(position__gt=1).values_list("pk", flat=True)) if changed else []


def register_forum() -> None:
    register(
        Projection(
            kind="topic",
            label=_("Forum topics"),
            model=Topic,
            objects=_topics,
            project=project_topic,
            prefetch=_prefetch_topics,
            depends=[
                (Category, lambda category: category.topics.values_list("pk", flat=True)),
                (Post, lambda post: [post.topic_id] if post.position == 1 else []),
            ],
        )
    )
    register(
        Projection(
            kind="post",
            label=_("Forum replies"),
            model=Post,
            objects=_posts,
            project=project_post,
            prefetch=lambda queryset: queryset.select_related(
                "topic__category", "author__organisation"
            ),
            depends=[
                (
                    Category,
                    lambda category: Post.objects.filter(topic__category=category).values_list(
                        "pk", flat=True
                    ),
                ),
                (Topic, _replies_to_follow),
            ],
        )
    )
