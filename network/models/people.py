"""People: accounts, their place in an organisation, and invitations from focal points."""

import datetime
import secrets
from functools import cached_property

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Concat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .organisations import Organisation


def new_token() -> str:
    return secrets.token_urlsafe(32)


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

    @cached_property
    def memberships(self) -> tuple[frozenset[str], frozenset[str]]:
        """(auth group names, working group slugs), read together in one query."""
        from .vocabulary import WorkingGroup

        # One tagged column per side, so both halves of the UNION line up whatever order
        # each queryset would give its fields and annotations.
        text = models.CharField()
        groups = self.groups.annotate(
            tag=Concat(models.Value("g:"), "name", output_field=text)
        ).values_list("tag", flat=True)
        working = (
            WorkingGroup.objects.filter(members=self)
            .annotate(tag=Concat(models.Value("w:"), "slug", output_field=text))
            .values_list("tag", flat=True)
        )
        tags = list(groups.order_by().union(working.order_by(), all=True))
        return (
            frozenset(tag[2:] for tag in tags if tag.startswith("g:")),
            frozenset(tag[2:] for tag in tags if tag.startswith("w:")),
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
