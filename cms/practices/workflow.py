"""The good practices' review: draft → review by a second editor → published."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowPage, WorkflowTask

from network import roles

from ..models import SecondEditorReviewTask

WORKFLOW_NAME = "Good practice review"
TASK_NAME = "Review by a second editor"


@transaction.atomic
def ensure_review_workflow(index: Page) -> Workflow:
    """The review workflow (created once) assigned to the good practices index and its pages."""
    task = SecondEditorReviewTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = SecondEditorReviewTask.objects.create(name=TASK_NAME)
        editors, _created = Group.objects.get_or_create(name=roles.EDITORS)
        task.groups.set([editors])
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})
    # Approving publishes, so the reviewers (editors) hold the publish permission here.
    publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
    for group in task.groups.all():
        GroupPagePermission.objects.get_or_create(group=group, page=index, permission=publish)
    return workflow
