"""Each page type renders in each language with its own content and direction."""

import re

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.html import escape

from cms.demo import content

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _ in settings.LANGUAGES]


def html(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def heading(page_html: str) -> str:
    match = re.search(r"<h1>(.*?)</h1>", page_html, re.S)
    assert match, "page has no h1"
    return match.group(1).strip()


def shown(text: str, page_html: str) -> bool:
    """True when ``text`` appears in the page as the template escaped it."""
    return escape(text) in page_html


def test_root_redirects_to_a_language():
    from django.test import Client

    response = Client(HTTP_ACCEPT_LANGUAGE="fr").get("/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_page_in_each_language(client, lang):
    page = html(client.get(f"/{lang}/"))
    assert heading(page) == escape(content.HOME[lang]["title"])
    assert f'lang="{lang}"' in page
    assert ('dir="rtl"' in page) == (lang == "ar")
    # The latest news and the seminar are presented on the front page.
    assert shown(content.NEWS_DECLARATION[lang]["title"], page)
    assert shown(content.EVENT[lang]["title"], page)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_about_page_explains_joining(client, lang):
    page = html(client.get(f"/{lang}/{content.ABOUT[lang]['slug']}/"))
    assert heading(page) == escape(content.ABOUT[lang]["title"])
    quote = dict(content.ABOUT[lang]["body"])["quote"]
    assert shown(quote["text"], page)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_event_page_shows_dates_place_and_sponsors(client, lang):
    event = content.EVENT[lang]
    page = html(client.get(f"/{lang}/{event['slug']}/"))
    assert heading(page) == escape(event["title"])
    assert 'datetime="2024-05-08"' in page and 'datetime="2024-05-09"' in page
    assert shown(event["place"], page)
    assert shown(event["co_sponsors"], page)
    for topic in event["topics"]:
        assert shown(topic, page)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_news_index_and_item(client, lang):
    index = html(client.get(f"/{lang}/{content.NEWS_INDEX[lang]['slug']}/"))
    item = content.NEWS_DECLARATION[lang]
    assert shown(item["title"], index)
    page = html(client.get(f"/{lang}/{content.NEWS_INDEX[lang]['slug']}/{item['slug']}/"))
    assert heading(page) == escape(item["title"])
    assert 'datetime="2024-05-09"' in page


def test_news_index_paginates(client, demo_pages):
    from cms.models import NewsPage

    index = demo_pages["news_index"]
    with translation.override("es"):
        for number in range(12):
            index.add_child(
                instance=NewsPage(
                    title=f"Boletín {number}", slug=f"boletin-{number}", date="2025-01-01"
                )
            )
    first = html(client.get("/en/news/"))
    second = html(client.get("/en/news/?page=2"))
    assert first.count('class="card"') == 10
    assert second.count('class="card"') == 3
    assert 'rel="next"' in first and 'rel="prev"' in second
    # Page numbers out of range or malformed answer a page, never an error.
    beyond = html(client.get("/en/news/?page=999"))
    assert 'rel="prev"' in beyond and 'class="card"' not in beyond
    assert html(client.get("/en/news/?page=-3")).count('class="card"') == 10
    assert html(client.get("/en/news/?page=abc")).count('class="card"') == 10


def test_unknown_page_is_a_translated_404(client):
    response = client.get("/fr/nexiste-pas/")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_slugs_are_per_language(client):
    assert client.get(f"/en/{content.ABOUT['en']['slug']}/").status_code == 200
    assert client.get(f"/fr/{content.ABOUT['fr']['slug']}/").status_code == 200
    assert client.get(f"/ar/{content.ABOUT['ar']['slug']}/").status_code == 200
    # The English slug is not the French page's address.
    assert content.ABOUT["en"]["slug"] != content.ABOUT["fr"]["slug"]
    assert client.get(f"/fr/{content.ABOUT['en']['slug']}/").status_code == 404
