"""Figures for search (issue 7): the latency of 20 fixed queries with facets on generated
corpora of 10,000 and 100,000 mixed items (library documents with text, forum topics and
replies), on SQLite and on PostgreSQL; and a full rebuild of 100,000 items: items per second
and peak memory.

Run: .venv/bin/python bench/search.py                 (SQLite, then PostgreSQL if reachable)
     .venv/bin/python bench/search.py --sizes 2000 10000   (smaller corpora, e.g. for a quick look)
PostgreSQL is taken from BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/
search_bench); its test database is created and dropped by the run.

Targets: p95 at 100,000 at most 3× p95 at 10,000; rebuild peak memory at most 500 MB.
"""

import argparse
import datetime
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

from _setup import ROOT, start, table

QUERIES = [
    ("seguimiento", {}),
    ("recomendaciones", {"kind": "document"}),
    ("mecanismo nacional", {}),
    ('"plan nacional"', {}),
    ("informe -borrador", {}),
    ("derechos OR direitos", {}),
    ("asuncion", {"country": "PY"}),
    ("implementation", {"language": "en"}),
    ("recommendations tracking", {"kind": "post"}),
    ("rapport suivi", {"language": "fr"}),
    ("relatório", {"country": "BR"}),
    ("consulta sociedad civil", {"year": "2023"}),
    ("indicadores", {"kind": "document", "country": "MX"}),
    ("database", {}),
    ("experiencia", {"kind": "topic"}),
    ('"sociedad civil" participación', {}),
    ("ministerio OR ministry", {"year": "2022"}),
    ("capacitación", {"group": "grulac"}),
    ("plataforma digital -piloto", {}),
    ("examen periódico universal", {"kind": "document", "language": "es"}),
]
ROUNDS = 5
MAX_P95_RATIO = 3.0
MAX_REBUILD_MB = 500

WORDS = {
    "es": [
        "seguimiento",
        "recomendaciones",
        "mecanismo",
        "nacional",
        "plan",
        "informe",
        "borrador",
        "derechos",
        "humanos",
        "asunción",
        "consulta",
        "sociedad",
        "civil",
        "indicadores",
        "experiencia",
        "participación",
        "ministerio",
        "capacitación",
        "plataforma",
        "digital",
        "piloto",
        "examen",
        "periódico",
        "universal",
        "implementación",
        "tratados",
        "órganos",
        "comité",
        "institución",
        "coordinación",
        "datos",
        "sistema",
        "gobierno",
        "estado",
        "red",
    ],
    "en": [
        "implementation",
        "recommendations",
        "tracking",
        "database",
        "ministry",
        "follow-up",
        "report",
        "national",
        "mechanism",
        "human",
        "rights",
        "treaty",
        "bodies",
        "review",
        "civil",
        "society",
        "consultation",
        "indicators",
        "platform",
        "digital",
        "pilot",
        "experience",
        "coordination",
        "data",
        "system",
    ],
    "pt": [
        "relatório",
        "direitos",
        "humanos",
        "mecanismo",
        "nacional",
        "recomendações",
        "seguimento",
        "plano",
        "consulta",
        "sociedade",
        "civil",
        "indicadores",
        "experiência",
        "ministério",
        "plataforma",
    ],
    "fr": [
        "rapport",
        "suivi",
        "recommandations",
        "mécanisme",
        "national",
        "droits",
        "humains",
        "plan",
        "consultation",
        "société",
        "civile",
        "indicateurs",
        "expérience",
        "ministère",
        "plateforme",
    ],
}
COUNTRIES = ["PY", "BR", "MX", "PT", "AR", "CL", "UY", "FR", "MA", "PH", "SN", "ES"]


def verdict(met: bool) -> str:
    return "target met" if met else "TARGET MISSED"


class PeakMemory:
    """Peak resident memory of this process during the block (kernel high-water mark, reset
    through /proc/self/clear_refs, plus sampling)."""

    def __enter__(self):
        try:
            with open("/proc/self/clear_refs", "w") as handle:
                handle.write("5")
        except OSError:
            pass
        self.before = self.peak = self._read("VmRSS")
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self):
        while not self._stop.wait(0.01):
            self.peak = max(self.peak, self._read("VmRSS"))

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._read("VmRSS"), self._read("VmHWM"))

    @staticmethod
    def _read(field: str) -> int:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
        return 0

    @property
    def peak_mb(self) -> float:
        return self.peak / 1024


