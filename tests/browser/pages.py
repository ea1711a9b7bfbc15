"""The key pages of issue 9, each with the role that sees it as its users do, in any language."""

from dataclasses import dataclass

from django.utils import translation

LANGUAGES = ["en", "ar"]  # one left-to-right and the right-to-left language


@dataclass(frozen=True)
class KeyPage:
    name: str
    role: str
    path: str


def _page_path(page_class, lang: str) -> str:
    with translation.override(lang):
        return page_class.objects.live().order_by("pk").first().get_url()


KEY_PAGE_NAMES = [
    "home",
    "about",
    "event",
    "news",
    "join",
    "members-map",
    "directory",
    "library",
    "library-search",
    "document",
    "contribute",
    "forum",
    "category",
    "topic",
    "new-topic",
    "login",
    "profile",
    "notifications",
    "search",
    "good-practices",
    "good-practice",
]


def key_pages(lang: str) -> dict[str, KeyPage]:
    """Home, about, event, news, joining, directory and map, library, contribution, forum, login,
    profile, notifications, search results and good practices. The account pages (/accounts/…)
    take the language from the cookie.
    """
    from cms.demo import content
    from cms.models import GoodPracticePage
    from cms.models.pages import EventPage, NewsPage
    from forum.models import Topic
    from library.models import LibraryDocument

    topic = Topic.objects.get(title__startswith="¿Qué herramienta usan")
    document = LibraryDocument.objects.get(title_en="Declaration of Asunción")
    forum = f"/{lang}/forum"
    pages = [
        KeyPage("home", "visitor", f"/{lang}/"),
        KeyPage("about", "visitor", f"/{lang}/{content.ABOUT[lang]['slug']}/"),
        KeyPage("event", "visitor", _page_path(EventPage, lang)),
        KeyPage("news", "visitor", _page_path(NewsPage, lang)),
        KeyPage("join", "pending", f"/{lang}/members/join/"),
        KeyPage("members-map", "visitor", f"/{lang}/members/"),
        KeyPage("directory", "mechanism", f"/{lang}/members/directory/"),
        KeyPage("library", "mechanism", f"/{lang}/library/"),
        KeyPage("library-search", "visitor", f"/{lang}/library/?q=declaration"),
        KeyPage("document", "visitor", f"/{lang}/library/{document.pk}/"),
        KeyPage("contribute", "cso", f"/{lang}/library/contribute/"),
        KeyPage("forum", "mechanism", f"{forum}/"),
        KeyPage("category", "mechanism", f"{forum}/c/{topic.category.slug}/"),
        KeyPage("topic", "mechanism", f"{forum}/t/{topic.pk}/"),
        KeyPage("new-topic", "mechanism", f"{forum}/c/{topic.category.slug}/new/"),
        KeyPage("login", "visitor", "/accounts/login/"),
        KeyPage("profile", "mechanism", "/accounts/profile/"),
        KeyPage("notifications", "mechanism", "/accounts/notifications/"),
        KeyPage("search", "mechanism", f"/{lang}/search/?q=asuncion"),
        KeyPage("good-practices", "visitor", f"/{lang}/good-practices/"),
        KeyPage("good-practice", "mechanism", _page_path(GoodPracticePage, lang)),
    ]
    return {page.name: page for page in pages}
