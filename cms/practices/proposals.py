"""Proposing a forum topic or a library contribution as a good practice, and the editors'
decision: accepting creates a draft practice pre-filled from the source and linked to it."""

from django.conf import settings
from django.db import transaction
from django.http import Http404
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext as _

from forum.models import Topic
from forum.queries import visible_topics
from library.models import LibraryDocument
from library.queries import listed_documents
from network import access

from ..models import GoodPracticeIndexPage, GoodPracticePage, PracticeProposal, PracticeSource
from . import notices

SOURCE_KINDS = ("topic", "document")
LANGUAGES = [code for code, _name in settings.LANGUAGES]


class DecisionError(Exception):
    """A decision that cannot be taken (already decided, no index page); says why."""


def may_propose(user) -> bool:
    """People of admitted organisations (members and civil society) and the secretariat."""
    return bool(
        user.is_authenticated
        and (access.admitted_organisation(user) is not None or access.is_secretariat(user))
    )


def is_proposable(source) -> bool:
    """A visible, approved forum topic or a published library contribution."""
    if isinstance(source, Topic):
        return source.approved and not source.hidden
    if isinstance(source, LibraryDocument):
        return source.contributed_by_id is not None and source.is_listed
    return False


def source_or_404(user, kind: str, pk: int):
    """The topic or contribution ``user`` may see and propose, else 404."""
    if kind == "topic":
        queryset = visible_topics(user).filter(approved=True, hidden=False)
    elif kind == "document":
        queryset = listed_documents(user).filter(contributed_by__isnull=False)
    else:
        raise Http404
    source = queryset.filter(pk=pk).first()
    if source is None:
        raise Http404
    return source


def _source_filter(source) -> dict:
    return {"topic": source} if isinstance(source, Topic) else {"document": source}


def existing_proposal(source) -> PracticeProposal | None:
    """An undecided or accepted proposal of this source (a second one would be a duplicate)."""
    return (
        PracticeProposal.objects.filter(**_source_filter(source))
        .exclude(status=PracticeProposal.Status.DECLINED)
        .first()
    )


def propose(user, source, reason: str) -> tuple[PracticeProposal, bool]:
    """(proposal, created): a source already proposed keeps its one proposal."""
    with transaction.atomic():
        existing = existing_proposal(source)
        if existing is not None:
            return existing, False
        proposal = PracticeProposal.objects.create(
            proposed_by=user, reason=reason.strip(), **_source_filter(source)
        )
        transaction.on_commit(lambda: notices.proposal_received(proposal))
    return proposal, True


def _locked_open(proposal: PracticeProposal) -> PracticeProposal:
    proposal = PracticeProposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.status != PracticeProposal.Status.OPEN:
        raise DecisionError(_("This proposal has already been decided."))
    return proposal


def decline(proposal: PracticeProposal, editor, note: str = "") -> PracticeProposal:
    with transaction.atomic():
        proposal = _locked_open(proposal)
        proposal.status = PracticeProposal.Status.DECLINED
        proposal.decided_by = editor
        proposal.decided_at = timezone.now()
        proposal.editor_note = note.strip()
        proposal.save()
        transaction.on_commit(lambda: notices.proposal_decided(proposal))
    return proposal


def _translations(source, field: str) -> dict[str, str]:
    """``{language: text}`` of a translated field of a library document."""
    return {
        code: getattr(source, f"{field}_{code}")
        for code in LANGUAGES
        if getattr(source, f"{field}_{code}", "")
    }


def _prefill(source) -> dict:
    """Titles, summaries, tags and author of the source, to start the draft from."""
    if isinstance(source, Topic):
        opening = source.posts.filter(position=1).first()
        author = source.author
        organisation = getattr(author, "organisation", None)
        pseudonym_country = opening.pseudonym_country if opening is not None else ""
        country = pseudonym_country or (organisation.country if organisation else "")
        return {
            "titles": {source.language: source.title},
            "summaries": {source.language: opening.body if opening is not None else ""},
            "country": country,
            "tags": {},
            "author": author,
            "organisation": organisation,
            "pseudonymous": source.pseudonymous,
            "pseudonym_country": country if source.pseudonymous else "",
            "forum_topics": [source],
            "documents": [],
        }
    countries = source.countries
    return {
        "titles": _translations(source, "title") or {source.language: source.title},
        "summaries": _translations(source, "abstract"),
        "country": countries[0] if countries else "",
        "tags": {
            "topics": list(source.topics.all()),
            "capacities": list(source.capacities.all()),
            "mechanisms": list(source.mechanisms.all()),
            "sdgs": list(source.sdgs.all()),
        },
        "author": source.contributed_by,
        "organisation": source.contributor_organisation,
        "pseudonymous": source.pseudonymous,
        "pseudonym_country": countries[0] if source.pseudonymous and countries else "",
        "forum_topics": [],
        "documents": [source],
    }


