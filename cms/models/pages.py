"""The site's page types: home, content pages, news and events."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from .blocks import AgendaItemBlock, BodyBlock
from .queries import public_live, window

NEWS_PER_PAGE = 10


class HomePage(Page):
    """The network's front page: who we are, the Declaration, the latest news and events."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    subpage_types = [
        "cms.ContentPage",
        "cms.NewsIndexPage",
        "cms.EventPage",
        "cms.GoodPracticeIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = public_live(NewsPage.objects.descendant_of(self), request)
        events = public_live(EventPage.objects.descendant_of(self), request)
        context["latest_news"] = news.order_by("-date", "-pk")[:3]
        context["events"] = events.order_by("-start_date")[:3]
        return context


class ContentPage(Page):
    """A general page built from blocks: about, how to join, and so on."""

    summary = models.TextField(_("summary"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = Page.search_fields

    class Meta:
        verbose_name = _("content page")


class NewsIndexPage(Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["cms.NewsPage"]
    parent_page_types = ["cms.HomePage"]

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = public_live(NewsPage.objects.child_of(self), request).order_by("-date", "-pk")
        context["news"] = window(news, request.GET.get("page"), NEWS_PER_PAGE)
        return context


class NewsPage(Page):
    date = models.DateField(_("date"))
    summary = models.TextField(_("summary"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    parent_page_types = ["cms.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("news item")


class EventPage(Page):
    """A meeting of the network, such as the seminar in Asunción."""

    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=255)
    summary = models.TextField(_("summary"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    organisers = models.CharField(_("organisers"), max_length=500, blank=True)
    co_sponsors = models.CharField(_("co-sponsors"), max_length=500, blank=True)
    topics = StreamField(
        [("topic", blocks.CharBlock(label=_("topic")))],
        verbose_name=_("topics addressed"),
        blank=True,
    )
    agenda = StreamField([("item", AgendaItemBlock())], verbose_name=_("agenda"), blank=True)
    documents = StreamField(
        [("document", DocumentChooserBlock(label=_("document")))],
        verbose_name=_("documents"),
        blank=True,
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("start_date"), FieldPanel("end_date"), FieldPanel("place")],
            heading=_("When and where"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("organisers"), FieldPanel("co_sponsors")], heading=_("Organisers")
        ),
        FieldPanel("topics"),
        FieldPanel("agenda"),
        FieldPanel("documents"),
    ]
    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("event")
