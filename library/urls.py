"""The library, under /<lang>/library/."""

from django.urls import path

from . import feeds
from .views import catalogue, contribute, exports, review, serve

app_name = "library"

urlpatterns = [
    path("", catalogue.listing, name="listing"),
    path("feed/", feeds.PublicDocumentsFeed(), name="feed"),
    path("contribute/", contribute.contribute, name="contribute"),
    path("contributions/", contribute.my_contributions, name="my_contributions"),
    path("contributions/<int:pk>/edit/", contribute.edit_contribution, name="edit_contribution"),
    path("review/", review.queue, name="review"),
    path("review/<int:pk>/", review.review, name="review_document"),
    path("<int:pk>/", catalogue.document, name="document"),
    path("<int:pk>/status/", contribute.status, name="status"),
    path("<int:pk>/thumbnail.png", serve.thumbnail, name="thumbnail"),
    path("<int:pk>/cite.bib", exports.bibtex, name="bibtex"),
    path("<int:pk>/cite.ris", exports.ris, name="ris"),
    path("<int:pk>/dublin-core.xml", exports.dublin_core, name="dublin_core"),
]
