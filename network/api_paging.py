"""Paging helper shared by the apps' parts of the JSON API."""

from collections.abc import Callable

from django.db.models import QuerySet


class Projected:
    """A queryset for ninja's paginator whose sliced rows come out through ``project``: the
    paginator counts and slices in SQL, and only the page's rows are turned into dicts."""

    def __init__(self, queryset: QuerySet, project: Callable[[object], dict]):
        self.queryset, self.project = queryset, project

    def count(self) -> int:
        return self.queryset.count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, window: slice) -> list[dict]:
        return [self.project(row) for row in self.queryset[window]]
