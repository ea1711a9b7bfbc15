"""Figures for the network pages: SQL queries with 20 and 193 Member States.

Run: .venv/bin/python bench/network.py
"""

import statistics
import time

from _setup import start, table


def main() -> None:
    teardown = start()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from network.countries import UN_MEMBERS
    from network.models import Organisation, User

    member = Client()
    member.force_login(User.objects.get(username="mechanism"))
    visitor = Client()
    paraguay = Organisation.objects.get(acronym="NMIRF-PY")
    pages = {
        "members (public)": (visitor, "/en/members/"),
        "map.svg (public)": (visitor, "/en/members/map.svg"),
        "directory": (member, "/en/members/directory/"),
        "directory, GRULAC": (member, "/en/members/directory/?group=grulac"),
        "directory, page 2": (member, "/en/members/directory/?page=2"),
        "organisation": (member, f"/en/members/organisations/{paraguay.pk}/"),
    }

    def grow_to(total: int) -> None:
        have = set(
            Organisation.objects.filter(
                kind="state", status__in=["member", "observer"]
            ).values_list("country", flat=True)
        )
        for number, code in enumerate(sorted(UN_MEMBERS)):
            if len(have) >= total:
                break
            if code in have:
                continue
            organisation = Organisation.objects.create(
                name=f"National mechanism {code}",
                kind="state",
                country=code,
                status="observer" if number % 5 == 0 else "member",
                admitted_on="2024-05-09",
            )
            User.objects.create_user(
                f"focal-{code}",
                f"focal-{code}@example.org",
                "x",
                organisation=organisation,
                organisation_role="focal_point",
            )
            have.add(code)

    def measure(client, url: str) -> tuple[int, float]:
        client.get(url)
        times, count = [], 0
        for _ in range(5):
            started = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            times.append(time.perf_counter() - started)
            assert response.status_code == 200, (url, response.status_code)
            count = len(queries)
        return count, statistics.median(times) * 1000

    rows = {name: [name] for name in pages}
    for total in (20, 193):
        grow_to(total)
        for name, (client, url) in pages.items():
            count, ms = measure(client, url)
            rows[name] += [count, f"{ms:.1f}"]
    print(
        table(
            ["page", "SQL (20 States)", "ms (20)", "SQL (193 States)", "ms (193)"],
            list(rows.values()),
        )
    )
    size = len(visitor.get("/en/members/map.svg").content)
    print(f"\nmap.svg with 193 States: {size / 1024:.0f} KB")
    teardown()


if __name__ == "__main__":
    main()
