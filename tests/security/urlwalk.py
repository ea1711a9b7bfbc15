"""Walking the project's URL resolver, filling each pattern with real ids from the demo data,
and sorting an answer into an outcome class (see tests/security/test_url_matrix.py)."""

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.apps import apps
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern
from django.utils import translation

LANGUAGE = "en"


@dataclass(frozen=True)
class Route:
    """One URL pattern of the project, as the resolver holds it."""

    route: str  # the full route, language prefix as "<lang>/"
    name: str | None  # qualified with its namespaces ("forum:topic"), None when unnamed
    arguments: tuple[str, ...] = field(default=())

    @property
    def key(self) -> str:
        """What the expectation table matches: the qualified name, else ``route:<route>``."""
        return self.name or f"route:{self.route}"


def _pattern_text(pattern) -> str:
    if isinstance(pattern, LocalePrefixPattern):
        return "<lang>/"
    return str(pattern)


def _arguments(pattern) -> tuple[str, ...]:
    if isinstance(pattern, RoutePattern):
        return tuple(pattern.converters)
    if isinstance(pattern, RegexPattern):
        return tuple(pattern.regex.groupindex)
    return ()


def walk(patterns=None, prefix: str = "", namespace: str = "", arguments=()) -> Iterator[Route]:
    """Every URL pattern reachable from the root URLconf (include()s and i18n prefixes too)."""
    if patterns is None:
        patterns = get_resolver().url_patterns
    for entry in patterns:
        text = prefix + _pattern_text(entry.pattern)
        found = (*arguments, *_arguments(entry.pattern))
        if isinstance(entry, URLResolver):
            inner = namespace
            if entry.namespace:
                inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            yield from walk(entry.url_patterns, text, inner, found)
        elif isinstance(entry, URLPattern):
            name = entry.name and (f"{namespace}:{entry.name}" if namespace else entry.name)
            yield Route(text, name, found)


# Outcome classes ---------------------------------------------------------------------------------

OK = "ok"  # 200
LOGIN = "login"  # a redirect to the sign-in page
REDIRECT = "redirect"  # a redirect anywhere else
ADMIN_DENIED = "admin-denied"  # Wagtail's refusal of a signed-in user: back to the admin home


def classify(response) -> str:
    """An answer's outcome class: ``ok``, ``login``, ``redirect``, ``admin-denied`` or the
    status code (``"403"``, ``"404"``, ``"405"``…)."""
    status = response.status_code
    if status == 200:
        return OK
    if status in (301, 302, 303, 307, 308):
        target = urlsplit(response["Location"]).path
        if target == reverse("account_login") or target == reverse("wagtailadmin_login"):
            return LOGIN
        if target == reverse("wagtailadmin_home"):
            return ADMIN_DENIED
        return REDIRECT
    return str(status)


# Real arguments from the demo data --------------------------------------------------------------


def _first_pk(model) -> int:
    obj = model.objects.order_by("pk").first()
    return obj.pk if obj is not None else 999_999


