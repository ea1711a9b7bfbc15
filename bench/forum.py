"""Figures for the forum (issue 5): topic pages, posting into a large forum, requests per second.

Run: .venv/bin/python bench/forum.py [--quick] [--no-server] [--duration 15]

a. Topic pages, first and last page of topics of 20 and 2,000 replies, as the demo member
   "mechanism" in an all-members category: SQL queries and median server time over 20 requests
   per page, taken in turns (Django test client), in an almost empty forum and again once the
   forum is full. The 2,000-reply topic's last page holds one post (2,001 posts), so its last
   full page is timed too.
b. forum.posting.reply() called directly by the demo moderator (never rate-limited): median time
   of 50 replies in the almost empty forum and in the full one (200,000 topics and 1,000,000
   posts; --quick: 20,000 and 100,000).
c. Requests per second for the 2,000-reply topic under gunicorn (2 workers, production settings)
   on loopback, beside a bare Django view returning a fixed 20 KB page (bench/_bare.py), with
   wrk if installed, else a Python loader; 8 connections. The bare view runs before and after
   the topic pages; the better run is the ceiling. The database is a file-backed SQLite in a
   temporary folder, or DATABASE_URL when set (e.g. PostgreSQL at 127.0.0.1:5432): that
   database is migrated and filled, so it must be a scratch one (refused if it already holds
   more than 1,000 forum posts). The cache is REDIS_URL when set, as in docker-compose.yml
   (e.g. redis://127.0.0.1:6379/15, emptied first), else each worker's own memory.

Parts a and b use the throw-away in-memory test database of bench/_setup.py.
"""

import argparse
import gc
import http.client
import json
import multiprocessing
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from html import escape
from pathlib import Path

from _gunicorn import Server, prepare_scratch_site, server_env
from _setup import ROOT, start, table

FULL = (200_000, 1_000_000)
QUICK = (20_000, 100_000)
USERS = 500
CATEGORIES = 8
PAGE_REQUESTS = 20
REPLIES = 50
CONNECTIONS = 8
QUERY_LIMIT = 12
PAGE_RATIO_TARGET = 1.2
PAGE_SIZE = 20  # forum.models.PAGE_SIZE
REPLY_RATIO_TARGET = 1.5
RPS_SHARE_TARGET = 0.03

REPLY_BODY = (
    "Gracias por compartir. En nuestro caso **agrupamos las recomendaciones** por derecho:\n\n"
    "- una matriz compartida\n- reuniones trimestrales\n\n"
    "¿Cuánto tiempo les llevó la puesta en marcha?"
)


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


# a. Topic pages ---------------------------------------------------------------------------------


