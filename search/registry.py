"""Which content is searchable: each content app registers a projection from its
``AppConfig.ready``; ``search`` itself imports no content app.

A projection names a kind, its model, the queryset of everything that should be in the index
(published, approved, …) and a function turning one object into ``SearchDocument``s. Saves and
deletes of the model (and of any ``depends`` model, e.g. a forum category whose audience
changed) enqueue an index update after commit.

Adding a kind takes a few lines in ``<app>/search.py``, for example good-practice pages::

    from search.documents import SearchDocument
    from search.registry import Projection, register

    def project(page):
        for language in page_languages(page):  # cms/search.py has the helper for pages
            yield SearchDocument(kind="practice", id=page.pk, url=..., language=language,
                                 title=..., body=..., topics=[...], countries=[...])

    def register_practices():
        from .models import GoodPracticePage
        register(Projection(kind="practice", label=_("Good practices"), model=GoodPracticePage,
                            objects=lambda: GoodPracticePage.objects.live().public(),
                            project=project))

and a call of ``register_practices()`` in the app's ``ready``. For Wagtail pages,
``cms/search.py`` has ``register_page_type`` that does all of this for a page model.
"""

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Model, QuerySet
from django.db.models.signals import post_delete, post_save

from .documents import SearchDocument


@dataclass
class Projection:
    kind: str
    label: object  # a (lazy) translated name shown as the facet value
    model: type[Model]
    objects: Callable[[], QuerySet]  # everything of this kind that belongs in the index
    project: Callable[[Model], Iterable[SearchDocument]]
    # Other models whose changes re-index objects of this kind: (model, instance → ids).
    depends: list[tuple[type[Model], Callable[[Model], Iterable[int]]]] = field(
        default_factory=list
    )
    prefetch: Callable[[QuerySet], QuerySet] = lambda queryset: queryset  # for rebuilds
    # True when the item's address works in every language (the reader's prefix replaces the
    # one stored); pages have an address per language and say False.
    localised_urls: bool = True
    # Ids of the objects that enter or leave the index by the clock alone between two moments
    # (an embargo ending): no save tells the index, `search_index --due` does.
    due: Callable[[datetime.datetime, datetime.datetime], Iterable[int]] | None = None


_projections: dict[str, Projection] = {}


def register(projection: Projection) -> None:
    """Make ``projection``'s kind searchable and keep it current on save and delete."""
    _projections[projection.kind] = projection
    uid = f"search:{projection.kind}"
    post_save.connect(
        _on_change(projection.kind, _own_id), sender=projection.model, weak=False, dispatch_uid=uid
    )
    post_delete.connect(
        _on_change(projection.kind, _own_id),
        sender=projection.model,
        weak=False,
        dispatch_uid=uid + ":delete",
    )
    for number, (model, ids_of) in enumerate(projection.depends):
        for signal in (post_save, post_delete):
            signal.connect(
                _on_change(projection.kind, ids_of),
                sender=model,
                weak=False,
                dispatch_uid=f"{uid}:{number}:{signal is post_save}",
            )


def projections() -> dict[str, Projection]:
    return dict(_projections)


def get(kind: str) -> Projection | None:
    return _projections.get(kind)


def kind_labels() -> dict[str, str]:
    return {kind: str(projection.label) for kind, projection in _projections.items()}


def _own_id(instance: Model) -> list[int]:
    return [instance.pk]


def _on_change(kind: str, ids_of: Callable[[Model], Iterable[int]]):
    def handler(sender, instance, **kwargs):
        if kwargs.get("raw"):
            return
        ids = [pk for pk in ids_of(instance) if pk is not None]
        if ids:
            schedule(kind, ids)

    return handler


def schedule(kind: str, ids: Iterable[int]) -> None:
    """Re-index these objects of ``kind`` once the current transaction commits."""
    from .tasks import update_index

    ids = sorted(set(ids))
    transaction.on_commit(lambda: update_index.enqueue(kind, ids))
