"""The search page, its suggestions, and the library's and forum's search boxes."""

import pytest
from django.test import Client

from tests.library.factories import make_document
from tests.roles import as_role

BAD_QUERIES = [
    "",
    "   ",
    "x" * 1000,
    "word " * 200,
    '"unbalanced',
    'a"b"c"',
    "(((",
    ")",
    "NEAR(asuncion",
    "asuncion NEAR/2 red",
    "^2 *:* title:asuncion",
    "* OR OR -",
    '- -- -""',
    "AND NOT",
    '\\"; DROP TABLE search_searchentry; --',
    "{title body}: x*",
    "ñ ü ç ال",
]


@pytest.fixture
def english(client):
    return client


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_bad_queries_answer_a_page(engine, english, query):
    response = english.get("/en/search/", {"q": query})
    assert response.status_code == 200
    if query.strip():
        assert 'value="' in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"q": "asuncion", "page": "-1"},
        {"q": "asuncion", "page": "999999"},
        {"q": "asuncion", "page": "abc"},
        {"q": "asuncion", "country": "ZZ", "topic": "x" * 300, "kind": "<script>"},
        {"q": "asuncion", "sort": "sideways"},
        {"year": "1999", "language": "xx"},
    ],
)
def test_bad_parameters_answer_a_valid_page(engine, english, params):
    response = english.get("/en/search/", params)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[-1]


def test_a_page_past_the_end_shows_the_last_page(engine, english, indexed):
    with indexed():
        for number in range(25):
            make_document(f"Kestrel report {number}")
    last = english.get("/en/search/", {"q": "kestrel", "page": "999999"})
    assert last.context["results"].number == 2
    assert len(last.context["results"].hits) == 5
    assert "Page 2 of 2" in last.content.decode()
    first = english.get("/en/search/", {"q": "kestrel", "page": "-1"})
    assert first.context["results"].number == 1
    assert 'rel="next"' in first.content.decode()


def test_results_show_kinds_snippets_and_facets(engine, english):
    page = english.get("/en/search/", {"q": "asuncion"}).content.decode()
    assert "<mark>Asunción</mark>" in page
    assert "Events" in page and "Library documents" in page
    assert 'name="kind"' in page and 'name="country"' in page
    assert "suggest.js" in page and "<script>" not in page and "style=" not in page


def test_no_results_page_suggests_what_to_change(engine, english):
    page = english.get("/en/search/", {"q": "xyzzyplugh", "country": "PY"}).content.decode()
    assert "Nothing matches your search." in page
    assert "Search again without the filters" in page


def test_suggestions_offer_titles_countries_and_topics(engine, english):
    from network.models import Topic

    titles = english.get("/en/search/suggest/", {"q": "asunc"}).json()["suggestions"]
    assert any(item["kind"] == "title" and "Asunción" in item["label"] for item in titles)
    countries = english.get("/en/search/suggest/", {"q": "parag"}).json()["suggestions"]
    assert {"kind": "country", "label": "Paraguay", "value": "PY"} in countries
    topic = Topic.objects.filter(librarydocument__audience="public").distinct().first()
    typed = topic.name.split()[0][:5]
    topics = english.get("/en/search/suggest/", {"q": typed}).json()["suggestions"]
    assert any(item["kind"] == "topic" and item["value"] == topic.slug for item in topics)
    assert english.get("/en/search/suggest/", {"q": ""}).json() == {"suggestions": []}
    assert english.get("/en/search/suggest/", {"q": '"*(' * 300}).status_code == 200


def test_library_search_box_uses_the_engine(engine, english, indexed):
    with indexed():
        make_document("Osprey handbook", abstract="Guía de seguimiento.", language="es")
    page = english.get("/en/library/", {"q": "osprey"}).content.decode()
    assert "<mark>Osprey</mark> handbook" in page
    assert "1 result" in page
    forum_only = english.get("/en/library/", {"q": "osprey", "language": "en"})
    assert "Nothing matches your search." in forum_only.content.decode()
    # Only documents: a forum topic's words find nothing here.
    assert "Events" not in english.get("/en/library/", {"q": "asuncion"}).content.decode()


def test_forum_search_finds_topics_and_replies_for_members(engine):
    from forum.models import Topic

    topic = Topic.objects.filter(category__slug="information-management").first()
    member = as_role(Client(HTTP_ACCEPT_LANGUAGE="en"), "mechanism")
    page = member.get("/en/forum/search/", {"q": topic.title}).content.decode()
    assert f'href="/en/forum/t/{topic.pk}/"' in page
    visitor = Client(HTTP_ACCEPT_LANGUAGE="en").get("/en/forum/search/", {"q": topic.title})
    assert visitor.status_code == 302
    assert "Search the forum" in member.get("/en/forum/").content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/en/search/", "/en/search/suggest/"])
def test_the_search_page_without_a_query_string(client, path):
    assert client.get(path).status_code == 200
    as_role(client, "mechanism")
    assert client.get("/en/forum/search/").status_code == 200
