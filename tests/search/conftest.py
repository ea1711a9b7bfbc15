"""The search tests run once per engine (``engine`` fixture): the database engine, and
Elasticsearch.

Elasticsearch: with ``ELASTICSEARCH_URL`` set in the environment (docker compose brings up
Elasticsearch 9) the tests use that cluster, each test under its own alias. Otherwise they start
``osmem-server`` (an in-memory server speaking the Elasticsearch/OpenSearch HTTP API, from PyPI)
on a free port, and give each test a copy-on-write clone of it.

Compatibility shim, for osmem only and kept here: the elasticsearch 9 client sends
``Accept: application/vnd.elasticsearch+json; compatible-with=9``, which osmem refuses with 406.
The client's public option ``server_mode="serverless"`` (elasticsearch >= 9.4) sends plain JSON
media types instead; it reaches the engine through ``ELASTICSEARCH_OPTIONS``. (The engine itself
builds searches with ``Search(using=…, index=…)`` rather than ``Document.search()``, whose
``_source.exclude_vectors`` osmem refuses; that is harmless against Elasticsearch too.)
"""

import os
import uuid

import pytest

from search import indexing
from search.engines import SearchRequest, get_engine
from tests.roles import person

EXTERNAL = os.environ.get("ELASTICSEARCH_URL", "")


@pytest.fixture(scope="session")
def elasticsearch_server():
    if EXTERNAL:
        yield None
        return
    from osmem_server import OsmemServer

    server = OsmemServer.start(japanese=False)
    yield server
    server.close()


def _use_elasticsearch(request, settings) -> None:
    server = request.getfixturevalue("elasticsearch_server")
    if server is None:
        settings.ELASTICSEARCH_URL = EXTERNAL
        settings.ELASTICSEARCH_INDEX = f"test-search-{uuid.uuid4().hex[:12]}"
        settings.ELASTICSEARCH_OPTIONS = {}

        def drop():
            from search.engines.elastic import client

            client().indices.delete(index=f"{settings.ELASTICSEARCH_INDEX}-*")

        request.addfinalizer(drop)
    else:
        clone = server.clone()
        request.addfinalizer(clone.close)
        settings.ELASTICSEARCH_URL = clone.url
        settings.ELASTICSEARCH_OPTIONS = {"server_mode": "serverless"}  # see the docstring


@pytest.fixture(params=["database", "elasticsearch"])
def engine(request, db, settings):
    """Which engine answers; the index holds the demo site when the test starts."""
    settings.ELASTICSEARCH_URL = ""
    if request.param == "elasticsearch":
        _use_elasticsearch(request, settings)
        indexing.rebuild()
    return request.param


@pytest.fixture
def indexed(django_capture_on_commit_callbacks):
    """``with indexed(): …`` runs the index updates the block's changes enqueue on commit."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run


def find(text: str, role: str = "admin", **options):
    return get_engine().search(SearchRequest(text=text, user=person(role), **options))


def titles(results) -> list[str]:
    from django.utils.html import strip_tags

    return [strip_tags(hit.title) for hit in results.hits]