def topic_pages(client, cases: list[tuple[str, str]]) -> list[tuple[str, set[int], float, float]]:
    """(name, SQL counts seen, median ms, median CPU ms) per (name, url). The timed requests go
    round the cases in turn, so a busy moment of the machine weighs on all of them alike; the
    CPU time (this process's, which runs the in-memory SQLite too) ignores other processes."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def fetch(url: str) -> None:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)

    counts = {}
    for name, url in cases:
        fetch(url)  # warm: templates, and the read position written once
        fetch(url)
        counts[name] = set()
        for _ in range(3):
            with CaptureQueriesContext(connection) as queries:
                fetch(url)
            counts[name].add(len(queries))
    wall = {name: [] for name, _url in cases}
    cpu = {name: [] for name, _url in cases}
    gc.collect()
    for _ in range(PAGE_REQUESTS):
        for name, url in cases:
            started, started_cpu = time.perf_counter(), time.process_time()
            fetch(url)
            wall[name].append(time.perf_counter() - started)
            cpu[name].append(time.process_time() - started_cpu)
    return [(name, counts[name], ms(wall[name]), ms(cpu[name])) for name, _url in cases]


def ms(seconds: list[float]) -> float:
    """The median, in milliseconds."""
    return statistics.median(seconds) * 1000


def page_cases(small, big) -> list[tuple[str, str]]:
    """First and last page of both topics; for the 2,000-reply topic (2,001 posts, so its last
    page holds one post) also its last full page, for a like-for-like comparison."""
    from django.urls import reverse
    from django.utils import translation

    def url(topic) -> str:
        with translation.override("en"):  # /en/forum/t/<pk>/?page=N
            return reverse("forum:topic", args=[topic.pk])

    cases = []
    for label, topic in (("20 replies", small), ("2,000 replies", big)):
        last = topic.page_count
        cases.append((f"{label}, first page", f"{url(topic)}?page=1"))
        cases.append((f"{label}, last page (p. {last})", f"{url(topic)}?page={last}"))
    if big.post_count % PAGE_SIZE:
        full = big.post_count // PAGE_SIZE
        cases.append((f"2,000 replies, last full page (p. {full})", f"{url(big)}?page={full}"))
    return cases


def report_pages(columns: list[tuple[str, list]]) -> None:
    headers, rows = ["topic page"], {}
    for label, results in columns:
        headers += [f"SQL ({label})", "ms", "CPU ms"]
        for name, counts, wall, cpu in results:
            rows.setdefault(name, [name])
            rows[name] += ["/".join(str(c) for c in sorted(counts)), f"{wall:.1f}", f"{cpu:.1f}"]
    print(table(headers, list(rows.values())))
    all_counts = {c for _label, results in columns for _n, counts, *_ in results for c in counts}
    same = len(all_counts) == 1
    print(
        f"\nSQL queries: {', '.join(str(c) for c in sorted(all_counts))} - same in every case: "
        f"{verdict(same)}; at most {QUERY_LIMIT}: {verdict(max(all_counts) <= QUERY_LIMIT)}"
    )
    for label, results in columns:
        times = {name: (wall, cpu) for name, _counts, wall, cpu in results}
        first = times["2,000 replies, first page"]
        for name, (wall, cpu) in times.items():
            if name.startswith("2,000 replies, last"):
                ratio, cpu_ratio = wall / first[0], cpu / first[1]
                print(
                    f"2,000-reply topic, {label}, {name[15:]} / first page: "
                    f"{ratio:.2f}x by time, {cpu_ratio:.2f}x by CPU time (target <= "
                    f"{PAGE_RATIO_TARGET}x: {verdict(ratio <= PAGE_RATIO_TARGET)} by time, "
                    f"{verdict(cpu_ratio <= PAGE_RATIO_TARGET)} by CPU time)"
                )


# b. Posting a reply -----------------------------------------------------------------------------


def time_replies(topic_pks: list[int], author) -> tuple[list[float], list[float], int]:
    """Seconds per reply() call, one reply per topic (each the author's first in that topic,
    so every call takes the same path); the first 3 calls warm up, the 3rd is counted in SQL."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext, override_settings

    from forum.models import Topic
    from forum.posting import reply

    topics = Topic.objects.in_bulk(topic_pks)
    times, cpu_times, queries = [], [], 0
    gc.collect()
    with override_settings(FORUM_NEW_MEMBER_POSTS=0):
        for number, pk in enumerate(topic_pks):
            if number == 2:
                with CaptureQueriesContext(connection) as captured:
                    reply(topics[pk], author, body=REPLY_BODY, language="es")
                queries = len(captured)
                continue
            started, started_cpu = time.perf_counter(), time.process_time()
            reply(topics[pk], author, body=REPLY_BODY, language="es")
            elapsed, cpu = time.perf_counter() - started, time.process_time() - started_cpu
            if number >= 3:
                times.append(elapsed)
                cpu_times.append(cpu)
    return times, cpu_times, queries


def in_memory_parts(sizes: tuple[int, int]) -> None:
    teardown = start()
    try:
        run_in_memory_parts(sizes)
    finally:
        teardown()


