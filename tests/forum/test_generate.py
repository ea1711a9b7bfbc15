"""``manage.py generate_forum_data``: exact counts, contiguous positions, counters right."""

import io
import re
from collections import defaultdict

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count, Max, Sum

from forum.management.forumdata import CATEGORY_PREFIX, USER_PREFIX, ForumData, render_fallback
from forum.models import Category, Post, Topic
from network import access
from network.models import User

pytestmark = pytest.mark.django_db


def generate(**options) -> str:
    out = io.StringIO()
    call_command("generate_forum_data", stdout=out, stderr=io.StringIO(), **options)
    return out.getvalue()


def assert_counters_right() -> None:
    """Every generated topic's and category's counter equals what a recount gives."""
    generated = Category.objects.filter(slug__startswith=CATEGORY_PREFIX)
    posts = defaultdict(list)
    for topic_id, position, author_id, pk, created_at in Post.objects.filter(
        topic__category__in=generated
    ).values_list("topic_id", "position", "author_id", "pk", "created_at"):
        posts[topic_id].append((position, author_id, pk, created_at))
    assert posts
    for topic in Topic.objects.filter(category__in=generated):
        rows = sorted(posts[topic.pk])
        assert [row[0] for row in rows] == list(range(1, len(rows) + 1)), topic.pk
        assert topic.post_count == len(rows)
        assert topic.participant_count == len({row[1] for row in rows})
        assert topic.last_post_id == rows[-1][2]
        assert topic.last_activity_at == rows[-1][3]
        assert topic.created_at == rows[0][3]
        assert topic.author_id == rows[0][1]
        if topic.helpful_answer_id is not None:
            assert topic.helpful_answer_id == rows[1][2]  # a reply, in the same topic
    for category in generated.annotate(
        n_topics=Count("topics"),
        n_posts=Sum("topics__post_count"),
        last=Max("topics__last_activity_at"),
    ):
        assert category.topic_count == category.n_topics, category.slug
        assert category.post_count == (category.n_posts or 0), category.slug
        assert category.last_activity_at == category.last, category.slug


def test_small_run_has_exact_counts_and_right_counters():
    topics_before, posts_before = Topic.objects.count(), Post.objects.count()
    output = generate(topics=30, posts=200, users=10, big_topic=50, seed=7)

    assert Topic.objects.count() - topics_before == 31  # 30 + the big topic
    assert Post.objects.count() - posts_before == 200 + 51  # the big topic: opening + 50 replies
    assert "topics 30/30  posts 200/200" in output
    assert "Done in" in output and "31 topics, 251 posts, 10 new users" in output
    assert_counters_right()

    big = Topic.objects.get(pk=re.search(r"big topic #(\d+) with 50 replies", output)[1])
    assert big.post_count == 51
    assert big.reply_count == 50 and big.category.audience == "members"
    assert 1 < big.participant_count <= 10


def test_generated_people_places_and_text_are_varied_and_safe():
    generate(topics=40, posts=160, users=10, categories=8, seed=3)

    users = User.objects.filter(username__startswith=USER_PREFIX)
    assert users.count() == 10
    for user in users.select_related("organisation"):
        assert user.is_demo and not user.has_usable_password()
        assert user.organisation.is_demo and user.organisation.is_admitted

    categories = Category.objects.filter(slug__startswith=CATEGORY_PREFIX)
    assert categories.count() == 8
    audiences = sorted((c.audience, c.audience_types) for c in categories)
    assert audiences == [("members", "")] * 6 + [("types", "cso,state"), ("types", "state")]
    civil_society = categories.get(audience_types="cso,state")
    assert civil_society.pseudonymous_allowed
    assert " type:cso " in civil_society.audience_keys
    assert all(c.name_en and c.name_ar and c.name_es for c in categories)

    topics = Topic.objects.filter(category__in=categories)
    assert len({t.language for t in topics}) >= 3
    assert len({t.kind for t in topics}) >= 2
    # Authors can see where they wrote: no civil-society author in an all-members category.
    for post in Post.objects.filter(topic__in=topics).select_related(
        "author__organisation", "topic__category"
    )[:200]:
        assert access.can_see(post.author, post.topic.category), post.pk
        assert post.body and post.body_html.startswith("<")
        assert "<script" not in post.body_html


def test_append_adds_and_keeps_counters_right():
    generate(topics=3, posts=1_005, users=3, categories=2)
    with pytest.raises(CommandError, match="--append"):
        generate(topics=1, posts=1, users=3, categories=2)
    generate(topics=5, posts=9, users=4, categories=3, append=True, seed=2)

    assert User.objects.filter(username__startswith=USER_PREFIX).count() == 4
    assert Category.objects.filter(slug__startswith=CATEGORY_PREFIX).count() == 3
    assert Post.objects.filter(topic__category__slug__startswith=CATEGORY_PREFIX).count() == 1_014
    assert_counters_right()


def test_bad_arguments_are_refused():
    with pytest.raises(CommandError, match="at least --topics"):
        generate(topics=10, posts=5)
    assert not Topic.objects.filter(category__slug__startswith=CATEGORY_PREFIX).exists()


def test_one_topic_with_exact_replies_for_the_benchmarks():
    data = ForumData(seed=5)
    authors = data.users(6)
    (category,) = data.categories(1)
    topic = data.topic(category, replies=20, authors=authors)
    data.finish()

    assert topic.post_count == 21 and topic.last_post.position == 21
    category.refresh_from_db()
    assert (category.topic_count, category.post_count) == (1, 21)
    assert render_fallback("a <b>\n\nb") == "<p>a &lt;b&gt;</p><p>b</p>"
