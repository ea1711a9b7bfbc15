"""People: accounts, their place in an organisation, and invitations from focal points."""

import datetime
import functools
import secrets

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import connection, models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .organisations import Organisation


def new_token() -> str:
    return secrets.token_urlsafe(32)


@functools.cache
def _memberships_sql() -> str:
    """A user's auth groups ('g', name) and working groups ('w', slug); parameters: the user's
    id, twice."""
    from django.contrib.auth.models import Group

    from .vocabulary import WorkingGroup

    q = connection.ops.quote_name
    group, working = Group._meta, WorkingGroup._meta
    groups, members = User._meta.get_field("groups"), working.get_field("members")
    name, slug = group.get_field("name").column, working.get_field("slug").column
    # Only quoted table and column names from the models' metadata; the user id is a parameter.
    return (
        f"SELECT 'g', g.{q(name)} FROM {q(group.db_table)} g "  # noqa: S608
        f"JOIN {q(groups.m2m_db_table())} m "
        f"ON m.{q(groups.m2m_reverse_name())} = g.{q(group.pk.column)} "
        f"WHERE m.{q(groups.m2m_column_name())} = %s "
        f"UNION ALL SELECT 'w', w.{q(slug)} FROM {q(working.db_table)} w "
        f"JOIN {q(members.m2m_db_table())} m "
        f"ON m.{q(members.m2m_column_name())} = w.{q(working.pk.column)} "
        f"WHERE m.{q(members.m2m_reverse_name())} = %s"
    )


def invitation_expiry():
    return timezone.now() + datetime.timedelta(days=Invitation.VALID_DAYS)


class User(AbstractUser):
    """An account; its organisation's status decides whether it is a member."""

    class Notify(models.TextChoices):
        IMMEDIATELY = "immediately", _("Immediately")
        DAILY = "daily", _("Daily digest")
        OFF = "off", _("Off")

    display_name = models.CharField(_("display name"), max_length=150, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="people",
    )
    organisation_role = models.CharField(
        _("role in the organisation"),
        max_length=20,
        choices=[("focal_point", _("Focal point")), ("member", _("Member"))],
        default="member",
    )
    requested_organisation = models.CharField(
        _("organisation you belong to"),
        max_length=255,
        blank=True,
        help_text=_("As given at registration, until the secretariat links the account."),
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=5,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    notify = models.CharField(
        _("notifications by e-mail"),
        max_length=12,
        choices=Notify.choices,
        default=Notify.IMMEDIATELY,
    )
    is_demo = models.BooleanField(_("demo account"), default=False)

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"

    def __str__(self) -> str:
        return self.display_name or self.get_full_name() or self.username

    @functools.cached_property
    def memberships(self) -> tuple[frozenset[str], frozenset[str]]:
        """(auth group names, working group slugs), read together in one query.

        Every signed-in request asks (roles decide access and two-factor), so the query is
        plain SQL built once from the models' tables: the ORM would compile a UNION each time.
        """
        with connection.cursor() as cursor:
            cursor.execute(_memberships_sql(), [self.pk, self.pk])
            rows = cursor.fetchall()
        return (
            frozenset(name for side, name in rows if side == "g"),
            frozenset(name for side, name in rows if side == "w"),
        )

    @property
    def group_names(self) -> frozenset[str]:
        return self.memberships[0]

    @property
    def is_pending(self) -> bool:
        """True for an account that may not (yet) use the members' areas."""
        from ..access import is_member

        return not is_member(self)

    @property
    def is_focal_point(self) -> bool:
        return self.organisation_id is not None and self.organisation_role == "focal_point"


class Invitation(models.Model):
    """A focal point's invitation to a colleague; it expires and can be revoked."""

    VALID_DAYS = 14

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("e-mail"))
    role = models.CharField(
        _("role"),
        max_length=20,
        choices=[("focal_point", _("Focal point")), ("member", _("Member"))],
        default="member",
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    invited_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, related_name="invitations_sent"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(default=invitation_expiry)
    revoked_at = models.DateTimeField(null=True, blank=True)
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.email} → {self.organisation}"

    @property
    def state(self) -> str:
        if self.accepted_at:
            return "accepted"
        if self.revoked_at:
            return "revoked"
        if self.expires_at <= timezone.now():
            return "expired"
        return "open"
