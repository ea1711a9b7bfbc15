"""The language switcher keeps the visitor on the same page (and query)."""

import re
from urllib.parse import unquote

import pytest

from cms.demo import content

pytestmark = pytest.mark.django_db


def switcher_targets(page_html: str) -> dict[str, str]:
    targets = dict(
        re.findall(
            r'name="language" value="(\w+)".*?formaction="/i18n/setlang/\?next=([^"]+)"', page_html
        )
    )
    return {lang: unquote(url) for lang, url in targets.items()}


def test_switcher_points_to_the_same_page_in_each_language(client):
    page = client.get(f"/en/{content.ABOUT['en']['slug']}/").content.decode()
    targets = switcher_targets(page)
    assert set(targets) == {"es", "fr", "pt", "ar"}
    for lang, url in targets.items():
        assert url.startswith(f"/{lang}/")
        response = client.get(url)
        assert response.status_code == 200, url
        assert content.ABOUT[lang]["title"] in response.content.decode()


def test_switching_sets_the_language_and_keeps_the_query(client):
    page = client.get("/en/news/?page=1").content.decode()
    target = switcher_targets(page)["pt"]
    assert target == f"/pt/{content.NEWS_INDEX['pt']['slug']}/?page=1"
    response = client.post(f"/i18n/setlang/?next={target}", {"language": "pt"})
    assert response.status_code == 302
    assert response["Location"] == target
    assert response.cookies["django_language"].value == "pt"
    # Pages outside the language prefix (the account pages) now speak Portuguese.
    assert 'lang="pt"' in client.get("/accounts/login/").content.decode()


def test_switcher_on_a_non_page_view_translates_the_path(client):
    page = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    targets = switcher_targets(page)
    assert targets["fr"].startswith("/accounts/login/")
