from django import template

from ..citations import authors
from ..queries import may_see_contributor

register = template.Library()


@register.simple_tag(takes_context=True)
def document_authors(context, document) -> str:
    """The authors as this reader may see them (pseudonymous contributors stay pseudonymous)."""
    user = context["request"].user
    return ", ".join(authors(document, show_contributor=may_see_contributor(user, document)))


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if hasattr(mapping, "get") else None
