"""Moderation pages: members flag posts; moderators work through the queue, act on posts,
topics and people, and read the audit log. Everything but flagging answers 404 to anyone who
is not a moderator."""

import datetime
from functools import wraps

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from network import access
from network.decorators import member_required
from network.models import User

from .. import moderation
from ..display import author_label
from ..models import Flag, ModerationLog, Suspension
from ..queries import post_or_404, topic_or_404, visible_categories

LOG_PAGE_SIZE = 50
REASON_MAX_LENGTH = 2000


def moderator_required(view):
    """The moderation pages exist only for moderators: anyone else gets 404."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not access.is_moderator(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapper


def _post_only(request):
    return None if request.method == "POST" else HttpResponseNotAllowed(["POST"])


def _back(request, default: str):
    """Where the form came from (``next``, a path on this site), else ``default``."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if (
        target.startswith("/")
        and not target.startswith(("//", "/\\"))
        and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()})
    ):
        return redirect(target)
    return redirect(default)


def _first_error(form) -> str:
    for errors in form.errors.values():
        if errors:
            return errors[0]
    return _("The request could not be understood.")


# Forms


class FlagForm(forms.Form):
    reason = forms.ChoiceField(
        label=gettext_lazy("What is wrong with this post?"), choices=Flag.Reason.choices
    )
    note = forms.CharField(
        label=gettext_lazy("Note for the moderators (optional)"),
        required=False,
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class PostActionForm(forms.Form):
    action = forms.ChoiceField(
        choices=[
            ("approve", gettext_lazy("Approve")),
            ("hide", gettext_lazy("Hide")),
            ("unhide", gettext_lazy("Show again")),
            ("dismiss_flags", gettext_lazy("Dismiss the flags")),
        ]
    )
    reason = forms.CharField(
        label=gettext_lazy("Reason"), required=False, max_length=REASON_MAX_LENGTH
    )

    def clean(self):
        data = super().clean()
        data["reason"] = (data.get("reason") or "").strip()
        if data.get("action") == "hide" and not data["reason"]:
            self.add_error(
                "reason",
                _("Nothing was changed: give a reason for hiding, the author will read it."),
            )
        return data


class TopicActionForm(forms.Form):
    action = forms.ChoiceField(
        choices=[
            ("approve", gettext_lazy("Approve")),
            ("lock", gettext_lazy("Lock")),
            ("unlock", gettext_lazy("Unlock")),
            ("pin", gettext_lazy("Pin")),
            ("unpin", gettext_lazy("Unpin")),
            ("move", gettext_lazy("Move")),
            ("hide", gettext_lazy("Hide")),
            ("unhide", gettext_lazy("Show again")),
        ]
    )
    category = forms.SlugField(label=gettext_lazy("Move to"), required=False, max_length=80)
    reason = forms.CharField(
        label=gettext_lazy("Reason"), required=False, max_length=REASON_MAX_LENGTH
    )

    def __init__(self, *args, viewer, **kwargs):
        super().__init__(*args, **kwargs)
        self.viewer = viewer

    def clean(self):
        data = super().clean()
        data["reason"] = (data.get("reason") or "").strip()
        action = data.get("action")
        if action == "hide" and not data["reason"]:
            self.add_error(
                "reason",
                _("Nothing was changed: give a reason for hiding, the author will read it."),
            )
        if action == "move":
            slug = data.get("category")
            target = visible_categories(self.viewer).filter(slug=slug).first() if slug else None
            if target is None:
                self.add_error(
                    "category", _("Nothing was changed: choose the category to move the topic to.")
                )
            data["target"] = target
        return data


class SuspendForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("Kept in the moderation log."),
    )
    days = forms.IntegerField(
        label=gettext_lazy("Duration in days"),
        required=False,
        min_value=1,
        max_value=3650,
        help_text=gettext_lazy("From 1 to 3650 days; or choose “indefinitely” below."),
    )
    indefinite = forms.BooleanField(
        label=gettext_lazy("Suspend indefinitely (until lifted)"), required=False
    )

    def clean(self):
        data = super().clean()
        days, indefinite = data.get("days"), data.get("indefinite")
        if "days" in self.errors:
            return data
        if days and indefinite:
            self.add_error("days", _("Give a number of days or choose indefinitely, not both."))
        elif not days and not indefinite:
            self.add_error("days", _("Give a number of days, or choose indefinitely."))
        return data

    @property
    def until(self) -> datetime.datetime | None:
        days = self.cleaned_data.get("days")
        return timezone.now() + datetime.timedelta(days=days) if days else None


# Members


@member_required
def flag(request, pk: int):
    """A member asks the moderators to look at a post they can see (once per post)."""
    post = post_or_404(request.user, pk)
    if request.method == "GET":  # the form, on a page of its own (not repeated under every post)
        return render(request, "forum/flag.html", {"post": post, "form": FlagForm()})
    refused = _post_only(request)
    if refused:
        return refused
    back = reverse("forum:post", args=[post.pk])
    if post.author_id == request.user.pk:
        messages.error(request, _("You cannot flag your own post."))
        return redirect(back)
    if moderation.is_suspended(request.user):
        messages.error(request, _("Your account is suspended from the forum."))
        return redirect(back)
    form = FlagForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose what is wrong with the post to flag it."))
        return redirect(back)
    already = _("You have already flagged this post; the moderators will look at it.")
    if Flag.objects.filter(post=post, user=request.user).exists():
        messages.info(request, already)
        return redirect(back)
    try:
        with transaction.atomic():
            Flag.objects.create(
                post=post,
                user=request.user,
                reason=form.cleaned_data["reason"],
                note=form.cleaned_data["note"].strip(),
            )
    except IntegrityError:
        messages.info(request, already)
    else:
        messages.success(request, _("Thank you: the moderators will look at this post."))
    return redirect(back)


