"""Keeping the index in step: re-indexing objects, and full rebuilds streamed in batches."""

import datetime
import logging
from collections.abc import Callable, Iterator

from django.db import transaction

from . import registry
from .documents import SearchDocument
from .engines import elasticsearch_configured
from .engines.database import DatabaseEngine

logger = logging.getLogger(__name__)
BATCH = 500


def _elastic():
    from .engines.elastic import UNAVAILABLE, ElasticEngine

    return ElasticEngine(), UNAVAILABLE


def project(projection: registry.Projection, objects) -> list[SearchDocument]:
    return [doc for obj in objects for doc in projection.project(obj)]


def reindex(kind: str, ids: list[int]) -> None:
    """Store the current projection of these objects (those no longer listed leave the index)."""
    projection = registry.get(kind)
    if projection is None:
        return
    objects = projection.prefetch(projection.objects().filter(pk__in=ids))
    documents = project(projection, objects)
    DatabaseEngine().replace(kind, ids, documents)
    if elasticsearch_configured():
        engine, unavailable = _elastic()
        try:
            engine.replace(kind, ids, documents)
        except unavailable:
            logger.warning("Elasticsearch unreachable; %s %s not updated there", kind, ids)


def index_due(since: datetime.datetime, until: datetime.datetime) -> int:
    """Re-index the objects that entered or left the index by the clock alone between
    ``since`` and ``until`` (each projection's ``due``); returns how many."""
    done = 0
    for kind, projection in registry.projections().items():
        if projection.due is None:
            continue
        ids = sorted(set(projection.due(since, until)))
        for start in range(0, len(ids), BATCH):
            reindex(kind, ids[start : start + BATCH])
        done += len(ids)
    return done


def batches(projection: registry.Projection, size: int | None = None) -> Iterator[list]:
    """The projection's objects in batches by primary key: memory stays bounded."""
    size = size or BATCH
    last = None
    while True:
        queryset = projection.objects().order_by("pk")
        if last is not None:
            queryset = queryset.filter(pk__gt=last)
        chunk = list(projection.prefetch(queryset)[:size])
        if not chunk:
            return
        yield chunk
        last = chunk[-1].pk


def count() -> int:
    return sum(projection.objects().count() for projection in registry.projections().values())


def rebuild(
    *, progress: Callable[[int], None] = lambda done: None, elastic: bool | None = None
) -> int:
    """Rebuild the database index (and Elasticsearch's, into a new index swapped in at the
    end); returns how many objects were indexed."""
    use_elastic = elasticsearch_configured() if elastic is None else elastic
    database = DatabaseEngine()
    engine = index = None
    if use_elastic:
        engine, _unavailable = _elastic()
        index = engine.create_index()
    with transaction.atomic():
        database.clear()
    done = 0
    for projection in registry.projections().values():
        for chunk in batches(projection):
            documents = project(projection, chunk)
            with transaction.atomic():
                database.add(documents)
            if engine is not None:
                engine.write_batch(index, documents)
            done += len(chunk)
            progress(done)
    database.analyse()
    if engine is not None:
        engine.swap(index)
    return done
