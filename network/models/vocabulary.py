"""The network's shared vocabulary, managed by editors as Wagtail snippets (translatable)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Term(models.Model):
    """A named, ordered entry of a controlled vocabulary."""

    name = models.CharField(_("name"), max_length=255)
    slug = models.SlugField(_("identifier"), max_length=80, unique=True)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name


class Topic(Term):
    class Meta(Term.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class Capacity(Term):
    """The four NMIRF capacities: engagement, coordination, information management, consultation."""

    class Meta(Term.Meta):
        verbose_name = _("NMIRF capacity")
        verbose_name_plural = _("NMIRF capacities")


class NMIRFType(Term):
    class Meta(Term.Meta):
        verbose_name = _("NMIRF type")
        verbose_name_plural = _("NMIRF types")


class RecommendationMechanism(Term):
    """Where recommendations come from: the UPR, treaty bodies, special procedures, regions."""

    class Family(models.TextChoices):
        UPR = "upr", _("Universal Periodic Review")
        TREATY_BODY = "treaty_body", _("Treaty bodies")
        SPECIAL_PROCEDURES = "special_procedures", _("Special procedures")
        REGIONAL = "regional", _("Regional systems")

    family = models.CharField(_("family"), max_length=20, choices=Family.choices)

    class Meta(Term.Meta):
        verbose_name = _("recommendation mechanism")
        verbose_name_plural = _("recommendation mechanisms")


class SDG(Term):
    number = models.PositiveSmallIntegerField(_("number"), unique=True)

    class Meta:
        ordering = ["number"]
        verbose_name = _("Sustainable Development Goal")
        verbose_name_plural = _("Sustainable Development Goals")

    def __str__(self) -> str:
        return f"{self.number}. {self.name}"


class DocumentType(Term):
    class Meta(Term.Meta):
        verbose_name = _("document type")
        verbose_name_plural = _("document types")


class WorkingGroup(Term):
    """A named group editors create; items can be addressed to it (audience 'named groups')."""

    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="working_groups",
        verbose_name=_("members"),
    )

    class Meta(Term.Meta):
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")
