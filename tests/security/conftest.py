import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """allauth counts requests per address in the cache (30 logins a minute): start at zero."""
    cache.clear()
