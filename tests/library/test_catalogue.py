"""The catalogue: filters with counts that only count what the reader may see."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from library import facets
from library.models import LibraryDocument
from network.models import User

pytestmark = pytest.mark.django_db


def titles(page: str) -> list[str]:
    return re.findall(r'<h3><a href="/en/library/\d+/"[^>]*>([^<]+)</a></h3>', page)


def facet(page: str, name: str) -> dict[str, int]:
    found = re.findall(
        rf'name="{name}" id="f-{name}-\d+" value="([^"]+)"[^>]*>'
        rf'<label[^>]*>[^<]*<span class="count">\((\d+)\)</span>',
        page,
    )
    return {value: int(count) for value, count in found}


def listing(client, role=None, query=""):
    if role:
        client.force_login(User.objects.get(username=role))
    response = client.get(f"/en/library/{query}")
    assert response.status_code == 200
    return response.content.decode()


def published_copy(title: str, language: str = "es", **fields) -> LibraryDocument:
    """A public, published document sharing the demo declaration's file."""
    template = LibraryDocument.objects.get(symbol="DEMO/declaration")
    return LibraryDocument.objects.create(
        title=title,
        file=template.file.name,
        status="ready",
        review_status="published",
        audience="public",
        language=language,
        **fields,
    )


def test_visitors_see_only_public_published_documents(client):
    page = listing(client)
    shown = titles(page)
    assert "Declaration of Asunción" in shown
    assert "Recommendations follow-up plan" not in shown  # members only
    assert "Minutes of the Executive Committee meeting" not in shown
    assert "Evaluation report (embargoed)" not in shown
    assert "Civil society contribution (submitted)" not in shown
    assert "Civil society contribution (published)" in shown
    assert re.search(r"(\d+) documents", page).group(1) == str(
        LibraryDocument.objects.filter(
            audience="public", review_status="published", embargo_until__isnull=True
        ).count()
    )


def test_counts_follow_the_reader(client):
    visitor_types = facet(listing(client), "type")
    member_types = facet(listing(client, "mechanism"), "type")
    assert member_types["follow-up-plan"] == 1 and "follow-up-plan" not in visitor_types
    committee = facet(listing(client, "committee"), "type")
    assert committee["meeting-record"] == member_types.get("meeting-record", 0) + 1


def test_filters_and_disjunctive_counts(client):
    page = listing(client, "mechanism", "?country=PY")
    assert all(title for title in titles(page))
    countries = facet(page, "country")
    assert countries["PT"] >= 1  # other countries still counted while Paraguay is chosen
    client.logout()
    only_portugal = titles(listing(client, None, "?country=PT&type=follow-up-plan"))
    assert only_portugal == []  # members-only for visitors
    topic = titles(listing(client, None, "?topic=participation"))
    assert "Guide to consulting civil society" in topic
    groups = facet(listing(client), "group")
    assert groups["grulac"] >= 3 and groups["african"] >= 1


def test_bad_filter_values_are_ignored(client):
    for query in (
        "?year=abc",
        "?country=ZZ",
        "?type=no-such-type",
        "?page=-1",
        "?page=9999",
        "?sort=evil",
        "?language=xx",
    ):
        assert client.get(f"/en/library/{query}").status_code == 200


def test_sorting_by_title(client):
    shown = titles(listing(client, None, "?sort=title"))
    assert shown[0] == "Agenda of the II International Seminar"
    assert shown.index("Capacity building for NMIRFs: regional overview") < shown.index(
        "Declaration of Asunción"
    )


def test_query_count_does_not_grow_with_documents(client):
    client.force_login(User.objects.get(username="mechanism"))
    client.get("/en/library/")
    facets.catalogue_changed()  # counted afresh, as after the documents below
    with CaptureQueriesContext(connection) as before:
        client.get("/en/library/")
    for number in range(30):
        published_copy(f"Copy {number}", country_codes="PY,PT")
    with CaptureQueriesContext(connection) as after:
        client.get("/en/library/?page=2")
    assert len(after) == len(before) <= 12


def test_pagination_links_keep_the_filters(client):
    for number in range(25):
        published_copy(f"Spanish copy {number}")
    page = listing(client, None, "?language=es&sort=title")
    assert 'href="?language=es&amp;sort=title&amp;page=2"' in page
    second = listing(client, None, "?language=es&sort=title&page=2")
    assert 'href="?language=es&amp;sort=title&amp;page=1"' in second


def test_searching_titles_and_abstracts_in_any_language(client):
    page = listing(client, query="?q=asunci%C3%B3n")
    assert titles(page) == ["Declaration of Asunción"]
    assert 'value="asunción"' in page  # the box keeps what was typed
    # The Spanish title matches from the English listing, and only visible documents count.
    assert titles(listing(client, query="?q=Declaraci%C3%B3n")) == ["Declaration of Asunción"]
    assert "Recommendations follow-up plan" not in titles(
        listing(client, query="?q=follow-up+plan")
    )
    assert "Recommendations follow-up plan" in titles(
        listing(client, "mechanism", "?q=follow-up+plan")
    )


def test_counts_are_reused_and_follow_every_change(client):
    client.force_login(User.objects.get(username="mechanism"))
    client.get("/en/library/")  # the session and the rest, set up once
    facets.catalogue_changed()
    with CaptureQueriesContext(connection) as fresh:
        first = client.get("/en/library/")
    total = first.context["total"]
    with CaptureQueriesContext(connection) as again:
        second = client.get("/en/library/")
    assert second.context["total"] == total
    assert len(again) == len(fresh) - 1  # the counting query is not run again
    published_copy("A new report", language="pt", country_codes="BR")
    page = client.get("/en/library/")
    assert page.context["total"] == total + 1
    brazil = next(e for e in page.context["facets"]["country"] if e["value"] == "BR")
    assert brazil["count"] >= 1
    client.logout()  # another audience: its own counts, never the member's
    assert client.get("/en/library/").context["total"] < total + 1
