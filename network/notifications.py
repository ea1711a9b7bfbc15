"""The network's one notification mechanism: in-app notices, and e-mail as each person wants.

Other apps register their kinds of notification with ``register_kind`` and raise them with
``notify``; every notice is written in the recipient's language, saved for the notifications
page, and e-mailed at once, in the daily digest (``send_digests``) or not at all.
"""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .models import Frequency, Notification, NotificationPreference

ALL_KINDS = "*"  # the unsubscribe token of the digest: every kind
UNSUBSCRIBE_SALT = "network.notifications.unsubscribe"

KINDS: dict[str, object] = {}
# Kinds e-mailed at once whatever the person chose (security notices); not on the preferences page.
ALWAYS_EMAILED: set[str] = set()


def register_kind(kind: str, label, *, always_email: bool = False) -> None:
    """Declare a kind of notification; ``label`` (lazy) names it on the preferences page."""
    if not kind or kind == ALL_KINDS or len(kind) > 50:
        raise ValueError(f"Invalid notification kind: {kind!r}")
    KINDS[kind] = label
    if always_email:
        ALWAYS_EMAILED.add(kind)


def choosable_kinds() -> dict[str, object]:
    """The kinds a person may choose how to receive (the preferences page)."""
    return {kind: label for kind, label in KINDS.items() if kind not in ALWAYS_EMAILED}


register_kind("membership", _("Membership and applications"))
register_kind("network", _("Network announcements"))


def kind_label(kind: str):
    if kind == ALL_KINDS:
        return _("all e-mail notifications")
    return KINDS.get(kind, kind)


def preference(user, kind: str) -> str:
    """How ``user`` wants ``kind`` by e-mail: their choice for it, else their default."""
    if kind in ALWAYS_EMAILED:
        return Frequency.IMMEDIATELY
    frequency = (
        NotificationPreference.objects.filter(user=user, kind=kind)
        .values_list("frequency", flat=True)
        .first()
    )
    return frequency or user.notify


def absolute_url(path: str) -> str:
    """``path`` on the public site (already absolute URLs are returned unchanged)."""
    if not path or "://" in path:
        return path
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/" + path.lstrip("/")


def in_language(path: str, language: str) -> str:
    """``path`` of the language-prefixed site, moved to ``language`` (others unchanged)."""
    current = translation.get_language_from_path(path) if path else None
    if not current:
        return path
    with translation.override(current):
        return translate_url(path, language)


def notify(
    recipient,
    kind: str,
    *,
    template: str,
    context: dict,
    url: str = "",
    item=None,
) -> Notification | None:
    """Raise a notification for ``recipient`` and e-mail it if they want it immediately.

    ``template`` names two templates, ``{template}_subject.txt`` (one line) and
    ``{template}_body.txt``; they are rendered in the recipient's language with ``context``
    plus ``recipient`` and ``url`` (absolute). ``url`` is where the notice leads, a path on
    this site. When ``item`` is given and the recipient may not see it, nothing happens.
    """
    if kind not in KINDS:
        raise ValueError(f"Unregistered notification kind: {kind!r}")
    if item is not None:
        from . import access

        if not access.can_see(recipient, item):
            return None

    with translation.override(recipient.preferred_language):
        # A link into the language-prefixed site opens in the recipient's language.
        url = in_language(url, recipient.preferred_language)
        full_context = {"recipient": recipient, "url": absolute_url(url), **context}
        subject = " ".join(render_to_string(f"{template}_subject.txt", full_context).split())
        body = render_to_string(f"{template}_body.txt", full_context).strip()

    notification = Notification.objects.create(
        recipient=recipient,
        kind=kind,
        title=subject[:300],
        body=body,
        url=url,
    )
    unread_changed(recipient.pk)
    if preference(recipient, kind) == Frequency.IMMEDIATELY:
        from .tasks import send_notification_email

        transaction.on_commit(lambda: send_notification_email.enqueue(notification.pk))
    return notification


# The unread count every page shows


UNREAD_SECONDS = 5 * 60


def _unread_key(user_id: int) -> str:
    return f"network:unread:{user_id}"


def unread_count(user) -> int:
    """How many of ``user``'s notifications are unread: one query, then from the cache until
    one is added or read (``unread_changed``)."""
    key = _unread_key(user.pk)
    count = cache.get(key)
    if count is None:
        count = Notification.objects.filter(recipient=user, read_at__isnull=True).count()
        cache.set(key, count, UNREAD_SECONDS)
    return count


def unread_changed(user_id: int) -> None:
    """Forget the cached count now and again after the commit, so that a count read meanwhile
    from the data before the commit is not kept."""
    cache.delete(_unread_key(user_id))
    transaction.on_commit(lambda: cache.delete(_unread_key(user_id)))


# Unsubscribing


def unsubscribe_token(user, kind: str) -> str:
    return signing.dumps({"u": user.pk, "k": kind}, salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe_token(token: str) -> tuple[int, str] | None:
    """The (user id, kind) a token stands for, or None if it is forged or malformed."""
    try:
        payload = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(payload, dict):
        return None
    user_id, kind = payload.get("u"), payload.get("k")
    if not isinstance(user_id, int) or not isinstance(kind, str):
        return None
    if kind != ALL_KINDS and kind not in KINDS:
        return None
    return user_id, kind


def unsubscribe_url(user, kind: str) -> str:
    return absolute_url(reverse("network:unsubscribe", args=[unsubscribe_token(user, kind)]))


def switch_off(user, kind: str) -> None:
    """Stop e-mails of ``kind`` (or of every kind, ``"*"``) for ``user``."""
    kinds = list(choosable_kinds()) if kind == ALL_KINDS else [kind]
    for each in kinds:
        NotificationPreference.objects.update_or_create(
            user=user, kind=each, defaults={"frequency": Frequency.OFF}
        )
    if kind == ALL_KINDS and user.notify != Frequency.OFF:
        user.notify = Frequency.OFF
        user.save(update_fields=["notify"])


# E-mail


def build_email(
    user, subject: str, body_text: str, unsubscribe_kind: str
) -> EmailMultiAlternatives:
    """A plain-text e-mail to ``user`` in their language, with one-click unsubscribing."""
    with translation.override(user.preferred_language):
        unsubscribe = unsubscribe_url(user, unsubscribe_kind)
        footer = render_to_string(
            "network/email/footer.txt",
            {
                "user": user,
                "kind_label": kind_label(unsubscribe_kind),
                "all_kinds": unsubscribe_kind == ALL_KINDS,
                "unsubscribe_url": unsubscribe,
                "preferences_url": absolute_url(reverse("network:notification_preferences")),
            },
        ).strip()
        subject = " ".join(str(subject).split())
    return EmailMultiAlternatives(
        subject=subject,
        body=f"{body_text.rstrip()}\n\n-- \n{footer}\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )


def open_url(notification: Notification) -> str:
    """The absolute link that opens ``notification`` (and marks it read)."""
    return absolute_url(reverse("network:notification_open", args=[notification.pk]))


def build_notification_email(notification: Notification) -> EmailMultiAlternatives:
    user = notification.recipient
    body = notification.body or notification.title
    if notification.url and absolute_url(notification.url) not in body:
        body = f"{body}\n\n{open_url(notification)}"
    return build_email(user, notification.title, body, notification.kind)
