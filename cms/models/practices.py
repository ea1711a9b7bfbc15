"""Good practices: curated, translated pages that mechanisms in other countries can learn from."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from network import access, keys
from network.countries import country_choices, country_name, regional_group
from network.models import (
    SDG,
    Capacity,
    NMIRFType,
    Organisation,
    RecommendationMechanism,
    Topic,
)

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class PracticeAudience(models.TextChoices):
    PUBLIC = "public", _("Public")
    MEMBERS = "members", _("Members only")


class ActorType(models.TextChoices):
    STATE_MECHANISM = "state_mechanism", _("National mechanism (NMIRF)")
    MINISTRY = "ministry", _("Ministries and public agencies")
    PARLIAMENT = "parliament", _("Parliament")
    JUDICIARY = "judiciary", _("Judiciary")
    LOCAL_GOVERNMENT = "local_government", _("Local governments")
    NHRI = "nhri", _("National human rights institution")
    CSO = "cso", _("Civil society")
    ACADEMIA = "academia", _("Academia")
    INTERNATIONAL = "international", _("International organisations")


class GoodPracticeIndexPage(RoutablePageMixin, Page):
    """The collection: filters with counts, sorting, pages, and an Atom feed (``feed/``)."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.GoodPracticePage"]
    max_count = 1

    class Meta:
        verbose_name = _("good practices index")

    def get_context(self, request, *args, **kwargs):
        from cms.practices.listing import index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(index_context(self, request))
        return context

    @path("")
    def listing(self, request):
        return self.render(request)

    @path("feed/")
    def feed(self, request):
        from cms.practices.feeds import PublicPracticesFeed

        return PublicPracticesFeed(self)(request)


