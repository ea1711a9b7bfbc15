"""Curating good practices: members' proposals, the sources a practice draws on with their
authors' attribution consent, and the review task that needs a second editor."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models.workflows import AbstractGroupApprovalTask

from network.models import Organisation


def one_source(name: str) -> models.CheckConstraint:
    """The check that a ``SourceMixin`` row points at exactly one source."""
    return models.CheckConstraint(
        condition=models.Q(topic__isnull=False, document__isnull=True)
        | models.Q(topic__isnull=True, document__isnull=False),
        name=name,
    )


class SourceMixin(models.Model):
    """Points at one source: a forum topic or a library contribution (exactly one of them)."""

    topic = models.ForeignKey(
        "forum.Topic",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("forum topic"),
    )
    document = models.ForeignKey(
        "library.LibraryDocument",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("library contribution"),
    )

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.source_title

    @property
    def source(self):
        return self.topic if self.topic_id else self.document

    @property
    def source_kind(self) -> str:
        return "topic" if self.topic_id else "document"

    @property
    def source_title(self) -> str:
        source = self.source
        return source.title if source is not None else ""


class PracticeProposal(SourceMixin):
    """A member's suggestion that a forum topic or contribution become a good practice."""

    class Status(models.TextChoices):
        OPEN = "open", _("Awaiting a decision")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("proposed by"),
    )
    reason = models.TextField(_("why it is a good practice"), max_length=2000)
    created_at = models.DateTimeField(_("proposed"), auto_now_add=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.OPEN, db_index=True
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    editor_note = models.TextField(_("note from the editors"), blank=True)
    practice = models.ForeignKey(
        "cms.GoodPracticePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("good practice"),
    )

    class Meta:
        verbose_name = _("good practice proposal")
        verbose_name_plural = _("good practice proposals")
        ordering = ["-created_at"]
        constraints = [one_source("proposal_has_one_source")]


class Consent(models.TextChoices):
    PENDING = "pending", _("Not answered yet")
    NAMED = "named", _("Agrees to be named")
    ANONYMOUS = "anonymous", _("Prefers to stay anonymous")
    DECLINED = "declined", _("Declined: the source is not used")


class PracticeSource(SourceMixin):
    """A source a practice draws on, and its author's answer on attribution.

    Kept outside the page's revisions, so publishing an older draft never undoes an answer.
    """

    practice = models.ForeignKey(
        "cms.GoodPracticePage", on_delete=models.CASCADE, related_name="sources"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("author"),
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    pseudonymous = models.BooleanField(default=False)
    pseudonym_country = models.CharField(max_length=2, blank=True)
    consent = models.CharField(
        _("attribution"), max_length=20, choices=Consent.choices, default=Consent.PENDING
    )
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("source of a good practice")
        verbose_name_plural = _("sources of good practices")
        ordering = ["pk"]
        constraints = [one_source("practice_source_has_one_source")]

    @property
    def is_used(self) -> bool:
        return self.consent != Consent.DECLINED


class SecondEditorReviewTask(AbstractGroupApprovalTask):
    """Approval by the chosen groups, but never by the editor who submitted the page."""

    @staticmethod
    def _requested_by_id(obj) -> int | None:
        state = getattr(obj, "current_workflow_state", None)
        return state.requested_by_id if state is not None else None

    def get_actions(self, obj, user):
        if user.is_authenticated and self._requested_by_id(obj) == user.pk:
            return []
        return super().get_actions(obj, user)

    def on_action(self, task_state, user, action_name, **kwargs):
        if task_state.workflow_state.requested_by_id == user.pk:
            raise PermissionDenied(_("A second editor must review what you submitted."))
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        return states.exclude(workflow_state__requested_by=user)

    @classmethod
    def get_description(cls):
        return _("An editor other than the one who submitted it approves or requests changes")

    class Meta:
        verbose_name = _("review by a second editor")
        verbose_name_plural = _("reviews by a second editor")
