import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """allauth counts requests per address in the cache (30 logins a minute): start at zero."""
    cache.clear()


@pytest.fixture(autouse=True)
def _keep_the_active_language():
    """Requests activate their language for the thread; leave it as it was found."""
    from django.utils import translation

    language = translation.get_language()
    yield
    translation.activate(language)
