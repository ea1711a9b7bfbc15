"""Builds the good practices index and the demo practices; running it again updates them."""

import datetime

from django.db import transaction
from django.utils import timezone

from forum.models import Topic as ForumTopic
from library.models import LibraryDocument
from network.models import (
    SDG,
    Capacity,
    NMIRFType,
    Organisation,
    RecommendationMechanism,
    Topic,
)

from ..models import Consent, GoodPracticeIndexPage, GoodPracticePage, HomePage, PracticeSource
from ..practices.workflow import ensure_review_workflow
from . import practices_content as content
from .pages import STREAMS, _same, _upsert

RICH_FIELDS = (
    "context",
    "objectives",
    "actors",
    "implementation",
    "resources",
    "results",
    "challenges",
    "lessons_learned",
    "replicability",
    "sustainability",
)
FIELDS = {
    "title": _same,
    "slug": _same,
    "summary": _same,
    "contact_role": _same,
    **{name: (lambda text: f"<p>{text}</p>") for name in RICH_FIELDS},
}


def _terms(model, slugs) -> list:
    return list(model.objects.filter(slug__in=slugs))


def _practice(index: GoodPracticeIndexPage, item: dict, order: int) -> GoodPracticePage:
    organisations = {org.acronym: org for org in Organisation.objects.filter(is_demo=True)}
    start, end = item["years"]
    name, email = item["contact"]
    extra = {
        "country": item["country"],
        "audience": item["audience"],
        "is_demo": True,
        "start_year": start,
        "end_year": end,
        "lead_organisation": organisations.get(item["lead"]),
        "actor_types": ",".join(item["actor_types"]),
        "contact_name": name,
        "contact_email": email,
        "topics": _terms(Topic, item["topics"]),
        "capacities": _terms(Capacity, item["capacities"]),
        "nmirf_types": _terms(NMIRFType, item["nmirf_types"]),
        "mechanisms": _terms(RecommendationMechanism, item["mechanisms"]),
        "sdgs": list(SDG.objects.filter(number__in=item["sdgs"])),
        "partner_organisations": [organisations[a] for a in item["partners"] if a in organisations],
        "evidence_documents": list(
            LibraryDocument.objects.filter(symbol__in=[f"DEMO/{k}" for k in item["documents"]])
        ),
        "forum_topics": list(ForumTopic.objects.filter(title=item["source_topic"] or "")),
    }
    texts = {lang: item[lang] for lang in ("es", "en", "fr", "pt", "ar")}
    practice = _upsert(index, GoodPracticePage, texts, extra, fields=FIELDS)
    # Spread the demo's publication dates so "newest first" has a visible order.
    published = timezone.make_aware(datetime.datetime(2024, 5, 9 + order, 12))
    GoodPracticePage.objects.filter(pk=practice.pk).update(first_published_at=published)
    _source(practice, item["source_topic"])
    return practice


def _source(practice: GoodPracticePage, title: str | None) -> None:
    """The forum topic the practice grew from, its author having agreed to be credited."""
    topic = (
        ForumTopic.objects.filter(title=title).select_related("author").first() if title else None
    )
    if topic is None or PracticeSource.objects.filter(practice=practice, topic=topic).exists():
        return
    opening = topic.posts.filter(position=1).first()
    author = topic.author
    PracticeSource.objects.create(
        practice=practice,
        topic=topic,
        author=author,
        organisation=author.organisation if author is not None else None,
        pseudonymous=topic.pseudonymous,
        pseudonym_country=opening.pseudonym_country if opening is not None else "",
        consent=Consent.NAMED,
        answered_at=timezone.now(),
    )


@transaction.atomic
def load_practices() -> dict[str, GoodPracticePage]:
    """The index at ``/<lang>/good-practices/`` with its review workflow, and the demo practices
    (call after the pages, documents and forum discussions are loaded)."""
    home = HomePage.objects.get()
    index = _upsert(
        home, GoodPracticeIndexPage, content.INDEX, {"show_in_menus": True}, fields=STREAMS
    )
    ensure_review_workflow(index)
    practices = {"index": index}
    for order, item in enumerate(content.PRACTICES):
        practices[item["key"]] = _practice(index, item, order)
    return practices
