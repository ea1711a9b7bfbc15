"""Library forms: contributing, reviewing, filtering the catalogue, the admin's document form."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from network.countries import REGIONAL_GROUPS, country_choices
from network.models import Audience, Organisation

from . import pipeline
from .models import DOCUMENT_LANGUAGES, LibraryDocument
from .pipeline.kinds import CONTENT_TYPES, EXTENSIONS

CONTRIBUTOR_AUDIENCES = [
    (Audience.PUBLIC, _("Everyone (public)")),
    (Audience.MEMBERS, _("Members of the Network")),
    (Audience.CONFIDENTIAL, _("Confidential: my organisation and the secretariat")),
]


class CountriesField(forms.MultipleChoiceField):
    def __init__(self, **kwargs):
        super().__init__(choices=country_choices, required=False, **kwargs)


def scan_as_validation(upload) -> None:
    """The malware scan for forms outside the library (``network.validators``)."""
    try:
        pipeline.scan(upload)
    except pipeline.Rejected as rejection:
        raise forms.ValidationError(str(rejection.message), code=rejection.code) from None


class CheckedFileMixin:
    """Runs the pipeline's checks and the malware scan while the form is validated, so a
    rejected file comes back with its reason and everything else the user typed."""

    def check_file(self, upload):
        try:
            self.checked = pipeline.check_upload(upload)
        except pipeline.Rejected as rejection:
            raise forms.ValidationError(str(rejection.message), code=rejection.code) from None
        scan_as_validation(upload)
        return upload


class ContributionForm(CheckedFileMixin, forms.ModelForm):
    countries = CountriesField(label=_("Countries"))
    audience = forms.ChoiceField(
        label=_("Who may see it"),
        choices=CONTRIBUTOR_AUDIENCES,
        initial=Audience.MEMBERS,
        widget=forms.RadioSelect,
    )

    class Meta:
        model = LibraryDocument
        fields = [
            "file",
            "title",
            "abstract",
            "document_type",
            "language",
            "topics",
            "publication_date",
            "symbol",
            "source_url",
            "licence",
            "audience",
            "pseudonymous",
        ]
        widgets = {
            "abstract": forms.Textarea(attrs={"rows": 4}),
            "topics": forms.CheckboxSelectMultiple,
            "publication_date": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.checked = None
        self.fields["file"].widget.attrs["accept"] = ",".join(f".{ext}" for ext in EXTENSIONS)
        if self.instance.pk:
            self.fields["file"].required = False
            self.initial["countries"] = self.instance.countries
        organisation = user.organisation
        if organisation is None or organisation.kind != Organisation.Kind.CSO:
            del self.fields["pseudonymous"]

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if (
            upload
            and upload is not getattr(self.instance, "file", None)
            and hasattr(upload, "content_type")
        ):
            return self.check_file(upload)
        return upload


class ReviewForm(forms.Form):
    PUBLISH = "publish"
    IN_REVIEW = "in_review"
    REQUEST_CHANGES = "request_changes"
    DECLINE = "decline"

    decision = forms.ChoiceField(
        label=_("Decision"),
        widget=forms.RadioSelect,
        choices=[
            (IN_REVIEW, _("Take into review")),
            (PUBLISH, _("Publish")),
            (REQUEST_CHANGES, _("Ask for changes")),
            (DECLINE, _("Decline")),
        ],
    )
    comment = forms.CharField(
        label=_("Comment to the contributor"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when asking for changes or declining."),
    )

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("decision") in (self.REQUEST_CHANGES, self.DECLINE)
            and not (cleaned.get("comment") or "").strip()
        ):
            self.add_error("comment", _("Tell the contributor what to change, or why."))
        return cleaned


class CatalogueFilterForm(forms.Form):
    """The listing's filters; unknown values are dropped, never an error."""

    SORTS = [("relevance", _("Relevance")), ("newest", _("Newest")), ("title", _("Title"))]

    q = forms.CharField(required=False, max_length=1000, strip=True, label=_("Search the library"))
    # Vocabulary filters carry slugs; an unknown slug simply matches nothing.
    type = forms.SlugField(required=False, label=_("Type"))
    country = forms.ChoiceField(required=False, label=_("Country"))
    group = forms.ChoiceField(required=False, label=_("Regional group"))
    topic = forms.SlugField(required=False, label=_("Topic"))
    capacity = forms.SlugField(required=False, label=_("NMIRF capacity"))
    language = forms.ChoiceField(
        required=False, label=_("Language"), choices=[("", _("All")), *DOCUMENT_LANGUAGES]
    )
    year = forms.IntegerField(required=False, min_value=1900, max_value=2100, label=_("Year"))
    org_type = forms.ChoiceField(
        required=False,
        label=_("Organisation type"),
        choices=[("", _("All")), *Organisation.Kind.choices],
    )
    sort = forms.ChoiceField(required=False, choices=SORTS, label=_("Sort by"))

    def __init__(self, data=None, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["country"].choices = [("", _("All")), *country_choices()]
        self.fields["group"].choices = [("", _("All")), *REGIONAL_GROUPS]

    @staticmethod
    def page_number(value) -> int:
        try:
            return max(1, min(int(value or 1), 1_000_000))
        except (TypeError, ValueError):
            return 1

    def values(self) -> dict:
        """The valid filters only (a bad value is ignored, not an error page)."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


class DocumentAdminForm(CheckedFileMixin, BaseDocumentForm):
    """Wagtail admin's document form: the same file checks as the front end."""

    checked = None
    countries = CountriesField(label=_("Countries"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["countries"] = self.instance.countries

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and hasattr(upload, "content_type"):
            return self.check_file(upload)
        return upload

    def save(self, commit=True):
        document = super().save(commit=False)
        if self.checked is not None:
            record_checked_file(document, self.cleaned_data["file"], self.checked)
        document.set_countries(self.cleaned_data.get("countries") or [])
        if commit:
            document.save()
            self.save_m2m()
        return document


def record_checked_file(document: LibraryDocument, upload, checked) -> None:
    """Copy what the checks learnt about a new file onto the document; processing follows."""
    document.original_filename = upload.name[:255]
    document.content_type = CONTENT_TYPES.get(checked.kind, "application/octet-stream")
    document.sha256 = checked.sha256
    document.file_size = checked.size
    document.status = LibraryDocument.Status.PROCESSING
