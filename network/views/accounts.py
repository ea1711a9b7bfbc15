"""The account pages the network adds to allauth's: profile and the pending explanation."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
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
