"""Forum forms: new topics, replies and edits."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from library.forms import CheckedFileMixin

from .models import Topic

MAX_BODY = 50_000


class BodyField(forms.CharField):
    def __init__(self, **kwargs):
        super().__init__(
            label=_("Message"),
            max_length=MAX_BODY,
            widget=forms.Textarea(attrs={"rows": 8}),
            help_text=_(
                "Markdown: **bold**, *italic*, lists, > quotes, [links](https://…). "
                "Mention someone with @username."
            ),
            error_messages={
                "required": _("Write your message before sending."),
                "max_length": _(
                    "A message can be at most %(limit_value)d characters "
                    "(this one has %(show_value)d)."
                ),
            },
            **kwargs,
        )


class PostingOptions(forms.Form):
    """Language of the post and, where allowed, posting pseudonymously."""

    language = forms.ChoiceField(label=_("Language of your message"), choices=settings.LANGUAGES)
    pseudonymous = forms.BooleanField(
        label=_("Post as “a civil society organisation from my country”"),
        required=False,
        help_text=_("Only the moderators will see who you are."),
    )

    def __init__(self, *args, user, category, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = user.preferred_language
        organisation = user.organisation
        if not (category.pseudonymous_allowed and organisation and organisation.kind == "cso"):
            del self.fields["pseudonymous"]


class AttachmentMixin(CheckedFileMixin):
    """An optional file, checked and scanned like any library upload."""

    checked = None

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        return self.check_file(upload) if upload else None


class ReplyForm(AttachmentMixin, PostingOptions):
    body = BodyField()
    attachment = forms.FileField(
        label=_("Attach a file (optional)"),
        required=False,
        help_text=_(
            "PDF, office documents, text, CSV, PNG or JPEG, up to 50 MB; it is "
            "checked and scanned, and only people who can read this topic can open it."
        ),
    )
    field_order = ["body", "attachment", "language", "pseudonymous"]


class TopicForm(PostingOptions):
    title = forms.CharField(label=_("Title"), max_length=200)
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=Topic.Kind.choices,
        widget=forms.RadioSelect,
        initial=Topic.Kind.QUESTION,
    )
    body = BodyField()
    field_order = ["title", "kind", "body", "language", "pseudonymous"]

    def __init__(self, *args, user, category, **kwargs):
        super().__init__(*args, user=user, category=category, **kwargs)
        from network import access

        if not access.is_moderator(user):
            self.fields["kind"].choices = [
                choice for choice in Topic.Kind.choices if choice[0] != Topic.Kind.ANNOUNCEMENT
            ]


class EditForm(forms.Form):
    body = BodyField()


class TopicFilterForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All")), *Topic.Kind.choices]
    )
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=[("", _("All")), *settings.LANGUAGES]
    )

    def values(self) -> dict:
        return {k: v for k, v in self.cleaned_data.items() if v} if self.is_valid() else {}
