"""Shared fixtures: the demo site is loaded once per test session and rolled back per test."""

import shutil

import pytest
from django.core.cache import cache
from django.test import Client

from network.demo import DEMO_PASSWORD
from tests.roles import totp_code


def pytest_collection_modifyitems(config, items):
    """Browser tests carry the ``browser`` marker and run last: they commit what the browser writes
    (see tests/browser/conftest.py), so the rest of the suite never sees it."""
    browser = [item for item in items if item.nodeid.startswith("tests/browser/")]
    for item in browser:
        item.add_marker(pytest.mark.browser)
    others = [item for item in items if not item.nodeid.startswith("tests/browser/")]
    items[:] = others + browser


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from cms.demo.pages import load_pages
    from cms.demo.practices import load_practices
    from forum.demo import load_discussions
    from library.demo import load_documents
    from network.demo import load_accounts, load_organisations

    with django_db_blocker.unblock():
        load_accounts(load_organisations())
        load_pages(load_documents())
        load_discussions()
        load_practices()


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache, as its database starts from the demo data: counts
    cached by one test (unread notifications, the library's filters) must not reach the next."""
    cache.clear()


@pytest.fixture
def client():
    """A browser that prefers English, so unprefixed pages (/accounts/…) answer in English."""
    return Client(HTTP_ACCEPT_LANGUAGE="en")


@pytest.fixture
def demo_pages(db):
    from cms.demo.pages import load_pages
    from library.demo import load_documents

    return load_pages(load_documents())


@pytest.fixture
def login(db, client):
    """``login("mechanism")`` signs the demo account in on the test client and returns it.

    Accounts that must use two factors are asked for their code, which is typed in too.
    """

    def _login(username: str) -> Client:
        cache.clear()  # allauth's per-address login rate limit, shared by the whole suite
        response = client.post("/accounts/login/", {"login": username, "password": DEMO_PASSWORD})
        assert response.status_code == 302, response.content.decode()[:2000]
        if response["Location"].startswith("/accounts/2fa/authenticate/"):
            response = client.post(response["Location"], {"code": totp_code()})
            assert response.status_code == 302, response.content.decode()[:2000]
        return client

    return _login


@pytest.fixture(scope="session", autouse=True)
def _remove_test_files():
    yield
    from django.conf import settings

    shutil.rmtree(settings.TEST_FILES_ROOT, ignore_errors=True)


@pytest.fixture
def people_read_english(db):
    """The account pages and notices speak each person's preferred language; these tests read
    English, so the demo people prefer it here (rolled back with the test)."""
    from network.models import User

    User.objects.update(preferred_language="en")
