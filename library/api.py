"""The library's part of the JSON API: the catalogue as the caller may see it."""

import datetime

from ninja import Router, Schema
from ninja.pagination import PageNumberPagination, paginate

from network.api_paging import Projected

from .citations import authors
from .queries import document_or_404, listed_documents, may_see_contributor

router = Router(tags=["library"])


class DocumentOut(Schema):
    id: int
    title: str
    abstract: str
    document_type: str | None
    language: str
    countries: list[str]
    publication_date: datetime.date | None
    published_at: datetime.datetime | None
    symbol: str
    authors: list[str]
    page: str
    download: str


def _document(document, user) -> dict:
    return {
        "id": document.pk,
        "title": document.title,
        "abstract": document.abstract,
        "document_type": document.document_type.name if document.document_type_id else None,
        "language": document.language,
        "countries": document.countries,
        "publication_date": document.publication_date,
        "published_at": document.published_at,
        "symbol": document.symbol,
        "authors": authors(document, show_contributor=may_see_contributor(user, document)),
        "page": document.get_absolute_url(),
        "download": document.url,
    }


@router.get("/documents", response=list[DocumentOut], summary="Documents in the catalogue")
@paginate(PageNumberPagination, page_size=50)
def documents(request, country: str = "", language: str = ""):
    """Published documents the caller may see, newest first; filter by ISO country or language."""
    queryset = (
        listed_documents(request.user)
        .select_related("document_type", "contributor_organisation")
        .prefetch_related("organisations")
    )
    if country:
        queryset = queryset.filter(country_index__code=country.upper())
    if language:
        queryset = queryset.filter(language=language)
    user = request.user
    return Projected(queryset.order_by("-published_at", "-pk"), lambda doc: _document(doc, user))


@router.get("/documents/{int:document_id}", response=DocumentOut, summary="One document")
def document(request, document_id: int):
    """One document, or 404 if it does not exist or the caller may not see it."""
    return _document(document_or_404(request.user, document_id), request.user)
