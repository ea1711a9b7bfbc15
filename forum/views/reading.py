"""Reading the forum: categories, topic lists, topics page by page, a post, its history."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_safe

from network import access
from network.decorators import member_required

from ..display import quote_text
from ..forms import ReplyForm, TopicFilterForm
from ..models import PAGE_SIZE, Post, Subscription
from ..post_fragments import SHOWN_FIELDS, rendered_posts
from ..queries import (
    category_or_404,
    post_or_404,
    topic_or_404,
    visible_categories,
    visible_posts,
    visible_topics,
)
from ..reading_state import mark_read, reader_state, with_read_position

TOPICS_PER_PAGE = 20


@require_safe
@member_required
def index(request):
    categories = visible_categories(request.user).filter(parent__isnull=True)
    return render(
        request,
        "forum/index.html",
        {
            "categories": categories,
            "is_moderator": access.is_moderator(request.user),
        },
    )


@require_safe
@member_required
def category(request, slug: str):
    category = category_or_404(request.user, slug)
    form = TopicFilterForm(request.GET or None)
    filters = form.values()
    topics = with_read_position(
        visible_topics(request.user)
        .filter(category=category, **filters)
        .select_related("author__organisation", "last_post__author"),
        request.user,
    ).order_by("-pinned", "-last_activity_at", "-pk")
    page = Paginator(topics, TOPICS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "forum/category.html",
        {
            "category": category,
            "children": visible_categories(request.user).filter(parent=category),
            "page": page,
            "form": form,
            "watching": Subscription.objects.filter(user=request.user, category=category).exists(),
        },
    )


@member_required
def topic(request, pk: int):
    """One page of a topic: its posts are a range of positions, so any page costs the same."""
    topic = topic_or_404(request.user, pk)
    state = reader_state(request.user, topic)
    topic.read_to = state.read_to
    try:
        number = min(max(1, int(request.GET.get("page", 1))), topic.page_count)
    except ValueError:
        number = 1
    first = (number - 1) * PAGE_SIZE + 1
    posts = list(
        topic.posts.filter(position__gte=first, position__lt=first + PAGE_SIZE)
        .select_related("author__organisation")
        .only(*SHOWN_FIELDS)
        .order_by("position")
    )
    is_moderator = access.is_moderator(request.user)
    visible = [
        post
        for post in posts
        if is_moderator or post.author_id == request.user.pk or (post.approved and not post.hidden)
    ]
    if posts:
        mark_read(request.user, topic, posts[-1].position)
    form = None
    if not topic.locked:
        form = ReplyForm(
            initial={"body": _reply_text(request, topic, state.draft)},
            user=request.user,
            category=topic.category,
        )
    return render(
        request,
        "forum/topic.html",
        {
            "topic": topic,
            "helpful_answer": _helpful_answer(topic),
            "post_html": rendered_posts(
                request, topic, visible, page_number=number, open_for_replies=form is not None
            ),
            "page_number": number,
            "pages": range(1, topic.page_count + 1) if topic.page_count <= 10 else None,
            "page_count": topic.page_count,
            "form": form,
            "is_moderator": is_moderator,
            "watching": state.watching,
            "move_targets": visible_categories(request.user) if is_moderator else (),
        },
    )


def _helpful_answer(topic):
    """The answer shown under a question, if it has one that is approved and not hidden."""
    if topic.helpful_answer_id is None:
        return None
    return (
        Post.objects.filter(pk=topic.helpful_answer_id, approved=True, hidden=False)
        .select_related("author__organisation")
        .first()
    )


def _reply_text(request, topic, draft: str) -> str:
    """The reply box's text: the saved draft, plus a quote when "Quote" was chosen."""
    text = draft
    quoted = request.GET.get("quote", "")
    if quoted.isdigit():
        post = visible_posts(request.user).filter(pk=quoted, topic=topic).first()
        if post is not None and not post.hidden:
            text = (text.rstrip() + "\n\n" if text.strip() else "") + quote_text(post, request.user)
    return text


@require_safe
@member_required
def first_unread(request, pk: int):
    topic = topic_or_404(request.user, pk)
    read_to = max(reader_state(request.user, topic).read_to, 0)
    position = min(read_to + 1, max(topic.post_count, 1))
    return redirect(f"{topic_url(topic, topic.page_of(position))}#p{position}")


@require_safe
@member_required
def post(request, pk: int):
    """A post's permanent address: its topic's page, at the post."""
    post = post_or_404(request.user, pk)
    topic_or_404(request.user, post.topic_id)
    return redirect(f"{topic_url(post.topic, post.page)}#p{post.position}")


@require_safe
@member_required
def history(request, pk: int):
    """Earlier versions of a post: for its author and the moderators."""
    post = post_or_404(request.user, pk)
    if not (access.is_moderator(request.user) or post.author_id == request.user.pk):
        raise Http404
    return render(
        request,
        "forum/history.html",
        {
            "post": post,
            "revisions": post.revisions.select_related("edited_by"),
        },
    )


def topic_url(topic, page: int = 1) -> str:
    from django.urls import reverse

    url = reverse("forum:topic", args=[topic.pk])
    return f"{url}?page={page}" if page > 1 else url
