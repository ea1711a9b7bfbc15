"""The site content's admin hooks: good-practice proposals and the practices' review workflow."""

from wagtail import hooks

from .models import GoodPracticeIndexPage
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
