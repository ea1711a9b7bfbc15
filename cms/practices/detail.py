"""What a good-practice page shows its reader: only what the access policy lets them see."""

from forum.queries import visible_topics
from library.queries import listed_documents
from network import access, keys

from .attribution import credit, split_sources
from .listing import visible_practices

OTHER_PRACTICES = 4


def may_see_contact(user) -> bool:
    """The focal point is for members (and the secretariat), never for visitors."""
    return access.is_admin(user) or keys.MEMBERS in access.user_keys(user)


def _pks(relation) -> list[int]:
    return [item.pk for item in relation.all()]


def practice_context(practice, request) -> dict:
    user = request.user
    sources, declined = split_sources(practice)
    topic_ids = set(_pks(practice.forum_topics)) | {s.topic_id for s in sources if s.topic_id}
    document_ids = set(_pks(practice.evidence_documents)) | {
        s.document_id for s in sources if s.document_id
    }
    topic_ids -= {s.topic_id for s in declined}
    document_ids -= {s.document_id for s in declined}
    topics = {
        topic.pk: topic
        for topic in visible_topics(user)
        .filter(pk__in=topic_ids, approved=True, hidden=False)
        .select_related("category")
    }
    documents = {
        document.pk: document
        for document in listed_documents(user)
        .filter(pk__in=document_ids)
        .select_related("document_type")
    }
    source_rows = [
        {
            "credit": credit(source),
            "item": topics.get(source.topic_id) or documents.get(source.document_id),
            "kind": source.source_kind,
        }
        for source in sources
    ]
    topic_tags = list(practice.topics.all())
    others = []
    if topic_tags:
        others = list(
            visible_practices(request)
            .filter(topics__in=[topic.pk for topic in topic_tags])
            .exclude(pk=practice.pk)
            .distinct()
            .order_by("-first_published_at", "-pk")[:OTHER_PRACTICES]
        )
    return {
        "index": practice.get_parent() if practice.pk else None,
        "sources": source_rows,
        "related_documents": [
            documents[pk] for pk in _pks(practice.evidence_documents) if pk in documents
        ],
        "related_topics": [topics[pk] for pk in _pks(practice.forum_topics) if pk in topics],
        "topic_tags": topic_tags,
        "other_practices": others,
        "show_contact": may_see_contact(user),
    }
