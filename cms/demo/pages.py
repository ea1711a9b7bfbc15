"""Builds the demo page tree from ``content.py``; running it again updates, never duplicates."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import translation
from wagtail.models import Page, Site

from ..models import ContentPage, EventPage, HomePage, NewsIndexPage, NewsPage
from . import content

LANGUAGES = [code for code, _name in settings.LANGUAGES]
DEFAULT = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def _raw_stream(blocks: list[tuple]) -> list[dict]:
    """Turn ``(type, value)`` pairs into StreamField's raw JSON form."""
    raw = []
    for block_type, value in blocks:
        if block_type == "heading":
            value = {"text": value, "level": "h2"}
        raw.append({"type": block_type, "value": value})
    return raw


def _translated_values(texts: dict[str, dict], field_map: dict) -> dict:
    """``{field_lang: value}`` for each language present in ``texts``."""
    values = {}
    for lang in LANGUAGES:
        text = texts.get(lang)
        if text is None:
            continue
        for field, convert in field_map.items():
            if field in text:
                values[f"{field}_{lang}"] = convert(text[field])
    return values


def _same(value):
    return value


STREAMS = {"title": _same, "slug": _same, "intro": _same, "summary": _same, "body": _raw_stream}


def _upsert(parent: Page, model, texts: dict, extra: dict | None = None, fields=None) -> Page:
    """Create or update the child of ``parent`` of type ``model`` with this Spanish slug."""
    values = _translated_values(texts, fields or STREAMS)
    values.update(extra or {})
    slug = texts[DEFAULT]["slug"]
    page = model.objects.child_of(parent).filter(slug_es=slug).first()
    with translation.override(DEFAULT):
        if page is None:
            page = model(**values)
            parent.add_child(instance=page)
        else:
            for name, value in values.items():
                setattr(page, name, value)
        page.save_revision().publish()
    return page


def _home(root: Page) -> HomePage:
    home = HomePage.objects.first()
    if home is None:
        with translation.override(DEFAULT):
            home = HomePage(**_translated_values(content.HOME, STREAMS))
            root.add_child(instance=home)
    else:
        for name, value in _translated_values(content.HOME, STREAMS).items():
            setattr(home, name, value)
    with translation.override(DEFAULT):
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.root_page = home
    site.hostname = site.hostname or "localhost"
    site.port = site.port or 80
    site.site_name = "NMIRF Exchange"
    site.save()
    # Wagtail's placeholder welcome page has no translated title; it goes.
    Page.objects.filter(depth=2).exclude(pk=home.pk).not_type(HomePage).delete()
    return home


def _date(value: str) -> datetime.date:
    return datetime.date.fromisoformat(value)


@transaction.atomic
def load_pages(documents: dict | None = None) -> dict[str, Page]:
    """The demo page tree; ``documents`` (from library.demo) are attached to the event page."""
    documents = documents or {}
    event_documents = [
        {"type": "document", "value": documents[key].pk}
        for key in ("concept-note", "agenda", "declaration")
        if key in documents
    ]
    root = Page.get_first_root_node()
    home = _home(root)
    about = _upsert(home, ContentPage, content.ABOUT, {"show_in_menus": True})
    event = _upsert(
        home,
        EventPage,
        content.EVENT,
        {
            "documents": event_documents,
            "start_date": _date(content.SEMINAR_DATES[0]),
            "end_date": _date(content.SEMINAR_DATES[1]),
            "show_in_menus": True,
        },
        fields={
            **STREAMS,
            "place": _same,
            "organisers": _same,
            "co_sponsors": _same,
            "topics": lambda topics: [{"type": "topic", "value": t} for t in topics],
        },
    )
    news_index = _upsert(home, NewsIndexPage, content.NEWS_INDEX, {"show_in_menus": True})
    news = _upsert(
        news_index,
        NewsPage,
        content.NEWS_DECLARATION,
        {"date": _date(content.DECLARATION_DATE)},
    )
    return {"home": home, "about": about, "event": event, "news_index": news_index, "news": news}
