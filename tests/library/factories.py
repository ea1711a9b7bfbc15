"""Building library documents for tests, straight into the ready and published state."""

from django.core.files.base import ContentFile

from library.models import LibraryDocument
from network.models import Organisation


def organisation(acronym: str) -> Organisation:
    return Organisation.objects.get(acronym=acronym, is_demo=True)


def make_document(
    title: str = "Follow-up plan", *, countries=("PY",), organisations=(), topics=(), **fields
) -> LibraryDocument:
    values = {
        "file": ContentFile(b"%PDF-1.4 test", name="x.pdf"),
        "title": title,
        "status": LibraryDocument.Status.READY,
        "review_status": LibraryDocument.Review.PUBLISHED,
        "audience": "public",
        "content_type": "application/pdf",
        **fields,
    }
    document = LibraryDocument(**values)
    document.set_countries(countries)
    document.save()
    document.organisations.add(*organisations)
    document.topics.add(*topics)
    return document
