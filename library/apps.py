from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "library"
    verbose_name = _("Library")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from network.notifications import register_kind

        register_kind("library", _("Library contributions"))
        from network.validators import register_scanner

        from . import (
            privacy,  # noqa: F401  (its part of data exports)
            signals,  # noqa: F401  (connects the pipeline to saved documents)
        )
        from .forms import scan_as_validation
        from .search import register_documents

        register_documents()
        register_scanner(scan_as_validation)  # formal letters to join are scanned too
