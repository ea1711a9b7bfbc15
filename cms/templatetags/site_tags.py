"""The frame's template tags: the language switcher and the main navigation."""

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils import translation
from wagtail.models import Page

from cms.menu import menu_items

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
                url = _translated_path(request, code)
        choices.append({"code": code, "name": name, "url": url, "current": code == current})
    return choices


def _translated_path(request, code: str) -> str:
    """This request's path and query in language ``code`` (called with it active): the view's
    URL reversed from the request's own match (``translate_url`` would resolve the path again
    for every language)."""
    match = request.resolver_match
    if match is None or not match.url_name:
        return translate_url(request.get_full_path(), code)
    try:
        path = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
    except NoReverseMatch:
        return request.get_full_path()
    query = request.META.get("QUERY_STRING", "")
    return f"{path}?{query}" if query else path


@register.simple_tag(takes_context=True)
def main_menu(context) -> list[dict]:
    """The home page and its children marked "show in menus"."""
    return menu_items(context["request"])


@register.simple_tag(takes_context=True)
def page_url(context, number: int) -> str:
    """``?…&page=number``: this page's query (filters, sorting) with another page number."""
    query = context["request"].GET.copy()
    query["page"] = number
    return f"?{query.urlencode()}"
