"""Contributing to the library from the front end, and following one's contributions."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from network import access
from network.decorators import member_required

from ..contributions import NotStored, save_contribution
from ..forms import ContributionForm
from ..models import LibraryDocument
from ..queries import document_or_404

EDITABLE = (LibraryDocument.Review.SUBMITTED, LibraryDocument.Review.CHANGES_REQUESTED)


def _not_stored(request, form, context: dict):
    """The file could not be written: say so, keep what was typed, store nothing."""
    form.add_error(
        None,
        _(
            "Your file could not be stored: the server has no room for it right now. Nothing "
            "was saved. Please try again later."
        ),
    )
    return render(request, "library/contribute.html", {"form": form, **context}, status=503)


def _contributor(request):
    if access.admitted_organisation(request.user) is None:
        raise Http404  # secretariat staff curate in the admin; members contribute here
    return request.user


@member_required
def contribute(request):
    user = _contributor(request)
    form = ContributionForm(request.POST or None, request.FILES or None, user=user)
    if request.method == "POST" and form.is_valid():
        try:
            document = save_contribution(form, user)
        except NotStored:
            return _not_stored(request, form, {})
        messages.success(
            request, _("Thank you: your contribution was received and is being processed.")
        )
        return redirect("library:status", pk=document.pk)
    return render(request, "library/contribute.html", {"form": form})


def _own_contributions(user):
    organisation = access.admitted_organisation(user)
    return (
        LibraryDocument.objects.filter(contributed_by=user)
        if organisation is None
        else (
            LibraryDocument.objects.filter(contributor_organisation=organisation)
            | LibraryDocument.objects.filter(contributed_by=user)
        )
    )


@member_required
def my_contributions(request):
    documents = (
        _own_contributions(request.user).select_related("document_type").order_by("-created_at")
    )
    return render(request, "library/my_contributions.html", {"documents": documents})


@member_required
def edit_contribution(request, pk: int):
    user = _contributor(request)
    document = get_object_or_404(_own_contributions(user), pk=pk, review_status__in=EDITABLE)
    form = ContributionForm(
        request.POST or None, request.FILES or None, instance=document, user=user
    )
    if request.method == "POST" and form.is_valid():
        try:
            save_contribution(form, user)
        except NotStored:
            return _not_stored(request, form, {"document": document})
        messages.success(request, _("Your changes were sent to the editors."))
        return redirect("library:status", pk=document.pk)
    return render(request, "library/contribute.html", {"form": form, "document": document})


def status(request, pk: int):
    """Where a contribution stands: processing (the page refreshes itself), ready or rejected."""
    if not request.user.is_authenticated:
        raise Http404
    document = document_or_404(request.user, pk)
    return render(request, "library/status.html", {"document": document})
