from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Site content")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import menu  # noqa: F401  (connects the menu cache's signal handlers)
        from .practices import notices  # noqa: F401  (registers the good practices' notices)
        from .search import register_pages

        register_pages()
