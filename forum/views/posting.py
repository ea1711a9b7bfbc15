"""Writing in the forum: new topics, replies (with server-side drafts), edits, reactions, the
helpful answer, and watching."""

from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from network import access
from network.decorators import member_required

from .. import posting
from ..forms import EditForm, ReplyForm, TopicForm
from ..models import Draft, Post, Reaction, Subscription, Topic
from ..moderation import is_suspended
from ..queries import category_or_404, post_or_404, topic_or_404
from .reading import topic_url


def _suspended(request):
    return render(request, "forum/suspended.html", status=403)


def _rate_limited(request, template: str, context: dict, seconds: int):
    context["rate_limited"] = seconds
    return render(request, template, context, status=429)


@member_required
def new_topic(request, slug: str):
    category = category_or_404(request.user, slug)
    if is_suspended(request.user):
        return _suspended(request)
    form = TopicForm(request.POST or None, user=request.user, category=category)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            topic = posting.create_topic(
                category,
                request.user,
                title=data["title"],
                kind=data["kind"],
                body=data["body"],
                language=data["language"],
                pseudonymous=data.get("pseudonymous", False),
            )
        except posting.RateLimited as limit:
            return _rate_limited(
                request, "forum/new_topic.html", {"category": category, "form": form}, limit.seconds
            )
        if not topic.approved:
            messages.info(request, _("Your topic waits for a moderator before others see it."))
        return redirect("forum:topic", pk=topic.pk)
    return render(request, "forum/new_topic.html", {"category": category, "form": form})


@member_required
def reply(request, pk: int):
    topic = topic_or_404(request.user, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if is_suspended(request.user):
        return _suspended(request)
    form = ReplyForm(request.POST, request.FILES, user=request.user, category=topic.category)
    context = {"topic": topic, "form": form}
    if topic.locked:
        messages.error(request, _("This topic is locked: no more replies."))
        _keep_draft(request.user, topic, request.POST.get("body", ""))
        return redirect("forum:topic", pk=topic.pk)
    if not form.is_valid():
        _keep_draft(request.user, topic, request.POST.get("body", ""))
        return render(request, "forum/reply.html", context, status=400)
    data = form.cleaned_data
    try:
        post = posting.reply(
            topic,
            request.user,
            body=data["body"],
            language=data["language"],
            pseudonymous=data.get("pseudonymous", False),
            attachment=(data["attachment"], form.checked) if data.get("attachment") else None,
        )
    except posting.RateLimited as limit:
        _keep_draft(request.user, topic, data["body"])
        return _rate_limited(request, "forum/reply.html", context, limit.seconds)
    if not post.approved:
        messages.info(request, _("Your reply waits for a moderator before others see it."))
    return redirect(f"{topic_url(topic, post.page)}#p{post.position}")


def _keep_draft(user, topic: Topic, body: str) -> None:
    """Keep the raw text as typed (unvalidated), minus NUL bytes, which PostgreSQL refuses."""
    body = body.replace("\x00", "")
    if body.strip():
        Draft.objects.update_or_create(user=user, topic=topic, defaults={"body": body[:60_000]})


@require_POST
@member_required
def save_draft(request, pk: int):
    """Keep the reply being written (the page's script calls this as you type; a button too)."""
    topic = topic_or_404(request.user, pk)
    body = request.POST.get("body", "")
    if body.strip():
        _keep_draft(request.user, topic, body)
    else:
        Draft.objects.filter(user=request.user, topic=topic).delete()
    if request.headers.get("x-requested-with") == "fetch":
        return HttpResponse(status=204)
    messages.success(request, _("Draft saved."))
    return redirect(topic_url(topic, topic.page_count) + "#reply")


@member_required
def edit(request, pk: int):
    post = post_or_404(request.user, pk)
    if not (post.author_id == request.user.pk or access.is_moderator(request.user)):
        raise Http404
    if post.topic.locked and not access.is_moderator(request.user):
        raise Http404
    form = EditForm(request.POST or None, initial={"body": post.body})
    if request.method == "POST" and form.is_valid():
        if form.cleaned_data["body"] != post.body:
            posting.edit_post(post, request.user, form.cleaned_data["body"])
        return redirect("forum:post", pk=post.pk)
    return render(request, "forum/edit.html", {"post": post, "form": form})


@require_POST
@member_required
def react(request, pk: int):
    post = post_or_404(request.user, pk)
    kind = request.POST.get("kind")
    if kind not in Reaction.Kind.values or not post.approved or post.hidden:
        raise Http404
    with transaction.atomic():
        existing = Reaction.objects.filter(post=post, user=request.user, kind=kind)
        if existing.exists():
            existing.delete()
            change = -1
        else:
            Reaction.objects.create(post=post, user=request.user, kind=kind)
            change = 1
        post = Post.objects.select_for_update().get(pk=post.pk)
        counts = dict(post.reaction_counts)
        counts[kind] = max(0, counts.get(kind, 0) + change)
        post.reaction_counts = {key: value for key, value in counts.items() if value}
        post.save(update_fields=["reaction_counts"])
    return redirect("forum:post", pk=post.pk)


@require_POST
@member_required
def helpful(request, pk: int):
    """The topic's author or a moderator marks a reply as the helpful answer (again: unmark)."""
    post = post_or_404(request.user, pk)
    topic = post.topic
    if topic.kind != Topic.Kind.QUESTION or post.position == 1:
        raise Http404
    if not (topic.author_id == request.user.pk or access.is_moderator(request.user)):
        raise Http404
    new_value = None if topic.helpful_answer_id == post.pk else post
    Topic.objects.filter(pk=topic.pk).update(helpful_answer=new_value)
    return redirect("forum:post", pk=post.pk)


@require_POST
@member_required
def watch_topic(request, pk: int):
    topic = topic_or_404(request.user, pk)
    _toggle(
        Subscription.objects.filter(user=request.user, topic=topic),
        lambda: Subscription.objects.create(user=request.user, topic=topic),
    )
    return redirect("forum:topic", pk=topic.pk)


@require_POST
@member_required
def watch_category(request, slug: str):
    category = category_or_404(request.user, slug)
    _toggle(
        Subscription.objects.filter(user=request.user, category=category),
        lambda: Subscription.objects.create(user=request.user, category=category),
    )
    return redirect("forum:category", slug=category.slug)


def _toggle(existing, create) -> None:
    if existing.exists():
        existing.delete()
    else:
        create()