def run_in_memory_parts(sizes: tuple[int, int]) -> None:
    from django.test import Client

    from forum.management.forumdata import ForumData
    from forum.models import Post, Topic
    from network.models import User

    topics, posts = sizes
    data = ForumData(seed=5)
    authors = data.users(USERS)
    categories = data.categories(CATEGORIES)
    members = categories[0]
    assert members.audience == "members"
    small = data.topic(members, 20, authors, participants=8)
    big = data.topic(members, 2_000, authors, participants=40)
    # Where the replies of part b go: one reply per topic, in topics of 4 posts.
    targets = [data.topic(members, 3, authors, participants=3).pk for _ in range(REPLIES + 3)]
    data.finish()

    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(User.objects.get(username="mechanism"))
    moderator = User.objects.get(username="moderator")
    cases = page_cases(small, big)
    forum_size = f"{Topic.objects.count():,} topics"
    columns, problems = [], []
    try:
        columns.append((forum_size, topic_pages(client, cases)))
    except Exception:  # report it and go on with the other parts
        problems.append("a (almost empty forum): " + traceback.format_exc(limit=3))

    replies = {}
    try:
        replies["almost empty"] = (
            (Topic.objects.count(), Post.objects.count()),
            time_replies(targets, moderator),
        )
    except Exception:
        problems.append("b (almost empty forum): " + traceback.format_exc(limit=3))

    print(f"\nfilling the forum: {topics:,} topics, {posts:,} posts ...", flush=True)
    filler = ForumData(seed=6, out=lambda line: print("  " + line, flush=True))
    filler.topics(topics, posts, categories, authors)
    filler.finish()
    forum_size = f"{Topic.objects.count():,} topics"

    try:
        columns.append((forum_size, topic_pages(client, cases)))
    except Exception:
        problems.append("a (full forum): " + traceback.format_exc(limit=3))
    try:
        pks = list(
            Topic.objects.filter(category__in=categories)
            .exclude(pk__in=[*targets, small.pk, big.pk])
            .values_list("pk", flat=True)
        )
        chosen = random.Random(7).sample(pks, REPLIES + 3)
        replies["full"] = (
            (Topic.objects.count(), Post.objects.count()),
            time_replies(chosen, moderator),
        )
    except Exception:
        problems.append("b (full forum): " + traceback.format_exc(limit=3))

    print(
        f"\na. Topic pages as a member (Django test client; medians of {PAGE_REQUESTS} requests "
        "per page, wall-clock and CPU time)\n"
    )
    if columns:
        report_pages(columns)
    print("\nb. forum.posting.reply() called directly, as a moderator (not rate-limited)\n")
    rows = []
    for label, ((n_topics, n_posts), (times, cpu_times, queries)) in replies.items():
        rows.append(
            [
                label,
                f"{n_topics:,}",
                f"{n_posts:,}",
                len(times),
                queries,
                f"{ms(times):.2f}",
                f"{statistics.quantiles(times, n=10)[-1] * 1000:.2f}",
                f"{ms(cpu_times):.2f}",
            ]
        )
    if rows:
        headers = ["forum", "topics", "posts", "replies", "SQL/reply", "median ms", "p90 ms"]
        print(table([*headers, "median CPU ms"], rows))
    if len(replies) == 2:
        (_e, (empty, empty_cpu, _q)), (_f, (full, full_cpu, _q2)) = (
            replies["almost empty"],
            replies["full"],
        )
        ratio, cpu_ratio = ms(full) / ms(empty), ms(full_cpu) / ms(empty_cpu)
        print(
            f"\nfull/almost empty: {ratio:.2f}x by time, {cpu_ratio:.2f}x by CPU time "
            f"(target <= {REPLY_RATIO_TARGET}x: {verdict(ratio <= REPLY_RATIO_TARGET)} by time, "
            f"{verdict(cpu_ratio <= REPLY_RATIO_TARGET)} by CPU time)"
        )
    for problem in problems:
        print(f"\ncould not run part {problem}")


# c. Requests per second under gunicorn ---------------------------------------------------------


def prepare_server_db(topics: int, posts: int) -> None:
    """Run in a subprocess with the production settings: migrate, static files, demo accounts,
    the generated forum and a 2,000-reply topic; prints what the load test needs as JSON."""
    prepare_scratch_site(most_posts=1_000)
    from django.conf import settings
    from django.test import Client
    from django.urls import reverse
    from django.utils import translation

    from forum.management.forumdata import ForumData
    from network.models import User

    data = ForumData(seed=8, out=lambda line: print("  " + line, file=sys.stderr, flush=True))
    authors = data.users(USERS)
    categories = data.categories(CATEGORIES)
    data.topics(topics, posts, categories, authors)
    big = data.topic(categories[0], 2_000, authors, participants=40)
    data.finish()
    client = Client()
    client.force_login(User.objects.get(username="mechanism"))
    with translation.override("en"):
        url = reverse("forum:topic", args=[big.pk])
    cookie = settings.SESSION_COOKIE_NAME
    print(
        "SERVER-DB "
        + json.dumps(
            {
                "first": f"{url}?page=1",
                "last": f"{url}?page={big.page_count}",
                "cookie": f"{cookie}={client.cookies[cookie].value}",
                "title": big.title,
                "database": settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1],
            }
        )
    )


