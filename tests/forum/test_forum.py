"""The forum as members use it: audiences, posting, quoting, mentions, reactions, answers,
drafts, languages, revisions, pseudonymity, watching, rate limits, attachments, query counts."""

import datetime
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from forum import posting
from forum.models import Category, Draft, Post, Topic
from library.models import LibraryDocument
from network.demo import simple_pdf
from network.models import Notification, User
from tests.roles import ROLES, as_role

pytestmark = pytest.mark.django_db

# Which roles see which seeded category.
CATEGORY_ROLES = {
    "information-management": {
        "mechanism",
        "observer",
        "nhri",
        "moderator",
        "editor",
        "committee",
        "admin",
    },
    "participation": {
        "mechanism",
        "observer",
        "nhri",
        "cso",
        "moderator",
        "editor",
        "committee",
        "admin",
    },
    "marrakech-hrc-follow-up": {
        "mechanism",
        "observer",
        "moderator",
        "editor",
        "committee",
        "admin",
    },
    "executive-committee": {"committee", "admin"},
}


@pytest.fixture(autouse=True)
def _experienced_members(settings):
    settings.FORUM_NEW_MEMBER_POSTS = 0  # tests of pre-moderation and rate limits set it


def user(name: str) -> User:
    return User.objects.get(username=name)


def demo_topic(title_start: str) -> Topic:
    return Topic.objects.get(title__startswith=title_start)


@pytest.mark.parametrize("slug", CATEGORY_ROLES)
@pytest.mark.parametrize("role", ROLES)
def test_category_audiences(client, role, slug):
    as_role(client, role)
    index = client.get("/en/forum/")
    response = client.get(f"/en/forum/c/{slug}/")
    if role == "visitor":
        assert index.status_code == 302 and response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")
    elif role == "pending":
        assert index.status_code == 403 and response.status_code == 403
    elif role in CATEGORY_ROLES[slug]:
        assert response.status_code == 200
        assert f'href="/en/forum/c/{slug}/"' in index.content.decode()
    else:
        assert response.status_code == 404
        assert f'href="/en/forum/c/{slug}/"' not in index.content.decode()


def test_a_topic_outside_ones_audience_is_404_everywhere(client):
    topic = demo_topic("Preparação")
    post = topic.posts.get(position=1)
    as_role(client, "mechanism")
    for url in (
        f"/en/forum/t/{topic.pk}/",
        f"/en/forum/p/{post.pk}/",
        f"/en/forum/t/{topic.pk}/unread/",
        f"/en/forum/p/{post.pk}/history/",
    ):
        assert client.get(url).status_code == 404, url
    assert client.post(f"/en/forum/p/{post.pk}/react/", {"kind": "thanks"}).status_code == 404
    assert (
        client.post(f"/en/forum/t/{topic.pk}/reply/", {"body": "x", "language": "en"}).status_code
        == 404
    )


def test_topic_list_shows_counts_and_pinned_first(client):
    category = Category.objects.get(slug="information-management")
    pinned = posting.create_topic(
        category,
        user("moderator"),
        title="Pinned rules",
        kind="announcement",
        body="Rules.",
        language="en",
    )
    Topic.objects.filter(pk=pinned.pk).update(pinned=True, last_activity_at="2000-01-01T00:00Z")
    as_role(client, "observer")
    page = client.get("/en/forum/c/information-management/").content.decode()
    titles = re.findall(r'<a href="/en/forum/t/\d+/" lang="\w+" dir="auto">([^<]+)</a>', page)
    assert titles[0] == "Pinned rules"
    row = page[page.index("¿Qué herramienta") :]
    assert re.search(r"<td>2</td><td>3</td>", row)  # 2 replies, 3 participants
    assert "3 unread" in page  # never opened: all three posts are unread


