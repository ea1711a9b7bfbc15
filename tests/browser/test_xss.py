"""Issue 8, "script never runs": the XSS corpus entered everywhere members type text, every page
that shows it opened in Chromium, and no script of theirs may run.

A vector "runs" when the page opens a dialog (the payloads call alert, confirm or prompt, in any
frame), or when the page holds something that would run later: an element that executes or frames
content, an ``on…`` attribute, or a javascript:/vbscript:/data: URL where a URL is followed. The
pages are opened with the Content-Security-Policy bypassed, so it is the escaping and sanitising
that is tested, not the policy that would hide a failure.
"""

from urllib.parse import quote

import pytest
from django.test.utils import override_settings

from forum import posting
from forum.models import Category, Topic
from network.models import Audience, Organisation, User
from tests.library.factories import make_document
from tests.xss_vectors import XSS_VECTORS

# What a page of ours may contain; anything else in it came from a vector.
DANGER = """() => {
    const found = [];
    const own = (el) => el.tagName === "SCRIPT" && el.src
        && new URL(el.src).origin === location.origin && !el.textContent.trim();
    const active = "script, iframe, frame, object, embed, base, applet, meta[http-equiv], math";
    for (const el of document.querySelectorAll(active)) {
        if (!own(el)) found.push(el.outerHTML.slice(0, 120));
    }
    const followed = ["href", "src", "action", "formaction", "xlink:href", "srcdoc", "data"];
    for (const el of document.querySelectorAll("*")) {
        for (const attr of el.attributes) {
            const name = attr.name.toLowerCase();
            const value = attr.value.replace(/[\\u0000-\\u0020]/g, "").toLowerCase();
            if (name.startsWith("on")) found.push(`${el.tagName} ${name}`);
            if (followed.includes(name) && /^(javascript|vbscript|data):/.test(value)
                && !/^data:image\\/(png|jpeg|gif|webp);/.test(value)) {
                found.push(`${el.tagName} ${name}=${attr.value.slice(0, 60)}`);
            }
        }
    }
    return found;
}"""


def stored(vector: str, length: int | None = None) -> str:
    """The vector as a form would store it: Django forms refuse NUL characters (and PostgreSQL
    cannot store them), and fields have a maximum length."""
    value = vector.replace("\x00", "")
    return value[:length] if length else value


@pytest.fixture(scope="module")
def corpus(django_db_blocker):
    """For each vector: a member whose display name it is, an organisation named with it, a topic
    titled with it whose first post is it, a public document whose metadata and file name it is."""
    with django_db_blocker.unblock(), override_settings(FORUM_NEW_MEMBER_POSTS=0):
        mechanism = User.objects.get(username="mechanism")
        category = Category.objects.create(
            name="XSS corpus", slug="xss-corpus", audience=Audience.MEMBERS
        )
        users, organisations, topics, documents = [], [], [], []
        for number, vector in enumerate(XSS_VECTORS):
            user = User.objects.create(
                username=f"xss-{number}",
                display_name=stored(vector, 150),
                organisation=mechanism.organisation,
            )
            organisation = Organisation.objects.create(
                name=stored(vector, 255),
                kind=Organisation.Kind.CSO,
                country="PY",
                status=mechanism.organisation.status,
            )
            topic = posting.create_topic(
                category,
                user,
                title=stored(vector, 200),
                kind=Topic.Kind.QUESTION,
                body=stored(vector),
                language="en",
            )
            document = make_document(
                stored(vector, 255),
                abstract=stored(vector),
                symbol=stored(vector, 200),
                original_filename=stored(vector, 255),
                organisations=[organisation],
            )
            users.append(user)
            organisations.append(organisation)
            topics.append(topic)
            documents.append(document)
    yield {"category": category, "topics": topics, "documents": documents}
    with django_db_blocker.unblock():
        category.delete()
        for document in documents:
            document.delete()
        for organisation in organisations:
            organisation.delete()
        for user in users:
            user.delete()


@pytest.fixture
def watched(open_context):
    """A function that opens a path as ``role`` and returns what ran or could run there."""
    pages = {}

    def _open(path: str, role: str = "visitor") -> list[str]:
        if role not in pages:
            page = open_context(role, "en").new_page()
            page.dialogs = []

            def on_dialog(dialog, page=page):
                page.dialogs.append(f"{dialog.type}: {dialog.message}")
                dialog.dismiss()

            page.on("dialog", on_dialog)
            pages[role] = page
        page = pages[role]
        response = page.goto(path, wait_until="load")
        assert response.status == 200, f"{path}: {response.status}"
        found = [f"dialog {text}" for text in page.dialogs] + page.evaluate(DANGER)
        page.dialogs.clear()
        return [f"{path}: {item}" for item in found]

    return _open


def test_vectors_in_topics_posts_and_display_names(corpus, watched):
    found = []
    for topic in corpus["topics"]:
        found += watched(f"/en/forum/t/{topic.pk}/", "mechanism")
    pages = -(-len(corpus["topics"]) // 20)
    for number in range(1, pages + 1):
        found += watched(f"/en/forum/c/{corpus['category'].slug}/?page={number}", "mechanism")
    found += watched("/en/forum/", "mechanism")
    assert found == []


def test_vectors_in_document_metadata_file_names_and_organisation_names(corpus, watched):
    found = []
    for document in corpus["documents"]:
        found += watched(f"/en/library/{document.pk}/")
        found += watched(f"/en/members/organisations/{document.organisations.get().pk}/")
    found += watched("/en/library/?sort=newest")
    found += watched("/en/members/directory/", "mechanism")
    assert found == []


def test_vectors_as_library_search_queries(corpus, watched):
    found = []
    for vector in XSS_VECTORS:
        found += watched(f"/en/library/?q={quote(vector, safe='')}")
    assert found == []


def test_vectors_as_site_search_queries_and_in_its_snippets(corpus, watched):
    """The corpus is in the index too, so these queries also bring back its titles and bodies
    as highlighted snippets."""
    found = []
    for vector in XSS_VECTORS:
        found += watched(f"/en/search/?q={quote(vector, safe='')}", "mechanism")
    assert found == []


def test_the_detector_sees_a_script_that_runs(watched, open_context, site):
    """The checks above would notice: a page with a dialog and a handler is reported."""
    page = open_context("visitor", "en").new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.set_content('<img src="x" onerror="alert(1)"><a href="javascript:alert(2)">x</a>')
    page.wait_for_timeout(200)
    assert dialogs == ["1"]
    assert page.evaluate(DANGER) == ["IMG onerror", "A href=javascript:alert(2)"]