def get(port: int, path: str, headers: dict) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def _load_thread(port, request, deadline, results) -> None:
    """Send ``request`` (raw bytes, "Connection: close") again and again until ``deadline``;
    a new connection each time, as gunicorn's sync workers close after every response."""
    statuses, latencies = Counter(), []
    while time.time() < deadline:
        started = time.perf_counter()
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
                sock.sendall(request)
                chunks = []
                while chunk := sock.recv(65536):
                    chunks.append(chunk)
            head = b"".join(chunks[:2])[:64]
            statuses[int(head.split(b" ", 2)[1])] += 1
            latencies.append(time.perf_counter() - started)
        except (OSError, IndexError, ValueError):
            statuses["error"] += 1
    results.append((statuses, latencies, time.time()))


def _load_process(port, request, threads, deadline, queue) -> None:
    results = []
    workers = [
        threading.Thread(target=_load_thread, args=(port, request, deadline, results))
        for _ in range(threads)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    statuses, latencies = Counter(), []
    for s, lat, _end in results:
        statuses.update(s)
        latencies += lat
    queue.put((dict(statuses), latencies, max(end for _s, _l, end in results)))


def python_load(port: int, path: str, headers: dict, seconds: float) -> dict:
    """CONNECTIONS concurrent connections for ``seconds``: 2 processes x 4 threads."""
    lines = [f"GET {path} HTTP/1.1", f"Host: 127.0.0.1:{port}", "Connection: close"]
    request = "\r\n".join(lines + [f"{k}: {v}" for k, v in headers.items()] + ["", ""]).encode()
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    began = time.time()
    deadline = began + seconds
    processes = [
        context.Process(
            target=_load_process, args=(port, request, CONNECTIONS // 2, deadline, queue)
        )
        for _ in range(2)
    ]
    for process in processes:
        process.start()
    outcomes = [queue.get() for _ in processes]
    for process in processes:
        process.join()
    statuses, latencies = Counter(), []
    for s, lat, _end in outcomes:
        statuses.update(s)
        latencies += lat
    elapsed = max(end for _s, _l, end in outcomes) - began
    total = sum(statuses.values())
    return {
        "requests": total,
        "rps": total / elapsed,
        "non_2xx": sum(
            n for code, n in statuses.items() if code != "error" and not 200 <= code < 300
        ),
        "errors": statuses.get("error", 0),
        "statuses": dict(statuses),
        "median_ms": statistics.median(latencies) * 1000 if latencies else float("nan"),
    }


WRK_SCRIPT = """
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) bad = 0 end
function response(status, headers, body)
  if status < 200 or status > 299 then bad = bad + 1 end
end
function done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do total = total + t:get("bad") end
  io.write(string.format("NON2XX %d\\n", total))
  io.write(string.format("ERRORS %d\\n", summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout))
  io.write(string.format("MEDIAN_US %d\\n", latency:percentile(50)))
end
"""


def wrk_load(port: int, path: str, headers: dict, seconds: float, folder: Path) -> dict:
    script = folder / "count.lua"
    script.write_text(WRK_SCRIPT)
    command = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{int(seconds)}s", "-s", str(script)]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run(
        [*command, f"http://127.0.0.1:{port}{path}"], capture_output=True, text=True, check=True
    ).stdout
    requests = int(re.search(r"(\d+) requests in", output)[1])
    return {
        "requests": requests,
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1]),
        "non_2xx": int(re.search(r"NON2XX (\d+)", output)[1]),
        "errors": int(re.search(r"ERRORS (\d+)", output)[1]),
        "statuses": {},
        "median_ms": int(re.search(r"MEDIAN_US (\d+)", output)[1]) / 1000,
    }


def load(port, path, headers, seconds, folder) -> dict:
    if shutil.which("wrk"):
        return wrk_load(port, path, headers, seconds, folder)
    return python_load(port, path, headers, seconds)


