"""The library's document model, Wagtail's document with the network's metadata."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument


class LibraryDocument(AbstractDocument):
    """A document of the library; later issues add its metadata and pipeline outputs."""

    abstract = models.TextField(_("abstract"), blank=True)

    admin_form_fields = (*WagtailDocument.admin_form_fields, "abstract")

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
