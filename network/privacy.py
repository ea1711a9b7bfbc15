"""Personal data: what a person can take away (export), how they leave (account deletion), and
how long the records about people are kept (retention).

Apps above ``network`` add their own parts with ``register_personal_data`` (what a person wrote
or uploaded there) and ``register_retention`` (their logs), from their ``AppConfig.ready``.
"""

from __future__ import annotations

import datetime
import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from .models import Application, Notification, NotificationPreference, User

EXPORTERS: dict[str, Callable[[User], object]] = {}


def register_personal_data(section: str, exporter: Callable[[User], object]) -> None:
    """Add ``section`` to every export: ``exporter(user)`` returns JSON-ready data."""
    EXPORTERS[section] = exporter


@dataclass(frozen=True)
class RetentionRule:
    label: str
    queryset: Callable[[], QuerySet]
    date_field: str
    days: Callable[[], int]


RETENTION: list[RetentionRule] = []


def register_retention(
    label: str, queryset: Callable[[], QuerySet], date_field: str, days: Callable[[], int]
) -> None:
    """Rows of ``queryset()`` older than ``days()`` (by ``date_field``) are purged."""
    RETENTION.append(RetentionRule(label, queryset, date_field, days))


# Export


def _profile(user: User) -> dict:
    working_groups = list(user.working_groups.values_list("name", flat=True))
    return {
        "username": user.username,
        "display_name": user.display_name,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "email_addresses": list(
            EmailAddress.objects.filter(user=user).values("email", "verified", "primary")
        ),
        "organisation": str(user.organisation) if user.organisation_id else None,
        "role_in_organisation": user.organisation_role,
        "requested_organisation": user.requested_organisation,
        "preferred_language": user.preferred_language,
        "notifications_by_email": user.notify,
        "groups": sorted(user.groups.values_list("name", flat=True)),
        "working_groups": working_groups,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
    }


def _notifications(user: User) -> dict:
    return {
        "preferences": list(
            NotificationPreference.objects.filter(user=user).values("kind", "frequency")
        ),
        "received": list(
            Notification.objects.filter(recipient=user)
            .order_by("created_at")
            .values("kind", "title", "body", "url", "created_at", "read_at", "emailed_at")
        ),
    }


def _applications(user: User) -> list[dict]:
    return [
        {
            "organisation": application.organisation_name,
            "kind": application.kind,
            "country": application.country,
            "membership": application.membership,
            "contact_name": application.contact_name,
            "contact_email": application.contact_email,
            "statement": application.statement,
            "status": application.status,
            "decision_reason": application.decision_reason,
            "decided_on": application.decided_on,
            "letter": _letter_name(application) if application.letter else None,
            "created_at": application.created_at,
        }
        for application in Application.objects.filter(applicant=user).order_by("created_at")
    ]


def _letter_name(application: Application) -> str:
    suffix = PurePath(application.letter.name).suffix or ".pdf"
    return f"letters/application-{application.pk}{suffix}"


def _security(user: User) -> dict:
    return {
        "two_factor_authenticators": list(
            Authenticator.objects.filter(user=user).values("type", "created_at", "last_used_at")
        ),
        "sessions": list(
            UserSession.objects.filter(user=user).values(
                "created_at", "last_seen_at", "ip", "user_agent"
            )
        ),
    }


register_personal_data("profile", _profile)
register_personal_data("notifications", _notifications)
register_personal_data("applications", _applications)
register_personal_data("security", _security)


def personal_data(user: User) -> dict:
    """Everything the platform holds about ``user``, by section."""
    return {
        "exported_at": timezone.now(),
        "site": settings.WAGTAIL_SITE_NAME,
        **{section: exporter(user) for section, exporter in EXPORTERS.items()},
    }


def export_archive(user: User) -> bytes:
    """A ZIP of ``personal-data.json`` and the letters ``user`` attached to applications."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "personal-data.json",
            json.dumps(personal_data(user), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        )
        for application in Application.objects.filter(applicant=user).exclude(letter=""):
            try:
                with application.letter.open("rb") as letter:
                    archive.writestr(_letter_name(application), letter.read())
            except FileNotFoundError:
                continue
    return buffer.getvalue()


# Deletion


@transaction.atomic
def delete_account(user: User) -> None:
    """Delete ``user``: their personal fields and sessions go, what they wrote stays.

    Forum posts and library contributions keep their place with no author (shown as "a former
    member"); the applications they filed stay on their organisation's record without their
    contact details; notifications, preferences, e-mail addresses, authenticators, drafts and
    reactions go with the account.
    """
    from axes.models import AccessAttempt

    for session in UserSession.objects.filter(user=user):
        session.end()
    Application.objects.filter(applicant=user).update(contact_name="", contact_email="")
    AccessAttempt.objects.filter(username=user.username.lower()).delete()
    user.delete()


# Retention


def purge_old_records(now: datetime.datetime | None = None, report=None) -> dict[str, int]:
    """Delete what has outlived its retention period; returns the count per kind of record."""
    now = now or timezone.now()
    counts = {}
    for rule in RETENTION:
        cutoff = now - datetime.timedelta(days=rule.days())
        queryset = rule.queryset().filter(**{f"{rule.date_field}__lt": cutoff})
        counts[rule.label] = queryset.count()
        if report:
            report(rule.label, counts[rule.label], cutoff)
        queryset.delete()
    return counts


def _expired_login_failures() -> QuerySet:
    from axes.models import AccessAttempt

    return AccessAttempt.objects.all()


register_retention(
    "notifications",
    lambda: Notification.objects.all(),
    "created_at",
    lambda: settings.NOTIFICATION_RETENTION_DAYS,
)
register_retention(
    "failed login records",
    _expired_login_failures,
    "attempt_time",
    lambda: max(1, int(settings.AXES_COOLOFF_TIME.total_seconds() // 86400) + 1),
)
