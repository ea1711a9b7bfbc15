"""Forum categories: where topics live, and who may see them (the access policy's audience)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from network.models import AudienceMixin


class Category(AudienceMixin, models.Model):
    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("identifier"), max_length=80, unique=True)
    description = models.TextField(_("description"), blank=True)
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent category"),
    )
    sort_order = models.PositiveIntegerField(_("order"), default=0)
    pre_moderated = models.BooleanField(
        _("pre-moderated"),
        default=False,
        help_text=_("New topics and replies wait for a moderator before others see them."),
    )
    pseudonymous_allowed = models.BooleanField(
        _("pseudonymous posting allowed"),
        default=False,
        help_text=_(
            "Civil society members may post as “a civil society organisation from <country>”."
        ),
    )
    topic_count = models.PositiveIntegerField(default=0, editable=False)
    post_count = models.PositiveIntegerField(default=0, editable=False)
    last_activity_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name
