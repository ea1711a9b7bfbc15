"""The site content's admin hooks: good-practice proposals and the practices' review workflow.

Good practices are published by a second editor approving them in the review workflow. Editors
hold the publish permission on the practices (approving publishes), so the direct "Publish"
action is taken away from them there; a publish request is submitted for review instead.
Administrators keep direct publishing.
"""

from django.contrib import messages
from django.utils.translation import gettext as _
from wagtail import hooks

from network import access

from .models import GoodPracticeIndexPage, GoodPracticePage
from .practices.admin import ProposalViewSet
from .practices.workflow import ensure_review_workflow


@hooks.register("register_admin_viewset")
def register_proposals():
    return ProposalViewSet()


@hooks.register("after_create_page")
def review_new_practices(request, page):
    """A new good practices index gets the second-editor review for the practices below it."""
    if isinstance(page.specific, GoodPracticeIndexPage):
        ensure_review_workflow(page)


def _submit_instead_of_publishing(request) -> None:
    if request.method != "POST" or not request.POST.get("action-publish"):
        return
    if access.is_admin(request.user):
        return
    data = request.POST.copy()
    data.pop("action-publish")
    data["action-submit"] = "action-submit"
    request.POST = data
    messages.info(
        request,
        _("Good practices are published once a second editor approves them: sent for review."),
    )


@hooks.register("before_edit_page")
def review_before_publishing_an_edit(request, page):
    if isinstance(page, GoodPracticePage):
        _submit_instead_of_publishing(request)


@hooks.register("before_create_page")
def review_before_publishing_a_new_practice(request, parent_page, page_class):
    if issubclass(page_class, GoodPracticePage):
        _submit_instead_of_publishing(request)


def _is_practice_form(context) -> bool:
    if context.get("view") == "create":
        parent = context.get("parent_page")
        return parent is not None and parent.specific_class is GoodPracticeIndexPage
    return isinstance(context.get("page"), GoodPracticePage)


@hooks.register("construct_page_action_menu")
def no_direct_publishing_of_practices(menu_items, request, context):
    if _is_practice_form(context) and not access.is_admin(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]
