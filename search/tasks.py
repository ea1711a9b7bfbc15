"""Index updates, run as background tasks once the change that caused them has committed."""

from django_tasks import task

from . import indexing


@task()
def update_index(kind: str, ids: list[int]) -> None:
    """Bring the index entries of these objects in step with the database."""
    indexing.reindex(kind, ids)