class GoodPracticeForm(WagtailAdminPageForm):
    """The page form: actor types as checkboxes (stored comma-separated)."""

    actor_types = forms.MultipleChoiceField(
        label=_("actor types"),
        choices=ActorType.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "country" in self.fields:
            required = self.fields["country"].required
            self.fields["country"] = forms.ChoiceField(
                label=_("country"), choices=country_field_choices(), required=required
            )
        if self.instance is not None and not self.is_bound:
            self.initial["actor_types"] = self.instance.actor_type_list

    def clean_actor_types(self) -> str:
        return ",".join(self.cleaned_data.get("actor_types") or [])


class GoodPracticePage(Page):
    """One good practice, tagged with the shared vocabulary; public or for members only."""

    summary = models.TextField(_("summary"))
    context = RichTextField(_("context and problem addressed"), features=TEXT_FEATURES)
    objectives = RichTextField(_("objectives"), features=TEXT_FEATURES)
    actors = RichTextField(_("actors"), blank=True, features=TEXT_FEATURES)
    lead_organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("lead organisation"),
    )
    partner_organisations = ParentalManyToManyField(
        Organisation, blank=True, related_name="+", verbose_name=_("partner organisations")
    )
    actor_types = models.CharField(_("actor types"), max_length=300, blank=True)
    implementation = RichTextField(_("implementation steps"), features=TEXT_FEATURES)
    start_year = models.PositiveSmallIntegerField(_("started in (year)"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(
        _("ended in (year)"), null=True, blank=True, help_text=_("Leave empty if ongoing.")
    )
    resources = RichTextField(_("resources"), blank=True, features=TEXT_FEATURES)
    results = RichTextField(_("results and evidence"), features=TEXT_FEATURES)
    evidence_documents = ParentalManyToManyField(
        "library.LibraryDocument",
        blank=True,
        related_name="+",
        verbose_name=_("documents (results and evidence)"),
    )
    forum_topics = ParentalManyToManyField(
        "forum.Topic", blank=True, related_name="+", verbose_name=_("related forum topics")
    )
    challenges = RichTextField(_("challenges"), blank=True, features=TEXT_FEATURES)
    lessons_learned = RichTextField(_("lessons learned"), features=TEXT_FEATURES)
    replicability = RichTextField(
        _("replicability and transferability"), blank=True, features=TEXT_FEATURES
    )
    sustainability = RichTextField(_("sustainability"), blank=True, features=TEXT_FEATURES)
    contact_name = models.CharField(_("focal point"), max_length=200, blank=True)
    contact_role = models.CharField(_("focal point's role"), max_length=200, blank=True)
    contact_email = models.EmailField(_("focal point's e-mail"), blank=True)

    country = models.CharField(_("country"), max_length=2)
    regional_group = models.CharField(max_length=20, blank=True, editable=False, db_index=True)
    topics = ParentalManyToManyField(Topic, related_name="+", verbose_name=_("topics"))
    capacities = ParentalManyToManyField(
        Capacity, blank=True, related_name="+", verbose_name=_("NMIRF capacities")
    )
    nmirf_types = ParentalManyToManyField(
        NMIRFType, blank=True, related_name="+", verbose_name=_("NMIRF types")
    )
    mechanisms = ParentalManyToManyField(
        RecommendationMechanism,
        blank=True,
        related_name="+",
        verbose_name=_("recommendation mechanisms"),
    )
    sdgs = ParentalManyToManyField(SDG, blank=True, related_name="+", verbose_name=_("SDGs"))
    audience = models.CharField(
        _("audience"),
        max_length=20,
        choices=PracticeAudience.choices,
        default=PracticeAudience.MEMBERS,
        help_text=_("Members-only practices are hidden from visitors, the feed and the counts."),
    )
    audience_keys = models.CharField(max_length=200, editable=False, default=" members ")
    is_demo = models.BooleanField(
        _("demo example"), default=False, help_text=_("Written for the demonstration site.")
    )

    base_form_class = GoodPracticeForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("context"),
        FieldPanel("objectives"),
        MultiFieldPanel(
            [
                FieldPanel("actors"),
                FieldPanel("lead_organisation"),
                FieldPanel("partner_organisations"),
                FieldPanel("actor_types"),
            ],
            heading=_("Actors"),
        ),
        FieldPanel("implementation"),
        FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")], heading=_("Period")),
        FieldPanel("resources"),
        FieldPanel("results"),
        FieldPanel("evidence_documents"),
        FieldPanel("challenges"),
        FieldPanel("lessons_learned"),
        FieldPanel("replicability"),
        FieldPanel("sustainability"),
        FieldPanel("forum_topics"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_role"), FieldPanel("contact_email")],
            heading=_("Contact (shown to members only)"),
        ),
    ]
    tagging_panels = [
        FieldPanel("country"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple, required_on_save=False),
        FieldPanel("capacities", widget=forms.CheckboxSelectMultiple),
        FieldPanel("nmirf_types", widget=forms.CheckboxSelectMultiple),
        FieldPanel("mechanisms"),
        FieldPanel("sdgs"),
        FieldPanel("audience"),
        FieldPanel("is_demo"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(tagging_panels, heading=_("Tags and audience")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings"), classname="settings"),
        ]
    )
    parent_page_types = ["cms.GoodPracticeIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")

    @property
    def actor_type_list(self) -> list[str]:
        return [value for value in self.actor_types.split(",") if value]

    @property
    def actor_type_labels(self) -> list[str]:
        labels = dict(ActorType.choices)
        return [str(labels[value]) for value in self.actor_type_list if value in labels]

    @property
    def country_name(self) -> str:
        return country_name(self.country) if self.country else ""

    @property
    def is_public(self) -> bool:
        return self.audience == PracticeAudience.PUBLIC

    def clean(self):
        super().clean()
        if self.end_year and self.start_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The end cannot come before the start.")})

    def save(self, *args, **kwargs):
        self.country = (self.country or "").upper()
        self.regional_group = regional_group(self.country) or "" if self.country else ""
        self.audience_keys = keys.join(keys.item_keys(self.audience))
        return super().save(*args, **kwargs)

    def get_sitemap_urls(self, request=None):
        """Only public practices belong in a sitemap anyone may read."""
        return super().get_sitemap_urls(request) if self.is_public else []

    def serve(self, request, *args, **kwargs):
        if not access.can_see(request.user, self):
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from cms.practices.detail import practice_context

        context = super().get_context(request, *args, **kwargs)
        context.update(practice_context(self, request))
        return context


def country_field_choices() -> list[tuple[str, str]]:
    """The country select's choices, in the active language."""
    return [("", "---------"), *country_choices()]
