"""Joining the network: the form, the reviewers' queue, an application and its letter."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from .. import access, membership
from ..forms.joining import DecisionForm, FollowUpForm, JoinForm
from ..models import Application


def join(request):
    """Public explanation and form; submitting needs an account (a pending one is enough)."""
    if not request.user.is_authenticated:
        return render(request, "network/join.html", {"form": None})
    form = JoinForm(
        request.POST or None,
        request.FILES or None,
        request=request,
        initial={"contact_email": request.user.email, "contact_name": str(request.user)},
    )
    if request.method == "POST":
        if form.is_valid():
            try:
                application = membership.submit_application(form, request.user, get_language())
            except IntegrityError:
                form.add_error("country", _("This State already has an application under review."))
            else:
                messages.success(
                    request,
                    _(
                        "Your application has been sent. We will write to "
                        "you when a decision is taken."
                    ),
                )
                return redirect("members:application", pk=application.pk)
        form.stash_valid_letter()
    return render(request, "network/join.html", {"form": form})


@login_required
def queue(request):
    if not (access.is_committee(request.user) or access.is_secretariat(request.user)):
        raise Http404
    applications = access.applications_to_review(request.user)
    return render(
        request,
        "network/applications.html",
        {
            "open": [a for a in applications if a.is_open],
            "decided": [a for a in applications.order_by("-decided_on")[:50] if not a.is_open],
        },
    )


def _visible_application(request, pk: int) -> Application:
    return get_object_or_404(access.applications_visible(request.user), pk=pk)


@login_required
def application(request, pk: int):
    application = _visible_application(request, pk)
    may_decide = access.may_decide(request.user, application) and application.is_open
    decision_form = follow_up_form = None
    if may_decide:
        decision_form = DecisionForm(
            request.POST if "decision" in request.POST else None, application=application
        )
    is_applicant = application.organisation_id == request.user.organisation_id or (
        application.applicant_id == request.user.pk
    )
    if is_applicant and application.status == Application.Status.INFO_REQUESTED:
        follow_up_form = FollowUpForm(
            request.POST if "statement" in request.POST else None,
            request.FILES or None,
            instance=application,
            request=request,
        )
    if request.method == "POST":
        if decision_form is not None and decision_form.is_bound:
            if decision_form.is_valid():
                data = decision_form.cleaned_data
                try:
                    membership.decide(
                        application, data["decision"], data["reason"], data["date"], request.user
                    )
                except membership.ApplicationClosed:
                    messages.error(request, _("This application was decided meanwhile."))
                else:
                    messages.success(
                        request, _("The decision has been recorded and the applicant notified.")
                    )
                return redirect("members:application", pk=application.pk)
        elif follow_up_form is not None and follow_up_form.is_bound:
            if follow_up_form.is_valid():
                membership.answer_request(follow_up_form, application, request.user)
                messages.success(
                    request, _("Thank you: your application is back with the reviewers.")
                )
                return redirect("members:application", pk=application.pk)
            follow_up_form.stash_valid_letter()
        else:
            raise Http404
    return render(
        request,
        "network/application.html",
        {
            "application": application,
            "history": application.events.select_related("decided_by"),
            "decision_form": decision_form,
            "follow_up_form": follow_up_form,
        },
    )


@require_safe
@login_required
def letter(request, pk: int):
    """The formal letter, inline, only for those who may open the application."""
    application = _visible_application(request, pk)
    if not application.letter:
        raise Http404
    response = FileResponse(
        application.letter.open("rb"),
        content_type="application/pdf",
        as_attachment=False,
        filename=f"application-{application.pk}-letter.pdf",
    )
    response["Content-Security-Policy"] = "default-src 'none'"
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
