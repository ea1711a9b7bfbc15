"""Queries matching more entries than the database engine reads in full (search/engines/
matches.py): the total stays exact, facet counts are marked approximate, title matches still
come first, the pages reach as far as the ranked candidates, and restricted items stay out.
The limits are lowered here so that a few documents are "many"."""

import datetime

import pytest
from django.test import Client
from django.utils.html import strip_tags

from search.engines import matches
from tests.library.factories import make_document
from tests.roles import as_role

from .conftest import find, titles


@pytest.fixture
def many(db, settings, indexed, monkeypatch):
    settings.ELASTICSEARCH_URL = ""  # the database engine's own limits
    monkeypatch.setattr(matches, "CANDIDATES", 3)
    monkeypatch.setattr(matches, "TITLE_WINDOW", 30)
    monkeypatch.setattr(matches, "SAMPLE", 4)
    with indexed():
        # The oldest document has the word in its title; the others only in their text.
        make_document("Colibri survey", abstract="Birds.", countries=("PY",))
        for number in range(12):
            make_document(
                f"Field notes {number}",
                abstract="A colibri was seen.",
                countries=("PY" if number % 2 else "CL",),
                publication_date=datetime.date(2020, 1, 1 + number),
            )
        make_document(
            "Members field notes",
            abstract="A colibri for members.",
            audience="members",
            countries=("AR",),
        )


def test_total_is_exact_and_title_matches_come_first(many):
    results = find("colibri", "visitor", kinds=("document",), per_page=2)
    assert results.total == 13
    assert titles(results)[0] == "Colibri survey"
    assert "Members field notes" not in titles(results)
    assert results.num_pages == 2  # the 3 ranked candidates, 2 a page
    assert find("colibri", "admin", kinds=("document",)).total == 14


def test_facet_counts_beyond_the_sample_are_marked_approximate(many):
    results = find("colibri", "visitor", kinds=("document",))
    countries = {value.value: value for value in results.facets["country"]}
    assert set(countries) <= {"PY", "CL"}  # never the members' document's country
    assert all(value.approximate for value in countries.values())
    assert sum(value.count for value in countries.values()) == pytest.approx(13, abs=4)
    exact = find("survey", "visitor", kinds=("document",))
    assert not any(value.approximate for value in exact.facets["country"])


def test_search_page_marks_approximate_counts(many):
    client = as_role(Client(HTTP_ACCEPT_LANGUAGE="en"), "visitor")
    page = client.get("/en/search/", {"q": "colibri"}).content.decode()
    assert "13 results" in page
    assert '<span class="count">(≈' in page
    assert "Members field notes" not in strip_tags(page)
    survey = client.get("/en/search/", {"q": "survey"}).content.decode()
    assert "≈" not in survey
