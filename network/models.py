"""People and the organisations they belong to."""

from functools import cached_property

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from . import roles


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

    ADMITTED = (Status.MEMBER, Status.OBSERVER)

    name = models.CharField(_("name"), max_length=255)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    country = CountryField(_("country"), blank=True)
    website = models.URLField(_("website"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    is_demo = models.BooleanField(_("demo record"), default=False)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    @property
    def is_admitted(self) -> bool:
        return self.status in self.ADMITTED


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
    def group_names(self) -> frozenset[str]:
        return frozenset(self.groups.values_list("name", flat=True))

    @property
    def is_pending(self) -> bool:
        """True for an account that is neither staff nor in an admitted organisation."""
        if self.is_superuser or self.group_names & set(roles.STAFF_GROUPS):
            return False
        return self.organisation is None or not self.organisation.is_admitted
