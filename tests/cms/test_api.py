"""The JSON API at /api/v1/: documented by its schema, and answering through the access policy."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from forum.models import Topic
from library.models import LibraryDocument
from tests.library.factories import make_document, organisation
from tests.roles import as_role

pytestmark = pytest.mark.django_db


def get_json(client, path: str, status: int = 200):
    response = client.get(path)
    assert response.status_code == status, (path, response.status_code)
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def test_the_schema_documents_every_endpoint(client):
    schema = get_json(client, "/api/v1/openapi.json")
    assert schema["info"]["title"] == "NMIRF Exchange API"
    assert {
        "/api/v1/network/states",
        "/api/v1/library/documents",
        "/api/v1/library/documents/{document_id}",
        "/api/v1/forum/topics",
    } <= set(schema["paths"])
    assert client.get("/api/v1/docs", follow=True).status_code == 404  # no viewer from a CDN


def test_states_are_the_admitted_ones(client):
    states = {state["country"]: state for state in get_json(client, "/api/v1/network/states")}
    assert states["PY"]["status"] == "member" and states["PY"]["regional_group"] == "grulac"
    assert states["CR"]["status"] == "observer"
    assert "UY" not in states  # Uruguay's application is pending


def test_documents_follow_the_audience(client):
    members_only = make_document("Members-only follow-up matrix", audience="members")
    public = make_document("Public follow-up guide")
    listed = {d["id"] for d in get_json(client, "/api/v1/library/documents?page=1")["items"]}
    assert public.pk in listed and members_only.pk not in listed
    get_json(client, f"/api/v1/library/documents/{members_only.pk}", 404)
    one = get_json(client, f"/api/v1/library/documents/{public.pk}")
    assert one["title"] == "Public follow-up guide" and one["countries"] == ["PY"]
    assert one["download"].startswith(f"/documents/{public.pk}/")
    as_role(client, "mechanism")
    listed = {d["id"] for d in get_json(client, "/api/v1/library/documents")["items"]}
    assert {public.pk, members_only.pk} <= listed
    total = LibraryDocument.objects.count()
    get_json(client, f"/api/v1/library/documents/{total + 1000}", 404)


def test_pseudonymous_contributors_stay_pseudonymous(client):
    cso = organisation("CSDH")
    document = make_document(
        "Shadow report on follow-up",
        pseudonymous=True,
        contributor_organisation=cso,
        audience="members",
    )
    as_role(client, "mechanism")
    seen = get_json(client, f"/api/v1/library/documents/{document.pk}")
    assert seen["authors"] == ["a civil society organisation from Paraguay"]
    assert cso.name not in str(seen)
    as_role(client, "editor")
    seen = get_json(client, f"/api/v1/library/documents/{document.pk}")
    assert seen["authors"] == [cso.name]


def test_document_filters(client):
    make_document("Informe de Chile", countries=("CL",), language="es")
    items = get_json(client, "/api/v1/library/documents?country=cl")["items"]
    assert items and all("CL" in item["countries"] for item in items)
    items = get_json(client, "/api/v1/library/documents?language=zz")["items"]
    assert items == []
    assert client.get("/api/v1/library/documents?page=-1").status_code == 422


def test_document_list_queries_do_not_grow(client):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            get_json(client, "/api/v1/library/documents")
        return len(queries)

    get_json(client, "/api/v1/library/documents")
    before = count()
    for number in range(30):
        make_document(f"Extra {number}", organisations=[organisation("CSDH")])
    assert count() == before


@pytest.mark.parametrize("role", [None, "pending"])
def test_forum_topics_are_for_members_only(client, role):
    if role:
        as_role(client, role)
    get_json(client, "/api/v1/forum/topics", 404)


def test_forum_topics_follow_category_audiences(client):
    committee_only = Topic.objects.filter(category__slug="executive-committee")
    assert committee_only.exists()
    as_role(client, "mechanism")
    seen = {t["id"] for t in get_json(client, "/api/v1/forum/topics")["items"]}
    assert seen and not seen & set(committee_only.values_list("pk", flat=True))
    get_json(client, "/api/v1/forum/topics?category=executive-committee", 404)
    as_role(client, "committee")
    seen = {t["id"] for t in get_json(client, "/api/v1/forum/topics")["items"]}
    assert set(committee_only.values_list("pk", flat=True)) <= seen


def test_forum_topics_keep_pseudonyms(client):
    as_role(client, "nhri")
    topics = get_json(client, "/api/v1/forum/topics?category=participation")["items"]
    pseudonymous = [t for t in topics if t["title"].startswith("Consultas con la sociedad civil")]
    assert pseudonymous[0]["author"] == "a civil society organisation from Paraguay"
    assert organisation("CSDH").name not in str(topics)
