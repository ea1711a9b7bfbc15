"""The library's document: Wagtail's document with the network's metadata, audience and the
outputs of the file pipeline."""

import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument

from network.countries import country_name, regional_group
from network.fields import HttpsURLField
from network.models import (
    SDG,
    AudienceMixin,
    Capacity,
    DocumentType,
    Organisation,
    RecommendationMechanism,
    Topic,
)
from network.storage import private_storage

DOCUMENT_LANGUAGES = [
    ("es", _("Spanish")),
    ("en", _("English")),
    ("fr", _("French")),
    ("pt", _("Portuguese")),
    ("ar", _("Arabic")),
    ("ru", _("Russian")),
    ("zh", _("Chinese")),
    ("other", _("Other language")),
]


def document_path(instance, filename: str) -> str:
    """Server-generated stored name; the uploaded name is kept only as metadata."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"documents/{secrets.token_hex(16)}.{extension[:8]}"


def thumbnail_path(instance, filename: str) -> str:
    return f"thumbnails/{secrets.token_hex(16)}.png"


class LibraryDocument(AudienceMixin, AbstractDocument):
    """A report, law, guide, tool or declaration shared in the library."""

    class Status(models.TextChoices):
        PROCESSING = "processing", _("Processing")
        READY = "ready", _("Ready")
        REJECTED = "rejected", _("Rejected")

    class Review(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted")
        IN_REVIEW = "in_review", _("In review")
        CHANGES_REQUESTED = "changes_requested", _("Changes requested")
        PUBLISHED = "published", _("Published")
        DECLINED = "declined", _("Declined")

    class Licence(models.TextChoices):
        CC_BY = "cc-by-4.0", "CC BY 4.0"
        CC_BY_SA = "cc-by-sa-4.0", "CC BY-SA 4.0"
        CC_BY_NC = "cc-by-nc-4.0", "CC BY-NC 4.0"
        PUBLIC_DOMAIN = "public-domain", _("Public domain")
        ALL_RIGHTS = "all-rights-reserved", _("All rights reserved")
        UNKNOWN = "unknown", _("Not stated")

    file = models.FileField(_("file"), upload_to=document_path, storage=private_storage)
    abstract = models.TextField(_("abstract"), blank=True)
    document_type = models.ForeignKey(
        DocumentType,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        verbose_name=_("document type"),
        related_name="documents",
    )
    language = models.CharField(
        _("language of the document"), max_length=8, choices=DOCUMENT_LANGUAGES, default="es"
    )
    country_codes = models.CharField(
        _("countries"),
        max_length=1000,
        blank=True,
        help_text=_("ISO codes, comma-separated; kept in step with the country index."),
    )
    organisations = models.ManyToManyField(
        Organisation,
        blank=True,
        related_name="authored_documents",
        verbose_name=_("authoring organisations"),
    )
    topics = models.ManyToManyField(Topic, blank=True, verbose_name=_("topics"))
    capacities = models.ManyToManyField(Capacity, blank=True, verbose_name=_("NMIRF capacities"))
    mechanisms = models.ManyToManyField(
        RecommendationMechanism, blank=True, verbose_name=_("recommendation mechanisms")
    )
    sdgs = models.ManyToManyField(SDG, blank=True, verbose_name=_("SDGs"))
    publication_date = models.DateField(_("publication date"), null=True, blank=True)
    symbol = models.CharField(_("symbol or identifier"), max_length=200, blank=True)
    source_url = HttpsURLField(_("source address"), blank=True)
    licence = models.CharField(
        _("licence"), max_length=30, choices=Licence.choices, default=Licence.UNKNOWN
    )
    embargo_until = models.DateTimeField(
        _("embargoed until"),
        null=True,
        blank=True,
        help_text=_("Before this moment only the contributor and the secretariat see it."),
    )
    superseded_by = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="older_versions",
        verbose_name=_("superseded by"),
        help_text=_("The newest version of this document."),
    )

    # The file pipeline's outputs.
    status = models.CharField(
        _("processing status"), max_length=12, choices=Status.choices, default=Status.PROCESSING
    )
    rejection_reason = models.CharField(_("reason for rejection"), max_length=50, blank=True)
    original_filename = models.CharField(_("original file name"), max_length=255, blank=True)
    content_type = models.CharField(max_length=120, blank=True)
    extracted_text = models.TextField(blank=True, editable=False)
    page_count = models.PositiveIntegerField(_("pages"), null=True, blank=True, editable=False)
    thumbnail = models.FileField(
        upload_to=thumbnail_path, storage=private_storage, blank=True, editable=False
    )
    sha256 = models.CharField(max_length=64, blank=True, editable=False, db_index=True)

    # Contributions and their review.
    review_status = models.CharField(
        _("review"), max_length=20, choices=Review.choices, default=Review.PUBLISHED
    )
    contributed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="contributions",
        verbose_name=_("contributed by"),
    )
    contributor_organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("contributing organisation"),
    )
    pseudonymous = models.BooleanField(
        _("contribute pseudonymously"),
        default=False,
        help_text=_(
            "Shown as “a civil society organisation from <country>”; only the "
            "secretariat sees who contributed."
        ),
    )
    editor_comment = models.TextField(_("comment from the editors"), blank=True)
    is_attachment = models.BooleanField(
        _("attachment of a forum post"),
        default=False,
        editable=False,
        help_text=_("Not in the catalogue; it carries its forum category's audience."),
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    admin_form_fields = (
        *WagtailDocument.admin_form_fields,
        "abstract",
        "document_type",
        "language",
        "organisations",
        "topics",
        "capacities",
        "mechanisms",
        "sdgs",
        "publication_date",
        "symbol",
        "source_url",
        "licence",
        "audience",
        "audience_types",
        "audience_groups",
        "embargo_until",
        "superseded_by",
    )

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        indexes = [
            models.Index(fields=["review_status", "status", "published_at"]),
            models.Index(fields=["publication_date"]),
        ]

    REJECTION_MESSAGES = {
        "metadata": _(
            "Identifying metadata could not be removed from this file, so it was not kept. "
            "Please save it again (for example as PDF) and upload it anew."
        ),
        "processing_failed": _(
            "The file passed the checks but could not be read. Please save it again (for "
            "example as PDF) and upload it anew."
        ),
    }

    @property
    def rejection_message(self) -> str:
        return str(
            self.REJECTION_MESSAGES.get(
                self.rejection_reason, _("The file could not be processed.")
            )
        )

    @property
    def audience_owner_id(self) -> int | None:
        return self.contributor_organisation_id

    @property
    def countries(self) -> list[str]:
        return [code for code in self.country_codes.split(",") if code]

    @property
    def country_names(self) -> list[str]:
        return [country_name(code) for code in self.countries]

    @property
    def is_embargoed(self) -> bool:
        return bool(self.embargo_until and self.embargo_until > timezone.now())

    @property
    def is_listed(self) -> bool:
        return (
            self.review_status == self.Review.PUBLISHED
            and self.status == self.Status.READY
            and not self.is_embargoed
        )

    @property
    def download_name(self) -> str:
        """A safe file name for downloads: the title, slugified, with the stored extension."""
        stem = (
            slugify(self.title)[:80] or slugify(self.title, allow_unicode=True)[:80] or ("document")
        )
        return f"{stem}.{self.file_extension or 'bin'}"

    @property
    def url(self) -> str:
        return reverse("wagtaildocs_serve", args=[self.pk, self.download_name])

    def get_absolute_url(self) -> str:
        return reverse("library:document", args=[self.pk])

    def set_countries(self, codes) -> None:
        """Set the countries (ISO codes); ``save`` brings the facets' index rows in step."""
        self.country_codes = ",".join(sorted({code.upper() for code in codes if code}))

    def save(self, *args, **kwargs):
        if self.review_status == self.Review.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        super().save(*args, **kwargs)
        self._index_countries()

    def _index_countries(self) -> None:
        """One DocumentCountry row per country, with its regional group (rewritten on change)."""
        codes = set(self.countries)
        if set(self.country_index.values_list("code", flat=True)) == codes:
            return
        self.country_index.all().delete()
        DocumentCountry.objects.bulk_create(
            DocumentCountry(document=self, code=code, regional_group=regional_group(code) or "")
            for code in sorted(codes)
        )


class DocumentCountry(models.Model):
    """One (document, country) pair, with the country's UN regional group, for the facets."""

    document = models.ForeignKey(
        LibraryDocument, on_delete=models.CASCADE, related_name="country_index"
    )
    code = models.CharField(max_length=2, db_index=True)
    regional_group = models.CharField(max_length=20, blank=True, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["document", "code"], name="one_row_per_country")
        ]

    def __str__(self) -> str:
        return f"{self.document_id}: {self.code}"
