"""The editors' side of proposals in the Wagtail admin: the list, and the decision."""

from django.contrib import messages
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from forum.queries import visible_topics
from library.queries import openable_documents
from network import access, roles

from ..models import PracticeProposal
from . import proposals
from .forms import DecisionForm


class EditorsDecide(BasePermissionPolicy):
    """Editors see and decide proposals; nobody adds or deletes them in the admin."""

    def user_has_permission(self, user, action) -> bool:
        return action in {"view", "change"} and access.is_editor(user)

    def users_with_any_permission(self, actions):
        if not {"view", "change"} & set(actions):
            return access.people_in_roles().none()
        return access.people_in_roles(roles.EDITORS)


register_permission_policy(PracticeProposal, EditorsDecide(PracticeProposal))


class ProposalIndexView(IndexView):
    def get_edit_url(self, instance):
        return reverse("practice_proposals:decide", args=[instance.pk])


class ProposalViewSet(ModelViewSet):
    model = PracticeProposal
    icon = "pick"
    menu_label = gettext_lazy("Good practice proposals")
    add_to_admin_menu = True
    menu_order = 250
    index_view_class = ProposalIndexView
    copy_view_enabled = False
    form_fields = ["editor_note"]
    list_display = ["source_title", "proposed_by", "created_at", "status"]
    list_filter = ["status"]
    name = "practice_proposals"

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("decide/<int:pk>/", decide, name="decide"),
        ]


def _source_visible_to(user, proposal) -> bool:
    if proposal.topic_id:
        return visible_topics(user).filter(pk=proposal.topic_id).exists()
    return openable_documents(user).filter(pk=proposal.document_id).exists()


def decide(request, pk: int):
    if not access.is_editor(request.user):
        raise PermissionDenied
    proposal = get_object_or_404(
        PracticeProposal.objects.select_related("topic", "document", "proposed_by", "practice"),
        pk=pk,
    )
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        note = form.cleaned_data["note"]
        try:
            if "add" in request.POST:
                if form.require_practice():
                    practice = proposals.add_to(
                        proposal, form.cleaned_data["practice"], request.user, note
                    )
                    messages.success(
                        request,
                        _(
                            "Source added to a new draft of the good practice; the source's "
                            "author is asked about credit."
                        ),
                    )
                    return redirect("wagtailadmin_pages:edit", practice.pk)
            elif "accept" in request.POST:
                practice = proposals.accept(proposal, request.user, note)
                messages.success(
                    request,
                    _("Draft good practice created; the source's author is asked about credit."),
                )
                return redirect("wagtailadmin_pages:edit", practice.pk)
            else:
                proposals.decline(proposal, request.user, note)
                messages.success(request, _("Proposal declined; the member is told."))
                return redirect("practice_proposals:index")
        except proposals.DecisionError as exc:
            messages.error(request, str(exc))
            return redirect("practice_proposals:decide", proposal.pk)
    return TemplateResponse(
        request,
        "cms/practices/admin/decide.html",
        {
            "proposal": proposal,
            "form": form,
            "source_url": _source_url(proposal),
            "publicly_visible": _source_visible_to(AnonymousUser(), proposal),
            "header_title": proposal.source_title,
            "page_title": _("Good practice proposal"),
            "page_subtitle": proposal.source_title,
            "header_icon": "pick",
        },
    )


def _source_url(proposal) -> str:
    if proposal.topic_id:
        return reverse("forum:topic", args=[proposal.topic_id])
    return reverse("library:document", args=[proposal.document_id])
