"""Forum moderation: pre-moderation, flags, the queue, hiding, locking, pinning, moving,
suspensions, the audit log, and who may do any of it (moderators; everyone else gets 404)."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from forum import moderation, posting
from forum.models import Category, Flag, ModerationLog, Post, Subscription, Suspension, Topic
from forum.queries import visible_posts, visible_topics
from network.models import Notification, User
from tests.roles import as_role

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_inboxes():
    """The demo discussions raise notifications of their own; these tests start from none."""
    from network.models import Notification

    Notification.objects.all().delete()


Action = ModerationLog.Action


@pytest.fixture(autouse=True)
def forum_settings(settings):
    """No pre-moderation of new members and no rate limit unless a test asks for them."""
    settings.FORUM_NEW_MEMBER_POSTS = 0
    settings.FORUM_NEW_MEMBER_INTERVAL = 0


def person(username: str) -> User:
    return User.objects.get(username=username)


def make_category(slug: str = "general", **fields) -> Category:
    fields.setdefault("audience", "members")
    name = slug.replace("-", " ").title()
    return Category.objects.create(name=name, slug=f"test-moderation-{slug}", **fields)


def make_topic(
    category: Category,
    author: str = "mechanism",
    *,
    title: str = "Tracking tools",
    body: str = "How do you track recommendations?",
    **extra,
) -> Topic:
    return posting.create_topic(
        category, person(author), title=title, kind="question", body=body, language="es", **extra
    )


def make_reply(
    topic: Topic, author: str = "observer", body: str = "We use a spreadsheet.", **extra
) -> Post:
    return posting.reply(topic, person(author), body=body, language="es", **extra)


def opening(topic: Topic) -> Post:
    return Post.objects.get(topic=topic, position=1)


def fresh(obj):
    obj.refresh_from_db()
    return obj


def message_texts(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def logged(action: str) -> ModerationLog:
    return ModerationLog.objects.get(action=action)


# Pre-moderation and approval


def test_pre_moderated_topic_is_seen_only_by_its_author_until_approved(
    django_capture_on_commit_callbacks,
):
    category = make_category(pre_moderated=True)
    topic = make_topic(category)
    post = opening(topic)
    assert not topic.approved and not post.approved
    mechanism, observer, moderator = person("mechanism"), person("observer"), person("moderator")

    assert post not in visible_posts(observer)
    assert topic not in visible_topics(observer)
    assert post in visible_posts(mechanism) and topic in visible_topics(mechanism)
    assert post in visible_posts(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        assert moderation.approve_post(post, moderator) is True

    topic = fresh(topic)
    assert fresh(post).approved and topic.approved
    assert topic.last_post_id == post.pk
    assert post in visible_posts(observer) and topic in visible_topics(observer)
    entry = logged(Action.APPROVE)
    assert (entry.moderator, entry.post, entry.topic, entry.target_user) == (
        moderator,
        post,
        topic,
        mechanism,
    )
    # Approving again changes nothing and logs nothing.
    assert moderation.approve_post(post, moderator) is False
    assert ModerationLog.objects.count() == 1


def test_new_members_replies_wait_and_approval_moves_the_topic_forward(
    settings, django_capture_on_commit_callbacks
):
    topic = make_topic(make_category())
    first = opening(topic)
    settings.FORUM_NEW_MEMBER_POSTS = 5  # everybody in the demo is a new member
    with django_capture_on_commit_callbacks(execute=True):
        held = make_reply(topic, "observer")
    assert not held.approved
    assert held not in visible_posts(person("nhri"))
    assert held in visible_posts(person("observer"))
    assert fresh(topic).last_post_id == first.pk

    with django_capture_on_commit_callbacks(execute=True):
        moderation.approve_post(held, person("moderator"))
    topic = fresh(topic)
    assert topic.last_post_id == held.pk
    assert topic.last_activity_at >= held.created_at
    assert held in visible_posts(person("nhri"))


def test_approval_notifies_the_watchers(django_capture_on_commit_callbacks):
    category = make_category(pre_moderated=True)
    topic = make_topic(category, "mechanism")
    moderator = person("moderator")
    with django_capture_on_commit_callbacks(execute=True):
        moderation.approve_post(opening(topic), moderator)
    Subscription.objects.create(user=person("nhri"), category=category)

    with django_capture_on_commit_callbacks(execute=True):
        held = make_reply(topic, "observer", body="Our experience in Costa Rica.")
    assert not held.approved
    assert not Notification.objects.filter(kind="forum_replies").exists()

    with django_capture_on_commit_callbacks(execute=True):
        moderation.approve_post(held, moderator)
    told = set(
        Notification.objects.filter(kind="forum_replies").values_list(
            "recipient__username", flat=True
        )
    )
    assert told == {"mechanism", "nhri"}  # the topic's watcher and the category's


def test_approving_a_reply_in_a_held_topic_tells_no_one(django_capture_on_commit_callbacks):
    category = make_category(pre_moderated=True)
    topic = make_topic(category, "mechanism")
    Subscription.objects.create(user=person("nhri"), category=category)
    with django_capture_on_commit_callbacks(execute=True):
        held = make_reply(topic, "observer")
        moderation.approve_post(held, person("moderator"))
    assert fresh(held).approved and not fresh(topic).approved
    assert not Notification.objects.filter(kind="forum_replies").exists()


# Flags


def test_a_member_flags_a_post_once(client):
    topic = make_topic(make_category())
    post = opening(topic)
    as_role(client, "observer")
    url = reverse("forum:flag", args=[post.pk])

    response = client.post(url, {"reason": Flag.Reason.SPAM, "note": "  Advertising.  "})
    assert response.status_code == 302
    assert response["Location"] == reverse("forum:post", args=[post.pk])
    flag = Flag.objects.get(post=post)
    assert (flag.user.username, flag.reason, flag.note) == ("observer", "spam", "Advertising.")
    assert any("moderators will look" in text for text in message_texts(response))

    again = client.post(url, {"reason": Flag.Reason.OFF_TOPIC})
    assert again.status_code == 302
    assert Flag.objects.filter(post=post).count() == 1
    assert any("already flagged" in text for text in message_texts(again))


def test_a_flag_needs_a_known_reason(client):
    post = opening(make_topic(make_category()))
    as_role(client, "observer")
    response = client.post(reverse("forum:flag", args=[post.pk]), {"reason": "boring"})
    assert response.status_code == 302
    assert not Flag.objects.exists()


def test_flagging_a_post_one_cannot_see_answers_404(client):
    post = opening(make_topic(make_category()))  # "all members": not civil society
    as_role(client, "cso")
    response = client.post(reverse("forum:flag", args=[post.pk]), {"reason": Flag.Reason.SPAM})
    assert response.status_code == 404
    assert not Flag.objects.exists()


def test_flagging_a_held_post_of_someone_else_answers_404(client):
    post = opening(make_topic(make_category(pre_moderated=True)))
    as_role(client, "observer")
    response = client.post(reverse("forum:flag", args=[post.pk]), {"reason": Flag.Reason.SPAM})
    assert response.status_code == 404


# The queue


def flag(post: Post, username: str, reason: str = Flag.Reason.INAPPROPRIATE, note: str = ""):
    return Flag.objects.create(post=post, user=person(username), reason=reason, note=note)


def mine() -> set[int]:
    """The categories these tests made (the seeded and demo ones may have a queue of theirs)."""
    return set(
        Category.objects.filter(slug__startswith="test-moderation-").values_list("pk", flat=True)
    )


def test_the_queue_lists_held_and_flagged_posts_oldest_first():
    category = make_category()
    quiet = make_topic(category, title="Quiet topic")
    flagged_topic = make_topic(category, title="Flagged topic")
    flagged = opening(flagged_topic)
    flag(flagged, "observer", Flag.Reason.SPAM)
    flag(flagged, "nhri", Flag.Reason.SPAM)
    flag(flagged, "committee", Flag.Reason.SAFETY)
    held = opening(make_topic(make_category("held", pre_moderated=True), title="Held topic"))
    resolved = make_reply(quiet, "nhri")
    Flag.objects.create(
        post=resolved, user=person("observer"), reason="spam", resolved_at=timezone.now()
    )

    items = [item for item in moderation.moderation_queue() if item.topic.category_id in mine()]
    assert [item.pk for item in items] == [flagged.pk, held.pk]  # the flag came first
    first, second = items
    assert first.open_flag_count == 3
    assert first.flag_summary == [
        (str(Flag.Reason.SPAM.label), 2),
        (str(Flag.Reason.SAFETY.label), 1),
    ]
    assert second.open_flag_count == 0 and not second.approved
    assert opening(quiet).pk not in {item.pk for item in items}


def test_the_queue_takes_the_same_queries_however_long(client):
    category = make_category()
    post = opening(make_topic(category, title="One"))
    flag(post, "observer")
    as_role(client, "moderator")
    client.get(reverse("forum:moderation"))  # the menu and the unread count, cached once
    with CaptureQueriesContext(connection) as one:
        assert client.get(reverse("forum:moderation")).status_code == 200
    with CaptureQueriesContext(connection) as service_one:
        before = len(moderation.moderation_queue())
    for index in range(4):
        more = opening(make_topic(category, "nhri", title=f"More {index}"))
        flag(more, "observer")
        flag(more, "mechanism", Flag.Reason.OTHER, note="Please check")
    with CaptureQueriesContext(connection) as five:
        response = client.get(reverse("forum:moderation"))
    with CaptureQueriesContext(connection) as service_five:
        assert len(moderation.moderation_queue()) == before + 4
    assert response.status_code == 200
    assert len(service_five) == len(service_one) <= 3
    assert len(five) == len(one)


def test_moderators_see_the_person_behind_a_pseudonym(client):
    category = make_category(
        "civil-society", audience="types", audience_types="cso,state", pseudonymous_allowed=True
    )
    post = opening(make_topic(category, "cso", title="Reprisals", pseudonymous=True))
    flag(post, "mechanism")
    as_role(client, "moderator")
    page = client.get(reverse("forum:moderation")).content.decode()
    assert "Reprisals" in page
    assert str(person("cso")) in page
    assert reverse("forum:moderate_post", args=[post.pk]) in page
    assert reverse("forum:moderate_topic", args=[post.topic_id]) in page
    assert 'scope="col"' in page


# Hiding


def test_hiding_with_a_reason_tells_the_author(client):
    post = opening(make_topic(make_category(), body="Call me on +595 21 000 000."))
    flag(post, "observer")
    as_role(client, "moderator")
    response = client.post(
        reverse("forum:moderate_post", args=[post.pk]),
        {"action": "hide", "reason": "It gives a personal phone number."},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("forum:moderation")
    post = fresh(post)
    assert post.hidden and post.hidden_reason == "It gives a personal phone number."
    assert not Flag.objects.filter(post=post, resolved_at__isnull=True).exists()
    notice = Notification.objects.get(recipient__username="mechanism", kind="forum_moderation")
    assert "It gives a personal phone number." in notice.body
    assert notice.url.endswith(f"/forum/p/{post.pk}/")
    entry = logged(Action.HIDE)
    assert entry.moderator == person("moderator") and entry.post == post
    assert entry.reason == "It gives a personal phone number."
    assert post.pk not in {item.pk for item in moderation.moderation_queue()}


def test_a_hidden_post_shows_its_author_the_notice_and_others_no_text(client):
    topic = make_topic(make_category(), body="Call me on +595 21 000 000.")
    moderation.hide_post(opening(topic), person("moderator"), "A personal phone number.")
    url = reverse("forum:topic", args=[topic.pk])

    as_role(client, "mechanism")
    own = client.get(url)
    assert own.status_code == 200
    assert "A personal phone number." in own.content.decode()

    as_role(client, "observer")
    other = client.get(url)
    assert other.status_code == 200
    assert "+595 21 000 000" not in other.content.decode()
    assert "Tracking tools" in other.content.decode()


@pytest.mark.parametrize("reason", ["", "   "])
def test_hiding_without_a_reason_is_refused(client, reason):
    post = opening(make_topic(make_category()))
    as_role(client, "moderator")
    response = client.post(
        reverse("forum:moderate_post", args=[post.pk]), {"action": "hide", "reason": reason}
    )
    assert response.status_code == 302
    assert not fresh(post).hidden
    assert not ModerationLog.objects.exists()
    assert not Notification.objects.filter(kind="forum_moderation").exists()
    assert any("give a reason" in text for text in message_texts(response))
    with pytest.raises(moderation.ReasonRequired):
        moderation.hide_post(post, person("moderator"), reason)


def test_an_unknown_action_changes_nothing(client):
    topic = make_topic(make_category())
    as_role(client, "moderator")
    response = client.post(reverse("forum:moderate_topic", args=[topic.pk]), {"action": "delete"})
    assert response.status_code == 302
    assert Topic.objects.filter(pk=topic.pk).exists()
    assert not ModerationLog.objects.exists()


def test_unhide_and_dismiss_flags():
    post = opening(make_topic(make_category()))
    moderator = person("moderator")
    moderation.hide_post(post, moderator, "Off topic.")
    assert moderation.unhide_post(post, moderator) is True
    assert not fresh(post).hidden and post.hidden_reason == ""
    flag(post, "observer")
    flag(post, "nhri")
    assert moderation.dismiss_flags(post, moderator) is True
    assert not Flag.objects.filter(resolved_at__isnull=True).exists()
    assert moderation.dismiss_flags(post, moderator) is False
    assert list(ModerationLog.objects.order_by("pk").values_list("action", flat=True)) == [
        Action.HIDE,
        Action.UNHIDE,
        Action.DISMISS_FLAGS,
    ]


# Topics: lock, pin, move, hide


def test_a_locked_topic_refuses_replies(client):
    topic = make_topic(make_category())
    as_role(client, "moderator")
    response = client.post(
        reverse("forum:moderate_topic", args=[topic.pk]),
        {"action": "lock", "next": reverse("forum:topic", args=[topic.pk])},
    )
    assert response["Location"] == reverse("forum:topic", args=[topic.pk])
    assert fresh(topic).locked
    assert logged(Action.LOCK).moderator == person("moderator")

    as_role(client, "observer")
    client.post(
        reverse("forum:reply", args=[topic.pk]), {"body": "Still replying.", "language": "es"}
    )
    assert not Post.objects.filter(topic=topic, position=2).exists()
    assert fresh(topic).post_count == 1


def test_next_must_stay_on_the_site(client):
    topic = make_topic(make_category())
    as_role(client, "moderator")
    response = client.post(
        reverse("forum:moderate_topic", args=[topic.pk]),
        {"action": "pin", "next": "https://evil.example/"},
    )
    assert response["Location"] == reverse("forum:moderation")


def test_pin_and_unpin(client):
    topic = make_topic(make_category())
    as_role(client, "moderator")
    url = reverse("forum:moderate_topic", args=[topic.pk])
    client.post(url, {"action": "pin"})
    assert fresh(topic).pinned
    client.post(url, {"action": "unpin"})
    assert not fresh(topic).pinned
    assert [entry.action for entry in ModerationLog.objects.order_by("pk")] == [
        Action.PIN,
        Action.UNPIN,
    ]


def test_moving_a_topic_moves_the_counters(client):
    source, target = make_category("source"), make_category("target")
    topic = make_topic(source)
    make_reply(topic, "observer")
    make_topic(source, title="Stays")
    source, target = fresh(source), fresh(target)
    assert (source.topic_count, source.post_count) == (2, 3)
    assert (target.topic_count, target.post_count) == (0, 0)

    as_role(client, "moderator")
    client.post(
        reverse("forum:moderate_topic", args=[topic.pk]),
        {"action": "move", "category": target.slug, "reason": "Belongs there."},
    )
    assert fresh(topic).category_id == target.pk
    source, target = fresh(source), fresh(target)
    assert (source.topic_count, source.post_count) == (1, 1)
    assert (target.topic_count, target.post_count) == (1, 2)
    assert target.last_activity_at is not None
    entry = logged(Action.MOVE)
    assert entry.topic == topic and "Source → Target" in entry.reason
    assert "Belongs there." in entry.reason


def test_moving_to_an_unknown_category_changes_nothing(client):
    source = make_category("source")
    topic = make_topic(source)
    as_role(client, "moderator")
    response = client.post(
        reverse("forum:moderate_topic", args=[topic.pk]), {"action": "move", "category": "nope"}
    )
    assert response.status_code == 302
    assert fresh(topic).category_id == source.pk
    assert fresh(source).topic_count == 1
    assert not ModerationLog.objects.exists()


def test_hiding_a_topic_needs_a_reason_and_hides_it(client):
    topic = make_topic(make_category())
    as_role(client, "moderator")
    url = reverse("forum:moderate_topic", args=[topic.pk])
    client.post(url, {"action": "hide"})
    assert not fresh(topic).hidden
    client.post(url, {"action": "hide", "reason": "Duplicate of another topic."})
    assert fresh(topic).hidden
    assert topic not in visible_topics(person("observer"))
    assert topic in visible_topics(person("mechanism"))
    notice = Notification.objects.get(recipient__username="mechanism", kind="forum_moderation")
    assert "Duplicate of another topic." in notice.body
    client.post(url, {"action": "unhide"})
    assert not fresh(topic).hidden


# Suspensions


def test_suspending_a_member(client):
    nhri, moderator = person("nhri"), person("moderator")
    assert not moderation.is_suspended(nhri)
    as_role(client, "moderator")
    url = reverse("forum:suspend", args=[nhri.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert 'for="id_reason"' in page.content.decode()

    refused = client.post(url, {"days": "7"})
    assert refused.status_code == 200
    assert "error-summary" in refused.content.decode()
    neither = client.post(url, {"reason": "Insults."})
    assert neither.status_code == 200
    assert not Suspension.objects.exists()

    response = client.post(url, {"reason": "Insults after a warning.", "days": "7"})
    assert response.status_code == 302
    suspension = Suspension.objects.get(user=nhri)
    assert suspension.created_by == moderator
    expected = timezone.now() + datetime.timedelta(days=7)
    assert abs((suspension.until - expected).total_seconds()) < 60
    assert moderation.is_suspended(nhri)
    entry = logged(Action.SUSPEND)
    assert (entry.moderator, entry.target_user, entry.reason) == (
        moderator,
        nhri,
        "Insults after a warning.",
    )


def test_lifting_a_suspension_lets_the_member_write_again(client):
    nhri, moderator = person("nhri"), person("moderator")
    suspension = moderation.suspend(nhri, moderator, "Spam.", None)
    lift = reverse("forum:lift_suspension", args=[suspension.pk])
    as_role(client, "nhri")
    assert client.post(lift).status_code == 404
    as_role(client, "moderator")
    page = client.get(reverse("forum:suspend", args=[nhri.pk])).content.decode()
    assert f'action="{lift}"' in page
    assert client.get(lift).status_code == 405
    response = client.post(lift, {"reason": "Apologised."}, follow=True)
    assert "may write in the forum again" in response.content.decode()
    assert not moderation.is_suspended(nhri)
    entry = logged(Action.LIFT_SUSPENSION)
    assert (entry.moderator, entry.target_user, entry.reason) == (moderator, nhri, "Apologised.")
    again = client.post(lift, follow=True)
    assert "already lifted" in again.content.decode()
    assert ModerationLog.objects.filter(action=Action.LIFT_SUSPENSION).count() == 1
    assert client.post(reverse("forum:lift_suspension", args=[999999])).status_code == 404


def test_is_suspended_follows_until_and_lifting():
    nhri, moderator = person("nhri"), person("moderator")
    moderation.suspend(nhri, moderator, "Spam.", None)
    assert moderation.is_suspended(nhri)
    Suspension.objects.update(lifted_at=timezone.now())
    assert not moderation.is_suspended(nhri)
    moderation.suspend(nhri, moderator, "Spam.", timezone.now() - datetime.timedelta(minutes=1))
    assert not moderation.is_suspended(nhri)
    moderation.suspend(nhri, moderator, "Spam.", timezone.now() + datetime.timedelta(days=1))
    assert moderation.is_suspended(nhri)
    assert not moderation.is_suspended(person("observer"))
    with pytest.raises(moderation.ReasonRequired):
        moderation.suspend(nhri, moderator, " ", None)


def test_indefinite_suspension_through_the_form(client):
    nhri = person("nhri")
    as_role(client, "moderator")
    client.post(
        reverse("forum:suspend", args=[nhri.pk]), {"reason": "Threats.", "indefinite": "on"}
    )
    assert Suspension.objects.get(user=nhri).until is None
    assert moderation.is_suspended(nhri)


def test_moderators_cannot_suspend_themselves(client):
    moderator = person("moderator")
    as_role(client, "moderator")
    response = client.post(
        reverse("forum:suspend", args=[moderator.pk]), {"reason": "Test.", "days": "1"}
    )
    assert response.status_code == 200
    assert not Suspension.objects.exists()


# The log and who may act


def test_every_action_is_logged_with_its_moderator(client, django_capture_on_commit_callbacks):
    source, target = make_category("source"), make_category("target")
    topic = make_topic(make_category("held", pre_moderated=True))
    post = opening(topic)
    other = opening(make_topic(source, title="Other"))
    flag(other, "observer")
    as_role(client, "admin")  # administrators moderate too
    moderate_post = reverse("forum:moderate_post", args=[post.pk])
    moderate_topic = reverse("forum:moderate_topic", args=[other.topic_id])
    steps = [
        (moderate_post, {"action": "approve"}, Action.APPROVE),
        (moderate_post, {"action": "hide", "reason": "Rude."}, Action.HIDE),
        (moderate_post, {"action": "unhide"}, Action.UNHIDE),
        (
            reverse("forum:moderate_post", args=[other.pk]),
            {"action": "dismiss_flags"},
            Action.DISMISS_FLAGS,
        ),
        (moderate_topic, {"action": "lock"}, Action.LOCK),
        (moderate_topic, {"action": "unlock"}, Action.UNLOCK),
        (moderate_topic, {"action": "pin"}, Action.PIN),
        (moderate_topic, {"action": "unpin"}, Action.UNPIN),
        (moderate_topic, {"action": "move", "category": target.slug}, Action.MOVE),
        (moderate_topic, {"action": "hide", "reason": "Spam."}, Action.HIDE),
        (moderate_topic, {"action": "unhide"}, Action.UNHIDE),
        (
            reverse("forum:suspend", args=[person("cso").pk]),
            {"reason": "Spam.", "days": "3"},
            Action.SUSPEND,
        ),
    ]
    for url, data, _action in steps:
        with django_capture_on_commit_callbacks(execute=True):
            assert client.post(url, data).status_code == 302, (url, data)
    entries = list(ModerationLog.objects.order_by("pk"))
    assert [entry.action for entry in entries] == [action for _u, _d, action in steps]
    assert {entry.moderator.username for entry in entries} == {"admin"}
    assert fresh(other.topic).category_id == target.pk

    log_page = client.get(reverse("forum:moderation_log"))
    assert log_page.status_code == 200
    html = log_page.content.decode()
    assert 'scope="col"' in html and "Spam." in html and "Source → Target" in html


def test_the_log_has_pages_of_fifty(client):
    moderator = person("moderator")
    ModerationLog.objects.bulk_create(
        ModerationLog(moderator=moderator, action=Action.PIN, reason=f"entry {n}")
        for n in range(60)
    )
    as_role(client, "moderator")
    first = client.get(reverse("forum:moderation_log"))
    assert len(first.context["entries"]) == 50
    second = client.get(reverse("forum:moderation_log"), {"page": 2})
    assert len(second.context["entries"]) == 10


NOT_MODERATORS = ["visitor", "pending", "mechanism", "observer", "nhri", "cso", "editor"]


@pytest.mark.parametrize("role", NOT_MODERATORS)
def test_moderation_pages_answer_404_to_everyone_else(client, role):
    topic = make_topic(make_category())
    post = opening(topic)
    victim = person("observer")
    as_role(client, role)
    pages = [
        (reverse("forum:moderation"), {}),
        (reverse("forum:moderation_log"), {}),
        (reverse("forum:moderate_post", args=[post.pk]), {"action": "hide", "reason": "x"}),
        (reverse("forum:moderate_topic", args=[topic.pk]), {"action": "lock"}),
        (reverse("forum:suspend", args=[victim.pk]), {"reason": "x", "indefinite": "on"}),
    ]
    for url, data in pages:
        assert client.get(url).status_code == 404, url
        assert client.post(url, data).status_code == 404, url
    assert not fresh(post).hidden and not fresh(topic).locked
    assert not Suspension.objects.exists()
    assert not ModerationLog.objects.exists()


def test_moderators_may_not_get_the_action_urls(client):
    topic = make_topic(make_category())
    as_role(client, "moderator")
    assert client.get(reverse("forum:moderate_topic", args=[topic.pk])).status_code == 405
    post = opening(topic)
    assert client.get(reverse("forum:moderate_post", args=[post.pk])).status_code == 405
