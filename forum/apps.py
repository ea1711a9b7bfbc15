from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumConfig(AppConfig):
    name = "forum"
    verbose_name = _("Forum")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from network.notifications import register_kind

        register_kind("forum_replies", _("Replies in topics you watch"))
        register_kind("forum_mentions", _("Mentions of you in the forum"))
        register_kind("forum_moderation", _("Moderation of your posts"))
        from . import (
            privacy,  # noqa: F401  (its part of data exports; moderation log retention)
            signals,  # noqa: F401  (attachments follow their category's audience)
        )
        from .search import register_forum

        register_forum()
