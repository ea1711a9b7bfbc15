"""Organisations of the network, their NMIRF profiles and their membership history."""

import datetime

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string
from wagtail.models import RevisionMixin

from ..countries import country_choices, country_name, regional_group
from ..fields import HttpsURLField


class Organisation(models.Model):
    """A State mechanism, NHRI, civil society or international organisation in the network."""

    class Kind(models.TextChoices):
        STATE_MECHANISM = "state", _("State mechanism (NMIRF)")
        NHRI = "nhri", _("National Human Rights Institution")
        CSO = "cso", _("Civil society organisation")
        INTERNATIONAL = "igo", _("International organisation")
        PARLIAMENT = "parliament", _("Parliament")
        LOCAL_GOVERNMENT = "local", _("Local government")
        ACADEMIA = "academia", _("Academia")

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        MEMBER = "member", _("Member")
        OBSERVER = "observer", _("Observer")
        SUSPENDED = "suspended", _("Suspended")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        DECLINED = "declined", _("Declined")

    ADMITTED = (Status.MEMBER, Status.OBSERVER)

    name = models.CharField(_("name"), max_length=255)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    country = models.CharField(_("country"), max_length=2, choices=country_choices, blank=True)
    website = HttpsURLField(_("website"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    admitted_on = models.DateField(_("admitted on"), null=True, blank=True)
    is_demo = models.BooleanField(_("demo record"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        indexes = [models.Index(fields=["kind", "status"])]

    def __str__(self) -> str:
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    @property
    def is_admitted(self) -> bool:
        return self.status in self.ADMITTED

    @property
    def country_name(self) -> str:
        return country_name(self.country) if self.country else ""

    @property
    def regional_group(self) -> str | None:
        return regional_group(self.country) if self.country else None


class NMIRFProfile(RevisionMixin, models.Model):
    """How a State's mechanism is set up, after OHCHR's 2016 practical guide to NMIRFs."""

    class Standing(models.TextChoices):
        STANDING = "standing", _("Standing")
        AD_HOC = "ad_hoc", _("Ad hoc")

    organisation = models.OneToOneField(
        Organisation,
        on_delete=models.CASCADE,
        related_name="nmirf_profile",
        verbose_name=_("organisation"),
    )
    mechanism_type = models.ForeignKey(
        "network.NMIRFType",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        verbose_name=_("type of mechanism"),
    )
    standing = models.CharField(
        _("standing or ad hoc"), max_length=10, choices=Standing.choices, default=Standing.STANDING
    )
    legal_basis = models.CharField(
        _("legal basis"),
        max_length=500,
        blank=True,
        help_text=_("The decree, law or decision that establishes the mechanism."),
    )
    legal_basis_document = models.ForeignKey(
        get_document_model_string(),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("legal basis (document)"),
    )
    mandate_reporting = models.BooleanField(_("reporting"), default=True)
    mandate_follow_up = models.BooleanField(_("follow-up"), default=True)
    mandate_implementation = models.BooleanField(_("implementation"), default=False)
    composition = models.TextField(_("composition"), blank=True)
    secretariat = models.TextField(_("secretariat"), blank=True)
    links_civil_society = models.TextField(_("links with civil society"), blank=True)
    links_nhri = models.TextField(_("links with the NHRI"), blank=True)
    links_parliament = models.TextField(_("links with parliament"), blank=True)
    links_local_government = models.TextField(_("links with local governments"), blank=True)
    tracking_tool = models.CharField(_("digital tracking tool"), max_length=255, blank=True)
    tracking_tool_url = HttpsURLField(_("tracking tool address"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="nmirfprofile")

    class Meta:
        verbose_name = _("NMIRF profile")
        verbose_name_plural = _("NMIRF profiles")

    def __str__(self) -> str:
        return str(self.organisation)

    @property
    def revisions(self):
        return self._revisions

    @property
    def mandate(self) -> list[str]:
        parts = [
            (self.mandate_reporting, _("reporting")),
            (self.mandate_follow_up, _("follow-up")),
            (self.mandate_implementation, _("implementation")),
        ]
        return [str(label) for on, label in parts if on]


class MembershipEvent(models.Model):
    """One entry of an organisation's membership history, with its date and decision."""

    class Event(models.TextChoices):
        APPLIED = "applied", _("Applied")
        INFO_REQUESTED = "info_requested", _("More information requested")
        ADMITTED = "admitted", _("Admitted")
        STATUS_CHANGED = "status_changed", _("Status changed")
        SUSPENDED = "suspended", _("Suspended")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        DECLINED = "declined", _("Declined")

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="history")
    event = models.CharField(_("event"), max_length=20, choices=Event.choices)
    status = models.CharField(
        _("resulting status"), max_length=20, choices=Organisation.Status.choices
    )
    date = models.DateField(_("date"), default=datetime.date.today)
    reason = models.TextField(_("reason"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    application = models.ForeignKey(
        "network.Application",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("membership event")
        verbose_name_plural = _("membership history")
        ordering = ["date", "created_at"]

    def __str__(self) -> str:
        return f"{self.organisation}: {self.get_event_display()} ({self.date})"
