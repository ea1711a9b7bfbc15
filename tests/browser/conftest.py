"""Browser fixtures: one live server for all browser tests, Debian's Chromium, signed-in contexts.

The live server serves the demo data that tests/conftest.py loads once per session. It does not
use pytest-django's ``live_server`` fixture on purpose: that fixture makes every test
transactional, and a transactional test empties every table when it ends, which would throw away
the demo data (slow to rebuild) for all the tests that come after it. Instead the server runs with
database access unblocked, what the browser writes is committed, and tests/conftest.py runs the
browser tests last so nothing they write is seen by the rest of the suite. Each browser test makes
its own data (with names no other test uses) and never relies on another browser test's writes.
"""

import os
from collections.abc import Callable, Iterator

import pytest
from django.test import Client
from django.test.utils import override_settings

from tests.browser import chromium
from tests.roles import person


@pytest.fixture(scope="session")
def site(django_db_setup, django_db_blocker) -> Iterator[str]:
    """The base URL of a live server with the demo data (one for all browser tests).

    Chromium (which depends on this fixture) closes first, ending its kept-alive connections; any
    PostgreSQL session a request thread still holds is then ended, so the test database can be
    dropped."""
    from django.db import connection
    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock():
        server = LiveServer("127.0.0.1", start=False)
        with override_settings(ALLOWED_HOSTS=["127.0.0.1", "localhost", "testserver"]):
            server.start()
            yield server.url
            server.stop()
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )


def pytest_runtest_setup(item):
    """Without Chromium or axe-core a browser test skips (fails under BROWSER_TESTS=required),
    before any fixture (the database, the server) is set up for it."""
    reason = chromium.missing()
    if reason:
        if chromium.required():
            pytest.fail(f"BROWSER_TESTS=required but {reason}", pytrace=False)
        pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium_browser(site):
    """Debian's Chromium through Playwright.

    Playwright's synchronous API keeps an asyncio loop in the test thread, where Django would refuse
    ORM calls; the tests use the ORM only between browser steps, never concurrently with them.
    """
    from playwright.sync_api import sync_playwright

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(chromium.CHROMIUM),
            args=["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
        )
        yield browser
        browser.close()
    if previous is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(autouse=True)
def db(django_db_blocker):
    """Replaces pytest-django's ``db`` here: no per-test transaction, the browser tests and the
    server thread read and write the committed test database. (Its name also tells pytest-django
    to create the test database when only browser tests are collected.)"""
    with django_db_blocker.unblock():
        yield


def session_cookie(role: str) -> str | None:
    """A signed-in session for the demo account playing ``role`` (None for a visitor)."""
    if role == "visitor":
        return None
    client = Client()
    client.force_login(person(role))
    return client.cookies["sessionid"].value


@pytest.fixture
def open_context(chromium_browser, site) -> Iterator[Callable]:
    """``open_context(role, lang, **options)`` gives a browser context signed in as ``role``.

    The context speaks ``lang`` (cookie and Accept-Language, for the pages outside /<lang>/),
    ignores the page's Content-Security-Policy only so that tests can inject axe-core, and stops
    (and records) any request to another host.
    """
    contexts = []

    def _open(role: str = "visitor", lang: str = "en", **options):
        context = chromium_browser.new_context(
            base_url=site,
            locale=lang,
            bypass_csp=True,
            extra_http_headers={"Accept-Language": lang},
            **options,
        )
        context.foreign_requests = []

        def stop_foreign(route):
            context.foreign_requests.append(route.request.url)
            route.abort()

        context.route(lambda url: not url.startswith(site), stop_foreign)
        cookies = [{"name": "django_language", "value": lang, "url": site}]
        cookie = session_cookie(role)
        if cookie:
            cookies.append({"name": "sessionid", "value": cookie, "url": site})
        context.add_cookies(cookies)
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context

    yield _open
    for context in contexts:
        context.close()
