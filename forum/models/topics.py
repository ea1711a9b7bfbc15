"""Topics and their posts; counters kept on the topic so no page recounts anything."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .categories import Category

PAGE_SIZE = 20


class Topic(models.Model):
    class Kind(models.TextChoices):
        QUESTION = "question", _("Question")
        EXPERIENCE = "experience", _("Experience")
        ANNOUNCEMENT = "announcement", _("Announcement")

    category = models.ForeignKey(
        Category, on_delete=models.CASCADE, related_name="topics", verbose_name=_("category")
    )
    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.QUESTION)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="forum_topics"
    )
    pseudonymous = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_activity_at = models.DateTimeField(db_index=True)
    last_post = models.ForeignKey(
        "forum.Post", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    post_count = models.PositiveIntegerField(default=0)  # includes the opening post
    participant_count = models.PositiveIntegerField(default=0)
    pinned = models.BooleanField(_("pinned"), default=False)
    locked = models.BooleanField(_("locked"), default=False)
    approved = models.BooleanField(default=True)  # False while pre-moderation holds it
    hidden = models.BooleanField(default=False)
    helpful_answer = models.ForeignKey(
        "forum.Post", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        indexes = [
            models.Index(
                fields=["category", "-pinned", "-last_activity_at"], name="forum_topic_listing"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def reply_count(self) -> int:
        return max(0, self.post_count - 1)

    @property
    def page_count(self) -> int:
        return max(1, (self.post_count + PAGE_SIZE - 1) // PAGE_SIZE)

    def page_of(self, position: int) -> int:
        return max(1, (position + PAGE_SIZE - 1) // PAGE_SIZE)


class Post(models.Model):
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="posts")
    position = models.PositiveIntegerField()  # 1 is the opening post; pages are ranges of it
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="forum_posts"
    )
    pseudonymous = models.BooleanField(default=False)
    pseudonym_country = models.CharField(max_length=2, blank=True)
    body = models.TextField(_("message"))  # Markdown as written
    body_html = models.TextField(editable=False)  # rendered and sanitised once, at save
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(auto_now_add=True)
    edited_at = models.DateTimeField(null=True, blank=True)
    approved = models.BooleanField(default=True)
    hidden = models.BooleanField(default=False)
    hidden_reason = models.TextField(blank=True)
    reaction_counts = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        constraints = [
            models.UniqueConstraint(fields=["topic", "position"], name="one_post_per_position")
        ]
        indexes = [models.Index(fields=["topic", "author"], name="forum_post_participant")]

    def __str__(self) -> str:
        return f"{self.topic} #{self.position}"

    @property
    def page(self) -> int:
        return self.topic.page_of(self.position)


class PostRevision(models.Model):
    """The text of a post before an edit, kept for its author and the moderators."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    body = models.TextField()
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.post} ({self.created_at:%Y-%m-%d %H:%M})"
