"""Notifications: the list, opening one, e-mail preferences and one-click unsubscribing."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from .. import notifications as mechanism
from ..models import Frequency, Notification, NotificationPreference, User

PER_PAGE = 20


@login_required
def notification_list(request):
    own = Notification.objects.filter(recipient=request.user).order_by("-created_at", "-pk")
    page_obj = Paginator(own, PER_PAGE).get_page(request.GET.get("page"))
    unread = own.filter(read_at__isnull=True).count()
    return render(
        request,
        "network/notifications/list.html",
        {"page_obj": page_obj, "notifications": page_obj.object_list, "unread_count": unread},
    )


@login_required
@require_POST
def mark_all_read(request):
    marked = Notification.objects.filter(recipient=request.user, read_at__isnull=True).update(
        read_at=timezone.now()
    )
    mechanism.unread_changed(request.user.pk)
    if marked:
        messages.success(request, _("All your notifications are marked as read."))
    return redirect("network:notifications")


def is_safe_relative_url(url: str) -> bool:
    return (
        url.startswith("/")
        and not url.startswith(("//", "/\\"))
        and url_has_allowed_host_and_scheme(url, allowed_hosts=set())
    )


@login_required
def open_notification(request, pk: int):
    notification = get_object_or_404(Notification, pk=pk, recipient=request.user)
    if notification.read_at is None:
        Notification.objects.filter(pk=pk).update(read_at=timezone.now())
        mechanism.unread_changed(request.user.pk)
    if is_safe_relative_url(notification.url):
        return redirect(notification.url)
    return redirect("network:notifications")


class PreferencesForm(forms.Form):
    """The default, and one choice per registered kind of notification."""

    default = forms.ChoiceField(
        label=gettext_lazy("Default"),
        choices=Frequency.choices,
        help_text=gettext_lazy("For any other kind of notification."),
    )

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        chosen = dict(
            NotificationPreference.objects.filter(user=user).values_list("kind", "frequency")
        )
        self.fields["default"].initial = user.notify
        for kind, label in mechanism.choosable_kinds().items():
            # Not required: a kind missing from the post (say, added since the page was
            # loaded) follows the default.
            self.fields[self.field_name(kind)] = forms.ChoiceField(
                label=label,
                choices=Frequency.choices,
                initial=chosen.get(kind, user.notify),
                required=False,
            )

    @staticmethod
    def field_name(kind: str) -> str:
        return f"kind_{kind}"

    def save(self) -> None:
        """Keep a row for each kind that differs from the default; the rest follow it."""
        default = self.cleaned_data["default"]
        if self.user.notify != default:
            self.user.notify = default
            self.user.save(update_fields=["notify"])
        for kind in mechanism.choosable_kinds():
            frequency = self.cleaned_data.get(self.field_name(kind)) or default
            if frequency == default:
                NotificationPreference.objects.filter(user=self.user, kind=kind).delete()
            else:
                NotificationPreference.objects.update_or_create(
                    user=self.user, kind=kind, defaults={"frequency": frequency}
                )


@login_required
def preferences(request):
    form = PreferencesForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your notification preferences have been saved."))
        return redirect("network:notification_preferences")
    return render(request, "network/notifications/preferences.html", {"form": form})


@csrf_exempt  # mail clients' one-click unsubscribe (RFC 8058) POSTs without a CSRF token
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    found = mechanism.read_unsubscribe_token(token)
    if found is None:
        raise Http404
    user_id, kind = found
    user = User.objects.filter(pk=user_id).first()
    if user is None:
        raise Http404
    context = {
        "kind_label": mechanism.kind_label(kind),
        "all_kinds": kind == mechanism.ALL_KINDS,
        "email": user.email,
    }
    if request.method == "POST":
        mechanism.switch_off(user, kind)
        return render(request, "network/notifications/unsubscribed.html", context)
    return render(request, "network/notifications/unsubscribe.html", context)
