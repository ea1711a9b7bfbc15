"""The forum's part of the JSON API: topic lists for members, as they may see them."""

import datetime

from django.http import Http404
from django.urls import reverse
from ninja import Router, Schema
from ninja.pagination import PageNumberPagination, paginate

from network import access
from network.api_paging import Projected

from .display import author_label
from .queries import category_or_404, visible_topics

router = Router(tags=["forum"])


class TopicOut(Schema):
    id: int
    title: str
    kind: str
    language: str
    category: str
    author: str
    post_count: int
    participant_count: int
    created_at: datetime.datetime
    last_activity_at: datetime.datetime
    page: str


@router.get("/topics", response=list[TopicOut], summary="Forum topics")
@paginate(PageNumberPagination, page_size=50)
def topics(request, category: str = "", kind: str = "", language: str = ""):
    """Topics the caller may read, by last activity; members only (anyone else gets 404)."""
    if not access.is_member(request.user):
        raise Http404
    queryset = visible_topics(request.user).select_related("category", "author__organisation")
    if category:
        queryset = queryset.filter(category=category_or_404(request.user, category))
    if kind:
        queryset = queryset.filter(kind=kind)
    if language:
        queryset = queryset.filter(language=language)
    user = request.user
    return Projected(
        queryset.order_by("-last_activity_at", "-pk"), lambda topic: _topic(topic, user)
    )


def _topic(topic, user) -> dict:
    return {
        "id": topic.pk,
        "title": topic.title,
        "kind": topic.kind,
        "language": topic.language,
        "category": topic.category.slug,
        "author": author_label(topic, user),
        "post_count": topic.post_count,
        "participant_count": topic.participant_count,
        "created_at": topic.created_at,
        "last_activity_at": topic.last_activity_at,
        "page": reverse("forum:topic", args=[topic.pk]),
    }
