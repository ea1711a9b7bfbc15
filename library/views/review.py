"""The editors' review queue for contributions."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from network import access

from ..contributions import review as record_review
from ..forms import ReviewForm
from ..models import LibraryDocument
from ..queries import may_see_contributor

OPEN = (
    LibraryDocument.Review.SUBMITTED,
    LibraryDocument.Review.IN_REVIEW,
    LibraryDocument.Review.CHANGES_REQUESTED,
)


def _editor(request):
    if not access.is_editor(request.user):
        raise Http404


def queue(request):
    _editor(request)
    documents = (
        LibraryDocument.objects.filter(review_status__in=OPEN)
        .select_related("contributor_organisation", "contributed_by", "document_type")
        .order_by("created_at")
    )
    return render(request, "library/review_queue.html", {"documents": documents})


def review(request, pk: int):
    _editor(request)
    document = get_object_or_404(
        LibraryDocument.objects.select_related("contributor_organisation", "contributed_by"),
        pk=pk,
        review_status__in=OPEN,
    )
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        record_review(
            document, form.cleaned_data["decision"], form.cleaned_data["comment"], request.user
        )
        messages.success(request, _("The decision was recorded and the contributor notified."))
        return redirect("library:review")
    return render(
        request,
        "library/review.html",
        {
            "document": document,
            "form": form,
            "show_contributor": may_see_contributor(request.user, document),
        },
    )
