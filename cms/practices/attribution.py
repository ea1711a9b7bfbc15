"""How a practice credits its sources, following each author's answer.

Named: the author's organisation (or the author). Anonymous or not answered yet: no name.
Declined: the source is not used at all. Pseudonymous sources stay pseudonymous whatever the
answer, so agreeing to be named never reveals who is behind a pseudonym.
"""

from django.utils.translation import gettext

from network.pseudonyms import pseudonym

from ..models import Consent, PracticeSource


def credit(source: PracticeSource) -> str:
    """The name under which ``source`` is credited, in the active language."""
    if source.pseudonymous:
        return pseudonym(source.pseudonym_country)
    if source.consent == Consent.NAMED:
        if source.organisation is not None:
            return source.organisation.name
        if source.author is not None:
            return source.author.display_name or source.author.get_username()
    return gettext("a participant of the network who asked not to be named")


def split_sources(practice) -> tuple[list[PracticeSource], list[PracticeSource]]:
    """(used, declined): a declined source is neither credited nor linked from the practice."""
    if practice.pk is None:
        return [], []
    used, declined = [], []
    for source in PracticeSource.objects.filter(practice_id=practice.pk).select_related(
        "organisation", "author"
    ):
        (declined if source.consent == Consent.DECLINED else used).append(source)
    return used, declined
