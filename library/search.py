"""The library's documents in the search index (kind ``document``)."""

from django.conf import settings
from django.db.models import Prefetch
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from network.countries import regional_group
from network.models import Organisation
from search.documents import SearchDocument
from search.registry import Projection, register

from .models import LibraryDocument
from .queries import listed_documents

KIND = "document"


def _indexable():
    """The catalogue, whatever the audience (the index stores the audience keys)."""
    return listed_documents(_Everyone())


class _Everyone:
    """Stands for a reader who sees every audience, to list what belongs in the index."""

    is_authenticated = True
    is_active = True
    is_superuser = True


def _prefetch(queryset):
    return queryset.select_related("document_type", "contributor_organisation").prefetch_related(
        "topics", Prefetch("organisations", queryset=Organisation.objects.only("pk", "kind"))
    )


def project(document: LibraryDocument):
    organisations = list(document.organisations.all())
    if document.contributor_organisation is not None:
        organisations.append(document.contributor_organisation)
    date = document.publication_date or (
        document.published_at.date() if document.published_at else None
    )
    with translation.override(settings.LANGUAGE_CODE):
        url = document.get_absolute_url()
    yield SearchDocument(
        kind=KIND,
        id=document.pk,
        url=url,
        language=document.language,
        title=document.title,
        body="\n".join(part for part in (document.abstract, document.extracted_text) if part),
        audience_keys=document.audience_keys.split(),
        countries=document.countries,
        regional_groups=[group for group in map(regional_group, document.countries) if group],
        topics=[topic.slug for topic in document.topics.all()],
        document_type=document.document_type.slug if document.document_type else "",
        participant_types=[organisation.kind for organisation in organisations],
        year=document.publication_date.year if document.publication_date else None,
        date=date,
    )


def _embargo_ended(since, until) -> list[int]:
    """Documents whose embargo ended between the two moments: no save indexes them then."""
    ended = LibraryDocument.objects.filter(embargo_until__gt=since, embargo_until__lte=until)
    return list(ended.values_list("pk", flat=True))


def _topics_changed(sender, instance, action, pk_set=None, **kwargs):
    from search.registry import schedule

    if action in ("post_add", "post_remove", "post_clear") and isinstance(
        instance, LibraryDocument
    ):
        schedule(KIND, [instance.pk])


def register_documents() -> None:
    from django.db.models.signals import m2m_changed

    register(
        Projection(
            kind=KIND,
            label=_("Library documents"),
            model=LibraryDocument,
            objects=_indexable,
            project=project,
            prefetch=_prefetch,
            due=_embargo_ended,
        )
    )
    for relation in (LibraryDocument.topics, LibraryDocument.organisations):
        m2m_changed.connect(
            _topics_changed, sender=relation.through, dispatch_uid=f"search:{relation.through}"
        )
