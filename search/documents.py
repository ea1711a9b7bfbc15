"""The search contract: what every content app projects its objects into."""

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field

# Facet names, in the order the search page shows them.
FACETS = ("kind", "type", "topic", "group", "country", "participant", "language", "year")


@dataclass
class SearchDocument:
    """One searchable item in one language (a page translated into three languages is three)."""

    kind: str
    id: int
    url: str
    language: str
    title: str
    body: str = ""
    audience_keys: Sequence[str] = ("public",)
    countries: Sequence[str] = ()
    regional_groups: Sequence[str] = ()
    topics: Sequence[str] = ()  # topic slugs
    document_type: str = ""  # document type slug
    participant_types: Sequence[str] = ()  # organisation kinds of the authors
    year: int | None = None
    date: datetime.date | None = None  # the date results are sorted by
    extra_facets: dict[str, Sequence[str]] = field(default_factory=dict)

    def __post_init__(self):
        # The highlighters' markers (search/highlight.py) must not come from the text itself.
        markers = {0xE000: None, 0xE001: None}
        self.title = self.title.translate(markers)
        self.body = self.body.translate(markers)

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.id}:{self.language}"

    def facets(self) -> dict[str, list[str]]:
        """Facet name → values (all strings, no empties)."""
        values = {
            "kind": [self.kind],
            "type": [self.document_type],
            "topic": list(self.topics),
            "group": list(self.regional_groups),
            "country": list(self.countries),
            "participant": list(self.participant_types),
            "language": [self.language],
            "year": [str(self.year)] if self.year else [],
        }
        for name, extra in self.extra_facets.items():
            values.setdefault(name, []).extend(extra)
        return {name: sorted({str(v) for v in vals if v}) for name, vals in values.items()}