def server_part(sizes: tuple[int, int], seconds: float) -> None:
    topics, posts = sizes
    folder = Path(tempfile.mkdtemp(prefix="nmirf-forum-bench-"))
    env = server_env(folder)
    loader = (
        "wrk -t2 -c8"
        if shutil.which("wrk")
        else "wrk not installed: Python loader, 2 processes x 4 threads, raw sockets"
    )
    print(
        f"\nc. Requests per second under gunicorn (2 workers, cms.settings.production), "
        f"{CONNECTIONS} connections, {seconds:.0f} s each, {loader}"
    )
    print(f"preparing {env['DATABASE_URL'].split('://')[0]} database in {folder} ...", flush=True)
    if env.get("REDIS_URL"):
        import redis

        redis.Redis.from_url(env["REDIS_URL"]).flushdb()
    try:
        prepared = subprocess.run(
            [sys.executable, __file__, "--prepare-server-db", str(topics), str(posts)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if prepared.returncode:
            print(prepared.stderr[-3000:])
            print("could not run part c: preparing the database failed")
            return
        line = next(x for x in prepared.stdout.splitlines() if x.startswith("SERVER-DB "))
        info = json.loads(line[len("SERVER-DB ") :])
        headers = {"Cookie": info["cookie"], "Accept-Language": "en"}
        os.sync()  # the database just written should not be flushed during the load tests
        rows, results = [], {}
        bare_app = ["--pythonpath", str(ROOT / "bench"), "_bare:application"]
        site_app = ["cms.wsgi:application"]
        # The bare view before and after the topic pages; the better run is the ceiling.
        targets = [
            ("bare Django view (20 KB)", bare_app, "/"),
            ("topic, 2,000 replies, first page", site_app, info["first"]),
            ("topic, 2,000 replies, last page", site_app, info["last"]),
            ("bare Django view (20 KB), again", bare_app, "/"),
        ]
        for name, app, path in targets:
            server = Server(app, env, folder / "gunicorn.log")
            try:
                status, body = get(server.port, path, headers)
                if status != 200:
                    print(f"could not run {name}: {path} answered {status}")
                    continue
                if app is site_app and escape(info["title"]).encode() not in body:
                    print(f"warning: {path} does not show the topic's title")
                size = len(body)
                load(server.port, path, headers, 2, folder)  # warm both workers
                result = load(server.port, path, headers, seconds, folder)
            finally:
                server.stop()
            results[name] = result
            rows.append(
                [
                    name,
                    f"{size / 1024:.1f}",
                    f"{result['requests']:,}",
                    f"{result['rps']:.1f}",
                    f"{result['median_ms']:.1f}",
                    result["non_2xx"],
                    result["errors"],
                ]
            )
        cache = "Redis" if env.get("REDIS_URL") else "per-process memory"
        print(f"database: {info['database']}, {topics:,} generated topics + demo data")
        print(f"cache: {cache}\n")
        print(table(["server", "KB", "requests", "req/s", "median ms", "non-2xx", "errors"], rows))
        bare_runs = [result for name, result in results.items() if name.startswith("bare")]
        if not bare_runs:
            return
        ceiling = max(result["rps"] for result in bare_runs)
        print(f"\nceiling: the better bare run, {ceiling:.1f} req/s")
        for name, result in results.items():
            if name.startswith("bare"):
                continue
            share = result["rps"] / ceiling
            clean = result["non_2xx"] == 0 and result["errors"] == 0
            print(
                f"{name}: {share:.1%} of the ceiling (target >= {RPS_SHARE_TARGET:.0%}: "
                f"{verdict(share >= RPS_SHARE_TARGET)}); non-2xx {result['non_2xx']}, "
                f"errors {result['errors']} (target 0: {verdict(clean)})"
            )
    except Exception:  # report it: the other parts' figures stand
        print("could not run part c:\n" + traceback.format_exc(limit=4))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="20,000 topics / 100,000 posts")
    parser.add_argument("--no-server", action="store_true", help="skip part c (gunicorn)")
    parser.add_argument("--only-server", action="store_true", help="only part c")
    parser.add_argument("--duration", type=float, default=15, help="seconds per load test")
    parser.add_argument("--prepare-server-db", nargs=2, type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.prepare_server_db:
        prepare_server_db(*args.prepare_server_db)
        return
    sizes = QUICK if args.quick else FULL
    print(
        f"Forum sizes: {sizes[0]:,} topics and {sizes[1]:,} posts "
        f"({'--quick' if args.quick else 'full size'}), {USERS} generated members, "
        f"{CATEGORIES} categories"
    )
    started = time.perf_counter()
    if not args.only_server:
        in_memory_parts(sizes)
    if not args.no_server:
        server_part(sizes, args.duration)
    print(f"\n(bench ran {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
