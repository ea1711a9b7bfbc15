"""The posts of a topic page as HTML, each rendered once and then reused from the cache.

A post's fragment is cached under a key that digests everything the fragment shows: the post's
state (edits, approval, hiding, reaction counts, attachments), the author as the reader may see
them, the reader's own relation to the post (author, reactions, may mark the helpful answer) and
the language. Anything that changes what a reader would see changes the key, so nothing needs
invalidating; old entries expire. A page of 20 posts is one cache read: its fragments are also
kept together under a key digesting theirs. Moderators' fragments carry per-post forms with a
CSRF token, so theirs are always rendered afresh.
"""

import hashlib
from collections.abc import Sequence

from django.core.cache import cache
from django.db.models import prefetch_related_objects
from django.middleware.csrf import get_token
from django.template.loader import get_template
from django.utils.timezone import get_current_timezone_name
from django.utils.translation import get_language

from network import access

from .display import author_label
from .models import Attachment, Reaction

TEMPLATE = "forum/includes/post.html"
TIMEOUT = 24 * 60 * 60
VERSION = "2"  # bump when forum/includes/post.html changes
# What a fragment reads of a post and its author: the page loads only these columns.
SHOWN_FIELDS = (
    "topic_id",
    "position",
    "author_id",
    "pseudonymous",
    "pseudonym_country",
    "body_html",
    "language",
    "created_at",
    "edited_at",
    "approved",
    "hidden",
    "hidden_reason",
    "reaction_counts",
    "author__username",
    "author__display_name",
    "author__first_name",
    "author__last_name",
    "author__organisation__country",
)


def rendered_posts(request, topic, posts: Sequence, *, page_number: int, open_for_replies: bool):
    """The HTML of each post in ``posts`` (already narrowed to what the reader may see)."""
    viewer = request.user
    is_moderator = access.is_moderator(viewer)
    may_mark_helpful = topic.kind == topic.Kind.QUESTION and (
        is_moderator or topic.author_id == viewer.pk
    )
    mine: dict[int, set[str]] = {}
    ids = [post.pk for post in posts]
    for post_id, kind in Reaction.objects.filter(post_id__in=ids, user=viewer).values_list(
        "post_id", "kind"
    ):
        mine.setdefault(post_id, set()).add(kind)
    attachments = _attachments(ids)
    contexts = [
        {
            "post": post,
            "author": author_label(post, viewer),
            "attachments": attachments.get(post.pk, []),
            "is_author": post.author_id is not None and post.author_id == viewer.pk,
            "is_moderator": is_moderator,
            "is_helpful": topic.helpful_answer_id == post.pk,
            "may_mark_helpful": may_mark_helpful and post.position > 1,
            "open_for_replies": open_for_replies,
            "page_number": page_number,
            "reactions": _reaction_buttons(post, mine.get(post.pk, set())),
        }
        for post in posts
    ]
    template = get_template(TEMPLATE)
    if is_moderator:
        extra = {"request": request, "csrf_token": get_token(request)}
        return [template.render(context | extra) for context in contexts]
    keys = [_key(context) for context in contexts]
    # The page's posts together, as the next reader of the same page will ask for them all.
    page_key = "forum:posts:" + hashlib.blake2b("".join(keys).encode(), digest_size=16).hexdigest()
    page = cache.get(page_key)
    if page is not None:
        return page
    found = cache.get_many(keys)
    missing = {}
    html = []
    for key, context in zip(keys, contexts, strict=True):
        if key not in found:
            missing[key] = found[key] = template.render(context)
        html.append(found[key])
    cache.set_many(missing | {page_key: html}, TIMEOUT)
    return html


def _attachments(post_ids: list[int]) -> dict[int, list]:
    """Each post's attachments, their documents read only if there are any (a page costs one
    query, two with attachments, not a queryset per post as ``prefetch_related`` builds)."""
    found: dict[int, list] = {}
    attachments = list(Attachment.objects.filter(post_id__in=post_ids).order_by("pk"))
    if attachments:
        prefetch_related_objects(attachments, "document")
    for attachment in attachments:
        found.setdefault(attachment.post_id, []).append(attachment)
    return found


def _reaction_buttons(post, mine: set[str]) -> list[tuple[str, str, int, bool]]:
    """(kind, label, count, chosen by the reader) per reaction; none on hidden or pending posts."""
    if not post.approved or post.hidden:
        return []
    counts = post.reaction_counts or {}
    return [
        (kind, label, counts.get(kind, 0), kind in mine) for kind, label in Reaction.Kind.choices
    ]


def _key(context: dict) -> str:
    post = context["post"]
    shown = (
        VERSION,
        get_language(),
        get_current_timezone_name(),
        post.pk,
        post.position,
        post.created_at,
        post.edited_at,
        post.approved,
        post.hidden,
        post.hidden_reason,
        post.language,
        post.body_html,
        context["author"],
        [(a.document_id, a.document.title, a.document.url) for a in context["attachments"]],
        context["is_author"],
        context["is_helpful"],
        context["may_mark_helpful"],
        context["open_for_replies"],
        context["page_number"],
        context["reactions"],
    )
    digest = hashlib.blake2b(repr(shown).encode(), digest_size=16).hexdigest()
    return f"forum:post:{digest}"
