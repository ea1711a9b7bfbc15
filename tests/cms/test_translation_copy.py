"""wagtail-modeltranslation's "copy translation content" view, behind cms/translation_copy.py."""

import pytest
from django.test import Client
from wagtail.models import Site

from tests.roles import as_role

pytestmark = pytest.mark.django_db


def url(page_id: int) -> str:
    return f"/admin/pages/{page_id}/edit/copy_translation_content/"


def test_only_posts_with_the_editors_fields_are_answered(client):
    home = Site.objects.get(is_default_site=True).root_page_id
    as_role(client, "editor")
    assert client.get(url(home)).status_code == 405
    assert client.post(url(home), HTTP_X_REQUESTED_WITH="XMLHttpRequest").status_code == 400
    fields = {
        "origin_field_name": "body_en",
        "target_field_name": "no_such_field",
        "serializedOriginField": "[]",
    }
    answer = client.post(url(home), fields, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert answer.status_code == 400
    missing = client.post(url(999_999), fields, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert missing.status_code == 404


def test_it_is_csrf_protected_and_closed_to_non_editors(client):
    home = Site.objects.get(is_default_site=True).root_page_id
    as_role(client, "mechanism")
    assert client.post(url(home)).status_code == 302  # to sign in: not an admin user
    strict = as_role(Client(enforce_csrf_checks=True), "editor")
    assert strict.post(url(home), HTTP_X_REQUESTED_WITH="XMLHttpRequest").status_code == 403
