"""The index follows the content: saves, deletes and audience changes after commit, a full
rebuild, and the database answering when Elasticsearch is down."""

import io

from django.core.management import call_command

from forum.models import Post
from forum.models import Topic as ForumTopic
from search.models import SearchEntry
from tests.library.factories import make_document

from .conftest import find, titles


def test_saving_and_deleting_update_the_index_after_commit(engine, indexed):
    with indexed():
        document = make_document("Pelican review", abstract="Nothing yet.")
    assert titles(find("pelican")) == ["Pelican review"]
    with indexed():
        document.title = "Flamingo review"
        document.save()
    assert titles(find("pelican")) == []
    assert titles(find("flamingo")) == ["Flamingo review"]


def test_deleting_removes_from_the_index(engine, indexed):
    topic = ForumTopic.objects.filter(category__slug="information-management").first()
    assert topic.pk in {hit.id for hit in find(topic.title, kinds=("topic",)).hits}
    with indexed():
        topic.delete()
    assert find(topic.title, kinds=("topic", "post")).total == 0


def test_nothing_changes_before_the_commit(engine, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        make_document("Heron review")
    assert titles(find("heron")) == []
    assert callbacks  # the update waits for the commit


def test_an_audience_change_reindexes_the_item(engine, indexed):
    with indexed():
        document = make_document("Toucan review", audience="public")
    assert titles(find("toucan", "visitor")) == ["Toucan review"]
    with indexed():
        document.audience = "groups"
        document.audience_groups = "executive-committee"
        document.save()
    assert titles(find("toucan", "visitor")) == []
    assert titles(find("toucan", "mechanism")) == []
    assert titles(find("toucan", "committee")) == ["Toucan review"]


def test_unpublished_documents_leave_the_index(engine, indexed):
    with indexed():
        document = make_document("Ibis review")
    with indexed():
        document.review_status = document.Review.DECLINED
        document.save()
    assert find("ibis").total == 0


def test_hidden_forum_posts_and_moved_topics_follow(engine, indexed):
    from forum.models import Category

    post = Post.objects.filter(position__gt=1, approved=True, hidden=False).first()
    words = " ".join(post.body.split()[:6])
    assert post.pk in {hit.id for hit in find(words, kinds=("post",)).hits}
    with indexed():
        post.hidden = True
        post.save()
    assert post.pk not in {hit.id for hit in find(words, kinds=("post",)).hits}

    reply = Post.objects.filter(position__gt=1, approved=True, hidden=False).last()
    words = " ".join(reply.body.split()[:6])
    assert reply.pk in {hit.id for hit in find(words, "mechanism", kinds=("post",)).hits}
    topic = reply.topic
    with indexed():
        topic.category = Category.objects.get(slug="executive-committee")
        topic.save()
    assert reply.pk not in {hit.id for hit in find(words, "mechanism", kinds=("post",)).hits}
    assert reply.pk in {hit.id for hit in find(words, "committee", kinds=("post",)).hits}


def test_rebuild_command_streams_everything_with_a_progress_bar(engine):
    before = SearchEntry.objects.count()
    SearchEntry.objects.all().delete()
    out = io.StringIO()
    call_command("search_index", "--rebuild", stdout=out)
    assert SearchEntry.objects.count() == before
    assert "[" in out.getvalue() and "Indexed" in out.getvalue()
    assert "Asunción" in " ".join(titles(find("asuncion")))


def test_rebuild_keeps_batches_small(engine, monkeypatch):
    from search import indexing

    sizes = []
    original = indexing.project

    def counting(projection, objects):
        sizes.append(len(objects))
        return original(projection, objects)

    monkeypatch.setattr(indexing, "BATCH", 3)
    monkeypatch.setattr(indexing, "project", counting)
    indexing.rebuild(elastic=False)
    assert sizes and max(sizes) <= 3


def test_unreachable_elasticsearch_falls_back_to_the_database(db, settings, client):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens on the discard port
    settings.ELASTICSEARCH_OPTIONS = {"request_timeout": 0.5}
    response = client.get("/en/search/", {"q": "asuncion"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "The search service is unavailable" in page
    assert "<mark>Asunción</mark>" in page
    suggestions = client.get("/en/search/suggest/", {"q": "asunc"})
    assert suggestions.status_code == 200 and suggestions.json()["suggestions"]


def test_saving_while_elasticsearch_is_down_still_updates_the_database(db, settings, indexed):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    settings.ELASTICSEARCH_OPTIONS = {"request_timeout": 0.5}
    with indexed():
        make_document("Condor review")
    assert SearchEntry.objects.filter(title="Condor review").exists()
    settings.ELASTICSEARCH_URL = ""
    assert titles(find("condor")) == ["Condor review"]


def test_an_ended_embargo_is_indexed_by_the_daily_command(engine, indexed):
    import datetime

    from django.utils import timezone

    from library.models import LibraryDocument

    with indexed():
        document = make_document(
            "Cormorant census", embargo_until=timezone.now() + datetime.timedelta(hours=1)
        )
    assert titles(find("cormorant")) == []
    # The hour passes: nothing is saved, so nothing tells the index.
    ended = timezone.now() - datetime.timedelta(minutes=1)
    LibraryDocument.objects.filter(pk=document.pk).update(embargo_until=ended)
    assert titles(find("cormorant")) == []
    out = io.StringIO()
    call_command("search_index", "--due", stdout=out)
    assert titles(find("cormorant")) == ["Cormorant census"]
    assert "Indexed 1 items due." in out.getvalue()
