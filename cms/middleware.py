"""Site middleware."""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.template.loader import render_to_string
from django.urls import get_urlconf, is_valid_path
from django.utils.translation import get_language

logger = logging.getLogger(__name__)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a 404 from a view outside the language prefix stays a 404.

    Django redirects any unprefixed 404 to ``/<lang>/<path>`` when that path resolves, and
    Wagtail's catch-all makes every path resolve: ``/accounts/invitation/bad/`` would turn into
    a redirect to a page that does not exist instead of answering 404.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and is_valid_path(
            request.path_info, getattr(request, "urlconf", get_urlconf())
        ):
            return response
        return super().process_response(request, response)


class DatabaseUnavailableMiddleware:
    """A database connection lost mid-request (a restart, a failover, a killed backend) answers
    503 with a page that needs no database. The request's transaction died with the connection,
    so nothing was half-saved; Django drops the broken connection when the request ends and
    the next request opens a new one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.warning("database unavailable during %s %s", request.method, request.path)
        body = render_to_string("503.html", {"LANGUAGE_CODE": get_language()})
        response = HttpResponse(body, status=503)
        response["Retry-After"] = "5"
        return response
