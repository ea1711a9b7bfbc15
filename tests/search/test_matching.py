"""What a query finds, on both engines: language-aware matching, accents, highlights, the
query syntax, sorting and facets."""

import datetime

import pytest
from django.utils.html import strip_tags

from network.models import Topic
from tests.library.factories import make_document

from .conftest import find, titles


@pytest.fixture
def corpus(engine, indexed):
    with indexed():
        documents = {
            "asuncion": make_document(
                "Informe de Asunción sobre el seguimiento",
                language="es",
                abstract="Las recomendaciones fueron implementadas por los mecanismos nacionales. "
                "Zafiro.",
                publication_date=datetime.date(2021, 3, 1),
                countries=("PY",),
            ),
            "lisbon": make_document(
                "Relatório de Lisboa",
                language="pt",
                abstract="O mecanismo nacional acompanha as recomendações do exame periódico "
                "(zafiro).",
                publication_date=datetime.date(2024, 6, 1),
                countries=("PT",),
            ),
            "geneva": make_document(
                "Geneva follow-up workshop notes",
                language="en",
                abstract="Workshop on tracking recommendations with a database; Asunción was "
                "mentioned once. Zafiro.",
                publication_date=datetime.date(2023, 1, 1),
                countries=("CH",),
                topics=[Topic.objects.order_by("pk").first()],
            ),
        }
    return documents


def test_accents_are_ignored(corpus):
    for query in ("asuncion", "ASUNCIÓN", "Asunción"):
        assert "Informe de Asunción sobre el seguimiento" in titles(find(query))


def test_spanish_query_finds_inflected_spanish_words(corpus):
    # "recomendación implementada mecanismo" ↔ "recomendaciones … implementadas … mecanismos"
    found = titles(find("recomendación implementada mecanismo"))
    assert "Informe de Asunción sobre el seguimiento" in found
    assert "Geneva follow-up workshop notes" not in found


def test_highlights_mark_the_matched_words_and_escape_the_rest(corpus, indexed):
    results = find("asuncion", kinds=("document",), sort="date")
    hit = next(hit for hit in results.hits if "Informe" in hit.title)
    assert "<mark>Asunción</mark>" in hit.title
    geneva = next(hit for hit in results.hits if "Geneva" in hit.title)
    assert "<mark>Asunción</mark>" in geneva.snippet
    with indexed():
        make_document("<script>alert(1)</script> Asunción", abstract="<b>Asunción</b> & co")
    hit = next(hit for hit in find("asuncion").hits if "alert" in hit.title)
    assert "<script>" not in hit.title and "&lt;script&gt;" in hit.title
    assert "<b>" not in hit.snippet and "&lt;b&gt;" in hit.snippet
    assert "<mark>Asunción</mark>" in hit.snippet


def test_phrase_exclusion_and_or(corpus):
    assert titles(find('"mecanismos nacionales"', kinds=("document",))) == [
        "Informe de Asunción sobre el seguimiento"
    ]
    assert titles(find('"nacionales mecanismos"', kinds=("document",))) == []
    excluded = titles(find("asuncion -workshop", kinds=("document",)))
    assert "Informe de Asunción sobre el seguimiento" in excluded
    assert "Geneva follow-up workshop notes" not in excluded
    either = set(titles(find("lisboa OR geneva", kinds=("document",))))
    assert either == {"Relatório de Lisboa", "Geneva follow-up workshop notes"}
    assert titles(find("lisboa geneva", kinds=("document",))) == []


def test_sort_by_relevance_or_date(corpus):
    # Asunción is in the first title but only in the other's body.
    relevance = titles(find("asuncion", kinds=("document",)))
    assert relevance.index("Informe de Asunción sobre el seguimiento") < relevance.index(
        "Geneva follow-up workshop notes"
    )
    newest = titles(find("asuncion", kinds=("document",), sort="date"))
    assert newest.index("Geneva follow-up workshop notes") < newest.index(
        "Informe de Asunción sobre el seguimiento"
    )


def test_facets_count_what_matches_and_narrow_the_results(corpus):
    results = find("zafiro", kinds=("document",))
    countries = {value.value: value.count for value in results.facets["country"]}
    assert countries["PY"] == 1 and countries["PT"] == 1 and countries["CH"] == 1
    years = [value.value for value in results.facets["year"]]
    assert years[:3] == sorted(years[:3], reverse=True)
    narrowed = find("zafiro", kinds=("document",), filters={"country": "PT"})
    assert titles(narrowed) == ["Relatório de Lisboa"]
    assert narrowed.total == 1
    # The chosen facet still shows the other countries (to switch to), the others narrow.
    counts = {value.value: (value.count, value.selected) for value in narrowed.facets["country"]}
    assert counts["PT"] == (1, True) and counts["CH"] == (1, False)
    assert {value.value for value in narrowed.facets["language"]} == {"pt"}


def test_unknown_facet_value_finds_nothing_but_answers(corpus):
    results = find("asuncion", filters={"country": "ZZ", "topic": "no-such-topic"})
    assert results.total == 0 and results.hits == []


def test_page_text_is_found_in_each_language(engine):
    # The demo's pages are indexed per language at that language's address.
    results = find("asuncion", kinds=("event",))
    languages = {hit.language: hit.url for hit in results.hits}
    assert {"es", "en", "fr"} <= set(languages)
    assert languages["en"].startswith("/en/") and languages["es"].startswith("/es/")
    assert all(strip_tags(hit.title) for hit in results.hits)
