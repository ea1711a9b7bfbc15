"""The main navigation, cached per host and language and dropped whenever pages change."""

from django.core.cache import cache
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import translation
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

VERSION_KEY = "main-menu:version"


def menu_items(request) -> list[dict]:
    """``[{"pk", "title", "url"}]`` for the home page and its live children shown in menus."""
    version = cache.get_or_set(VERSION_KEY, 1, None)
    # Keyed by host, so a cached menu costs no query (Wagtail's site lookup is one per call).
    key = f"main-menu:{version}:{request.get_host()}:{translation.get_language()}"
    items = cache.get(key)
    if items is None:
        site = Site.find_for_request(request)
        if site is None:
            return []
        root = site.root_page
        pages = [root, *root.get_children().live().in_menu()]
        items = [{"pk": p.pk, "title": p.title, "url": p.get_url(request)} for p in pages]
        cache.set(key, items, 60 * 60)
    return items


@receiver(page_published)
@receiver(page_unpublished)
@receiver(page_slug_changed)
@receiver(post_page_move)
@receiver(post_delete, sender=Page)
def forget_menus(**kwargs) -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, None)
