"""Translatable page fields (wagtail-modeltranslation adds title, slug and SEO fields)."""

from modeltranslation.translator import TranslationOptions, register

from .models import (
    ContentPage,
    EventPage,
    GoodPracticeIndexPage,
    GoodPracticePage,
    HomePage,
    NewsIndexPage,
    NewsPage,
)


@register(HomePage)
class HomePageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(ContentPage)
class ContentPageTranslation(TranslationOptions):
    fields = ("summary", "body")


@register(NewsIndexPage)
class NewsIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(NewsPage)
class NewsPageTranslation(TranslationOptions):
    fields = ("summary", "body")


@register(EventPage)
class EventPageTranslation(TranslationOptions):
    fields = ("place", "summary", "body", "organisers", "co_sponsors", "topics", "agenda")


@register(GoodPracticeIndexPage)
class GoodPracticeIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(GoodPracticePage)
class GoodPracticePageTranslation(TranslationOptions):
    fields = (
        "summary",
        "context",
        "objectives",
        "actors",
        "implementation",
        "resources",
        "results",
        "challenges",
        "lessons_learned",
        "replicability",
        "sustainability",
        "contact_role",
    )
