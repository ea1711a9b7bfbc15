"""Leak checks: restricted and pseudonymous content never reaches the wrong person through pages,
the library's Atom feed, the sitemap, e-mails and notifications, or the files served."""

import io

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test.utils import override_settings
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader
from wagtail.models import Page, PageViewRestriction

from forum import posting
from forum.models import Category, Subscription, Topic
from library.models import LibraryDocument
from library.pipeline import corpus
from library.queries import listed_documents
from network.models import Notification, User
from tests.roles import ROLES, as_role

pytestmark = pytest.mark.django_db

CSO_TRACES = (
    "Civil society contributor",  # the cso account's display name
    "Coalición de la sociedad civil",  # its organisation
    "CSDH",
    "cso@nmirf.example",
)


def en(name: str, *args) -> str:
    with translation.override("en"):
        return reverse(name, args=args)


def traces(text: str) -> list[str]:
    return [trace for trace in CSO_TRACES if trace in text]


# The sitemap -------------------------------------------------------------------------------------


def sitemap_locations(client) -> str:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return response.content.decode()


def test_the_sitemap_lists_the_public_pages(client):
    body = sitemap_locations(client)
    with translation.override("en"):
        live = Page.objects.live().public().filter(depth__gt=1).specific()
        # Pages with an audience of their own (members-only good practices) are left out too.
        public = [page for page in live if " public " in getattr(page, "audience_keys", " public ")]
        members_only = [page.get_url() for page in live if page not in public]
        urls = [page.get_url() for page in public]
    assert len(public) >= 4 and members_only
    for url in members_only:
        assert f"{url}</loc>" not in body
    assert body.count("<loc>") == len(public)
    for url in urls:
        assert f"<loc>http://localhost{url}</loc>" in body


def test_the_sitemap_leaves_out_restricted_and_unpublished_pages(client):
    pages = list(Page.objects.live().filter(depth__gt=2).order_by("path").specific())
    restricted, draft = pages[0], pages[-1]
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    draft.unpublish()
    before_slugs = {restricted.slug, draft.slug}
    body = sitemap_locations(client)
    for slug in before_slugs:
        assert f"/{slug}/</loc>" not in body
    # Members and staff get the same public list: the sitemap is never personalised.
    as_role(client, "admin")
    assert sitemap_locations(client) == body


# The library's Atom feed -------------------------------------------------------------------------


def test_the_feed_holds_only_what_a_visitor_may_see(client):
    feed = client.get(en("library:feed")).content.decode()
    shown = set(listed_documents(AnonymousUser()).values_list("pk", flat=True))
    hidden = LibraryDocument.objects.exclude(pk__in=shown)
    assert hidden.filter(audience="members").exists()
    assert hidden.filter(audience="groups").exists()
    assert hidden.filter(audience="confidential").exists()
    assert hidden.filter(embargo_until__isnull=False).exists()
    for document in hidden:
        assert f"/library/{document.pk}/<" not in feed, document.title
        assert f">{document.title_en}<" not in feed
    assert traces(feed) == []


# Forum pages, notifications and e-mails ----------------------------------------------------------


@pytest.fixture
def pseudonymous_topic():
    return Topic.objects.get(pseudonymous=True, author__username="cso")


@pytest.mark.parametrize("role", [r for r in ROLES if r not in ("visitor", "pending", "cso")])
def test_a_pseudonymous_topic_shows_no_trace_of_its_author_but_to_moderators(
    client, role, pseudonymous_topic
):
    as_role(client, role)
    urls = [
        en("forum:index"),
        en("forum:category", pseudonymous_topic.category.slug),
        en("forum:topic", pseudonymous_topic.pk),
        en("forum:history", pseudonymous_topic.posts.get(position=1).pk),
    ]
    pages = {url: client.get(url) for url in urls}
    assert pages[urls[2]].status_code == 200
    found = {url: traces(response.content.decode()) for url, response in pages.items()}
    if role in ("moderator", "admin"):
        assert "Civil society contributor" in pages[urls[2]].content.decode()
    else:
        assert all(not names for names in found.values()), found


