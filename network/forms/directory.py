"""Forms of the directory: filters, membership changes, NMIRF profiles, invitations."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..countries import REGIONAL_GROUPS, country_choices
from ..models import MembershipEvent, NMIRFProfile, Organisation, User


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Name"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    group = forms.ChoiceField(label=_("Regional group"), required=False)
    kind = forms.ChoiceField(label=_("Type"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        self.fields["country"].choices = everything + country_choices()
        self.fields["group"].choices = everything + REGIONAL_GROUPS
        self.fields["kind"].choices = everything + Organisation.Kind.choices
        self.fields["status"].choices = everything + [
            (value, label)
            for value, label in Organisation.Status.choices
            if value in (*Organisation.ADMITTED, "suspended", "withdrawn")
        ]


class MembershipChangeForm(forms.Form):
    STATUS_EVENTS = {
        Organisation.Status.MEMBER: MembershipEvent.Event.STATUS_CHANGED,
        Organisation.Status.OBSERVER: MembershipEvent.Event.STATUS_CHANGED,
        Organisation.Status.SUSPENDED: MembershipEvent.Event.SUSPENDED,
        Organisation.Status.WITHDRAWN: MembershipEvent.Event.WITHDRAWN,
    }

    status = forms.ChoiceField(label=_("New status"))
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Give the reason for the change.")},
    )
    date = forms.DateField(
        label=_("Date"),
        initial=datetime.date.today,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, organisation: Organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation = organisation
        self.fields["status"].choices = [
            (value, label)
            for value, label in Organisation.Status.choices
            if value in self.STATUS_EVENTS and value != organisation.status
        ]

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date > timezone.localdate():
            raise forms.ValidationError(_("A decision cannot be dated in the future."))
        return date


class NMIRFProfileForm(forms.ModelForm):
    class Meta:
        model = NMIRFProfile
        fields = [
            "mechanism_type",
            "standing",
            "legal_basis",
            "mandate_reporting",
            "mandate_follow_up",
            "mandate_implementation",
            "composition",
            "secretariat",
            "links_civil_society",
            "links_nhri",
            "links_parliament",
            "links_local_government",
            "tracking_tool",
            "tracking_tool_url",
        ]
        widgets = {
            name: forms.Textarea(attrs={"rows": 3})
            for name in (
                "composition",
                "secretariat",
                "links_civil_society",
                "links_nhri",
                "links_parliament",
                "links_local_government",
            )
        }


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"))
    role = forms.ChoiceField(
        label=_("Role"),
        choices=[("member", _("Member")), ("focal_point", _("Focal point"))],
        initial="member",
    )

    def __init__(self, *args, organisation: Organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation = organisation

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                _(
                    "This address already has an account. Ask the secretariat to link it to "
                    "your organisation."
                )
            )
        if self.organisation.invitations.filter(
            email__iexact=email,
            accepted_at__isnull=True,
            revoked_at__isnull=True,
            expires_at__gt=timezone.now(),
        ).exists():
            raise forms.ValidationError(_("This address already has an open invitation."))
        return email


class InvitationSignupForm(forms.Form):
    """Creating the invited colleague's account (the invitation proves the e-mail address)."""

    username = forms.CharField(label=_("Username"), max_length=150)
    display_name = forms.CharField(label=_("Display name"), max_length=150)
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"),
        choices=User._meta.get_field("preferred_language").choices,
    )
    password1 = forms.CharField(label=_("Password"), widget=forms.PasswordInput)
    password2 = forms.CharField(label=_("Password (again)"), widget=forms.PasswordInput)

    def clean_username(self):
        username = self.cleaned_data["username"].strip()
        if User.objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(_("This username is taken; choose another."))
        return username

    def clean(self):
        from django.contrib.auth import password_validation

        cleaned = super().clean()
        password = cleaned.get("password1")
        if password and password != cleaned.get("password2"):
            self.add_error("password2", _("The two passwords differ."))
        elif password:
            try:
                password_validation.validate_password(
                    password, User(username=cleaned.get("username", ""))
                )
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned
