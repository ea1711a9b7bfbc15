"""Filters for notification texts (rendered outside a request, for a given recipient)."""

from django import template

from ..display import author_label
from ..rendering import excerpt

register = template.Library()


@register.filter
def post_author(post, recipient) -> str:
    return author_label(post, recipient)


@register.filter
def post_excerpt(html: str) -> str:
    return excerpt(html, 300)