def test_posting_a_topic_and_a_reply_moves_the_counters(client):
    as_role(client, "nhri")
    category = Category.objects.get(slug="information-management")
    before = (category.topic_count, category.post_count)
    response = client.post(
        "/en/forum/c/information-management/new/",
        {
            "title": "Indicators for follow-up",
            "kind": "question",
            "body": "Which **indicators** do you use?",
            "language": "en",
        },
    )
    assert response.status_code == 302
    topic = Topic.objects.get(title="Indicators for follow-up")
    response = client.post(
        f"/en/forum/t/{topic.pk}/reply/", {"body": "We use three.", "language": "fr"}
    )
    assert response.status_code == 302 and response["Location"].endswith("#p2")
    topic.refresh_from_db()
    category.refresh_from_db()
    assert (topic.post_count, topic.participant_count, topic.reply_count) == (2, 1, 1)
    assert (category.topic_count, category.post_count) == (before[0] + 1, before[1] + 2)
    page = client.get(f"/en/forum/t/{topic.pk}/").content.decode()
    assert "<strong>indicators</strong>" in page
    assert 'lang="fr" dir="auto">' in page  # the reply keeps its own language and direction


def test_bad_input_is_refused_clearly_and_kept(client):
    topic = demo_topic("¿Qué herramienta")
    as_role(client, "observer")
    for body, message in (
        ("   ", "Write your message before sending."),
        ("x" * 50_001, "at most 50000 characters"),
    ):
        response = client.post(f"/en/forum/t/{topic.pk}/reply/", {"body": body, "language": "es"})
        assert response.status_code == 400
        assert message in response.content.decode()
    # The last failed attempt is kept as the draft, whole.
    assert Draft.objects.get(user=user("observer"), topic=topic).body == "x" * 50_001


def test_xss_in_a_post_is_neutralised(client):
    topic = demo_topic("¿Qué herramienta")
    as_role(client, "observer")
    client.post(
        f"/en/forum/t/{topic.pk}/reply/",
        {
            "body": "<script>alert(1)</script> [x](javascript:alert(1)) "
            "<img src=x onerror=alert(1)>",
            "language": "en",
        },
    )
    html = Post.objects.filter(topic=topic).order_by("-position").first().body_html
    assert "<script" not in html and "<img" not in html
    assert 'href="javascript' not in html.lower()
    assert "&lt;script&gt;" in html  # shown as text, not run


def test_quoting_prefills_the_reply(client):
    topic = demo_topic("¿Qué herramienta")
    quoted = topic.posts.get(position=2)
    as_role(client, "nhri")
    page = client.get(f"/en/forum/t/{topic.pk}/?quote={quoted.pk}").content.decode()
    assert "&gt; **Costa Rica mechanism focal point** wrote:" in page


def test_mentions_notify_only_people_who_can_see(client, django_capture_on_commit_callbacks):
    topic = demo_topic("¿Qué herramienta")  # members only: civil society cannot see it
    as_role(client, "mechanism")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/en/forum/t/{topic.pk}/reply/",
            {"body": "@nhri @cso what do you think?", "language": "en"},
        )
    assert Notification.objects.filter(recipient=user("nhri"), kind="forum_mentions").exists()
    assert (
        not Notification.objects.filter(recipient=user("cso"))
        .filter(title__icontains="herramienta")
        .exists()
    )


def test_watchers_are_notified_of_replies(client, django_capture_on_commit_callbacks):
    topic = demo_topic("¿Qué herramienta")  # the observer replied, so watches it
    as_role(client, "nhri")
    earlier = Notification.objects.filter(recipient=user("observer"), kind="forum_replies")
    seen = set(earlier.values_list("pk", flat=True))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/forum/t/{topic.pk}/reply/", {"body": "One more idea.", "language": "en"})
    note = earlier.exclude(pk__in=seen).get()
    assert note.url.startswith("/es/forum/p/")  # the observer's language
    client.post(f"/en/forum/t/{topic.pk}/watch/")  # the nhri stops watching
    as_role(client, "observer")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/forum/t/{topic.pk}/reply/", {"body": "Thanks.", "language": "en"})
    assert not Notification.objects.filter(
        recipient=user("nhri"), kind="forum_replies", body__contains="Thanks."
    ).exists()


