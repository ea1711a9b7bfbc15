"""Shared fixtures: the demo site is loaded once per test session and rolled back per test."""

import shutil

import pytest
from django.test import Client

from network.demo import DEMO_PASSWORD


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
    """``login("mechanism")`` signs the demo account in on the test client and returns it."""

    def _login(username: str) -> Client:
        response = client.post("/accounts/login/", {"login": username, "password": DEMO_PASSWORD})
        assert response.status_code == 302, response.content.decode()[:2000]
        return client

    return _login


@pytest.fixture(scope="session", autouse=True)
def _remove_test_files():
    yield
    from django.conf import settings

    shutil.rmtree(settings.TEST_FILES_ROOT, ignore_errors=True)