@override_settings(FORUM_NEW_MEMBER_POSTS=0)
def test_a_pseudonymous_reply_is_announced_without_its_author(
    pseudonymous_topic, django_capture_on_commit_callbacks
):
    observer = User.objects.get(username="observer")
    moderator = User.objects.get(username="moderator")
    for user in (observer, moderator):
        user.notify = "immediately"
        user.save(update_fields=["notify"])
        Subscription.objects.get_or_create(user=user, topic=pseudonymous_topic)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        posting.reply(
            pseudonymous_topic,
            User.objects.get(username="cso"),
            body="We add one more lesson learned (pseudonymous reply).",
            language="en",
            pseudonymous=True,
        )
    to_observer = [message for message in mail.outbox if observer.email in message.to]
    assert to_observer, "the watcher was told by e-mail"
    for message in to_observer:
        text = message.subject + message.body + str(message.extra_headers)
        text += "".join(content for content, _type in getattr(message, "alternatives", []))
        assert traces(text) == [], text
    notice = Notification.objects.filter(recipient=observer).latest("pk")
    assert traces(notice.title + notice.body) == []
    behind = Notification.objects.filter(recipient=moderator).latest("pk")
    assert "Civil society contributor" in behind.body  # moderators see who is behind it


@override_settings(FORUM_NEW_MEMBER_POSTS=0)
def test_someone_who_cannot_see_a_category_is_never_told_of_its_posts(
    django_capture_on_commit_callbacks,
):
    room = Category.objects.get(slug="executive-committee")
    topic = room.topics.order_by("pk").first()
    outsider = User.objects.get(username="mechanism")
    outsider.notify = "immediately"
    outsider.save(update_fields=["notify"])
    # A subscription left over from a time they could see it (or forged in the database).
    Subscription.objects.create(user=outsider, topic=topic)
    Subscription.objects.create(user=outsider, category=room)
    mail.outbox.clear()
    before = Notification.objects.filter(recipient=outsider).count()
    with django_capture_on_commit_callbacks(execute=True):
        posting.reply(
            topic,
            User.objects.get(username="committee"),
            body="Confidential: the Committee's position on the pending applications @mechanism",
            language="en",
        )
    assert Notification.objects.filter(recipient=outsider).count() == before
    assert all(outsider.email not in message.to for message in mail.outbox)
    assert all("pending applications" not in message.body for message in mail.outbox)


# Files ------------------------------------------------------------------------------------------


def test_a_pseudonymous_upload_is_served_without_its_metadata_or_uploaded_name(
    client, django_capture_on_commit_callbacks
):
    as_role(client, "cso")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            en("library:contribute"),
            {
                "file": SimpleUploadedFile("ana-secret-field-notes.pdf", corpus.sample_pdf(2)),
                "title": "Field notes on consultations",
                "language": "en",
                "licence": "cc-by-4.0",
                "audience": "public",
                "pseudonymous": "on",
            },
        )
    assert response.status_code == 302
    document = LibraryDocument.objects.get(title="Field notes on consultations")
    assert document.status == "ready"
    LibraryDocument.objects.filter(pk=document.pk).update(review_status="published")
    document.refresh_from_db()
    client.logout()

    download = client.get(document.url)
    assert download.status_code == 200
    data = b"".join(download.streaming_content)
    headers = "\n".join(f"{key}: {value}" for key, value in download.items())
    assert "ana-secret" not in headers.lower() and "field-notes-on-consultations" in headers
    assert b"Ana Secret" not in data and b"Secret NGO" not in data
    metadata = PdfReader(io.BytesIO(data)).metadata or {}
    assert not {"/Author", "/Creator", "/Producer"} & set(metadata)
    page = client.get(document.get_absolute_url()).content.decode()
    assert "ana-secret" not in page.lower() and traces(page) == []
