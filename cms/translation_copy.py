"""A guard in front of wagtail-modeltranslation's "copy translation content" admin view.

The upstream view is CSRF-exempt, answers any method and fails with a 500 on a missing page or
missing form fields. Its JavaScript sends the CSRF token and posts by XMLHttpRequest, so here it
is served with CSRF protection, POST only, and bad input answers 400.
"""

import json

from django.core.exceptions import FieldDoesNotExist
from django.http import Http404, HttpResponseBadRequest
from django.views.decorators.http import require_POST
from wagtail.admin.auth import require_admin_access
from wagtail.models import Page
from wagtail_modeltranslation.wagtail_hooks import return_translation_target_field_rendered_html

REQUIRED = ("origin_field_name", "target_field_name", "serializedOriginField")


@require_admin_access
@require_POST
def copy_translation_content(request, page_id: str):
    if request.headers.get("X-Requested-With") != "XMLHttpRequest" or not all(
        request.POST.get(name) for name in REQUIRED
    ):
        return HttpResponseBadRequest("Expected the editor's copy request.")
    if not Page.objects.filter(pk=page_id).exists():
        raise Http404
    try:
        return return_translation_target_field_rendered_html.__wrapped__(request, page_id)
    except (FieldDoesNotExist, AttributeError, TypeError, ValueError, json.JSONDecodeError):
        return HttpResponseBadRequest("The fields to copy could not be read.")
