"""The public Atom feed of new documents in the library."""

from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import linebreaks
from django.utils.translation import gettext_lazy as _

from .citations import authors
from .queries import listed_documents

FEED_LENGTH = 30


class PublicDocumentsFeed(Feed):
    """The 30 most recently published documents anyone may see (never a restricted,
    embargoed, unreviewed or unprocessed one; never a pseudonymous contributor's name)."""

    feed_type = Atom1Feed
    title = _("NMIRF Exchange library: new documents")
    subtitle = _(
        "Reports, laws, guides and tools shared by the network of national mechanisms for "
        "implementation, reporting and follow-up."
    )

    def link(self) -> str:
        return reverse("library:listing")

    def items(self):
        return (
            listed_documents(AnonymousUser())
            .select_related("document_type", "contributor_organisation")
            .prefetch_related("organisations", "topics")
            .order_by("-published_at", "-pk")[:FEED_LENGTH]
        )

    def item_title(self, item) -> str:
        return item.title

    def item_description(self, item) -> str | None:
        # Atom's summary is typed "html": the plain-text abstract is escaped, never markup.
        return linebreaks(item.abstract, autoescape=True) if item.abstract else None

    def item_link(self, item) -> str:
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item) -> str | None:
        return ", ".join(authors(item, show_contributor=False)) or None

    def item_categories(self, item) -> list[str]:
        return [topic.name for topic in item.topics.all()]
