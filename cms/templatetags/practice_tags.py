"""``{% propose_url source %}``: where a member proposes a topic or contribution as a good
practice. Forum and library templates reach it through ``cms/practices/propose_link.html``,
so neither app imports the site's Python code."""

from django import template
from django.urls import reverse

from forum.models import Topic

from ..practices.proposals import is_proposable, may_propose

register = template.Library()


@register.simple_tag(takes_context=True)
def propose_url(context, source) -> str:
    """The proposal form's address, or "" when this reader may not propose this source."""
    request = context.get("request")
    if request is None or source is None or not may_propose(request.user):
        return ""
    if not is_proposable(source):
        return ""
    kind = "topic" if isinstance(source, Topic) else "document"
    return reverse("practices:propose", args=[kind, source.pk])
