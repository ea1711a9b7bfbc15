"""The topic page's posts are cached fragments: what each reader sees must still be current and
their own (reactions, authorship, hiding, pseudonyms), and its buttons must still work."""

import re

import pytest
from django.test import Client

from forum import moderation, posting
from forum.models import Topic
from network.models import User
from tests.roles import as_role

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _experienced_members(settings):
    settings.FORUM_NEW_MEMBER_POSTS = 0


def user(name: str) -> User:
    return User.objects.get(username=name)


def page_of(client, topic: Topic) -> str:
    response = client.get(f"/en/forum/t/{topic.pk}/")
    assert response.status_code == 200
    return response.content.decode()


def post_block(page: str, position: int) -> str:
    """The HTML of the post at ``position`` on a topic page."""
    match = re.search(rf'<li id="p{position}" .*?</li>', page, re.S)
    assert match, f"post {position} is not on the page"
    return match.group(0)


def useful_button(block: str) -> str:
    return re.search(r'<button[^>]*value="useful"[^>]*>.*?</button>', block, re.S).group(0)


@pytest.fixture
def topic() -> Topic:
    return Topic.objects.get(title__startswith="¿Qué herramienta")


def test_buttons_submit_the_pages_one_form_with_its_csrf_token(topic):
    client = Client(enforce_csrf_checks=True)
    as_role(client, "nhri")
    page = page_of(client, topic)
    form = re.search(r'<form id="post-actions" method="post" hidden>(.*?)</form>', page, re.S)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.group(1)).group(1)
    first = topic.posts.get(position=1)
    button = useful_button(post_block(page, 1))
    assert 'form="post-actions"' in button
    action = re.search(r'formaction="([^"]+)"', button).group(1)
    assert action == f"/en/forum/p/{first.pk}/react/"
    # What the browser sends when the button is pressed: the shared form's token, the button's
    # name and value, to the button's formaction.
    response = client.post(action, {"csrfmiddlewaretoken": token, "kind": "useful"})
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.reaction_counts == {"useful": 1}


def test_each_reader_sees_current_counts_and_only_their_own_choices(client, topic):
    as_role(client, "observer")
    assert 'class="count"' not in useful_button(post_block(page_of(client, topic), 1))
    as_role(client, "nhri")
    client.post(f"/en/forum/p/{topic.posts.get(position=1).pk}/react/", {"kind": "useful"})
    mine = useful_button(post_block(page_of(client, topic), 1))
    assert 'aria-pressed="true"' in mine and '<span class="count">1</span>' in mine
    as_role(client, "observer")
    theirs = useful_button(post_block(page_of(client, topic), 1))
    assert 'aria-pressed="false"' in theirs and '<span class="count">1</span>' in theirs


def test_edits_and_hiding_show_at_once(client, topic):
    post = topic.posts.get(position=2)
    as_role(client, "observer")
    page_of(client, topic)  # the fragments are now cached
    posting.edit_post(post, post.author, "A corrected account of the spreadsheet")
    block = post_block(page_of(client, topic), 2)
    assert "A corrected account" in block and ">edited</a>" in block
    moderation.hide_post(post, user("moderator"), "Off topic")
    as_role(client, "nhri")
    assert "A corrected account" not in page_of(client, topic)
    as_role(client, post.author.username)
    block = post_block(page_of(client, topic), 2)
    assert "Hidden by the moderators. Off topic" in block


def test_authors_see_their_own_edit_link_and_others_do_not(client, topic):
    post = topic.posts.get(position=2)
    edit = f'href="/en/forum/p/{post.pk}/edit/"'
    as_role(client, "nhri")
    assert edit not in post_block(page_of(client, topic), 2)
    as_role(client, post.author.username)
    assert edit in post_block(page_of(client, topic), 2)


def test_a_pseudonym_cached_for_members_is_not_what_moderators_get_and_back(client):
    topic = Topic.objects.get(title__startswith="Consultas con la sociedad civil")
    real_name = user("cso").display_name
    for role, sees_name in (("mechanism", False), ("moderator", True), ("nhri", False)):
        as_role(client, role)
        block = post_block(page_of(client, topic), 1)
        assert (real_name in block) is sees_name, role
        if not sees_name:
            assert "a civil society organisation from Paraguay" in block


def reply_box(page: str) -> str:
    return re.search(r'<section id="reply".*?</section>', page, re.S).group(0)


def test_each_reader_gets_their_own_reply_box(client):
    """The reply box's fields are cached too: a draft, the default language and the offer to
    post pseudonymously must still be the reader's own."""
    topic = Topic.objects.get(title__startswith="Consultas con la sociedad civil")
    User.objects.filter(username__in=["mechanism", "observer"]).update(preferred_language="fr")
    User.objects.filter(username="cso").update(preferred_language="pt")
    User.objects.filter(username="nhri").update(preferred_language="es")
    as_role(client, "mechanism")
    client.post(f"/en/forum/t/{topic.pk}/draft/", {"body": "The mechanism's half-written reply"})
    box = reply_box(page_of(client, topic))
    assert "The mechanism&#x27;s half-written reply" in box
    assert '<option value="fr" selected>' in box
    assert 'name="pseudonymous"' not in box

    as_role(client, "observer")  # the same form, but no draft
    box = reply_box(page_of(client, topic))
    assert "half-written" not in box
    assert '<option value="fr" selected>' in box

    as_role(client, "nhri")  # the same form, another language
    assert '<option value="es" selected>' in reply_box(page_of(client, topic))

    as_role(client, "cso")  # civil society, in a category that allows pseudonyms
    box = reply_box(page_of(client, topic))
    assert '<option value="pt" selected>' in box
    assert 'name="pseudonymous"' in box

    as_role(client, "mechanism")
    assert "The mechanism&#x27;s half-written reply" in reply_box(page_of(client, topic))


def test_the_reply_box_speaks_the_page_language(client):
    topic = Topic.objects.get(title__startswith="Consultas con la sociedad civil")
    as_role(client, "mechanism")
    assert "Language of your message" in reply_box(page_of(client, topic))
    page = client.get(f"/es/forum/t/{topic.pk}/").content.decode()
    assert "Language of your message" not in reply_box(page)


def test_the_helpful_answer_shows_under_the_question_until_hidden(client):
    topic = Topic.objects.get(title__startswith="¿Qué herramienta")  # answered in the demo
    answer = topic.helpful_answer
    as_role(client, "observer")
    aside = re.search(r'<aside class="helpful".*?</aside>', page_of(client, topic), re.S)
    assert aside and answer.body_html in aside.group(0)
    assert str(answer.author) in aside.group(0)
    moderation.hide_post(answer, user("moderator"), "Off topic")
    assert '<aside class="helpful"' not in page_of(client, topic)
