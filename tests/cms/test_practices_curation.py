"""Curating good practices: proposals from a forum topic and from a library contribution, the
editors' decision, the authors' attribution consent, and the review by a second editor."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import translation
from wagtail.models import WorkflowPage

from cms.models import (
    Consent,
    GoodPracticeIndexPage,
    GoodPracticePage,
    PracticeProposal,
    PracticeSource,
    SecondEditorReviewTask,
)
from cms.practices import proposals
from forum.models import Topic
from library.models import LibraryDocument
from network import roles
from network.models import Notification, User
from network.models import Topic as VocabularyTopic
from tests.roles import as_role, person

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("people_read_english")]


@pytest.fixture(autouse=True)
def _in_english():
    """Reverse and read in English; requests switch the active language, so leave none active
    for the next test (whatever an earlier test left behind)."""
    translation.activate("en")
    yield
    translation.deactivate()


QUESTION = "¿Qué herramienta usan para dar seguimiento a las recomendaciones?"  # by mechanism
EXPERIENCE = "Consultas con la sociedad civil antes del EPU: lo que aprendimos"  # pseudonymous


def topic(title: str) -> Topic:
    return Topic.objects.get(title=title)


def contribution(state: str = "published") -> LibraryDocument:
    return LibraryDocument.objects.get(symbol=f"DEMO/contribution-{state}")


def propose_url(kind: str, pk: int) -> str:
    return reverse("practices:propose", args=[kind, pk])


def decide_url(proposal: PracticeProposal) -> str:
    return reverse("practice_proposals:decide", args=[proposal.pk])


def consent_url(source: PracticeSource) -> str:
    return reverse("practices:consent", args=[source.pk])


def accepted_source(source, proposer: str = "observer") -> PracticeSource:
    proposal, _created = proposals.propose(person(proposer), source, "Worth sharing.")
    practice = proposals.accept(proposal, person("editor"))
    return PracticeSource.objects.get(practice=practice)


def complete_and_publish(practice: GoodPracticePage, audience: str = "public") -> None:
    """Fill the required fields an editor writes, and publish."""
    practice = GoodPracticePage.objects.get(pk=practice.pk)
    with translation.override("es"):
        for field in ("context", "objectives", "implementation", "results", "lessons_learned"):
            setattr(practice, f"{field}_es", f"<p>{field}</p>")
        practice.summary_es = practice.summary_es or "Resumen"
        practice.country = practice.country or "PY"
        practice.audience = audience
        if not practice.topics.exists():
            practice.topics.set([VocabularyTopic.objects.get(slug="information-management")])
        practice.save_revision().publish()


# Proposing


def test_member_proposes_a_forum_topic(client, django_capture_on_commit_callbacks):
    source = topic(QUESTION)
    as_role(client, "observer")
    page = client.get(reverse("forum:topic", args=[source.pk])).content.decode()
    assert f'href="{propose_url("topic", source.pk)}"' in page
    assert "Propose as a good practice" in page
    response = client.get(propose_url("topic", source.pk))
    assert response.status_code == 200
    assert source.title in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(propose_url("topic", source.pk), {"reason": "Useful for others."})
    assert response.status_code == 302
    proposal = PracticeProposal.objects.get(topic=source)
    assert proposal.status == "open" and proposal.proposed_by == person("observer")
    notice = Notification.objects.get(recipient=person("editor"), kind="practices")
    assert notice.url == decide_url(proposal)


def test_member_proposes_a_library_contribution(client):
    document = contribution()
    as_role(client, "nhri")
    page = client.get(reverse("library:document", args=[document.pk])).content.decode()
    assert f'href="{propose_url("document", document.pk)}"' in page
    response = client.post(propose_url("document", document.pk), {"reason": "Good method."})
    assert response.status_code == 302
    assert PracticeProposal.objects.get(document=document).proposed_by == person("nhri")


def test_a_source_is_proposed_once(client):
    source = topic(QUESTION)
    as_role(client, "observer")
    client.post(propose_url("topic", source.pk), {"reason": "First."})
    as_role(client, "nhri")
    response = client.post(propose_url("topic", source.pk), {"reason": "Second."})
    assert response.status_code == 409
    assert "already been proposed" in response.content.decode()
    assert PracticeProposal.objects.filter(topic=source).count() == 1


def test_proposal_without_a_reason_keeps_the_form(client):
    source = topic(QUESTION)
    as_role(client, "observer")
    response = client.post(propose_url("topic", source.pk), {"reason": "  "})
    assert response.status_code == 200
    assert response.context["form"].errors["reason"]
    assert 'class="error-summary"' in response.content.decode()
    assert not PracticeProposal.objects.exists()


def test_proposing_what_one_may_not_see_answers_404(client):
    committee_topic = Topic.objects.filter(category__slug="executive-committee").first()
    hidden_document = contribution("submitted")  # confidential, civil society's own
    not_a_contribution = LibraryDocument.objects.get(symbol="DEMO/declaration")
    as_role(client, "observer")
    if committee_topic is not None:
        assert client.get(propose_url("topic", committee_topic.pk)).status_code == 404
    assert client.get(propose_url("document", hidden_document.pk)).status_code == 404
    assert client.get(propose_url("document", not_a_contribution.pk)).status_code == 404
    assert client.post(propose_url("document", 999999), {"reason": "x"}).status_code == 404
    assert client.get(propose_url("page", 1)).status_code == 404
    # Civil society may not see the members' information-management category.
    as_role(client, "cso")
    assert client.post(propose_url("topic", topic(QUESTION).pk), {"reason": "x"}).status_code == 404
    assert not PracticeProposal.objects.exists()


def test_visitors_and_pending_accounts_may_not_propose(client):
    document = contribution()
    response = client.get(propose_url("document", document.pk))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    page = client.get(reverse("library:document", args=[document.pk])).content.decode()
    assert "Propose as a good practice" not in page
    as_role(client, "pending")
    assert client.post(propose_url("document", document.pk), {"reason": "x"}).status_code == 403
    assert not PracticeProposal.objects.exists()


# Deciding


def test_editor_accepts_a_topic_proposal_into_a_linked_draft(
    client, django_capture_on_commit_callbacks
):
    source = topic(QUESTION)
    User.objects.filter(username="mechanism").update(preferred_language="pt")  # the author
    proposal, _created = proposals.propose(person("observer"), source, "Worth sharing.")
    as_role(client, "editor")
    page = client.get(reverse("practice_proposals:index")).content.decode()
    assert decide_url(proposal) in page
    response = client.get(decide_url(proposal))
    assert response.status_code == 200 and "Worth sharing." in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(decide_url(proposal), {"accept": "1", "note": "Thanks!"})
    proposal.refresh_from_db()
    practice = proposal.practice
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[practice.pk])
    assert proposal.status == "accepted" and proposal.decided_by == person("editor")
    assert not practice.live and practice.get_parent().specific_class is GoodPracticeIndexPage
    assert practice.title_es == source.title
    assert "SIMORE Plus" in practice.summary_es  # from the opening post
    assert list(practice.forum_topics.all()) == [source]
    assert practice.latest_revision is not None
    source_row = PracticeSource.objects.get(practice=practice)
    assert source_row.topic == source and source_row.author == person("mechanism")
    assert source_row.consent == Consent.PENDING
    asked = Notification.objects.get(recipient=person("mechanism"), kind="practices")
    assert asked.url == f"/pt{consent_url(source_row)[3:]}"  # in the author's language
    told = Notification.objects.get(recipient=person("observer"), kind="practices")
    assert "Accepted" in told.title


def test_editor_accepts_a_contribution_proposal_prefilled_from_the_document():
    document = contribution()
    source = accepted_source(document, proposer="nhri")
    practice = source.practice
    assert practice.title_es == document.title_es
    assert practice.country == "PY"
    assert set(practice.topics.values_list("slug", flat=True)) == {"participation"}
    assert list(practice.evidence_documents.all()) == [document]
    assert source.pseudonymous and source.author == person("cso")


def test_editor_adds_a_source_to_an_existing_practice_in_a_draft(
    client, django_capture_on_commit_callbacks
):
    practice = GoodPracticePage.objects.live().first()  # a demo practice
    linked = set(practice.forum_topics.all())
    source = topic(QUESTION)
    proposal, _created = proposals.propose(person("observer"), source, "Same idea.")
    as_role(client, "editor")
    assert practice.title in client.get(decide_url(proposal)).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            decide_url(proposal), {"add": "1", "practice": practice.pk, "note": "Merged."}
        )
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[practice.pk])
    proposal.refresh_from_db()
    assert proposal.status == "accepted" and proposal.practice.pk == practice.pk
    practice.refresh_from_db()
    assert set(practice.forum_topics.all()) == linked  # the live page waits for review
    draft = practice.get_latest_revision_as_object()
    assert source in draft.forum_topics.all()
    assert practice.has_unpublished_changes
    source_row = PracticeSource.objects.get(practice=practice, topic=source)
    assert source_row.author == person("mechanism") and source_row.consent == Consent.PENDING
    assert Notification.objects.filter(recipient=person("mechanism"), kind="practices").exists()

    again = PracticeProposal.objects.create(topic=source, proposed_by=person("nhri"), reason="-")
    with pytest.raises(proposals.DecisionError, match="already one of"):
        proposals.add_to(again, practice, person("editor"))


def test_adding_without_choosing_a_practice_asks_for_one(client):
    proposal, _created = proposals.propose(person("observer"), topic(QUESTION), "Please.")
    as_role(client, "editor")
    response = client.post(decide_url(proposal), {"add": "1", "note": "A note I typed"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Choose the good practice to add the source to." in page
    assert "A note I typed" in page
    proposal.refresh_from_db()
    assert proposal.status == "open"


def test_editor_declines_and_a_second_decision_is_refused(client):
    proposal, _created = proposals.propose(person("observer"), topic(QUESTION), "Please.")
    as_role(client, "editor")
    response = client.post(decide_url(proposal), {"decline": "1", "note": "Too early."})
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == "declined" and proposal.editor_note == "Too early."
    response = client.post(decide_url(proposal), {"accept": "1"}, follow=True)
    assert "already been decided" in response.content.decode()
    assert not GoodPracticePage.objects.filter(owner=person("editor")).exists()
    proposal.refresh_from_db()
    assert proposal.status == "declined"


def test_only_editors_decide(client):
    proposal, _created = proposals.propose(person("observer"), topic(QUESTION), "Please.")
    for role in ("moderator", "mechanism", "committee"):
        as_role(client, role)
        response = client.post(decide_url(proposal), {"accept": "1"})
        assert response.status_code in (302, 403)
    proposal.refresh_from_db()
    assert proposal.status == "open" and proposal.practice is None


# Attribution consent


@pytest.mark.parametrize(
    ("answer", "credited"),
    [
        ("named", "shared by Mecanismo nacional de seguimiento de recomendaciones de Paraguay"),
        ("anonymous", "asked not to be named"),
        ("declined", None),
    ],
)
def test_each_consent_answer_and_how_attribution_shows(
    client, django_capture_on_commit_callbacks, answer, credited
):
    source = accepted_source(topic(QUESTION))
    as_role(client, "mechanism")
    response = client.get(consent_url(source))
    assert response.status_code == 200
    assert source.practice.title in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(consent_url(source), {"answer": answer})
    assert response.status_code == 302
    source.refresh_from_db()
    assert source.consent == answer and source.answered_at is not None
    complete_and_publish(source.practice)
    as_role(client, "observer")
    page = client.get(source.practice.get_url()).content.decode()
    if credited is None:
        assert "<h2>Sources</h2>" not in page
        assert reverse("forum:topic", args=[source.topic_id]) not in page
        assert Notification.objects.filter(
            recipient=person("editor"), title__contains="may not be used"
        ).exists()
    else:
        assert credited in page
        assert reverse("forum:topic", args=[source.topic_id]) in page
    if answer != "named":
        assert "Mecanismo nacional de seguimiento de recomendaciones de Paraguay" not in page


def test_pseudonymous_contribution_stays_pseudonymous_even_when_named(client):
    source = accepted_source(contribution(), proposer="nhri")
    as_role(client, "cso")
    page = client.get(consent_url(source)).content.decode()
    assert "only ever credit it to your pseudonym" in page
    client.post(consent_url(source), {"answer": "named"})
    complete_and_publish(source.practice)
    page = client.get(source.practice.get_url()).content.decode()
    assert "shared by a civil society organisation from Paraguay" in page
    assert "Coalición de la sociedad civil" not in page


def test_consent_is_answered_once(client):
    source = accepted_source(topic(QUESTION))
    as_role(client, "mechanism")
    client.post(consent_url(source), {"answer": "anonymous"})
    response = client.post(consent_url(source), {"answer": "named"})
    assert response.status_code == 409
    assert "You have already answered" in response.content.decode()
    source.refresh_from_db()
    assert source.consent == "anonymous"


def test_consent_for_someone_else_answers_404_and_changes_nothing(client):
    source = accepted_source(topic(QUESTION))
    for role in ("observer", "editor", "cso"):
        as_role(client, role)
        assert client.get(consent_url(source)).status_code == 404
        assert client.post(consent_url(source), {"answer": "declined"}).status_code == 404
    client.logout()
    assert client.post(consent_url(source), {"answer": "declined"}).status_code == 302
    source.refresh_from_db()
    assert source.consent == Consent.PENDING


def test_consent_with_an_unknown_answer_keeps_the_form(client):
    source = accepted_source(topic(QUESTION))
    as_role(client, "mechanism")
    response = client.post(consent_url(source), {"answer": "maybe"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    source.refresh_from_db()
    assert source.consent == Consent.PENDING


# The review workflow and required fields


def second_editor() -> User:
    user = User.objects.create_user("editor2", "editor2@example.org", "x")
    user.groups.add(Group.objects.get(name=roles.EDITORS))
    return user


def test_index_carries_the_second_editor_review():
    index = GoodPracticeIndexPage.objects.get()
    workflow = WorkflowPage.objects.get(page=index).workflow
    tasks = [task.specific for task in workflow.tasks]
    assert [type(task).__name__ for task in tasks] == ["SecondEditorReviewTask"]
    practice = GoodPracticePage.objects.get(slug_en="digital-tracking-tool")
    assert practice.get_workflow() == workflow


def test_submitter_may_not_approve_their_own_practice_a_second_editor_does():
    source = accepted_source(topic(QUESTION))
    complete_and_publish(source.practice)
    practice = GoodPracticePage.objects.get(pk=source.practice.pk)
    submitter, reviewer = person("editor"), second_editor()
    practice.summary_es = "Resumen revisado"
    revision = practice.save_revision(user=submitter)
    workflow_state = practice.get_workflow().start(practice, submitter)
    task = SecondEditorReviewTask.objects.get()
    practice.refresh_from_db()
    assert task.get_actions(practice, submitter) == []
    assert {name for name, _label, _modal in task.get_actions(practice, reviewer)} == {
        "approve",
        "reject",
    }
    assert not task.get_task_states_user_can_moderate(submitter).exists()
    assert task.get_task_states_user_can_moderate(reviewer).exists()
    state = workflow_state.current_task_state
    with pytest.raises(PermissionDenied):
        task.on_action(state, submitter, "approve")
    practice.refresh_from_db()
    assert practice.summary_es != "Resumen revisado"
    task.on_action(state.specific, reviewer, "approve")
    practice.refresh_from_db()
    assert practice.live_revision_id == revision.pk
    assert practice.summary_es == "Resumen revisado"


def test_submitter_cannot_approve_through_the_admin(client):
    source = accepted_source(topic(QUESTION))
    complete_and_publish(source.practice)
    practice = GoodPracticePage.objects.get(pk=source.practice.pk)
    practice.summary_es = "Cambio propio"
    practice.save_revision(user=person("editor"))
    practice.get_workflow().start(practice, person("editor"))
    as_role(client, "editor")
    edit = reverse("wagtailadmin_pages:edit", args=[practice.pk])
    page = client.get(edit).content.decode()
    assert 'value="approve"' not in page
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[practice.pk, "approve", practice.current_workflow_task_state.pk],
        ),
        {"comment": ""},
    )
    assert response.status_code in (302, 403)
    practice.refresh_from_db()
    assert practice.summary_es != "Cambio propio"


def test_publishing_a_draft_without_the_required_fields_is_refused(client):
    source = accepted_source(topic(QUESTION))
    practice = source.practice
    form_class = GoodPracticePage.get_edit_handler().get_form_class()
    data = {"title_es": practice.title_es, "slug_es": practice.slug_es, "audience": "members"}
    form = form_class(
        data, instance=practice, parent_page=practice.get_parent(), for_user=person("editor")
    )
    assert not form.is_valid()
    for field in ("summary_es", "objectives_es", "lessons_learned_es", "country", "topics"):
        assert "This field is required." in form.errors[field], field
    # A draft may be saved incomplete: Wagtail defers the required fields for drafts.
    draft = form_class(
        data, instance=practice, parent_page=practice.get_parent(), for_user=person("editor")
    )
    draft.defer_required_fields()
    assert draft.is_valid(), draft.errors
    # Through the admin: the publish button answers with the errors, never a 500.
    as_role(client, "editor")
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[practice.pk]),
        {**data, "action-publish": "action-publish"},
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "could not be" in page
    assert "published once a second editor approves them" in page
    practice.refresh_from_db()
    assert not practice.live and practice.current_workflow_state is None


def test_editors_have_no_direct_publish_button_on_practices(client):
    practice = GoodPracticePage.objects.get(slug_en="digital-tracking-tool")
    edit = reverse("wagtailadmin_pages:edit", args=[practice.pk])
    as_role(client, "editor")
    page = client.get(edit).content.decode()
    assert 'name="action-publish"' not in page
    assert 'name="action-submit"' in page
    as_role(client, "admin")
    assert 'name="action-publish"' in client.get(edit).content.decode()


def test_admin_forms_and_proposal_list_are_for_editors(client):
    index = GoodPracticeIndexPage.objects.get()
    add = reverse("wagtailadmin_pages:add", args=["cms", "goodpracticepage", index.pk])
    as_role(client, "editor")
    page = client.get(add).content.decode()
    assert 'name="contact_name"' in page and 'name="summary_ar"' in page
    assert 'name="action-publish"' not in page
    assert client.get(reverse("practice_proposals:index")).status_code == 200
    as_role(client, "moderator")
    assert client.get(reverse("practice_proposals:index")).status_code != 200
