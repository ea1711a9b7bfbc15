"""How authors are shown: pseudonymous civil-society posters stay pseudonymous to everyone but
the moderators."""

from django.utils.translation import gettext as _

from network import access
from network.pseudonyms import pseudonym


def author_label(item, viewer) -> str:
    """The name under a post or topic as ``viewer`` may see it."""
    if item.pseudonymous and not access.is_moderator(viewer):
        return pseudonym(getattr(item, "pseudonym_country", "") or _topic_country(item))
    if item.author is None:
        return _("a former member")
    return str(item.author)


def quote_text(post, viewer) -> str:
    """The Markdown that quotes ``post`` in a reply, naming its author as ``viewer`` sees them."""
    from .rendering import quote

    return quote(post.body, author_label(post, viewer))


def _topic_country(topic) -> str:
    author = topic.author
    return (author.organisation.country or "") if author and author.organisation_id else ""
