"""The account pages the network adds to allauth's: profile and the pending explanation."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from ..forms.accounts import ProfileForm


@login_required
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile has been saved."))
        return redirect("network:profile")
    return render(request, "network/profile.html", {"form": form})


@login_required
def pending(request):
    if not request.user.is_pending:
        return redirect("network:profile")
    return render(request, "network/pending.html")


def sign_in_here(request):
    """The Wagtail and Django admin login pages send people to the site's own sign-in.

    Only that one asks for the second factor and counts failed attempts the same way, so the
    admins' own login forms must not accept a password.
    """
    query = request.META.get("QUERY_STRING", "")
    return redirect(reverse("account_login") + (f"?{query}" if query else ""))
