"""The search box and its filters; anything unknown or malformed is dropped, never an error."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .documents import FACETS
from .query import MAX_LENGTH

SORTS = [("relevance", _("Relevance")), ("date", _("Newest"))]


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False)
    sort = forms.ChoiceField(label=_("Sort by"), choices=SORTS, required=False)
    page = forms.IntegerField(required=False)

    def __init__(self, data=None, **kwargs):
        # Always bound (an empty query string too), so cleaned_data exists for every reader.
        super().__init__(data or {}, **kwargs)
        self.data_given = data or {}
        self.is_valid()

    @property
    def text(self) -> str:
        return (self.cleaned_data.get("q") or "")[: MAX_LENGTH * 5]

    @property
    def chosen_sort(self) -> str:
        return self.cleaned_data.get("sort") or "relevance"

    @property
    def page_number(self) -> int:
        number = self.cleaned_data.get("page")
        return number if isinstance(number, int) and 0 < number < 1_000_000 else 1

    def filters(self, allowed=FACETS) -> dict[str, str]:
        """Facet filters from the query string: known names, short single values."""
        chosen = {}
        for name in allowed:
            value = str(self.data_given.get(name, "")).strip()
            if value and len(value) <= 100 and "\x00" not in value:
                chosen[name] = value
        return chosen
