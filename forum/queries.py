"""What a reader may see in the forum: the access policy applied to categories, and the
moderation states of topics and posts."""

from django.db.models import Q, QuerySet
from django.http import Http404

from network import access

from .models import Category, Post, Topic


def visible_categories(user) -> QuerySet:
    return access.visible(Category.objects.all(), user)


def visible_topics(user) -> QuerySet:
    """Topics in the categories ``user`` may see; held or hidden ones only for moderators and
    their authors."""
    queryset = access.visible(Topic.objects.all(), user, field="category__audience_keys")
    if access.is_moderator(user):
        return queryset
    shown = Q(approved=True, hidden=False)
    if user.is_authenticated:
        shown |= Q(author=user)
    return queryset.filter(shown)


def visible_posts(user) -> QuerySet:
    queryset = access.visible(Post.objects.all(), user, field="topic__category__audience_keys")
    if access.is_moderator(user):
        return queryset
    return queryset.filter(
        Q(approved=True) | Q(author=user) if user.is_authenticated else Q(approved=True)
    )


def category_or_404(user, slug: str) -> Category:
    try:
        return visible_categories(user).get(slug=slug)
    except Category.DoesNotExist as exc:
        raise Http404 from exc


def topic_or_404(user, pk: int) -> Topic:
    """The topic if ``user`` may see it."""
    try:
        return visible_topics(user).select_related("category").get(pk=pk)
    except Topic.DoesNotExist as exc:
        raise Http404 from exc


def post_or_404(user, pk: int) -> Post:
    try:
        return visible_posts(user).select_related("topic__category", "author").get(pk=pk)
    except Post.DoesNotExist as exc:
        raise Http404 from exc
