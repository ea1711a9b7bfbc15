"""Which documents a person sees: the access policy plus the library's own states."""

from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone

from network import access

from .models import LibraryDocument


def listed_documents(user) -> QuerySet:
    """Published, processed, out of embargo, and within the user's audience: the catalogue."""
    queryset = LibraryDocument.objects.filter(
        review_status=LibraryDocument.Review.PUBLISHED,
        status=LibraryDocument.Status.READY,
        is_attachment=False,
    ).filter(Q(embargo_until__isnull=True) | Q(embargo_until__lte=timezone.now()))
    return access.visible(queryset, user)


def openable_documents(user) -> QuerySet:
    """What the user may open by id: the catalogue, plus their organisation's own
    contributions in any state, plus everything for the secretariat."""
    if access.is_secretariat(user):
        # Their audience (everything but other groups' items), and every contribution under
        # review whatever its audience, since reviewing it is their job.
        return access.visible(
            LibraryDocument.objects.all(), user
        ) | LibraryDocument.objects.exclude(review_status=LibraryDocument.Review.PUBLISHED)
    own = Q(pk__in=[])
    if user.is_authenticated:
        own = Q(contributed_by=user)
        organisation = access.admitted_organisation(user)
        if organisation is not None:
            own |= Q(contributor_organisation=organisation)
    attachments = access.visible(
        LibraryDocument.objects.filter(is_attachment=True, status=LibraryDocument.Status.READY),
        user,
    )
    return LibraryDocument.objects.filter(
        Q(pk__in=listed_documents(user).values("pk")) | Q(pk__in=attachments.values("pk")) | own
    )


def document_or_404(user, pk: int) -> LibraryDocument:
    try:
        return openable_documents(user).get(pk=pk)
    except LibraryDocument.DoesNotExist as exc:
        raise Http404 from exc


def may_see_contributor(user, document: LibraryDocument) -> bool:
    """A pseudonymous contribution's real organisation is for the secretariat only."""
    return not document.pseudonymous or access.is_secretariat(user)