class Samples:
    """Real ids from the demo data, for filling URL patterns (computed once per test run)."""

    def __init__(self):
        from django.contrib.auth.models import Group
        from wagtail.images import get_image_model
        from wagtail.models import Collection, Page, Revision, Site, Task, Workflow

        from forum.models import Category, Post, Topic
        from library.models import LibraryDocument
        from network.models import Application, Notification, Organisation, User

        documents = LibraryDocument.objects
        self.document = documents.get(symbol="DEMO/declaration").pk
        # Civil society's contribution waiting for changes: its own, editable, under review.
        self.contribution = documents.get(symbol="DEMO/contribution-changes_requested").pk
        self.posts = Post.objects
        self.topic = Topic.objects.filter(author__username="mechanism").order_by("pk").first()
        self.post = self.topic.posts.get(position=1)
        self.category = self.topic.category.slug
        self.categories = Category.objects
        self.organisation = Organisation.objects.get(acronym="NMIRF-PY").pk
        self.application = Application.objects.order_by("pk").first()
        self.notification = Notification.objects.filter(recipient__username="mechanism").first()
        self.user = User.objects.get(username="cso").pk
        self.home = Site.objects.get(is_default_site=True).root_page_id
        self.page = self.home
        self.revision = (
            Revision.objects.filter(object_id=str(self.home)).order_by("-pk").first()
            or Revision.objects.order_by("pk").first()
        )
        self.image = _first_pk(get_image_model())
        self.group = _first_pk(Group)
        self.site = _first_pk(Site)
        self.collection = _first_pk(Collection)
        self.workflow = _first_pk(Workflow)
        self.task = _first_pk(Task)
        self.page_model = Page.objects.get(pk=self.home).specific_class._meta
        self.pages = Page.objects

    def pk_for(self, name: str) -> int | str:
        """The ``pk`` of a pattern, by the namespace it lives in."""
        namespace = name.rsplit(":", 1)[0]
        snippet = re.match(r"wagtailsnippet(?:s|choosers)_([a-z_]+?)_([a-z]+)$", namespace)
        if snippet:
            return _first_pk(apps.get_model(snippet[1], snippet[2]))
        by_namespace = {
            "members": self.organisation,
            "library": self.document,
            "forum": self.post.pk,
            "network": self.notification.pk if self.notification else 999_999,
            "wagtailusers_users": self.user,
            "wagtailusers_groups": self.group,
            "wagtailsites": self.site,
            "wagtailadmin_collections": self.collection,
            "wagtailadmin_workflows": self.workflow,
            "wagtailadmin_api:pages": self.home,
            "wagtailadmin_api:documents": self.document,
            "wagtailadmin_api:images": self.image,
            "wagtailadmin_pages": self.home,
        }
        if name in ("members:application", "members:letter"):
            return self.application.pk
        if name in ("library:edit_contribution", "library:review_document", "library:status"):
            return self.contribution
        if name.startswith("forum:") and ("/t/" in name or name.endswith(("topic", "_topic"))):
            return self.topic.pk
        if name == "forum:suspend":
            return self.user
        if name.startswith("wagtailadmin_workflows:") and "task" in name:
            return self.task
        return by_namespace.get(namespace, 999_999)

    def kwargs(self, route: Route) -> dict:
        name = route.name or ""
        values = {}
        for argument in route.arguments:
            values[argument] = self.value(name, route.route, argument)
        return values

    def value(self, name: str, route: str, argument: str):
        forum_topic = name in {
            "forum:topic",
            "forum:first_unread",
            "forum:reply",
            "forum:draft",
            "forum:watch_topic",
            "forum:moderate_topic",
        }
        fixed = {
            "pk": self.topic.pk if forum_topic else None,
            "slug": self.category,
            "page_id": self.page,
            "parent_page_id": self.home,
            "page_to_move_id": self.page,
            "destination_id": self.home,
            "revision_id": self.revision.pk if self.revision else 999_999,
            "revision_id_a": "earliest",
            "revision_id_b": "latest",
            "image_id": self.image,
            "document_id": self.document,
            "doc_id": self.document,
            "document_filename": "declaration.pdf",
            "content_type_app_name": self.page_model.app_label,
            "content_type_model_name": self.page_model.model_name,
            "app_label": self.page_model.app_label,
            "model_name": self.page_model.model_name,
            "filter_spec": "original",
            "action_name": "approve",
            "token": "not-a-valid-token",
            "key": "not-a-valid-key",
            "uidb36": "0",
            "path": "original_images/missing.png",
            "page_view_restriction_id": 999_999,
        }
        if name == "admin:app_list" and argument == "app_label":
            return "network"
        if argument == "pk" and not forum_topic:
            return self.pk_for(name)
        if argument in fixed:
            return fixed[argument]
        return 999_999  # an id with no object behind it: the answer must still be clean


# Building the URLs -------------------------------------------------------------------------------

UNNAMED_SAMPLES = {
    # Unnamed patterns cannot be reversed: one sample path each.
    "route:^media/(?P<path>(?:original_images|images)/.*)$": "/media/original_images/none.png",
    "route:admin/test404/": "/admin/test404/",
    "route:admin/^.*/$": "/admin/no-such-area/",
    "route:django-admin/(?P<url>.*)$": "/django-admin/no-such-area/",
}


def url_for(route: Route, samples: Samples) -> str:
    """A concrete URL of ``route`` filled with demo ids, in English."""
    if route.key in UNNAMED_SAMPLES:
        return UNNAMED_SAMPLES[route.key]
    if route.name is None:
        # Django admin's unnamed "<path:object_id>/" redirects: a real first id.
        return "/" + route.route.replace("<path:object_id>", "1")
    with translation.override(LANGUAGE):
        return reverse(route.name, kwargs=samples.kwargs(route))


def page_urls() -> list[tuple[str, str]]:
    """Every live Wagtail page (the page tree), in English: (url, kind), the kind being
    "restricted" (a view restriction), "members" (an audience without the public, as on
    members-only good practices) or "" (public)."""
    from wagtail.models import Page, PageViewRestriction

    restricted_paths = [r.page.path for r in PageViewRestriction.objects.select_related("page")]
    urls = []
    with translation.override(LANGUAGE):
        for page in Page.objects.live().filter(depth__gt=1).specific():
            url = page.get_url()
            if url:
                restricted = any(page.path.startswith(path) for path in restricted_paths)
                public = " public " in getattr(page, "audience_keys", " public ")
                kind = "restricted" if restricted else "" if public else "members"
                urls.append((url, kind))
    return urls