def test_reactions_toggle(client):
    post = demo_topic("¿Qué herramienta").posts.get(position=1)
    as_role(client, "nhri")
    client.post(f"/en/forum/p/{post.pk}/react/", {"kind": "useful"})
    post.refresh_from_db()
    assert post.reaction_counts == {"useful": 1}
    client.post(f"/en/forum/p/{post.pk}/react/", {"kind": "useful"})
    post.refresh_from_db()
    assert post.reaction_counts == {}
    assert client.post(f"/en/forum/p/{post.pk}/react/", {"kind": "evil"}).status_code == 404


def test_helpful_answer_by_the_author_or_a_moderator(client):
    topic = demo_topic("¿Qué herramienta")
    answer = topic.posts.get(position=3)
    as_role(client, "observer")
    assert client.post(f"/en/forum/p/{answer.pk}/helpful/").status_code == 404
    as_role(client, "mechanism")
    client.post(f"/en/forum/p/{answer.pk}/helpful/")
    topic.refresh_from_db()
    assert topic.helpful_answer == answer
    page = client.get(f"/en/forum/t/{topic.pk}/").content.decode()
    assert 'id="helpful-heading"' in page


def test_draft_survives_a_reload(client):
    topic = demo_topic("¿Qué herramienta")
    as_role(client, "nhri")
    client.post(f"/en/forum/t/{topic.pk}/draft/", {"body": "Half-written thought"})
    assert "Half-written thought" in client.get(f"/en/forum/t/{topic.pk}/").content.decode()
    client.post(f"/en/forum/t/{topic.pk}/reply/", {"body": "Finished thought", "language": "en"})
    assert not Draft.objects.filter(user=user("nhri"), topic=topic).exists()


def test_language_filter(client):
    as_role(client, "mechanism")
    category = Category.objects.get(slug="information-management")
    posting.create_topic(
        category,
        user("observer"),
        title="Tópico em português",
        kind="question",
        body="Olá",
        language="pt",
    )
    page = client.get("/en/forum/c/information-management/?language=pt").content.decode()
    assert "Tópico em português" in page and "¿Qué herramienta" not in page
    assert client.get("/en/forum/c/information-management/?language=xx").status_code == 200


def test_edits_keep_revisions_for_author_and_moderators(client):
    post = demo_topic("¿Qué herramienta").posts.get(position=2)
    as_role(client, "observer")
    client.post(f"/en/forum/p/{post.pk}/edit/", {"body": "Corrected text"})
    post.refresh_from_db()
    assert post.body == "Corrected text" and post.edited_at
    history = client.get(f"/en/forum/p/{post.pk}/history/").content.decode()
    assert "hoja de cálculo" in history
    assert "edited" in client.get(f"/en/forum/t/{post.topic_id}/").content.decode()
    as_role(client, "nhri")
    assert client.get(f"/en/forum/p/{post.pk}/history/").status_code == 404
    assert client.get(f"/en/forum/p/{post.pk}/edit/").status_code == 404
    as_role(client, "moderator")
    assert client.get(f"/en/forum/p/{post.pk}/history/").status_code == 200


def test_pseudonymous_topic_hides_the_organisation(client):
    topic = demo_topic("Consultas con la sociedad civil")
    cso = user("cso")
    secrets = [cso.organisation.name, cso.display_name, "CSDH", ">cso<"]
    for role in ("mechanism", "nhri", "observer", "committee"):
        as_role(client, role)
        for url in (f"/en/forum/t/{topic.pk}/", "/en/forum/c/participation/"):
            page = client.get(url).content.decode()
            for secret in secrets:
                assert secret not in page, (role, url, secret)
            assert "a civil society organisation from Paraguay" in page
    as_role(client, "moderator")
    assert cso.display_name in client.get(f"/en/forum/t/{topic.pk}/").content.decode()


