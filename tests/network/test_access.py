"""The audience matrix: every role against every audience (DESIGN.md §3)."""

from types import SimpleNamespace

import pytest

from network import access, keys
from network.models import Organisation, User, WorkingGroup
from tests.roles import ROLES, person

pytestmark = pytest.mark.django_db


def item(audience: str, **kwargs) -> SimpleNamespace:
    return SimpleNamespace(audience_keys=keys.join(keys.item_keys(audience, **kwargs)))


def org_id(acronym: str) -> int:
    return Organisation.objects.get(acronym=acronym).pk


AUDIENCES = {
    "public": (lambda: item("public"), set(ROLES)),
    "members": (
        lambda: item("members"),
        {"mechanism", "observer", "nhri", "moderator", "editor", "committee", "admin"},
    ),
    "state mechanisms": (
        lambda: item("types", types=["state"]),
        {"mechanism", "observer", "committee", "moderator", "editor", "admin"},
    ),
    "NHRIs": (lambda: item("types", types=["nhri"]), {"nhri", "moderator", "editor", "admin"}),
    "civil society": (
        lambda: item("types", types=["cso"]),
        {"cso", "moderator", "editor", "admin"},
    ),
    "States and civil society": (
        lambda: item("types", types=["state", "cso"]),
        {"mechanism", "observer", "committee", "cso", "moderator", "editor", "admin"},
    ),
    "Executive Committee": (
        lambda: item("groups", groups=["executive-committee"]),
        {"committee", "admin"},
    ),
    "working group": (lambda: item("groups", groups=["reporting-tools"]), {"nhri", "admin"}),
    "confidential (CSO)": (
        lambda: item("confidential", owner_id=org_id("CSDH")),
        {"cso", "moderator", "editor", "admin"},
    ),
    "confidential (Paraguay)": (
        lambda: item("confidential", owner_id=org_id("NMIRF-PY")),
        {"mechanism", "moderator", "editor", "admin"},
    ),
}


@pytest.fixture
def working_group():
    group = WorkingGroup.objects.create(name="Reporting tools", slug="reporting-tools")
    group.members.add(User.objects.get(username="nhri"))
    return group


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("role", ROLES)
def test_audience_matrix(working_group, audience, role):
    make_item, allowed = AUDIENCES[audience]
    assert access.can_see(person(role), make_item()) is (role in allowed)


def test_pending_and_suspended_hold_only_the_public_key():
    assert access.user_keys(User.objects.get(username="pending")) == {"public"}
    mechanism = User.objects.get(username="mechanism")
    Organisation.objects.filter(pk=mechanism.organisation_id).update(status="suspended")
    mechanism = User.objects.get(username="mechanism")
    assert access.user_keys(mechanism) == {"public"}
    assert mechanism.is_pending


def test_visible_filters_a_queryset_by_keys():
    # Organisation names stand in for stored keys: the filter is a plain whole-key match.
    Organisation.objects.create(name=" members ", kind="state")
    Organisation.objects.create(name=" secretariat ", kind="state")
    Organisation.objects.create(name=" type:cso ", kind="state")
    queryset = Organisation.objects.filter(name__startswith=" ")

    def names(role):
        return sorted(o.name.strip() for o in access.visible(queryset, person(role), "name"))

    assert names("cso") == ["type:cso"]
    assert names("mechanism") == ["members"]
    assert names("editor") == ["members", "secretariat", "type:cso"]
    assert names("visitor") == []
    assert len(names("admin")) == 3
