"""Nobody learns of an item outside their audience from search: not from hits, snippets,
totals, facet counts or suggestions. Checked for every role, on both engines."""

import json

import pytest
from django.test import Client
from django.utils.html import strip_tags

from forum.models import Topic
from network import access
from tests.library.factories import make_document
from tests.roles import ROLES, as_role, person

from .conftest import find

# Each document has its own secret word in its body, and its own country.
AUDIENCES = {
    "public": ({"audience": "public"}, "alfaword", "UY"),
    "members": ({"audience": "members"}, "bravoword", "CL"),
    "nhri": ({"audience": "types", "audience_types": "nhri"}, "charlieword", "AR"),
    "committee": (
        {"audience": "groups", "audience_groups": "executive-committee"},
        "deltaword",
        "NZ",
    ),
    "confidential": ({"audience": "confidential"}, "echoword", "FJ"),
}


@pytest.fixture
def restricted(engine, indexed):
    mechanism = person("mechanism").organisation
    with indexed():
        return {
            name: make_document(
                f"Quetzal report for {name}",
                abstract=f"Quetzal findings: {secret}.",
                countries=(country,),
                contributor_organisation=mechanism if name == "confidential" else None,
                **fields,
            )
            for name, (fields, secret, country) in AUDIENCES.items()
        }


@pytest.mark.parametrize("role", ROLES)
def test_search_shows_only_what_the_role_may_see(restricted, role):
    user = person(role)
    expected = {name for name, document in restricted.items() if access.can_see(user, document)}
    assert ("public" in expected) and (role == "admin") == (len(expected) == len(AUDIENCES))

    results = find("quetzal", role, kinds=("document",))
    shown = {strip_tags(hit.title).removeprefix("Quetzal report for ") for hit in results.hits}
    assert shown == expected
    assert results.total == len(expected)
    kinds = {value.value: value.count for value in results.facets["kind"]}
    assert kinds == {"document": len(expected)}
    countries = {value.value for value in results.facets["country"]}
    assert countries == {AUDIENCES[name][2] for name in expected}
    text = " ".join(str(hit.snippet) for hit in results.hits)
    for name, (_fields, secret, _country) in AUDIENCES.items():
        assert (secret in text) == (name in expected)


@pytest.mark.parametrize("role", ROLES)
def test_search_page_and_suggestions_do_not_leak(restricted, role):
    user = person(role)
    client = as_role(Client(HTTP_ACCEPT_LANGUAGE="en"), role)
    page = client.get("/en/search/", {"q": "quetzal"}).content.decode()
    for name, (_fields, secret, _country) in AUDIENCES.items():
        visible = access.can_see(user, restricted[name])
        assert (secret in page) == visible, name
        assert (f"</mark> report for {name}<" in page) == visible, name
    suggested = json.loads(client.get("/en/search/suggest/", {"q": "quetz"}).content)
    labels = {item["label"] for item in suggested["suggestions"]}
    assert labels == {
        f"Quetzal report for {name}"
        for name, document in restricted.items()
        if access.can_see(user, document)
    }
    # Countries are suggested only from what the user may see: New Zealand is only on the
    # committee's document here.
    zealand = json.loads(client.get("/en/search/suggest/", {"q": "new zea"}).content)
    assert bool(zealand["suggestions"]) == access.can_see(user, restricted["committee"])


@pytest.mark.parametrize("role", ROLES)
def test_committee_forum_topic_is_found_only_by_the_committee(engine, role):
    topic = Topic.objects.filter(category__slug="executive-committee").first()
    user = person(role)
    results = find(topic.title, role, kinds=("topic",))
    found = topic.pk in {hit.id for hit in results.hits}
    assert found == (access.is_admin(user) or access.is_committee(user))


def test_public_forum_category_is_indexed_for_forum_users_only(engine, indexed):
    from forum.models import Category

    category = Category.objects.get(slug="information-management")
    with indexed():
        category.audience = "public"
        category.save()
    topic = category.topics.first()
    assert topic.pk in {hit.id for hit in find(topic.title, "mechanism", kinds=("topic",)).hits}
    assert topic.pk in {hit.id for hit in find(topic.title, "cso", kinds=("topic",)).hits}
    for role in ("visitor", "pending"):
        assert find(topic.title, role, kinds=("topic",)).total == 0