def test_new_members_are_rate_limited_and_keep_their_text(client, settings):
    settings.FORUM_NEW_MEMBER_POSTS = 100
    settings.FORUM_PREMODERATE_NEW_MEMBERS = False
    Post.objects.filter(author__username="nhri").update(
        created_at=timezone.now() - datetime.timedelta(hours=1)
    )
    topic = demo_topic("¿Qué herramienta")
    as_role(client, "nhri")
    assert (
        client.post(
            f"/en/forum/t/{topic.pk}/reply/", {"body": "First", "language": "en"}
        ).status_code
        == 302
    )
    second = client.post(
        f"/en/forum/t/{topic.pk}/reply/", {"body": "Second, quickly", "language": "en"}
    )
    assert second.status_code == 429
    settings.FORUM_NEW_MEMBER_INTERVAL = 90
    assert "faster than new members may" in second.content.decode()
    assert re.search(r"again in (29|30) seconds", second.content.decode())
    slower = client.post(f"/en/forum/t/{topic.pk}/reply/", {"body": "Third", "language": "en"})
    assert slower.status_code == 429
    assert re.search(r"again in (89|90) seconds", slower.content.decode())
    assert "Second, quickly" in second.content.decode() and "Third" in slower.content.decode()
    assert Draft.objects.get(user=user("nhri"), topic=topic).body == "Third"


def test_new_members_first_posts_wait_for_a_moderator(client, settings):
    settings.FORUM_NEW_MEMBER_POSTS = 100
    settings.FORUM_NEW_MEMBER_INTERVAL = 0
    topic = demo_topic("¿Qué herramienta")
    as_role(client, "nhri")
    client.post(f"/en/forum/t/{topic.pk}/reply/", {"body": "Held reply", "language": "en"})
    post = Post.objects.get(body="Held reply")
    assert not post.approved
    assert "Held reply" in client.get(f"/en/forum/t/{topic.pk}/?page=1").content.decode()
    as_role(client, "observer")
    assert "Held reply" not in client.get(f"/en/forum/t/{topic.pk}/").content.decode()


def test_locked_topic_refuses_replies(client):
    topic = demo_topic("¿Qué herramienta")
    Topic.objects.filter(pk=topic.pk).update(locked=True)
    as_role(client, "observer")
    response = client.post(
        f"/en/forum/t/{topic.pk}/reply/", {"body": "Late", "language": "en"}, follow=True
    )
    assert "This topic is locked" in response.content.decode()
    assert not Post.objects.filter(body="Late").exists()


def test_attachments_go_through_the_pipeline_and_keep_the_audience(
    client, django_capture_on_commit_callbacks
):
    topic = demo_topic("¿Qué herramienta")  # members only
    as_role(client, "observer")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/en/forum/t/{topic.pk}/reply/",
            {
                "body": "Our manual attached.",
                "language": "es",
                "attachment": SimpleUploadedFile("manual.pdf", simple_pdf(["Manual"])),
            },
        )
    assert response.status_code == 302
    document = LibraryDocument.objects.get(is_attachment=True, title="manual.pdf")
    assert document.status == "ready"
    assert client.get(document.url).status_code == 200
    as_role(client, "cso")
    assert client.get(document.url).status_code == 404
    client.logout()
    assert client.get(document.url).status_code == 404
    as_role(client, "mechanism")
    assert "manual.pdf" not in client.get("/en/library/").content.decode()
    bad = client.post(
        f"/en/forum/t/{topic.pk}/reply/",
        {
            "body": "Bad file",
            "language": "es",
            "attachment": SimpleUploadedFile("x.pdf", b"<html><script>1</script>"),
        },
    )
    assert bad.status_code == 400
    assert not Post.objects.filter(body="Bad file").exists()


def _count(client, url: str) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_topic_page_queries_do_not_grow_with_the_topic(client):
    topic = demo_topic("¿Qué herramienta")
    as_role(client, "observer")
    url = f"/en/forum/t/{topic.pk}/"
    small = _count(client, url)
    for number in range(45):
        posting.reply(topic, user("mechanism"), body=f"Reply {number} @nhri", language="es")
    assert _count(client, url) == small
    assert _count(client, url + "?page=3") == small
    assert small <= 12


def test_category_page_queries_do_not_grow_with_topics(client):
    as_role(client, "observer")
    url = "/en/forum/c/information-management/"
    small = _count(client, url)
    category = Category.objects.get(slug="information-management")
    for number in range(25):
        posting.create_topic(
            category,
            user("nhri"),
            title=f"Topic {number}",
            kind="question",
            body="Body",
            language="en",
        )
    assert _count(client, url) == small
