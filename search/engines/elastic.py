"""The Elasticsearch engine, written with ``elasticsearch.dsl``.

One ``Document`` mapping: title and body folded (lower case, no accents) with a subfield per
language analysed by that language's analyser; audience keys and facets as keywords. Reads go
to an alias; a rebuild fills a fresh index and swaps the alias in one step, so searches never
see a half-built index. When the cluster cannot be reached, reads answer from the database
engine (which is always kept current) with a notice, and writes are logged and skipped (a
``search_index --rebuild`` brings the cluster back in step).
"""

import logging
import time

from django.conf import settings
from django.utils.translation import gettext as _
from elasticsearch import ApiError, Elasticsearch, TransportError
from elasticsearch.dsl import Date, Document, Keyword, Q, Search, Text, analyzer
from elasticsearch.helpers import bulk

from network import access

from ..documents import FACETS, SearchDocument
from ..highlight import END, START, mark
from ..query import ParsedQuery, Term
from . import Hit, Results, SearchRequest, clamp_page
from .database import BODY_LIMIT, shape_facets, suggestions

logger = logging.getLogger(__name__)
UNAVAILABLE = (ApiError, TransportError)
folded = analyzer("folded", tokenizer="standard", filter=["lowercase", "asciifolding"])
# Elasticsearch's "arabic" analyser without its stop words, declared from its filters (a
# declared analyser travels with the mapping to any server of the API).
arabic = analyzer(
    "arabic_light",
    tokenizer="standard",
    filter=["lowercase", "decimal_digit", "arabic_normalization", "arabic_stem"],
)
LANGUAGE_ANALYZERS = {
    "es": "spanish",
    "en": "english",
    "fr": "french",
    "pt": "portuguese",
    "ar": arabic,
}
FACET_FIELDS = {name: name for name in FACETS}
MAX_WINDOW = 10_000


def _text() -> Text:
    return Text(
        analyzer=folded,
        fields={code: Text(analyzer=name) for code, name in LANGUAGE_ANALYZERS.items()},
    )


class IndexedItem(Document):
    kind = Keyword()
    object_id = Keyword()
    language = Keyword()
    url = Keyword(index=False)
    title = _text()
    body = _text()
    audience_keys = Keyword()
    date = Date()
    type = Keyword()
    topic = Keyword()
    group = Keyword()
    country = Keyword()
    participant = Keyword()
    year = Keyword()


def client() -> Elasticsearch:
    options = {"request_timeout": 3, "max_retries": 0, "retry_on_timeout": False}
    options.update(getattr(settings, "ELASTICSEARCH_OPTIONS", {}) or {})
    return Elasticsearch(settings.ELASTICSEARCH_URL, **options)


def alias() -> str:
    return getattr(settings, "ELASTICSEARCH_INDEX", "") or "nmirf-search"


def _item(doc: SearchDocument) -> dict:
    facets = doc.facets()
    source = {
        "kind": doc.kind,
        "object_id": str(doc.id),
        "language": doc.language,
        "url": doc.url,
        "title": doc.title,
        "body": doc.body[:BODY_LIMIT],
        "audience_keys": sorted(set(doc.audience_keys)),
        "date": doc.date.isoformat() if doc.date else None,
    }
    for name in FACETS:
        if name not in ("kind", "language"):
            source[name] = facets.get(name, [])
    return {"_id": doc.key, "_source": source}


