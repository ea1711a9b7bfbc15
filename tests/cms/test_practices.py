"""Finding good practices: the pages in each language, filters and counts under every role,
members-only practices and fields, the related items, the print stylesheet and the feed."""

import re

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.html import escape

from cms.demo import practices_content as content
from cms.models import GoodPracticeIndexPage, GoodPracticePage
from cms.practices.detail import may_see_contact
from tests.roles import ROLES, as_role, person

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _in_english():
    """Reverse and read in English; requests switch the active language, so leave none active
    for the next test (whatever an earlier test left behind)."""
    translation.activate("en")
    yield
    translation.deactivate()


LANGUAGES = [code for code, _ in settings.LANGUAGES]
PUBLIC = [content.CONSULTATION, content.TRACKING_TOOL]
MEMBERS_ONLY = content.LOCAL_GOVERNMENTS
# Who holds the "members" (or secretariat) key: everyone admitted but civil society.
SEES_MEMBERS_ONLY = {"mechanism", "observer", "nhri", "moderator", "editor", "committee", "admin"}


def url(lang: str, item: dict | None = None) -> str:
    base = f"/{lang}/good-practices/"
    return f"{base}{item[lang]['slug']}/" if item else base


def html(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def facet(response, name: str) -> dict[str, int]:
    return {entry["value"]: entry["count"] for entry in response.context["facets"][name]}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_index_and_practice_in_each_language(client, lang):
    page = html(client.get(url(lang)))
    assert f"<h1>{escape(content.INDEX[lang]['title'])}</h1>" in page
    assert ('dir="rtl"' in page) == (lang == "ar")
    for item in PUBLIC:
        assert escape(item[lang]["title"]) in page
    practice = html(client.get(url(lang, content.CONSULTATION)))
    assert f"<h1>{escape(content.CONSULTATION[lang]['title'])}</h1>" in practice
    assert escape(content.CONSULTATION[lang]["lessons_learned"]) in practice
    assert escape(content.CONSULTATION[lang]["summary"]) in practice


def test_demo_practices_are_marked_and_tagged():
    practices = GoodPracticePage.objects.filter(is_demo=True)
    assert practices.count() == 3
    for practice in practices:
        assert practice.live and practice.topics.exists()
        for lang in LANGUAGES:
            assert getattr(practice, f"title_{lang}") and getattr(practice, f"summary_{lang}")
    index = GoodPracticeIndexPage.objects.get()
    for lang in LANGUAGES:
        assert getattr(index, f"slug_{lang}") == "good-practices"


@pytest.mark.parametrize("role", ROLES)
def test_counts_only_what_the_role_may_see(client, role):
    as_role(client, role)
    response = client.get(url("en"))
    page = html(response)
    sees = role in SEES_MEMBERS_ONLY
    assert response.context["total"] == (3 if sees else 2)
    assert (escape(MEMBERS_ONLY["en"]["title"]) in page) == sees
    assert facet(response, "country") == ({"PY": 2, "PT": 1} if sees else {"PY": 2})
    assert facet(response, "group") == ({"grulac": 2, "weog": 1} if sees else {"grulac": 2})
    topics = facet(response, "topic")
    assert topics.get("coordination-local-parliaments", 0) == (1 if sees else 0)
    assert topics["participation"] == 1
    assert facet(response, "sdg")["sdg-16"] == (3 if sees else 2)
    assert facet(response, "capacity").get("coordination", 0) == (1 if sees else 0)
    assert facet(response, "mechanism")["upr"] == 2


@pytest.mark.parametrize("role", ROLES)
def test_filters_narrow_the_list_and_keep_the_other_counts(client, role):
    as_role(client, role)
    response = client.get(url("en"), {"topic": "participation"})
    page = html(response)
    assert response.context["total"] == 1
    assert escape(content.CONSULTATION["en"]["title"]) in page
    assert escape(content.TRACKING_TOOL["en"]["title"]) not in page
    # The chosen facet still counts its alternatives; the others count within the choice.
    assert facet(response, "topic")["information-management"] == 1
    assert facet(response, "country") == {"PY": 1}
    # A filter on what the role may not see finds nothing, and says so.
    response = client.get(url("en"), {"country": "PT"})
    assert response.context["total"] == (1 if role in SEES_MEMBERS_ONLY else 0)
    assert facet(response, "country") == (
        {"PY": 2, "PT": 1} if role in SEES_MEMBERS_ONLY else {"PY": 2}
    )


def test_combined_filters_and_unknown_values(client):
    response = client.get(url("en"), {"group": "grulac", "mechanism": "cedaw", "sdg": "sdg-17"})
    assert response.context["total"] == 1
    assert [p.slug_en for p in response.context["practices"]] == ["digital-tracking-tool"]
    response = client.get(url("en"), {"topic": "<script>", "sort": "nonsense", "page": "x"})
    assert response.status_code == 200
    assert response.context["total"] == 0
    assert response.context["sort"] == "newest"


def test_sorting(client):
    newest = [p.slug_en for p in client.get(url("en")).context["practices"]]
    assert newest == ["digital-tracking-tool", "consulting-civil-society"]
    by_title = [p.slug_en for p in client.get(url("en"), {"sort": "title"}).context["practices"]]
    assert by_title == ["digital-tracking-tool", "consulting-civil-society"]  # "A …", "C …"
    started = client.get(url("en"), {"sort": "start"}).context["practices"]
    assert [p.start_year for p in started] == [2021, 2014]


def _add_practices(count: int) -> None:
    index = GoodPracticeIndexPage.objects.get()
    with translation.override("es"):
        for number in range(count):
            practice = GoodPracticePage(
                title=f"Práctica {number:02}",
                title_en=f"Practice {number:02}",
                slug=f"practica-{number}",
                slug_en=f"practice-{number}",
                summary="Resumen",
                context="<p>Contexto</p>",
                objectives="<p>Objetivos</p>",
                implementation="<p>Pasos</p>",
                results="<p>Resultados</p>",
                lessons_learned="<p>Lecciones</p>",
                country="CL",
                audience="public",
            )
            index.add_child(instance=practice)
            practice.topics.set(
                GoodPracticePage.objects.get(slug_en="consulting-civil-society").topics.all()
            )
            practice.save_revision().publish()


def test_pagination_keeps_filters_and_sort(client):
    _add_practices(12)
    response = client.get(url("en"), {"group": "grulac", "sort": "title"})
    page = html(response)
    assert response.context["total"] == 14
    assert len(response.context["practices"]) == 12
    assert 'href="?group=grulac&amp;sort=title&amp;page=2"' in page
    second = client.get(url("en"), {"group": "grulac", "sort": "title", "page": 2})
    assert [p.slug_en for p in second.context["practices"]] == ["practice-10", "practice-11"]
    assert "Page 2 of 2" in html(second)


@pytest.mark.parametrize("role", ["visitor", "mechanism"])
def test_index_queries_do_not_grow(client, django_assert_max_num_queries, role):
    as_role(client, role)
    client.get(url("en"))  # warm the site-root cache, as on a running server
    with django_assert_max_num_queries(12):
        client.get(url("en"), {"group": "grulac", "topic": "participation", "sort": "title"})
    _add_practices(15)
    client.get(url("en"))  # new pages clear Wagtail's cache of site roots; warm it again
    with django_assert_max_num_queries(12):
        response = client.get(url("en"), {"group": "grulac", "sort": "title", "page": 2})
    assert response.context["total"] == 17


@pytest.mark.parametrize("role", ROLES)
def test_members_only_practice_answers_404_to_those_who_may_not_see_it(client, role):
    as_role(client, role)
    response = client.get(url("en", MEMBERS_ONLY))
    if role in SEES_MEMBERS_ONLY:
        assert escape(MEMBERS_ONLY["en"]["title"]) in html(response)
        assert "Members only" in html(response)
    else:
        assert response.status_code == 404


@pytest.mark.parametrize("role", ROLES)
def test_focal_point_is_shown_to_members_only(client, role):
    as_role(client, role)
    page = html(client.get(url("en", content.CONSULTATION)))
    name, email = content.CONSULTATION["contact"]
    shown = role in SEES_MEMBERS_ONLY
    assert (escape(name) in page) == shown
    assert (email in page) == shown
    assert may_see_contact(person(role)) == shown


def test_practice_shows_visible_sources_documents_and_topics_only(client):
    # A visitor sees the public evidence, but not the members' forum topic it grew from.
    page = html(client.get(url("en", content.TRACKING_TOOL)))
    assert "Concept note of the II International Seminar" in page
    assert "A discussion in the members" in page
    assert "/forum/t/" not in page
    # A member follows the source to the forum and sees who shared it (they agreed).
    as_role(client, "observer")
    page = html(client.get(url("en", content.TRACKING_TOOL)))
    assert "¿Qué herramienta usan para dar seguimiento" in page
    assert "/forum/t/" in page
    assert "shared by Mecanismo nacional de seguimiento de recomendaciones de Paraguay" in page


def test_pseudonymous_source_stays_pseudonymous(client):
    as_role(client, "nhri")
    page = html(client.get(url("en", content.CONSULTATION)))
    assert "shared by a civil society organisation from Paraguay" in page
    assert "Coalición de la sociedad civil" not in page.split("Sources")[1]


def test_other_practices_on_the_same_topic(client):
    _add_practices(1)
    page = html(client.get(url("en", content.CONSULTATION)))
    others = page.split("Other practices on the same topic")[1]
    assert "Practice 00" in others
    assert escape(content.TRACKING_TOOL["en"]["title"]) not in others  # another topic


def test_other_practices_never_list_a_members_only_one(client):
    tracking = GoodPracticePage.objects.get(slug_en="digital-tracking-tool")
    members_only = GoodPracticePage.objects.get(slug_en="municipal-focal-points")
    members_only.topics.add(*tracking.topics.all())
    members_only.save()  # a parental many-to-many is written when the page is saved
    page = html(client.get(url("en", content.TRACKING_TOOL)))
    assert escape(MEMBERS_ONLY["en"]["title"]) not in page
    as_role(client, "mechanism")
    page = html(client.get(url("en", content.TRACKING_TOOL)))
    assert escape(MEMBERS_ONLY["en"]["title"]) in page


def test_practice_links_the_print_stylesheet_and_has_no_inline_script_or_style(client):
    page = html(client.get(url("en", content.CONSULTATION)))
    assert re.search(r'<link rel="stylesheet" href="[^"]*practice-print\.css" media="print">', page)
    index = html(client.get(url("en")))
    for text in (page, index):
        assert "style=" not in text
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text)


