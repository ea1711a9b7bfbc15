"""Account forms: registration extras and the profile."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import User


class SignupForm(forms.Form):
    """Fields allauth adds to its registration form; the account starts pending."""

    display_name = forms.CharField(label=_("Display name"), max_length=150)
    requested_organisation = forms.CharField(
        label=_("Organisation you belong to"),
        max_length=255,
        help_text=_("The mechanism, institution or organisation you work for."),
    )
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"), choices=User._meta.get_field("preferred_language").choices
    )

    def signup(self, request, user: User) -> None:
        user.display_name = self.cleaned_data["display_name"]
        user.requested_organisation = self.cleaned_data["requested_organisation"]
        user.preferred_language = self.cleaned_data["preferred_language"]
        user.save(update_fields=["display_name", "requested_organisation", "preferred_language"])


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name", "first_name", "last_name", "preferred_language", "notify"]


class DeleteAccountForm(forms.Form):
    """Confirm deleting one's own account with one's password."""

    password = forms.CharField(
        label=_("Your password"), strip=False, widget=forms.PasswordInput(render_value=False)
    )
    confirm = forms.BooleanField(
        label=_("I understand that my account and personal data will be deleted for good."),
    )

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        from allauth.account.adapter import get_adapter

        password = self.cleaned_data["password"]
        # Through allauth, so that failed attempts count towards the login throttle.
        if not get_adapter().reauthenticate(self.user, password):
            raise forms.ValidationError(_("That is not your password."))
        return password
