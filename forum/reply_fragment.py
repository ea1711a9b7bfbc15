"""The reply box's fields as HTML, rendered once per distinct unbound form and then reused.

Rendering a form's widgets is a good part of a topic page's cost. An unbound reply form shows
nothing but its fields (labels, help, widgets, choices and initial values: the saved draft, the
default language, whether pseudonymous posting is offered) in the active language, so those
make the cache key and nothing needs invalidating. A bound form, after a failed submit, carries
the person's text and the errors, and is always rendered afresh.
"""

import hashlib

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils.translation import get_language

TEMPLATE = "cms/includes/form_fields.html"
TIMEOUT = 24 * 60 * 60
VERSION = "1"  # bump when cms/includes/form_fields.html changes


def form_fields_html(form) -> str:
    if form.is_bound:
        return render_to_string(TEMPLATE, {"form": form})
    key = _key(form)
    html = cache.get(key)
    if html is None:
        html = render_to_string(TEMPLATE, {"form": form})
        cache.set(key, html, TIMEOUT)
    return html


def _key(form) -> str:
    shown = (
        VERSION,
        get_language(),
        type(form).__qualname__,
        form.prefix,
        form.auto_id,
        [
            (
                field.name,
                type(field.field.widget).__qualname__,
                str(field.label),
                str(field.help_text),
                field.field.required,
                sorted(field.field.widget.attrs.items()),
                [(value, str(label)) for value, label in getattr(field.field, "choices", ())],
                field.value(),
            )
            for field in form
        ],
    )
    digest = hashlib.blake2b(repr(shown).encode(), digest_size=16).hexdigest()
    return f"forum:form:{digest}"
