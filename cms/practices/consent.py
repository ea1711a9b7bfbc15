"""The authors' answers on attribution: each source is answered once, by its own author."""

from django.db import transaction
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import Consent, PracticeSource
from . import notices

ANSWERS = (Consent.NAMED, Consent.ANONYMOUS, Consent.DECLINED)


class AlreadyAnswered(Exception):
    """The author answered before; the first answer stands."""


def source_for_author_or_404(user, pk: int) -> PracticeSource:
    """The source asked of ``user``; anyone else's request answers 404."""
    if not user.is_authenticated:
        raise Http404
    source = (
        PracticeSource.objects.select_related("practice", "topic", "document")
        .filter(pk=pk, author=user)
        .first()
    )
    if source is None:
        raise Http404
    return source


def is_pending(source: PracticeSource) -> bool:
    return source.consent == Consent.PENDING


def already_answered(source: PracticeSource) -> str:
    return _("You have already answered: %(answer)s. The first answer stands.") % {
        "answer": source.get_consent_display()
    }


def answer(source: PracticeSource, user, value: str) -> PracticeSource:
    if value not in ANSWERS:
        raise ValueError(value)
    with transaction.atomic():
        source = PracticeSource.objects.select_for_update().get(pk=source.pk)
        if source.author_id != user.pk:
            raise Http404
        if not is_pending(source):
            raise AlreadyAnswered(already_answered(source))
        source.consent = value
        source.answered_at = timezone.now()
        source.save(update_fields=["consent", "answered_at"])
        if value == Consent.DECLINED:
            transaction.on_commit(lambda: notices.attribution_declined(source))
    return source