FILLER = 4000  # generated words per language besides the meaningful ones
_vocabularies: dict[str, tuple[list[str], list[float]]] = {}


def _vocabulary(language: str) -> tuple[list[str], list[float]]:
    """Words with Zipf-like frequencies, as in real text: the meaningful words are spread
    over ranks 20–600 among generated filler words (so a query matches some items, not all)."""
    if language not in _vocabularies:
        rng = random.Random(language)
        filler = [
            "".join(rng.choice("abcdefghilmnoprstu") for _ in range(rng.randint(3, 10)))
            for _ in range(FILLER)
        ]
        for number, word in enumerate(WORDS[language]):
            filler.insert(20 + number * 600 // len(WORDS[language]), word)
        weights, total = [], 0.0
        for rank in range(1, len(filler) + 1):
            total += 1 / rank
            weights.append(total)
        _vocabularies[language] = (filler, weights)
    return _vocabularies[language]


def _text(rng: random.Random, language: str, words: int) -> str:
    vocabulary, weights = _vocabulary(language)
    return " ".join(rng.choices(vocabulary, cum_weights=weights, k=words)) + "."


def generate(total: int, start_at: int, rng: random.Random) -> None:
    """Add items ``start_at`` … ``total``: 60 % library documents (with text), 40 % forum
    topics and replies, in bulk (the index is built afterwards by the rebuild)."""
    from django.db import transaction

    from forum.models import Category, Post, Topic
    from library.models import DocumentCountry, LibraryDocument
    from network import keys
    from network.countries import regional_group
    from network.models import User

    category = Category.objects.get(slug="information-management")
    author = User.objects.get(username="mechanism")
    audiences = [("public", [keys.PUBLIC]), ("members", [keys.MEMBERS, keys.SECRETARIAT])]
    batch = 2000
    for offset in range(start_at, total, batch):
        size = min(batch, total - offset)
        documents, topics = [], []
        for number in range(offset, offset + size):
            language = rng.choice(["es", "es", "en", "pt", "fr"])
            year = rng.randint(2018, 2025)
            if number % 5 < 3:
                audience, held = rng.choice(audiences)
                country = rng.choice(COUNTRIES)
                documents.append(
                    LibraryDocument(
                        title=_text(rng, language, 6).capitalize(),
                        file=f"documents/bench-{number}.pdf",
                        abstract=_text(rng, language, 40),
                        extracted_text=_text(rng, language, 250),
                        language=language,
                        country_codes=country,
                        publication_date=datetime.date(year, rng.randint(1, 12), 1),
                        status=LibraryDocument.Status.READY,
                        review_status=LibraryDocument.Review.PUBLISHED,
                        audience=audience,
                        audience_keys=keys.join(held),
                    )
                )
            else:
                topics.append((language, year))
        with transaction.atomic():
            created = LibraryDocument.objects.bulk_create(documents)
            if created and created[0].pk is None:
                created = list(LibraryDocument.objects.order_by("-pk")[: len(documents)])
            DocumentCountry.objects.bulk_create(
                DocumentCountry(
                    document=document,
                    code=document.country_codes,
                    regional_group=regional_group(document.country_codes) or "",
                )
                for document in created
            )
            moment = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
            new_topics = Topic.objects.bulk_create(
                Topic(
                    category=category,
                    title=_text(rng, language, 7).capitalize(),
                    language=language,
                    author=author,
                    last_activity_at=moment,
                    post_count=2,
                )
                for language, _year in topics[::2]
            )
            if new_topics and new_topics[0].pk is None:
                new_topics = list(Topic.objects.order_by("-pk")[: len(topics[::2])])
            posts = []
            for topic in new_topics:
                for position in (1, 2):
                    body = _text(rng, topic.language, 80)
                    posts.append(
                        Post(
                            topic=topic,
                            position=position,
                            author=author,
                            body=body,
                            body_html=body,
                            language=topic.language,
                        )
                    )
            Post.objects.bulk_create(posts)


def indexed_items() -> int:
    from search import indexing

    return indexing.count()


def time_queries() -> tuple[float, float]:
    from search.engines import SearchRequest
    from search.engines.database import DatabaseEngine
    from tests.roles import person

    engine = DatabaseEngine()
    user = person("mechanism")
    samples = []
    for _round in range(ROUNDS):
        for text, filters in QUERIES:
            started = time.perf_counter()
            engine.search(SearchRequest(text=text, user=user, filters=dict(filters)))
            samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def run(sizes: list[int]) -> dict:
    """Measure on the configured database; returns the figures as a dict."""
    from django.conf import settings

    folder = None
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        # A file, as in use: an in-memory test database would count itself as the rebuild's
        # memory.
        folder = tempfile.mkdtemp(prefix="bench-search-")
        settings.DATABASES["default"]["TEST"] = {"NAME": os.path.join(folder, "bench.sqlite3")}
    teardown = start()
    try:
        from django.db import connection

        from search import indexing

        rng = random.Random(7)
        figures = {"vendor": connection.vendor, "sizes": {}}
        generated = 0
        for size in sizes:
            generate(size, generated, rng)
            generated = size
            with PeakMemory() as memory:
                started = time.perf_counter()
                done = indexing.rebuild(elastic=False)
                seconds = time.perf_counter() - started
            median, p95 = time_queries()
            figures["sizes"][size] = {
                "items": done,
                "rebuild_s": seconds,
                "items_per_s": done / seconds,
                "peak_mb": memory.peak_mb,
                "median_ms": median,
                "p95_ms": p95,
            }
            print(
                f"  {connection.vendor} {size:>7}: rebuild {done} in {seconds:.1f} s, "
                f"median {median:.1f} ms, p95 {p95:.1f} ms",
                file=sys.stderr,
            )
        return figures
    finally:
        teardown()
        if folder:
            shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", nargs="+", type=int, default=[10_000, 100_000])
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.one:
        print(json.dumps(run(arguments.sizes)))
        return
    runs = []
    postgres = os.environ.get(
        "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/search_bench"
    )
    for label, url in (("SQLite", ""), ("PostgreSQL", postgres)):
        env = (
            {**os.environ, "DATABASE_URL": url}
            if url
            else {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
        )
        env.pop("ELASTICSEARCH_URL", None)
        command = [sys.executable, __file__, "--one", "--sizes", *map(str, arguments.sizes)]
        print(f"{label}…", file=sys.stderr)
        done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
        sys.stderr.write(done.stderr[-2000:] if done.returncode else done.stderr)
        if done.returncode:
            print(f"{label}: not measured (exit {done.returncode})")
            continue
        runs.append((label, json.loads(done.stdout.strip().splitlines()[-1])))

    rows = []
    for label, figures in runs:
        for size, values in figures["sizes"].items():
            rows.append(
                [
                    label,
                    f"{int(size):,}",
                    f"{values['median_ms']:.1f}",
                    f"{values['p95_ms']:.1f}",
                    f"{values['items_per_s']:,.0f}",
                    f"{values['peak_mb']:.0f}",
                ]
            )
    print(f"\n{len(QUERIES)} queries with facets × {ROUNDS} rounds, as the 'mechanism' member")
    print(
        table(
            ["database", "items", "median ms", "p95 ms", "rebuild items/s", "rebuild peak MB"],
            rows,
        )
    )
    print()
    for label, figures in runs:
        sizes = sorted(figures["sizes"], key=int)
        small, large = figures["sizes"][sizes[0]], figures["sizes"][sizes[-1]]
        ratio = large["p95_ms"] / small["p95_ms"] if small["p95_ms"] else 0
        print(
            f"{label}: p95 at {int(sizes[-1]):,} is {ratio:.1f}× p95 at {int(sizes[0]):,} "
            f"(at most {MAX_P95_RATIO}×): {verdict(ratio <= MAX_P95_RATIO)}; rebuild peak "
            f"{large['peak_mb']:.0f} MB (at most {MAX_REBUILD_MB}): "
            f"{verdict(large['peak_mb'] <= MAX_REBUILD_MB)}"
        )


if __name__ == "__main__":
    main()