def _draft_values(data: dict, proposal: PracticeProposal) -> dict:
    """Translated title, slug, summary and context; the default language is never empty."""
    default = LANGUAGES[0]
    titles = {code: Truncator(text).chars(250) for code, text in data["titles"].items()}
    titles.setdefault(default, next(iter(titles.values()), "") or _("Good practice"))
    values = {}
    for code, title in titles.items():
        if code not in LANGUAGES:
            continue
        values[f"title_{code}"] = title
        values[f"slug_{code}"] = f"{slugify(title)[:60] or 'practice'}-{proposal.pk}"
    for code, text in data["summaries"].items():
        if code in LANGUAGES and text:
            summary = Truncator(text).chars(2000)
            values[f"summary_{code}"] = summary
            values[f"context_{code}"] = f"<p>{escape(summary)}</p>"
    return values


def _index() -> GoodPracticeIndexPage:
    index = GoodPracticeIndexPage.objects.first()
    if index is None:
        raise DecisionError(_("Create the good practices index page first."))
    return index


def accept(proposal: PracticeProposal, editor, note: str = "") -> GoodPracticePage:
    """Create the draft practice from the source, link it, and ask the author about credit."""
    with transaction.atomic():
        proposal = _locked_open(proposal)
        index = _index()
        data = _prefill(proposal.source)
        with translation.override(LANGUAGES[0]):
            practice = GoodPracticePage(
                live=False,
                owner=editor,
                country=(data["country"] or "").upper(),
                audience="members",
                forum_topics=data["forum_topics"],
                evidence_documents=data["documents"],
                **data["tags"],
                **_draft_values(data, proposal),
            )
            index.add_child(instance=practice)
            practice.save_revision(user=editor, log_action=True, clean=False)
        _credit_and_close(proposal, practice, data, editor, note)
    return practice


def add_to(
    proposal: PracticeProposal, practice: GoodPracticePage, editor, note: str = ""
) -> GoodPracticePage:
    """Add the source to an existing practice and ask its author about credit.

    The link goes into a new draft revision of the practice, so it is published through the
    practice's review like any other change.
    """
    with transaction.atomic():
        proposal = _locked_open(proposal)
        if PracticeSource.objects.filter(
            practice=practice, **_source_filter(proposal.source)
        ).exists():
            raise DecisionError(_("This source is already one of that good practice's sources."))
        data = _prefill(proposal.source)
        draft = practice.get_latest_revision_as_object()
        if data["forum_topics"]:
            draft.forum_topics.add(*data["forum_topics"])
        if data["documents"]:
            draft.evidence_documents.add(*data["documents"])
        draft.save_revision(user=editor, log_action=True, clean=False)
        _credit_and_close(proposal, practice, data, editor, note)
    return practice


def _credit_and_close(proposal, practice, data: dict, editor, note: str) -> None:
    """Record the source of ``practice``, accept the proposal, and tell the people concerned."""
    source = PracticeSource.objects.create(
        practice=practice,
        author=data["author"],
        organisation=data["organisation"],
        pseudonymous=data["pseudonymous"],
        pseudonym_country=data["pseudonym_country"],
        **_source_filter(proposal.source),
    )
    proposal.status = PracticeProposal.Status.ACCEPTED
    proposal.decided_by = editor
    proposal.decided_at = timezone.now()
    proposal.editor_note = note.strip()
    proposal.practice = practice
    proposal.save()
    transaction.on_commit(lambda: notices.proposal_decided(proposal))
    transaction.on_commit(lambda: notices.attribution_requested(source))
