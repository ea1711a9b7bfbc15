"""The members' forms: proposing a source, and answering on attribution."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import Consent, GoodPracticePage


class ProposalForm(forms.Form):
    reason = forms.CharField(
        label=_("Why is this a good practice others could learn from?"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=2000,
        help_text=_("A few sentences for the editors: what worked, and for whom."),
    )


class ConsentForm(forms.Form):
    answer = forms.ChoiceField(
        label=_("How may the good practice credit your contribution?"),
        choices=[
            (Consent.NAMED, _("Name me and my organisation")),
            (Consent.ANONYMOUS, _("Use it, but do not name me")),
            (Consent.DECLINED, _("Do not use my contribution")),
        ],
        widget=forms.RadioSelect,
    )


class DecisionForm(forms.Form):
    note = forms.CharField(
        label=_("Note to the member who proposed it (optional)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=2000,
    )
    practice = forms.ModelChoiceField(
        label=_("Or add it to an existing good practice"),
        queryset=GoodPracticePage.objects.order_by("title"),
        required=False,
        help_text=_("The source is linked in a new draft of that practice, for review."),
    )

    def require_practice(self) -> bool:
        """For "add to a practice": one must be chosen."""
        if self.cleaned_data.get("practice") is None:
            self.add_error("practice", _("Choose the good practice to add the source to."))
            return False
        return True
