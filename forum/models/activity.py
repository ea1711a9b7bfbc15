"""What people do around posts: reactions, read positions, watching, drafts, attachments."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .categories import Category
from .topics import Post, Topic


class Reaction(models.Model):
    class Kind(models.TextChoices):
        THANKS = "thanks", _("Thanks")
        USEFUL = "useful", _("Useful")
        AGREE = "agree", _("I agree")
        SAME_HERE = "same_here", _("We face this too")

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reactions")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=Kind.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["post", "user", "kind"], name="one_reaction_per_kind")
        ]

    def __str__(self) -> str:
        return f"{self.kind} on {self.post_id}"


class ReadState(models.Model):
    """How far a person has read a topic (the unread counts and "jump to first unread")."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="+")
    last_read_position = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "topic"], name="one_read_state")]

    def __str__(self) -> str:
        return f"{self.user_id} read {self.topic_id} to {self.last_read_position}"


class Subscription(models.Model):
    """Watching a topic or a whole category."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_subscriptions"
    )
    topic = models.ForeignKey(
        Topic, on_delete=models.CASCADE, null=True, blank=True, related_name="subscriptions"
    )
    category = models.ForeignKey(
        Category, on_delete=models.CASCADE, null=True, blank=True, related_name="subscriptions"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "topic"], name="one_topic_subscription"),
            models.UniqueConstraint(fields=["user", "category"], name="one_category_subscription"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} watches {self.topic_id or self.category_id}"


class Draft(models.Model):
    """A reply being written, kept on the server (survives reloads and failed submits)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="+")
    body = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "topic"], name="one_draft")]

    def __str__(self) -> str:
        return f"draft of {self.user_id} in {self.topic_id}"


class Attachment(models.Model):
    """A library document attached to a post; it carries the post's audience."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL, on_delete=models.CASCADE, related_name="+"
    )

    def __str__(self) -> str:
        return f"{self.document_id} on {self.post_id}"
