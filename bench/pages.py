"""Figures for the site's pages: SQL queries with 10 and 1,000 news items, and page weight.

Run: .venv/bin/python bench/pages.py   (or `make bench`)
"""

import statistics
import time

from _setup import ROOT, start, table


def main() -> None:
    teardown = start()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import translation

    from cms.demo import content
    from cms.models import NewsIndexPage, NewsPage

    client = Client()
    index = NewsIndexPage.objects.get()
    urls = {
        "home": "/en/",
        "content (about)": f"/en/{content.ABOUT['en']['slug']}/",
        "event": f"/en/{content.EVENT['en']['slug']}/",
        "news index": f"/en/{content.NEWS_INDEX['en']['slug']}/",
        "news item": f"/en/{content.NEWS_INDEX['en']['slug']}/"
        f"{content.NEWS_DECLARATION['en']['slug']}/",
    }

    def add_news(total: int) -> None:
        have = NewsPage.objects.count()
        with translation.override("es"):
            for number in range(have, total):
                index.add_child(
                    instance=NewsPage(
                        title=f"Noticia {number}",
                        title_en=f"News {number}",
                        slug=f"noticia-{number}",
                        slug_en=f"news-{number}",
                        date="2025-01-01",
                    )
                )

    def measure(url: str) -> tuple[int, float]:
        client.get(url)  # warm the site-root cache, as on a running server
        times = []
        for _ in range(5):
            start_time = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            times.append(time.perf_counter() - start_time)
            assert response.status_code == 200, (url, response.status_code)
        return len(queries), statistics.median(times) * 1000

    rows = {name: [name] for name in urls}
    for total in (10, 1000):
        print(f"adding news items up to {total}...", flush=True)
        add_news(total)
        for name, url in urls.items():
            count, ms = measure(url)
            rows[name] += [count, f"{ms:.1f}"]
    print()
    print(
        table(
            ["page", "SQL (10 news)", "ms (10)", "SQL (1,000 news)", "ms (1,000)"],
            list(rows.values()),
        )
    )

    html = client.get(urls["home"]).content
    css = (ROOT / "cms" / "static" / "cms" / "site.css").read_bytes()
    print()
    print(
        f"home page weight: HTML {len(html) / 1024:.1f} KB + CSS {len(css) / 1024:.1f} KB "
        f"+ JS 0 KB = {(len(html) + len(css)) / 1024:.1f} KB (budget 60 KB)"
    )
    teardown()


if __name__ == "__main__":
    main()
