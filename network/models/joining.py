"""Applications to join the network (the Declaration of Asunción's joining procedure)."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ..countries import country_choices, country_name
from ..storage import private_storage
from .organisations import Organisation


def letter_path(instance, filename: str) -> str:
    """Server-generated name; the uploaded file's own name is kept only as metadata."""
    return f"applications/{secrets.token_hex(16)}.pdf"


class Application(models.Model):
    """A formal communication asking to join, as a Member or as an Observer."""

    class Membership(models.TextChoices):
        MEMBER = "member", _("Member")
        OBSERVER = "observer", _("Observer")

    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting decision")
        INFO_REQUESTED = "info_requested", _("More information requested")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    OPEN = (Status.PENDING, Status.INFO_REQUESTED)

    kind = models.CharField(
        _("type of organisation"), max_length=20, choices=Organisation.Kind.choices
    )
    country = models.CharField(_("country"), max_length=2, choices=country_choices, blank=True)
    organisation_name = models.CharField(_("name of the mechanism or organisation"), max_length=255)
    contact_name = models.CharField(_("contact person"), max_length=255)
    contact_email = models.EmailField(_("contact e-mail"))
    membership = models.CharField(
        _("joining as"), max_length=10, choices=Membership.choices, default=Membership.MEMBER
    )
    letter = models.FileField(
        _("formal letter (PDF)"), upload_to=letter_path, storage=private_storage, blank=True
    )
    letter_filename = models.CharField(max_length=255, blank=True, editable=False)
    adopts_declaration = models.BooleanField(_("adopts the Declaration of Asunción"), default=False)
    statement = models.TextField(_("statement"), blank=True)
    language = models.CharField(max_length=5, choices=settings.LANGUAGES, default="es")
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="applications"
    )
    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="applications",
    )
    decision_reason = models.TextField(_("reason"), blank=True)
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["country"],
                condition=Q(kind="state", status__in=["pending", "info_requested"]),
                name="one_open_application_per_state",
                violation_error_message=_("This State already has an application under review."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation_name} ({self.country_name or self.get_kind_display()})"

    @property
    def country_name(self) -> str:
        return country_name(self.country) if self.country else ""

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN

    @property
    def is_state(self) -> bool:
        return self.kind == Organisation.Kind.STATE_MECHANISM
