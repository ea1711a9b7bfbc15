"""The shared vocabulary in the Wagtail admin: one "Vocabulary" menu with a snippet per list.

No panels are set here: wagtail-modeltranslation gives each translated model an edit handler
with one field per language (name_es … name_ar, description_es … description_ar), and the
viewsets fall back on it.
"""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import (
    SDG,
    Capacity,
    DocumentType,
    NMIRFProfile,
    NMIRFType,
    Organisation,
    RecommendationMechanism,
    Topic,
    WorkingGroup,
)


class TermViewSet(SnippetViewSet):
    """Defaults shared by every vocabulary list."""

    icon = "tag"
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]
    list_per_page = 50


class TopicViewSet(TermViewSet):
    model = Topic
    icon = "tag"


class CapacityViewSet(TermViewSet):
    model = Capacity
    icon = "cogs"


class NMIRFTypeViewSet(TermViewSet):
    model = NMIRFType
    icon = "site"


class RecommendationMechanismViewSet(TermViewSet):
    model = RecommendationMechanism
    icon = "globe"
    list_display = ["name", "family", "slug", "sort_order"]
    list_filter = ["family"]
    ordering = ["sort_order", "name"]


class SDGViewSet(TermViewSet):
    model = SDG
    icon = "list-ol"
    list_display = ["number", "name", "slug"]
    ordering = ["number"]


class DocumentTypeViewSet(TermViewSet):
    model = DocumentType
    icon = "doc-full"


class WorkingGroupViewSet(TermViewSet):
    model = WorkingGroup
    icon = "group"
    list_display = [
        "name",
        Column("member_count", label=_("members")),
        "slug",
        "sort_order",
    ]

    def get_queryset(self, request):
        return WorkingGroup.objects.annotate(member_count=Count("members"))


class VocabularyGroup(SnippetViewSetGroup):
    menu_label = _("Vocabulary")
    menu_icon = "tag"
    menu_order = 300
    items = (
        TopicViewSet,
        CapacityViewSet,
        NMIRFTypeViewSet,
        RecommendationMechanismViewSet,
        SDGViewSet,
        DocumentTypeViewSet,
        WorkingGroupViewSet,
    )


register_snippet(VocabularyGroup)


class OrganisationViewSet(SnippetViewSet):
    """Administrators correct organisations' details; membership decisions (the status) go
    through the front end, where they are recorded in the membership history."""

    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "acronym", "kind", "country", "status"]
    list_filter = ["kind", "status"]
    search_fields = ["name", "acronym"]
    ordering = ["name"]


class NMIRFProfileViewSet(SnippetViewSet):
    """NMIRF profiles keep their revisions (the history shows who changed what, when)."""

    model = NMIRFProfile
    icon = "doc-full"
    menu_label = _("NMIRF profiles")
    list_display = ["organisation", "mechanism_type", "standing", "tracking_tool"]
    search_fields = ["tracking_tool"]


class NetworkGroup(SnippetViewSetGroup):
    menu_label = _("Network")
    menu_icon = "globe"
    menu_order = 210
    items = (OrganisationViewSet, NMIRFProfileViewSet)


register_snippet(NetworkGroup)
