"""Property-based fuzzing (hypothesis) of every form of the site: nothing answers 500.

Each page below is opened as the role that may use it; every form found in its HTML (POST and
GET, whatever its action) is then sent random values for exactly the fields it shows: empty,
short and long unicode text, a 70,000-character value, NUL bytes, numbers out of range, odd
dates, markup, lists of values, and random bytes under a random name for file inputs. Any answer
below 500 is fine (a redisplayed form, a redirect, 400, 403, 404, 429); a 500 fails.

To fuzz a new form, add the page that shows it to ``PAGES`` with the role that may use it.
Examples per form are few (``EXAMPLES``) and derandomised, so the suite stays fast and stable.
"""

from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forum.models import Post, Topic
from library.models import LibraryDocument
from network.models import Application, Organisation
from tests.roles import as_role

pytestmark = pytest.mark.django_db

EXAMPLES = 6
SKIPPED_ACTIONS = ("/logout/",)  # signing out is not a form to fuzz: it ends the session


def _topic() -> Topic:
    return Topic.objects.filter(author__username="mechanism").order_by("pk").first()


def _own_post() -> Post:
    return _topic().posts.get(position=1)


PAGES = [
    ("visitor", lambda: "/en/members/join/"),
    ("visitor", lambda: "/accounts/login/"),
    ("visitor", lambda: "/accounts/signup/"),
    ("visitor", lambda: "/accounts/password/reset/"),
    ("visitor", lambda: "/en/library/"),
    ("pending", lambda: "/accounts/profile/"),
    ("pending", lambda: f"/en/members/applications/{_application().pk}/"),
    ("mechanism", lambda: "/en/forum/c/information-management/new/"),
    ("mechanism", lambda: f"/en/forum/t/{_topic().pk}/"),
    ("mechanism", lambda: f"/en/forum/p/{_own_post().pk}/edit/"),
    ("mechanism", lambda: "/accounts/organisation/"),
    ("mechanism", lambda: f"/en/members/organisations/{_paraguay().pk}/profile/"),
    ("mechanism", lambda: "/accounts/notifications/preferences/"),
    ("mechanism", lambda: "/accounts/notifications/"),
    ("observer", lambda: f"/en/forum/p/{_own_post().pk}/flag/"),
    ("cso", lambda: "/en/library/contribute/"),
    ("cso", lambda: f"/en/library/contributions/{_contribution().pk}/edit/"),
    ("moderator", lambda: "/en/forum/moderation/"),
    ("moderator", lambda: f"/en/forum/t/{_topic().pk}/"),
    ("moderator", lambda: f"/en/forum/moderation/u/{_topic().author_id}/suspend/"),
    ("editor", lambda: f"/en/library/review/{_contribution().pk}/"),
    ("committee", lambda: f"/en/members/applications/{_application().pk}/"),
    ("committee", lambda: "/en/members/applications/"),
]


def _application() -> Application:
    return Application.objects.get(applicant__username="pending")


def _paraguay() -> Organisation:
    return Organisation.objects.get(acronym="NMIRF-PY")


def _contribution() -> LibraryDocument:
    return LibraryDocument.objects.get(symbol="DEMO/contribution-changes_requested")


class FormFinder(HTMLParser):
    """The forms of a page: action, method and the names (and kinds) of their fields."""

    def __init__(self):
        super().__init__()
        self.forms: list[dict] = []
        self._current = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "form":
            self._current = {
                "action": attributes.get("action") or "",
                "method": (attributes.get("method") or "get").lower(),
                "fields": {},
            }
            self.forms.append(self._current)
        elif tag in ("input", "textarea", "select") and self._current is not None:
            name = attributes.get("name")
            kind = attributes.get("type", tag) if tag == "input" else tag
            if name and name != "csrfmiddlewaretoken" and kind not in ("submit", "button"):
                self._current["fields"][name] = kind

    def handle_endtag(self, tag):
        if tag == "form":
            self._current = None


ODD_VALUES = [
    "",
    " ",
    "\x00",
    "A" * 70_000,
    "-1",
    "0",
    "99999999999999999999999",
    "1e309",
    "NaN",
    "2024-13-45",
    "٣٤",
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "../../etc/passwd",
    "' OR 1=1 --",
    "on",
    "public",
    "confidential",
    "es",
]
TEXT = st.one_of(
    st.sampled_from(ODD_VALUES),
    st.text(max_size=40),
    st.text(min_size=300, max_size=3000),
)
VALUE = st.one_of(TEXT, st.lists(TEXT, min_size=2, max_size=3))
UPLOAD = st.builds(
    lambda name, data: SimpleUploadedFile(name or "x", data),
    st.text(min_size=0, max_size=60).filter(lambda n: "\x00" not in n and "/" not in n),
    st.binary(max_size=4000),
)


def _forms(client: Client, url: str) -> list[dict]:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    finder = FormFinder()
    finder.feed(response.content.decode())
    forms = []
    for form in finder.forms:
        action = urljoin(url, form["action"] or url)
        if urlsplit(action).netloc or action.endswith(SKIPPED_ACTIONS):
            continue
        forms.append({**form, "action": action})
    return forms


@pytest.mark.parametrize(
    ("role", "page"), PAGES, ids=[f"{r}-{i}" for i, (r, _) in enumerate(PAGES)]
)
def test_no_form_answers_500_to_random_input(role, page):
    client = as_role(Client(HTTP_ACCEPT_LANGUAGE="en", raise_request_exception=False), role)
    url = page()
    forms = _forms(client, url)
    assert forms, f"no form on {url}"
    for form in forms:
        fields = form["fields"]
        strategies = {
            name: (UPLOAD if kind == "file" else VALUE) for name, kind in sorted(fields.items())
        }
        fuzz_one(client, form, strategies)


def fuzz_one(client: Client, form: dict, strategies: dict) -> None:
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(st.fixed_dictionaries({}, optional=strategies))
    def send(data):
        if form["method"] == "post":
            response = client.post(form["action"], data)
        else:
            plain = {k: v for k, v in data.items() if not isinstance(v, SimpleUploadedFile)}
            response = client.get(form["action"], {k: _no_nul(v) for k, v in plain.items()})
        assert response.status_code < 500, (form["action"], sorted(data), response.status_code)

    send()


def _no_nul(value):
    """Django's test client cannot put a NUL byte in a query string (browsers send %00)."""
    if isinstance(value, list):
        return [_no_nul(item) for item in value]
    return value.replace("\x00", "%00")
