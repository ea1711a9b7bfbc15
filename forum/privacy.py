"""The forum's part of a person's data export, and how long its moderation log is kept."""

from django.conf import settings

from network.privacy import register_personal_data, register_retention

from .models import Draft, ModerationLog, Post, Subscription, Topic


def personal_data(user) -> dict:
    return {
        "topics": list(
            Topic.objects.filter(author=user)
            .order_by("created_at")
            .values("id", "title", "kind", "language", "pseudonymous", "created_at")
        ),
        "posts": list(
            Post.objects.filter(author=user)
            .order_by("created_at")
            .values(
                "id",
                "topic_id",
                "topic__title",
                "body",
                "language",
                "pseudonymous",
                "created_at",
                "edited_at",
            )
        ),
        "drafts": list(
            Draft.objects.filter(user=user).values("topic_id", "topic__title", "body", "updated_at")
        ),
        "subscriptions": list(
            Subscription.objects.filter(user=user).values("topic__title", "category__name")
        ),
    }


register_personal_data("forum", personal_data)
register_retention(
    "forum moderation log",
    lambda: ModerationLog.objects.all(),
    "created_at",
    lambda: settings.AUDIT_LOG_RETENTION_DAYS,
)
