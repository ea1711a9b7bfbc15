"""Forms of the joining procedure: the application, the decision, the applicant's follow-up."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .. import uploads
from ..countries import UN_OBSERVER_STATES, country_name, is_un_member
from ..models import Application, Organisation
from ..validators import validate_letter


class LetterFieldMixin:
    """A letter field that survives a failed submit (see ``network.uploads``)."""

    def setup_letter(self, request):
        self.request = request
        self.fields["letter"].required = False
        self.fields["letter"].validators = [validate_letter]
        self.fields["letter"].widget.attrs["accept"] = ".pdf,application/pdf"
        self.fields["letter_token"] = forms.CharField(required=False, widget=forms.HiddenInput)

    @property
    def stashed_letter(self) -> dict | None:
        token = self.data.get(self.add_prefix("letter_token")) if self.is_bound else None
        return uploads.stashed_info(self.request, token) if token else None

    def clean_letter(self):
        return self.cleaned_data.get("letter") or None  # or the stashed one, at save

    def stash_valid_letter(self) -> None:
        """After a failed submit, keep a letter that passed its own checks."""
        letter = self.files.get(self.add_prefix("letter"))
        if letter and "letter" not in self.errors:
            token = uploads.stash(self.request, letter)
            self.data = self.data.copy()
            self.data[self.add_prefix("letter_token")] = token

    def attach_letter(self, application: Application) -> None:
        letter = self.cleaned_data.get("letter")
        if letter is None:
            letter = uploads.take(self.request, self.cleaned_data.get("letter_token"))
            if letter is None:
                return
            application.letter_filename = letter.name
            application.letter.save("letter.pdf", letter, save=False)
            uploads.discard(letter)
            return
        application.letter_filename = letter.name[:255]
        application.letter.save("letter.pdf", letter, save=False)


class JoinForm(LetterFieldMixin, forms.ModelForm):
    class Meta:
        model = Application
        fields = [
            "kind",
            "country",
            "organisation_name",
            "contact_name",
            "contact_email",
            "membership",
            "letter",
            "adopts_declaration",
            "statement",
        ]
        labels = {
            "adopts_declaration": _(
                "The State adopts the Declaration of Asunción and wishes to join the Network"
            ),
        }
        help_texts = {
            "membership": _("States only: join as a Member or as an Observer."),
            "letter": _(
                "States: the formal communication to the Executive Committee, as a PDF "
                "(kept private: only the Committee and the secretariat read it)."
            ),
            "statement": _("The statement adopting the Declaration, or a short presentation."),
        }
        widgets = {"statement": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.setup_letter(request)
        self.fields["country"].required = False
        self.fields["membership"].required = False

    def clean(self):
        cleaned = super().clean()
        cleaned["membership"] = cleaned.get("membership") or Application.Membership.MEMBER
        kind = cleaned.get("kind")
        country = cleaned.get("country")
        if kind != Organisation.Kind.INTERNATIONAL and not country:
            self.add_error("country", _("Choose the country."))
        if kind == Organisation.Kind.STATE_MECHANISM:
            if country and not (is_un_member(country) or country in UN_OBSERVER_STATES):
                self.add_error(
                    "country", _("Only UN Member States can join the Network as States.")
                )
            if not cleaned.get("adopts_declaration"):
                self.add_error(
                    "adopts_declaration",
                    _("A State joins by adopting the Declaration of Asunción."),
                )
            if not cleaned.get("statement", "").strip():
                self.add_error("statement", _("Write the statement adopting the Declaration."))
            if not cleaned.get("letter") and not self.stashed_letter:
                self.add_error("letter", _("Attach the formal letter as a PDF."))
            if country:
                self._check_state_free(country)
        return cleaned

    def _check_state_free(self, country: str) -> None:
        name = country_name(country)
        if Application.objects.filter(
            kind=Organisation.Kind.STATE_MECHANISM, country=country, status__in=Application.OPEN
        ).exists():
            self.add_error(
                "country",
                _(
                    "%(country)s already has an application under review; the Executive "
                    "Committee will answer it before another can be made."
                )
                % {"country": name},
            )
        elif Organisation.objects.filter(
            kind=Organisation.Kind.STATE_MECHANISM,
            country=country,
            status__in=Organisation.ADMITTED,
        ).exists():
            self.add_error(
                "country", _("%(country)s already belongs to the Network.") % {"country": name}
            )


class DecisionForm(forms.Form):
    APPROVE_MEMBER = "approve_member"
    APPROVE_OBSERVER = "approve_observer"
    REQUEST_INFO = "request_info"
    DECLINE = "decline"

    decision = forms.ChoiceField(label=_("Decision"), widget=forms.RadioSelect)
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Sent to the applicant and kept in the membership history."),
        error_messages={"required": _("Give the reason for the decision.")},
    )
    date = forms.DateField(
        label=_("Date of the decision"),
        initial=datetime.date.today,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, application: Application, **kwargs):
        super().__init__(*args, **kwargs)
        self.application = application
        if application.is_state:
            choices = [
                (self.APPROVE_MEMBER, _("Approve as Member")),
                (self.APPROVE_OBSERVER, _("Approve as Observer")),
            ]
        else:
            choices = [(self.APPROVE_MEMBER, _("Approve"))]
        choices += [
            (self.REQUEST_INFO, _("Ask for more information")),
            (self.DECLINE, _("Decline")),
        ]
        self.fields["decision"].choices = choices

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date > timezone.localdate():
            raise forms.ValidationError(_("A decision cannot be dated in the future."))
        if date < timezone.localdate(self.application.created_at):
            raise forms.ValidationError(_("A decision cannot be dated before the application."))
        return date


class FollowUpForm(LetterFieldMixin, forms.ModelForm):
    """The applicant's answer when the reviewers ask for more information."""

    class Meta:
        model = Application
        fields = ["statement", "letter"]
        widgets = {"statement": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.setup_letter(request)
        self.fields["statement"].required = True
