"""A person's own data: download everything the platform holds, or delete the account."""

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from .. import privacy
from ..forms.accounts import DeleteAccountForm


@login_required
def my_data(request):
    return render(
        request,
        "network/privacy/my_data.html",
        {"sections": list(privacy.EXPORTERS), "may_delete": not request.user.is_superuser},
    )


@login_required
@require_GET
def download(request):
    archive = privacy.export_archive(request.user)
    name = f"nmirf-exchange-{request.user.username}-{timezone.now():%Y%m%d}.zip"
    response = HttpResponse(archive, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
def delete_account(request):
    user = request.user
    if user.is_superuser:
        messages.error(
            request,
            _("An administrator's account is removed by another administrator, not by itself."),
        )
        return redirect("network:my_data")
    form = DeleteAccountForm(request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        logout(request)
        privacy.delete_account(user)
        messages.success(
            request,
            _("Your account has been deleted. What you wrote stays, signed “a former member”."),
        )
        return redirect("/")
    return render(request, "network/privacy/delete_account.html", {"form": form})