class ElasticEngine:
    name = "elasticsearch"

    def __init__(self, fallback=None):
        self.fallback = fallback
        self.es = client()

    # Writing ---------------------------------------------------------------------------------

    def create_index(self) -> str:
        name = f"{alias()}-{time.strftime('%Y%m%d%H%M%S')}-{time.monotonic_ns() % 1_000_000}"
        IndexedItem.init(index=name, using=self.es)
        return name

    def ensure_index(self) -> None:
        if not self.es.indices.exists_alias(name=alias()):
            name = self.create_index()
            self.es.indices.put_alias(index=name, name=alias())

    def replace(self, kind: str, ids: list[int], documents: list[SearchDocument]) -> None:
        self.ensure_index()
        self.es.delete_by_query(
            index=alias(),
            query={
                "bool": {
                    "filter": [
                        {"term": {"kind": kind}},
                        {"terms": {"object_id": [str(pk) for pk in ids]}},
                    ]
                }
            },
            refresh=True,
        )
        if documents:
            bulk(self.es, [_item(doc) for doc in documents], index=alias(), refresh=True)

    def write_batch(self, index: str, documents: list[SearchDocument]) -> None:
        bulk(self.es, [_item(doc) for doc in documents], index=index)

    def swap(self, index: str) -> None:
        """Point the alias at ``index`` in one step and drop the indices it left."""
        self.es.indices.refresh(index=index)
        actions = [{"add": {"index": index, "alias": alias()}}]
        old = []
        if self.es.indices.exists_alias(name=alias()):
            old = list(self.es.indices.get_alias(name=alias()))
            actions = [{"remove": {"index": name, "alias": alias()}} for name in old] + actions
        self.es.indices.update_aliases(actions=actions)
        for name in old:
            if name != index:
                self.es.indices.delete(index=name)

    # Reading ---------------------------------------------------------------------------------

    def _search(self) -> Search:
        # Search(using=…, index=…) rather than IndexedItem.search(): the latter adds options
        # some servers compatible with the API refuse (see tests/search/conftest.py).
        return Search(using=self.es, index=alias())

    def _term(self, term: Term) -> Q:
        if term.is_phrase:
            return Q(
                "multi_match", query=" ".join(term.words), type="phrase", fields=["title^3", "body"]
            )
        fields = ["title^3", "body"]
        fields += [f"title.{code}^2" for code in LANGUAGE_ANALYZERS]
        fields += [f"body.{code}" for code in LANGUAGE_ANALYZERS]
        return Q("multi_match", query=term.words[0], fields=fields)

    def _text_query(self, query: ParsedQuery) -> Q:
        must = [
            Q("bool", should=[self._term(term) for term in group], minimum_should_match=1)
            for group in query.groups
        ]
        must_not = [self._term(term) for term in query.excluded]
        return Q("bool", must=must or [Q("match_all")], must_not=must_not)

    def _audience(self, user) -> list[Q]:
        if access.is_admin(user):
            return []
        return [Q("terms", audience_keys=sorted(access.user_keys(user)))]

    def _filters(self, request: SearchRequest, skip: str | None = None) -> list[Q]:
        found = []
        for name, value in request.filters.items():
            if name != skip and name in FACET_FIELDS:
                found.append(Q("term", **{FACET_FIELDS[name]: value}))
        return found

    def search(self, request: SearchRequest) -> Results:
        try:
            return self._search_cluster(request)
        except UNAVAILABLE:
            logger.warning("Elasticsearch unreachable; answering from the database", exc_info=True)
            if self.fallback is None:
                raise
            results = self.fallback.search(request)
            results.notice = _(
                "The search service is unavailable; these results come from the simpler search "
                "of the database."
            )
            return results

    def _search_cluster(self, request: SearchRequest) -> Results:
        base = [*self._audience(request.user)]
        if request.kinds:
            base.append(Q("terms", kind=list(request.kinds)))
        query = Q("bool", must=[self._text_query(request.query)], filter=base)
        search = self._search().query(query).post_filter(Q("bool", filter=self._filters(request)))
        if request.by_date:
            search = search.sort({"date": {"order": "desc", "missing": "_last"}}, "_score")
        else:
            search = search.sort("_score", {"date": {"order": "desc", "missing": "_last"}})
        search = search.highlight_options(pre_tags=[START], post_tags=[END])
        search = search.highlight("title", number_of_fragments=0).highlight(
            "body", fragment_size=200, number_of_fragments=1
        )
        if request.with_facets:
            for name in FACETS:
                others = Q("bool", filter=self._filters(request, skip=name))
                search.aggs.bucket(name, "filter", filter=others).bucket(
                    "values", "terms", field=FACET_FIELDS[name], size=50
                )
        number = clamp_page(request.page, MAX_WINDOW, request.per_page)
        response = self._page(search, number, request.per_page).execute()
        total = response.hits.total.value
        if clamp_page(number, total, request.per_page) != number:  # past the end: the last page
            number = clamp_page(number, total, request.per_page)
            response = self._page(search, number, request.per_page).execute()
        hits = [self._hit(hit) for hit in response.hits]
        found = {}
        if request.with_facets:
            counts = {
                name: {
                    bucket["key"]: bucket["doc_count"]
                    for bucket in response.aggregations[name]["values"]["buckets"]
                }
                for name in FACETS
            }
            found = shape_facets(counts, request.filters)
        return Results(hits, total, found, number, request.per_page)

    def _page(self, search: Search, number: int, per_page: int) -> Search:
        start = (number - 1) * per_page
        return search.extra(
            from_=start, size=min(per_page, max(0, MAX_WINDOW - start)), track_total_hits=True
        )

    def _hit(self, hit) -> Hit:
        highlight = getattr(hit.meta, "highlight", None)
        title = highlight.title[0] if highlight and "title" in highlight else hit.title
        if highlight and "body" in highlight:
            snippet = mark("…" + highlight.body[0].strip() + "…")
        else:
            body = hit.body or ""
            snippet = mark(body[:240] + ("…" if len(body) > 240 else ""))
        return Hit(
            kind=hit.kind,
            id=int(hit.object_id),
            url=hit.url,
            language=hit.language,
            title=mark(title),
            snippet=snippet,
            date=getattr(hit, "date", None),
        )

    # Suggestions -----------------------------------------------------------------------------

    def suggest(self, text: str, user, limit: int = 8) -> list[dict]:
        try:
            return suggestions(self, text, user, limit)
        except UNAVAILABLE:
            if self.fallback is None:
                raise
            return self.fallback.suggest(text, user, limit)

    def title_suggestions(self, typed: list[str], user, limit: int) -> list[tuple[str, str]]:
        must = [Q("match", title=word) for word in typed[:-1]]
        must.append(Q("prefix", title=typed[-1]))
        query = Q("bool", must=must, filter=self._audience(user))
        search = self._search().query(query).extra(size=limit * 3).source(["title", "url"])
        return [(hit.title, hit.url) for hit in search.execute().hits]

    def visible_facet_values(self, user, names: tuple[str, ...]) -> list[tuple[str, str]]:
        search = self._search().query(Q("bool", filter=self._audience(user))).extra(size=0)
        for name in names:
            search.aggs.bucket(name, "terms", field=FACET_FIELDS[name], size=500)
        response = search.execute()
        return [
            (name, bucket["key"])
            for name in names
            for bucket in response.aggregations[name]["buckets"]
        ]
