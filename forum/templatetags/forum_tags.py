from django import template

from ..display import author_label as label_for
from ..reply_fragment import form_fields_html

register = template.Library()


@register.simple_tag(takes_context=True)
def author_label(context, item) -> str:
    """The author of a post or topic as the reader may see them."""
    return label_for(item, context["request"].user)


@register.filter
def unread(topic) -> int:
    """Posts of ``topic`` the reader has not read (topics annotated with ``read_to``)."""
    read_to = getattr(topic, "read_to", 0)
    return topic.post_count if read_to < 0 else max(0, topic.post_count - read_to)


@register.filter
def reaction_count(counts, kind) -> int:
    return (counts or {}).get(kind, 0)


@register.simple_tag
def reply_form_fields(form) -> str:
    """The reply form's fields (``cms/includes/form_fields.html``), from the cache when unbound."""
    return form_fields_html(form)  # safe: the template engine rendered and escaped it