def test_feed_lists_new_public_practices_only(client):
    response = client.get("/en/good-practices/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = response.content.decode()
    for item in PUBLIC:
        assert escape(item["en"]["title"]) in feed
    assert escape(MEMBERS_ONLY["en"]["title"]) not in feed
    assert feed.index("digital-tracking-tool") < feed.index("consulting-civil-society")
    # Signed-in members get the same public feed.
    as_role(client, "mechanism")
    assert (
        escape(MEMBERS_ONLY["en"]["title"])
        not in client.get("/en/good-practices/feed/").content.decode()
    )


def test_index_links_its_feed(client):
    page = html(client.get(url("fr")))
    assert 'type="application/atom+xml" href="/fr/good-practices/feed/"' in page


def test_unpublished_practice_is_neither_listed_nor_served(client):
    practice = GoodPracticePage.objects.get(slug_en="consulting-civil-society")
    practice.unpublish()
    as_role(client, "admin")
    response = client.get(url("en"))
    assert response.context["total"] == 2
    assert client.get(url("en", content.CONSULTATION)).status_code == 404


def test_only_public_practices_offer_sitemap_urls():
    assert GoodPracticePage.objects.get(slug_en="municipal-focal-points").get_sitemap_urls() == []
    assert GoodPracticePage.objects.get(slug_en="digital-tracking-tool").get_sitemap_urls()


def test_view_restricted_practice_is_left_out_of_the_index(client):
    from wagtail.models import PageViewRestriction

    practice = GoodPracticePage.objects.get(slug_en="digital-tracking-tool")
    PageViewRestriction.objects.create(page=practice, restriction_type="password", password="x")
    response = client.get(url("en"))
    assert response.context["total"] == 1
    assert escape(content.TRACKING_TOOL["en"]["title"]) not in html(response)
