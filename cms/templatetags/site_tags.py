"""The frame's template tags: the language switcher and the main navigation."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page, Site

register = template.Library()


@register.simple_tag(takes_context=True)
def language_choices(context) -> list[dict]:
    """One entry per language, each pointing at the same page (and query) in that language."""
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    query = request.META.get("QUERY_STRING", "")
    choices = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            name = translation.get_language_info(code)["name_local"]
            if isinstance(page, Page):
                url = page.get_url(request) or f"/{code}/"
                if query:
                    url = f"{url}?{query}"
            else:
                url = translate_url(request.get_full_path(), code)
        choices.append({"code": code, "name": name, "url": url, "current": code == current})
    return choices


@register.simple_tag(takes_context=True)
def main_menu(context) -> list[Page]:
    """The home page's children marked "show in menus"."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return []
    root = site.root_page
    return [root, *root.get_children().live().in_menu()]
