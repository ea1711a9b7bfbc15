"""Site pages in the search index: content pages, news and events, one entry per language the
page is written in (its own title in that language), at that language's address.

Pages in a view-restricted section are left out. ``register_page_type`` makes another page
model searchable in one call (e.g. the good-practice pages).
"""

from collections.abc import Callable, Iterable

from django.conf import settings
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, PageViewRestriction

from search.documents import SearchDocument
from search.registry import Projection, register

from .models import ContentPage, EventPage, GoodPracticePage, NewsPage


def page_languages(page: Page) -> list[str]:
    """The languages this page has its own title in."""
    return [code for code, _name in settings.LANGUAGES if getattr(page, f"title_{code}", "")]


def page_text(page: Page, field_names: Iterable[str]) -> str:
    """The searchable text of these fields, in the active language."""
    parts = []
    for name in field_names:
        field = page._meta.get_field(name)
        value = getattr(page, name)
        if hasattr(field, "get_searchable_content"):
            parts.extend(str(part) for part in field.get_searchable_content(value))
        elif value:
            parts.append(strip_tags(str(value)))
    return "\n".join(part for part in parts if part)


def page_projector(
    kind: str, fields: Iterable[str], date_of: Callable[[Page], object], **facets_of
) -> Callable[[Page], Iterable[SearchDocument]]:
    """A projection function for a page model: ``facets_of`` maps SearchDocument fields
    (``topics``, ``countries`` …) to functions of the page."""
    fields = tuple(fields)

    def project(page: Page):
        date = date_of(page)
        for language in page_languages(page):
            with translation.override(language):
                yield SearchDocument(
                    kind=kind,
                    id=page.pk,
                    url=page.get_url() or "",
                    language=language,
                    title=page.title,
                    body=page_text(page, fields),
                    year=date.year if date else None,
                    date=date,
                    **{name: function(page) for name, function in facets_of.items()},
                )

    return project


def register_page_type(model: type[Page], kind: str, label, project) -> None:
    """Index live, unrestricted pages of ``model``; restricting a section re-indexes it."""

    def restricted(restriction: PageViewRestriction) -> list[int]:
        return list(
            model.objects.descendant_of(restriction.page, inclusive=True).values_list(
                "pk", flat=True
            )
        )

    register(
        Projection(
            kind=kind,
            label=label,
            model=model,
            objects=lambda: model.objects.live().public(),
            project=project,
            depends=[(PageViewRestriction, restricted)],
            localised_urls=False,
        )
    )


def _published(page: Page):
    moment = page.last_published_at or page.first_published_at
    return moment.date() if moment else None


def register_pages() -> None:
    register_page_type(
        ContentPage,
        "page",
        _("Pages"),
        page_projector("page", ("summary", "body"), _published),
    )
    register_page_type(
        NewsPage, "news", _("News"), page_projector("news", ("summary", "body"), lambda p: p.date)
    )
    register_page_type(
        EventPage,
        "event",
        _("Events"),
        page_projector(
            "event",
            ("place", "summary", "body", "organisers", "co_sponsors", "topics", "agenda"),
            lambda page: page.start_date,
        ),
    )
    register_page_type(
        GoodPracticePage,
        "practice",
        _("Good practices"),
        page_projector(
            "practice",
            # Not the focal point's contact: it is for members only, even on public practices.
            PRACTICE_FIELDS,
            _published,
            audience_keys=lambda page: page.audience_keys.split(),
            countries=lambda page: [page.country] if page.country else [],
            regional_groups=lambda page: [page.regional_group] if page.regional_group else [],
            topics=lambda page: [topic.slug for topic in page.topics.all()],
        ),
    )


PRACTICE_FIELDS = (
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
)
