"""Object-level access: another organisation's confidential documents, applications, drafts,
notifications and contributions answer 404 by id (DESIGN.md §3: never 403, never a 200)."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import translation

from forum.models import Category, Draft, Topic
from library.models import LibraryDocument
from network.demo import simple_pdf
from network.models import Application, Notification, Organisation, User
from tests.roles import ROLES, as_role

pytestmark = pytest.mark.django_db

SECRETARIAT = {"moderator", "editor", "admin"}


def en(name: str, *args) -> str:
    with translation.override("en"):
        return reverse(name, args=args)


def refused(response, role: str) -> bool:
    """404 for everyone signed in; a visitor may be sent to sign in instead (nothing shown)."""
    if response.status_code == 404:
        return True
    login = reverse("account_login")
    return (
        role == "visitor" and response.status_code == 302 and response["Location"].startswith(login)
    )


def answers(client, role: str, urls: list[str]) -> dict[str, int]:
    as_role(client, role)
    return {url: client.get(url).status_code for url in urls}


@pytest.fixture
def confidential_document(db):
    """A processed, published, confidential document of Paraguay's mechanism (``mechanism``)."""
    paraguay = Organisation.objects.get(acronym="NMIRF-PY")
    author = User.objects.get(username="mechanism")
    document = LibraryDocument(
        title="Confidential briefing on pending recommendations",
        audience="confidential",
        status=LibraryDocument.Status.READY,
        review_status=LibraryDocument.Review.PUBLISHED,
        content_type="application/pdf",
        contributed_by=author,
        uploaded_by_user=author,
        contributor_organisation=paraguay,
    )
    document.file.save("briefing.pdf", ContentFile(simple_pdf(["Confidential"])), save=False)
    document.save()
    return document


def document_urls(document: LibraryDocument) -> list[str]:
    return [
        en("library:document", document.pk),
        en("library:status", document.pk),
        en("library:thumbnail", document.pk),
        en("library:bibtex", document.pk),
        en("library:ris", document.pk),
        en("library:dublin_core", document.pk),
        reverse("wagtaildocs_serve", args=[document.pk, document.download_name]),
    ]


@pytest.mark.parametrize("role", ROLES)
def test_a_confidential_document_answers_404_outside_its_organisation(
    client, role, confidential_document
):
    urls = document_urls(confidential_document)
    got = answers(client, role, urls)
    if role in SECRETARIAT | {"mechanism"}:
        assert got[urls[0]] == 200 and got[urls[-1]] == 200
    else:
        assert all(status == 404 for status in got.values()), got


@pytest.mark.parametrize("role", ROLES)
def test_civil_societys_submitted_contribution_answers_404_to_every_other_role(client, role):
    contribution = LibraryDocument.objects.get(symbol="DEMO/contribution-submitted")
    assert contribution.audience == "confidential"
    urls = [*document_urls(contribution), en("library:edit_contribution", contribution.pk)]
    as_role(client, role)
    for url in urls:
        response = client.get(url)
        if role == "cso":
            continue
        if role in SECRETARIAT and not url.endswith("/edit/"):
            continue  # the secretariat curates every contribution (the confidential audience)
        if role == "pending" and url.endswith("/edit/"):
            assert response.status_code == 403  # not a member: refused before any lookup
            continue
        assert refused(response, role), (url, response.status_code)
    if role != "cso":
        listing = client.get(en("library:my_contributions"))
        assert contribution.title.encode() not in listing.content


@pytest.mark.parametrize("role", [r for r in ROLES if r not in ("pending", "committee", "admin")])
def test_an_application_and_its_letter_answer_404_to_others(client, role):
    application = Application.objects.get(applicant__username="pending")
    assert application.is_state  # decided by the Executive Committee
    urls = [en("members:application", application.pk), en("members:letter", application.pk)]
    as_role(client, role)
    for url in urls:
        assert refused(client.get(url), role), url


@pytest.mark.parametrize("role", ROLES)
def test_a_draft_is_seen_by_its_writer_only(client, role):
    topic = Topic.objects.filter(author__username="mechanism").order_by("pk").first()
    Draft.objects.create(
        user=User.objects.get(username="observer"),
        topic=topic,
        body="Unfinished draft: our minister disagrees with recommendation 42",
    )
    as_role(client, role)
    response = client.get(en("forum:topic", topic.pk))
    seen = b"our minister disagrees" in response.content
    assert seen == (role == "observer")


@pytest.mark.parametrize("role", ROLES)
def test_someone_elses_notification_answers_404(client, role):
    mechanism = User.objects.get(username="mechanism")
    notification = Notification.objects.create(
        recipient=mechanism,
        kind="library",
        title="Private notice for the Paraguay mechanism",
        url="/en/",
    )
    as_role(client, role)
    response = client.get(reverse("network:notification_open", args=[notification.pk]))
    if role == "mechanism":
        assert response.status_code == 302 and response["Location"] == "/en/"
    else:
        assert refused(response, role)
        listing = client.get(reverse("network:notifications"))
        assert b"Private notice for the Paraguay mechanism" not in listing.content


@pytest.mark.parametrize("role", ROLES)
def test_the_committees_room_answers_404_to_everyone_outside_it(client, role):
    room = Category.objects.get(slug="executive-committee")
    topic = room.topics.order_by("pk").first()
    post = topic.posts.get(position=1)
    urls = [
        en("forum:category", room.slug),
        en("forum:topic", topic.pk),
        en("forum:post", post.pk),
        en("forum:history", post.pk),
        en("forum:flag", post.pk),
    ]
    as_role(client, role)
    statuses = {url: client.get(url).status_code for url in urls}
    if role in ("committee", "admin"):
        assert statuses[urls[1]] == 200
    elif role == "pending":
        assert set(statuses.values()) == {403}  # not a member: no forum at all, nothing looked up
    elif role == "visitor":
        assert set(statuses.values()) == {302}
    else:
        assert set(statuses.values()) == {404}, statuses
