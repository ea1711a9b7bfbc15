"""The ceiling for bench/forum.py: a bare Django view returning a fixed 20 KB page.

Served by gunicorn exactly as the site is (`gunicorn --pythonpath bench _bare:application`), with
no middleware, no database and no templates: what Django and gunicorn cost on their own.
"""

import django
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-bare-view-not-a-secret",  # noqa: S106
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
    USE_I18N=False,
)
django.setup()

ROW = "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.</p>\n"
HEAD = "<!doctype html>\n<html lang=en><head><meta charset=utf-8><title>Bare</title></head><body>\n"
TAIL = "</body></html>\n"
SIZE = 20 * 1024
PAGE = (HEAD + ROW * ((SIZE - len(HEAD) - len(TAIL)) // len(ROW))).encode()
PAGE += b" " * (SIZE - len(PAGE) - len(TAIL)) + TAIL.encode()  # exactly 20 KB


def page(request):
    return HttpResponse(PAGE, content_type="text/html; charset=utf-8")


urlpatterns = [path("", page)]

application = get_wsgi_application()
