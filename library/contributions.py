"""The life of a contribution: submitted → in review → published, changes requested or
declined; each change notifies the contributor (and new submissions the editors)."""

import logging

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from network import access, roles
from network.models import User
from network.notifications import notify

from .forms import ReviewForm, record_checked_file
from .models import LibraryDocument

logger = logging.getLogger(__name__)


class NotStored(Exception):
    """The file could not be written (the disk full, the storage failing): nothing was kept."""


REVIEW_OUTCOMES = {
    ReviewForm.IN_REVIEW: LibraryDocument.Review.IN_REVIEW,
    ReviewForm.PUBLISH: LibraryDocument.Review.PUBLISHED,
    ReviewForm.REQUEST_CHANGES: LibraryDocument.Review.CHANGES_REQUESTED,
    ReviewForm.DECLINE: LibraryDocument.Review.DECLINED,
}


def save_contribution(form, user: User) -> LibraryDocument:
    """Store a contribution (new or edited) and send its file through the pipeline; raises
    NotStored, with no record kept, when the file cannot be written."""
    try:
        return _save_contribution(form, user)
    except OSError as exc:
        logger.error("A contribution's file could not be stored: %s", exc.strerror or exc)
        raise NotStored from exc


def _save_contribution(form, user: User) -> LibraryDocument:
    with transaction.atomic():
        document = form.save(commit=False)
        if form.checked is not None:
            record_checked_file(document, form.cleaned_data["file"], form.checked)
        if document.pk is None:
            document.contributed_by = user
            document.uploaded_by_user = user
            document.contributor_organisation = access.admitted_organisation(user)
        document.review_status = LibraryDocument.Review.SUBMITTED
        document.published_at = None
        document.set_countries(form.cleaned_data.get("countries") or [])
        document.save()
        form.save_m2m()
        transaction.on_commit(lambda: _tell_editors(document))
    return document


def _tell_editors(document: LibraryDocument) -> None:
    url = reverse("library:review_document", args=[document.pk])
    for editor in access.people_in_roles(roles.EDITORS):
        notify(
            editor,
            "library",
            template="library/notifications/contribution_submitted",
            context={"document": document},
            url=url,
        )


def review(document: LibraryDocument, decision: str, comment: str, by: User) -> None:
    with transaction.atomic():
        document = LibraryDocument.objects.select_for_update().get(pk=document.pk)
        document.review_status = REVIEW_OUTCOMES[decision]
        document.editor_comment = comment.strip()
        if document.review_status == LibraryDocument.Review.PUBLISHED:
            document.published_at = timezone.now()
        document.save()
        transaction.on_commit(lambda: _tell_contributor(document))


def _tell_contributor(document: LibraryDocument) -> None:
    people = {}
    if document.contributed_by is not None:
        people[document.contributed_by.pk] = document.contributed_by
    url = reverse("library:my_contributions")
    for person in people.values():
        notify(
            person,
            "library",
            template="library/notifications/contribution_reviewed",
            context={"document": document},
            url=url,
        )
