"""Site middleware."""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import get_urlconf, is_valid_path


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
