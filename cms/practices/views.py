"""Members propose sources as good practices; authors answer how they may be credited."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from . import consent, proposals
from .forms import ConsentForm, ProposalForm


def _source_url(source, kind: str) -> str:
    if kind == "document":
        return source.get_absolute_url()
    return reverse("forum:topic", args=[source.pk])


@login_required
@require_http_methods(["GET", "POST"])
def propose(request, kind: str, pk: int):
    if not proposals.may_propose(request.user):
        return render(request, "network/members_only.html", status=403)
    source = proposals.source_or_404(request.user, kind, pk)
    existing = proposals.existing_proposal(source)
    form = ProposalForm(request.POST or None)
    if request.method == "POST" and existing is None and form.is_valid():
        proposal, created = proposals.propose(request.user, source, form.cleaned_data["reason"])
        if created:
            messages.success(
                request, _("Thank you. The editors will consider your proposal and tell you.")
            )
            return redirect(_source_url(source, kind))
        existing = proposal
    return render(
        request,
        "cms/practices/propose.html",
        {"source": source, "kind": kind, "form": form, "existing": existing},
        status=409 if request.method == "POST" and existing is not None else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def answer_consent(request, pk: int):
    source = consent.source_for_author_or_404(request.user, pk)
    form = ConsentForm(request.POST or None)
    error = ""
    if request.method == "POST":
        if not consent.is_pending(source):
            error = consent.already_answered(source)
        elif form.is_valid():
            try:
                source = consent.answer(source, request.user, form.cleaned_data["answer"])
            except consent.AlreadyAnswered as exc:
                error = str(exc)
            else:
                messages.success(request, _("Thank you: your answer is recorded."))
                return redirect(request.path)
    return render(
        request,
        "cms/practices/consent.html",
        {"source": source, "form": form, "error": error},
        status=409 if error else 200,
    )
