"""A focal point's page for their organisation: colleagues and invitations."""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.mail import send_mail
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..forms.directory import InvitationForm, InvitationSignupForm
from ..models import Invitation, User


def _own_organisation(request):
    user = request.user
    if not (user.is_focal_point and user.organisation.is_admitted):
        raise Http404
    return user.organisation


@login_required
def my_organisation(request):
    organisation = _own_organisation(request)
    form = InvitationForm(request.POST or None, organisation=organisation)
    if request.method == "POST" and form.is_valid():
        invitation = Invitation.objects.create(
            organisation=organisation,
            email=form.cleaned_data["email"],
            role=form.cleaned_data["role"],
            invited_by=request.user,
        )
        _send_invitation(request, invitation)
        messages.success(request, _("Invitation sent to %(email)s.") % {"email": invitation.email})
        return redirect("network:my_organisation")
    return render(
        request,
        "network/my_organisation.html",
        {
            "organisation": organisation,
            "people": organisation.people.filter(is_active=True).order_by("display_name"),
            "invitations": organisation.invitations.filter(accepted_at__isnull=True).select_related(
                "invited_by"
            ),
            "form": form,
        },
    )


def _send_invitation(request, invitation: Invitation) -> None:
    """The e-mail goes out in the language the focal point is using."""
    context = {
        "invitation": invitation,
        "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        + reverse("network:invitation_accept", args=[invitation.token]),
        "valid_days": Invitation.VALID_DAYS,
    }
    with translation.override(translation.get_language()):
        subject = render_to_string("network/email/invitation_subject.txt", context).strip()
        body = render_to_string("network/email/invitation_body.txt", context)
    transaction.on_commit(
        lambda: send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [invitation.email])
    )


@require_POST
@login_required
def revoke(request, pk: int):
    organisation = _own_organisation(request)
    invitation = get_object_or_404(organisation.invitations, pk=pk, accepted_at__isnull=True)
    invitation.revoked_at = invitation.revoked_at or timezone.now()
    invitation.save(update_fields=["revoked_at"])
    messages.success(
        request, _("The invitation to %(email)s is revoked.") % {"email": invitation.email}
    )
    return redirect("network:my_organisation")


def accept(request, token: str):
    invitation = Invitation.objects.select_related("organisation").filter(token=token).first()
    if invitation is None:
        raise Http404
    if invitation.state != "open":
        return render(
            request, "network/invitation_invalid.html", {"invitation": invitation}, status=410
        )
    if request.user.is_authenticated:
        return render(
            request,
            "network/invitation_invalid.html",
            {"invitation": invitation, "signed_in": True},
            status=409,
        )
    form = InvitationSignupForm(
        request.POST or None, initial={"preferred_language": translation.get_language()}
    )
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
            if invitation.state != "open":
                return render(
                    request,
                    "network/invitation_invalid.html",
                    {"invitation": invitation},
                    status=410,
                )
            user = User.objects.create_user(
                username=form.cleaned_data["username"],
                email=invitation.email,
                password=form.cleaned_data["password1"],
                display_name=form.cleaned_data["display_name"],
                preferred_language=form.cleaned_data["preferred_language"],
                organisation=invitation.organisation,
                organisation_role=invitation.role,
            )
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
            invitation.accepted_at = timezone.now()
            invitation.accepted_by = user
            invitation.save(update_fields=["accepted_at", "accepted_by"])
        login(request, user, backend="network.backends.AuthenticationBackend")
        request.session["apply_language"] = user.preferred_language
        messages.success(request, _("Welcome to the Network, %(name)s.") % {"name": user})
        return redirect(f"/{user.preferred_language}/members/directory/")
    return render(
        request, "network/invitation_accept.html", {"invitation": invitation, "form": form}
    )
