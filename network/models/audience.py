"""The audience an item is shown to (DESIGN.md §3), stored with the item as a set of keys."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .. import keys


class Audience(models.TextChoices):
    PUBLIC = "public", _("Public")
    MEMBERS = "members", _("All members")
    TYPES = "types", _("Some participant types")
    GROUPS = "groups", _("Named groups")
    CONFIDENTIAL = "confidential", _("Confidential (authoring organisation and secretariat)")


class AudienceMixin(models.Model):
    """Fields every restrictable item carries; ``network.access`` reads ``audience_keys``.

    A model using it says which organisation authored the item by overriding
    ``audience_owner_id`` (used for the confidential audience).
    """

    audience = models.CharField(
        _("audience"), max_length=20, choices=Audience.choices, default=Audience.MEMBERS
    )
    audience_types = models.CharField(
        _("participant types"),
        max_length=200,
        blank=True,
        help_text=_("For 'some participant types': comma-separated organisation types."),
    )
    audience_groups = models.CharField(
        _("groups"),
        max_length=500,
        blank=True,
        help_text=_("For 'named groups': comma-separated group identifiers."),
    )
    audience_keys = models.CharField(max_length=1000, editable=False, default=" public ")

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.audience_keys = keys.join(self.compute_audience_keys())
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "audience_keys"}
        super().save(*args, **kwargs)

    @property
    def audience_owner_id(self) -> int | None:
        return None

    def compute_audience_keys(self) -> list[str]:
        return keys.item_keys(
            self.audience,
            types=_split(self.audience_types),
            groups=_split(self.audience_groups),
            owner_id=self.audience_owner_id,
        )


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]
