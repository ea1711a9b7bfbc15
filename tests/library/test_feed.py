"""The public Atom feed of new documents: only what anyone may see, never a pseudonymous
contributor's name, and a query count that does not grow with the entries."""

import datetime

import pytest
from defusedxml import ElementTree
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from library.models import LibraryDocument
from library.queries import listed_documents
from network.models import Topic, User
from tests.library.factories import make_document, organisation

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
FEED = "/en/library/feed/"


def read_feed(client):
    response = client.get(FEED)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return response, ElementTree.fromstring(response.content)


def entry_titles(root) -> list[str]:
    return [entry.find(f"{ATOM}title").text for entry in root.findall(f"{ATOM}entry")]


def test_feed_lists_public_published_ready_documents_only(client):
    now = timezone.now()
    shown = [
        make_document("Feed: public"),
        make_document("Feed: embargo over", embargo_until=now - datetime.timedelta(days=1)),
    ]
    hidden = [
        make_document("Feed: members", audience="members"),
        make_document(
            "Feed: confidential",
            audience="confidential",
            contributor_organisation=organisation("NMIRF-PY"),
        ),
        make_document("Feed: embargoed", embargo_until=now + datetime.timedelta(days=3)),
        make_document("Feed: submitted", review_status=LibraryDocument.Review.SUBMITTED),
        make_document("Feed: in review", review_status=LibraryDocument.Review.IN_REVIEW),
        make_document("Feed: declined", review_status=LibraryDocument.Review.DECLINED),
        make_document("Feed: rejected", status=LibraryDocument.Status.REJECTED),
        make_document("Feed: processing", status=LibraryDocument.Status.PROCESSING),
    ]
    # A member's session changes nothing: the feed is the public catalogue.
    client.force_login(User.objects.get(username="editor"))
    _, root = read_feed(client)
    titles = entry_titles(root)
    for document in shown:
        assert document.title in titles
    for document in hidden:
        assert document.title not in titles
    assert len(titles) == min(30, listed_documents(AnonymousUser()).count())


def test_feed_is_valid_atom(client):
    topic = Topic.objects.order_by("pk").first()
    document = make_document(
        "Feed: plan <b>& co</b>",
        abstract="First paragraph <script>alert(1)</script>\n\nSecond.",
        organisations=[organisation("NMIRF-PY")],
        topics=[topic],
    )
    response, root = read_feed(client)
    assert root.tag == f"{ATOM}feed"
    assert root.find(f"{ATOM}title").text == "NMIRF Exchange library: new documents"
    assert root.find(f"{ATOM}subtitle").text
    assert root.find(f"{ATOM}id").text
    assert root.find(f"{ATOM}updated").text
    assert root.find(f"{ATOM}link[@rel='alternate']").get("href") == "http://testserver/en/library/"
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == min(30, listed_documents(AnonymousUser()).count()) >= 1
    for entry in entries:
        for child in ("title", "id", "updated", "published", "link"):
            assert entry.find(f"{ATOM}{child}") is not None, child
    entry = next(e for e in entries if e.find(f"{ATOM}title").text == document.title)
    url = f"http://testserver/en/library/{document.pk}/"
    assert entry.find(f"{ATOM}link").get("href") == url
    with translation.override("en"):
        assert entry.find(f"{ATOM}author/{ATOM}name").text == organisation("NMIRF-PY").name
        assert entry.find(f"{ATOM}category").get("term") == Topic.objects.get(pk=topic.pk).name
    summary = entry.find(f"{ATOM}summary")
    assert summary.get("type") == "html"
    # The abstract is plain text: its markup arrives escaped, to be shown, never run.
    assert "&lt;script&gt;" in summary.text
    assert "<script>" not in summary.text
    assert "<p>Second.</p>" in summary.text


def test_feed_newest_first_and_at_most_thirty(client):
    start = timezone.now() - datetime.timedelta(days=40)
    for day in range(32):
        make_document(f"Feed: day {day}", published_at=start + datetime.timedelta(days=day))
    _, root = read_feed(client)
    titles = entry_titles(root)
    assert len(titles) == 30
    ours = [title for title in titles if title.startswith("Feed: day ")]
    assert ours == sorted(ours, key=lambda title: -int(title.rsplit(" ", 1)[1]))
    assert "Feed: day 0" not in titles


@pytest.mark.parametrize("username", [None, "mechanism", "cso"])
def test_feed_never_names_a_pseudonymous_contributor(client, username):
    cso = organisation("CSDH")
    make_document(
        "Feed: shadow report",
        contributor_organisation=cso,
        pseudonymous=True,
        organisations=[cso],
    )
    if username:
        client.force_login(User.objects.get(username=username))
    response, root = read_feed(client)
    text = response.content.decode()
    for secret in {cso.name, cso.name_es, cso.name_en, cso.acronym} - {None, ""}:
        assert secret not in text
    entries = root.findall(f"{ATOM}entry")
    entry = next(e for e in entries if e.find(f"{ATOM}title").text == "Feed: shadow report")
    author = entry.find(f"{ATOM}author/{ATOM}name").text
    assert author == "a civil society organisation from Paraguay"


def test_feed_query_count_does_not_grow_with_entries(client, django_assert_max_num_queries):
    topics = list(Topic.objects.order_by("pk")[:2])
    paraguay, nhri, cso = organisation("NMIRF-PY"), organisation("INDH"), organisation("CSDH")

    def add(count: int, start: int) -> None:
        for number in range(start, start + count):
            make_document(
                f"Feed: load {number}",
                organisations=[paraguay, nhri],
                topics=topics,
                contributor_organisation=cso,
                pseudonymous=number % 2 == 0,
            )

    add(2, 0)
    with CaptureQueriesContext(connection) as few:
        read_feed(client)
    add(20, 2)
    with django_assert_max_num_queries(len(few.captured_queries)):
        _, root = read_feed(client)
    assert len(root.findall(f"{ATOM}entry")) >= 22
