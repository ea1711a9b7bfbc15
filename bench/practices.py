"""Figures for the good practices: SQL queries and time of the filtered index with 10 and 5,000
practices, for a visitor and for a signed-in member.

Run: .venv/bin/python bench/practices.py
"""

import itertools
import random
import statistics
import time
import uuid

from _setup import start, table

SIZES = (10, 5000)
ROLES = ("visitor", "mechanism")
URLS = {
    "index": "/en/good-practices/",
    "group + topic": "/en/good-practices/?group=grulac&topic=participation",
    "SDG, by title, page 2": "/en/good-practices/?sdg=sdg-16&sort=title&page=2",
    "country + capacity + mechanism": (
        "/en/good-practices/?country=PY&capacity=consultation&mechanism=upr&sort=start"
    ),
}
COUNTRIES = ["PY", "CR", "PT", "MA", "CL", "KE", "PH", "FR"]


def add_practices(total: int) -> None:
    """Bulk-insert live practices under the index (page rows, then their own rows and tags)."""
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.utils import timezone
    from wagtail.models import Page

    from cms.models import GoodPracticeIndexPage, GoodPracticePage
    from network import keys
    from network.countries import regional_group
    from network.models import SDG, Capacity, RecommendationMechanism, Topic

    index = GoodPracticeIndexPage.objects.get()
    have = GoodPracticePage.objects.child_of(index).count()
    if have >= total:
        return
    languages = [code for code, _name in settings.LANGUAGES]
    content_type = ContentType.objects.get_for_model(GoodPracticePage)
    last = index.get_last_child()
    step = GoodPracticePage._str2int(last.path[-GoodPracticePage.steplen :]) if last else 0
    rng = random.Random(total)
    vocab = {
        "topics": list(Topic.objects.all()),
        "capacities": list(Capacity.objects.all()),
        "mechanisms": list(RecommendationMechanism.objects.all()),
        "sdgs": list(SDG.objects.all()),
    }
    now = timezone.now()
    with transaction.atomic():
        pages = []
        for number in range(have, total):
            step += 1
            slug = f"bench-practice-{number}"
            fields = {
                "content_type": content_type,
                "path": GoodPracticePage._get_path(index.path, index.depth + 1, step),
                "depth": index.depth + 1,
                "numchild": 0,
                "translation_key": uuid.uuid4(),
                "locale_id": index.locale_id,
                "live": True,
                "first_published_at": now,
                "last_published_at": now,
                "draft_title": f"Práctica {number}",
            }
            for code in languages:
                fields[f"title_{code}"] = f"Practice {number} ({code})"
                fields[f"slug_{code}"] = slug
                fields[f"url_path_{code}"] = f"{getattr(index, f'url_path_{code}')}{slug}/"
            fields.update(title=fields["title_es"], slug=slug, url_path=fields["url_path_es"])
            pages.append(Page(**fields))
        Page.objects.bulk_create(pages, batch_size=500)
        created = Page.objects.filter(path__in=[page.path for page in pages]).values_list(
            "pk", flat=True
        )
        relations = {name: [] for name in vocab}
        for pk in created:
            country = rng.choice(COUNTRIES)
            audience = rng.choice(["public", "public", "members"])
            practice = GoodPracticePage(
                page_ptr_id=pk,
                country=country,
                regional_group=regional_group(country) or "",
                audience=audience,
                audience_keys=keys.join(keys.item_keys(audience)),
                start_year=rng.randint(2005, 2025),
                **{f"{name}_es": "<p>…</p>" for name in ("context", "objectives", "results")},
                summary_es="Resumen",
                summary_en="Summary",
            )
            practice.save_base(raw=True)  # its own row only; the page row exists
            for name, terms in vocab.items():
                field = GoodPracticePage._meta.get_field(name)
                target = f"{field.m2m_reverse_field_name()}_id"
                for term in rng.sample(terms, k=min(2, len(terms))):
                    relations[name].append(
                        field.remote_field.through(goodpracticepage_id=pk, **{target: term.pk})
                    )
        for name, rows in relations.items():
            getattr(GoodPracticePage, name).through.objects.bulk_create(rows, batch_size=1000)
        index.numchild = GoodPracticePage.objects.child_of(index).count()
        index.save(update_fields=["numchild"], clean=False)


def main() -> None:
    teardown = start()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from cms.demo.practices import load_practices
    from network.models import User

    load_practices()
    clients = {"visitor": Client()}
    member = Client()
    member.force_login(User.objects.get(username="mechanism"))
    clients["mechanism"] = member

    def measure(client, url: str) -> tuple[int, float, int]:
        client.get(url)  # warm the site-root cache, as on a running server
        times = []
        for _ in range(5):
            start_time = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            times.append(time.perf_counter() - start_time)
            assert response.status_code == 200, (url, response.status_code)
        return len(queries), statistics.median(times) * 1000, response.context["total"]

    rows = {(name, role): [name, role] for name, role in itertools.product(URLS, ROLES)}
    for size in SIZES:
        print(f"adding good practices up to {size}...", flush=True)
        add_practices(size)
        for (name, role), row in rows.items():
            count, ms, total = measure(clients[role], URLS[name])
            row += [count, f"{ms:.1f}", total]
    headers = ["index", "reader"]
    for size in SIZES:
        headers += [f"SQL ({size:,})", f"ms ({size:,})", f"found ({size:,})"]
    print()
    print(table(headers, list(rows.values())))
    teardown()


if __name__ == "__main__":
    main()