# Moderators


@moderator_required
def queue(request):
    items = moderation.moderation_queue(request.user)
    for post in items:
        post.author_name = author_label(post, request.user)
    categories = list(visible_categories(request.user).order_by("sort_order", "name"))
    return render(
        request,
        "forum/moderation/queue.html",
        {
            "items": items,
            "categories": categories,
            "reasons": Flag.Reason,
        },
    )


@moderator_required
def log(request):
    entries = ModerationLog.objects.select_related(
        "moderator", "topic", "post__topic", "target_user"
    ).order_by("-created_at", "-pk")
    page_obj = Paginator(entries, LOG_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "forum/moderation/log.html",
        {"page_obj": page_obj, "entries": page_obj.object_list},
    )


@moderator_required
def post_action(request, pk: int):
    refused = _post_only(request)
    if refused:
        return refused
    post = post_or_404(request.user, pk)
    default = reverse("forum:moderation")
    form = PostActionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _first_error(form))
        return _back(request, default)
    action, reason = form.cleaned_data["action"], form.cleaned_data["reason"]
    moderator = request.user
    if action == "approve":
        done = moderation.approve_post(post, moderator)
        success = _("The post is approved; the people watching the topic are told.")
    elif action == "hide":
        done = moderation.hide_post(post, moderator, reason)
        success = _("The post is hidden and its author told why.")
    elif action == "unhide":
        done = moderation.unhide_post(post, moderator, reason)
        success = _("The post is shown again.")
    else:
        done = moderation.dismiss_flags(post, moderator, reason)
        success = _("The flags are dismissed; the post stays as it is.")
    if done:
        messages.success(request, success)
    else:
        messages.info(request, _("Nothing to change: the post was already in that state."))
    return _back(request, default)


@moderator_required
def topic_action(request, pk: int):
    refused = _post_only(request)
    if refused:
        return refused
    topic = topic_or_404(request.user, pk)
    default = reverse("forum:moderation")
    form = TopicActionForm(request.POST, viewer=request.user)
    if not form.is_valid():
        messages.error(request, _first_error(form))
        return _back(request, default)
    action, reason = form.cleaned_data["action"], form.cleaned_data["reason"]
    moderator = request.user
    if action == "approve":
        opening = topic.posts.filter(position=1).first()
        if opening is None:
            raise Http404
        done = moderation.approve_post(opening, moderator)
        success = _("The topic is approved.")
    elif action == "move":
        target = form.cleaned_data["target"]
        done = moderation.move_topic(topic, target, moderator, reason)
        success = _("The topic is moved to %(category)s.") % {"category": target}
    elif action == "hide":
        done = moderation.hide_topic(topic, moderator, reason)
        success = _("The topic is hidden and its author told why.")
    else:
        operations = {
            "lock": (moderation.lock_topic, _("The topic is locked: no one can reply.")),
            "unlock": (moderation.unlock_topic, _("The topic is open to replies again.")),
            "pin": (moderation.pin_topic, _("The topic is pinned to the top of its category.")),
            "unpin": (moderation.unpin_topic, _("The topic is no longer pinned.")),
            "unhide": (moderation.unhide_topic, _("The topic is shown again.")),
        }
        operation, success = operations[action]
        done = operation(topic, moderator, reason)
    if done:
        messages.success(request, success)
    else:
        messages.info(request, _("Nothing to change: the topic was already in that state."))
    return _back(request, default)


@moderator_required
def suspend(request, pk: int):
    target = get_object_or_404(User, pk=pk, is_active=True)
    form = SuspendForm(request.POST if request.method == "POST" else None)
    valid = form.is_bound and form.is_valid()
    if valid and target.pk == request.user.pk:
        form.add_error(None, _("You cannot suspend yourself."))
        valid = False
    if valid:
        moderation.suspend(target, request.user, form.cleaned_data["reason"], form.until)
        messages.success(
            request,
            _("%(name)s is suspended from the forum; the suspension is logged.") % {"name": target},
        )
        return _back(request, reverse("forum:moderation"))
    return render(
        request,
        "forum/moderation/suspend.html",
        {
            "target": target,
            "form": form,
            "suspensions": moderation.active_suspensions(target).select_related("created_by"),
            "lift_form": LiftForm(),
            "next": request.POST.get("next") or request.GET.get("next") or "",
        },
    )


class LiftForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Why it is lifted (optional, written to the log)"),
        required=False,
        max_length=REASON_MAX_LENGTH,
    )


@moderator_required
def lift_suspension(request, pk: int):
    """End a suspension before its time; the person may write again at once."""
    if (refused := _post_only(request)) is not None:
        return refused
    suspension = get_object_or_404(Suspension, pk=pk)
    form = LiftForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    if moderation.lift_suspension(suspension, request.user, reason):
        messages.success(
            request,
            _("%(name)s may write in the forum again; this is logged.") % {"name": suspension.user},
        )
    else:
        messages.info(request, _("That suspension was already lifted."))
    return redirect("forum:suspend", suspension.user_id)
