from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = _("Network")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from .notifications import register_kind

        register_kind("security", _("Security of your account"), always_email=True)
        from .security import signals  # noqa: F401  (sessions end when credentials change)
