"""The public Atom feed of newly published good practices (never a members-only one)."""

from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import linebreaks
from django.utils.translation import gettext_lazy as _

from network import access

FEED_LENGTH = 30


class PublicPracticesFeed(Feed):
    feed_type = Atom1Feed
    title = _("NMIRF Exchange: new good practices")
    subtitle = _(
        "Good practices of national mechanisms for implementation, reporting and follow-up, "
        "curated by the network's editors."
    )

    def __init__(self, index):
        super().__init__()
        self.index = index

    def link(self) -> str:
        return self.index.get_url() or "/"

    def items(self):
        from ..models import GoodPracticePage

        queryset = GoodPracticePage.objects.live().public().descendant_of(self.index)
        return (
            access.visible(queryset, AnonymousUser())
            .prefetch_related("topics")
            .order_by("-first_published_at", "-pk")[:FEED_LENGTH]
        )

    def item_title(self, item) -> str:
        return item.title

    def item_description(self, item) -> str:
        # Atom's summary is typed "html": the plain-text summary is escaped, never markup.
        return linebreaks(item.summary, autoescape=True)

    def item_link(self, item) -> str:
        return item.get_url() or "/"

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item) -> list[str]:
        return [topic.name for topic in item.topics.all()]
