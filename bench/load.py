"""Load test (issue 8): gunicorn + PostgreSQL on loopback, 50 simulated users for 60 seconds.

Run: .venv/bin/python bench/load.py [--users 50] [--seconds 60] [--workers 3]

The users are the demo roles (mechanism, observer, nhri, cso, committee, moderator, editor, in
turn), each with its own session and CSRF cookie, and they mix:
  reading topics (the forum index and a topic they may see)          45 %
  posting replies (a unique marker in each body)                      20 %
  searching the library (catalogue filters: type, country, year…)     25 %
  uploading contributions (a small PDF; members of an organisation)   10 %
Printed: requests served, requests per second, p50/p95 latency per kind and overall, the count
of answers by status, and the number of 5xx (must be 0). Afterwards every reply and upload the
server accepted (302) is looked up in the database: each must be there (uploads processed).

The database is a scratch PostgreSQL database created for the run on 127.0.0.1:5432 (user
postgres, as CI provides) and dropped afterwards; or DATABASE_URL if it points at PostgreSQL
(refused if it already holds forum posts beyond the demo's).
"""

import argparse
import base64
import http.client
import json
import os
import random
import re
import secrets
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter, defaultdict
from pathlib import Path

from _gunicorn import Server, prepare_scratch_site, server_env
from _setup import ROOT, table

ROLES = ["mechanism", "observer", "nhri", "cso", "committee", "moderator", "editor"]
MIX = [("read", 45), ("reply", 20), ("search", 25), ("upload", 10)]
FILTERS = [
    "",
    "?country=PY",
    "?type=national-report",
    "?year=2024",
    "?topic=participation",
    "?sort=title",
    "?language=es&org_type=state_mechanism",
    "?group=GRULAC&page=2",
]


# Server-side steps (run in a subprocess with the production settings) ---------------------------


def prepare() -> None:
    """Migrate, collect static files, load the demo, make the demo roles established posters,
    and print per role: a session cookie, the topics it may read and reply to, and whether it
    may contribute to the library."""
    prepare_scratch_site(most_posts=100)
    from django.conf import settings
    from django.test import Client
    from django.test.utils import override_settings

    from forum import posting
    from forum.demo import load_discussions
    from forum.models import Topic
    from network import access
    from network.models import User

    load_discussions()
    roles = {}
    with override_settings(FORUM_NEW_MEMBER_POSTS=0):
        for role in ROLES:
            user = User.objects.get(username=role)
            topics = [
                topic
                for topic in Topic.objects.select_related("category").order_by("pk")
                if access.can_see(user, topic.category) and not topic.locked
            ]
            for topic in topics[:1] * 3:  # three approved posts: no longer a "new member"
                posting.reply(
                    topic, user, body=f"Warm-up reply by {role} (load test).", language="en"
                )
            client = Client()
            client.force_login(user)
            roles[role] = {
                "cookie": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "topics": [topic.pk for topic in topics],
                "contributes": access.admitted_organisation(user) is not None,
            }
    from network.demo import simple_pdf

    pdf = simple_pdf(["A contribution sent by the load test."])
    print(
        "PREPARED "
        + json.dumps(
            {
                "roles": roles,
                "cookie": settings.SESSION_COOKIE_NAME,
                "csrf_cookie": settings.CSRF_COOKIE_NAME,
                "pdf": base64.b64encode(pdf).decode(),
            }
        )
    )


def verify(markers_file: str) -> None:
    """Look up every accepted reply and upload; print what is missing."""
    import django

    django.setup()
    from django.utils import translation

    from forum.models import Post
    from library.models import LibraryDocument

    markers = json.loads(Path(markers_file).read_text())
    replies = set(markers["reply"])
    uploads = set(markers["upload"])
    found_replies = {
        marker
        for body in Post.objects.filter(body__contains="load-").values_list("body", flat=True)
        for marker in re.findall(r"load-[0-9a-f]{32}", body)
    }
    with translation.override("en"):  # the uploads were titled in English
        documents = list(LibraryDocument.objects.filter(title__startswith="load-"))
    states = Counter(f"{d.status}:{d.rejection_reason}" for d in documents)
    found_uploads = {
        d.title_en for d in documents if d.status == "ready" and d.file.storage.exists(d.file.name)
    }
    print(
        "VERIFIED "
        + json.dumps(
            {
                "replies": len(replies),
                "replies_missing": sorted(replies - found_replies),
                "uploads": len(uploads),
                "uploads_missing": sorted(uploads - found_uploads),
                "upload_states": dict(states),
            }
        )
    )


# The simulated users ----------------------------------------------------------------------------


class User:
    def __init__(self, number: int, port: int, role: str, prepared: dict):
        self.port = port
        self.role = role
        self.info = info = prepared["roles"][role]
        self.pdf = base64.b64decode(prepared["pdf"])
        self.csrf_cookie = prepared["csrf_cookie"]
        cookie_name = prepared["cookie"]
        self.random = random.Random(number)
        self.cookies = {cookie_name: info["cookie"]}
        self.results: list[tuple[str, int, float]] = []
        self.accepted: dict[str, list[str]] = defaultdict(list)

    def request(self, kind: str, method: str, path: str, body: bytes = b"", headers=None):
        headers = dict(headers or {})
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        headers["Host"] = f"127.0.0.1:{self.port}"
        if method == "POST":
            headers["X-CSRFToken"] = self.cookies.get(self.csrf_cookie, "")
            headers["Referer"] = f"http://127.0.0.1:{self.port}{path}"
        started = time.perf_counter()
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read()
            status = response.status
            for header, value in response.getheaders():
                if header.lower() == "set-cookie":
                    name, _, rest = value.partition("=")
                    self.cookies[name.strip()] = rest.split(";", 1)[0]
        except OSError:
            status, data = 0, b""
        finally:
            connection.close()
        self.results.append((kind, status, time.perf_counter() - started))
        return status, data

    def run(self, deadline: float) -> None:
        self.request("read", "GET", "/en/forum/")  # the CSRF cookie
        kinds = [kind for kind, weight in MIX for _ in range(weight)]
        while time.time() < deadline:
            kind = self.random.choice(kinds)
            if kind == "upload" and not self.info["contributes"]:
                kind = "search"
            getattr(self, kind)()

    def read(self) -> None:
        if self.random.random() < 0.3:
            self.request("read", "GET", "/en/forum/")
        else:
            topic = self.random.choice(self.info["topics"])
            self.request("read", "GET", f"/en/forum/t/{topic}/")

    def search(self) -> None:
        self.request("search", "GET", "/en/library/" + self.random.choice(FILTERS))

    def reply(self) -> None:
        topic = self.random.choice(self.info["topics"])
        marker = f"load-{uuid.uuid4().hex}"
        body = f"Reply from the load test ({self.role}), marker {marker}. Gracias por compartir."
        form = f"body={body.replace(' ', '+')}&language=en".encode()
        status, _data = self.request(
            "reply",
            "POST",
            f"/en/forum/t/{topic}/reply/",
            form,
            {"Content-Type": "application/x-www-form-urlencoded"},
        )
        if status == 302:
            self.accepted["reply"].append(marker)

    def upload(self) -> None:
        title = f"load-{uuid.uuid4().hex}"
        fields = {"title": title, "language": "en", "licence": "cc-by-4.0", "audience": "members"}
        boundary = secrets.token_hex(12)
        parts = [
            f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
            for k, v in fields.items()
        ]
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="load.pdf"\r\n'
            "Content-Type: application/pdf\r\n\r\n".encode()
            + self.pdf
            + b"\r\n"
        )
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        status, _data = self.request(
            "upload",
            "POST",
            "/en/library/contribute/",
            body,
            {"Content-Type": f"multipart/form-data; boundary={boundary}"},
        )
        if status == 302:
            self.accepted["upload"].append(title)


# Putting it together ----------------------------------------------------------------------------


def scratch_database() -> tuple[str, callable]:
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        return url, lambda: None
    name = f"nmirf_load_{secrets.token_hex(4)}"
    options = ["--host=127.0.0.1", "--port=5432", "--username=postgres"]
    subprocess.run(["createdb", *options, name], check=True)

    def drop():
        subprocess.run(["dropdb", "--if-exists", "--force", *options, name], check=False)

    return f"postgres://postgres@127.0.0.1:5432/{name}", drop


def server_step(env: dict, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, __file__, *args], env=env, cwd=ROOT, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise RuntimeError(f"{args[0]} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=3)
    options = parser.parse_args()

    database, drop = scratch_database()
    folder = Path(tempfile.mkdtemp(prefix="nmirf-load-"))
    env = server_env(folder)
    env.update(DATABASE_URL=database)
    server = None
    try:
        print(f"preparing {database.rsplit('/', 1)[-1]} (migrate, demo data)…", flush=True)
        prepared = json.loads(server_step(env, "--prepare").split("PREPARED ", 1)[1])
        server = Server(
            ["cms.wsgi:application"],
            env,
            folder / "gunicorn.log",
            ["--workers", str(options.workers), "--threads", "4", "--timeout", "120"],
        )
        users = [
            User(n, server.port, role, prepared)
            for n in range(options.users)
            for role in [ROLES[n % len(ROLES)]]
        ]
        warm = [User(n, server.port, ROLES[n % len(ROLES)], prepared) for n in range(8)]
        warmers = [threading.Thread(target=user.run, args=(time.time() + 5,)) for user in warm]
        for thread in warmers:  # every worker loads the site once before the timed run
            thread.start()
        for thread in warmers:
            thread.join()
        print(
            f"{options.users} users for {options.seconds:.0f} s against gunicorn "
            f"({options.workers} workers x 4 threads) on port {server.port}…",
            flush=True,
        )
        began = time.time()
        deadline = began + options.seconds
        threads = [threading.Thread(target=user.run, args=(deadline,)) for user in users]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.time() - began
    finally:
        if server is not None:
            server.stop()
    try:
        results = [result for user in users for result in user.results]
        accepted = {
            kind: [m for u in users for m in u.accepted[kind]] for kind in ("reply", "upload")
        }
        markers = folder / "markers.json"
        markers.write_text(json.dumps(accepted))
        verified = json.loads(server_step(env, "--verify", str(markers)).split("VERIFIED ", 1)[1])
    finally:
        drop()

    statuses = Counter(status for _kind, status, _t in results)
    rows = []
    for kind, _weight in MIX:
        times = [t for k, _s, t in results if k == kind]
        codes = Counter(s for k, s, _t in results if k == kind)
        rows.append(
            [
                kind,
                len(times),
                f"{percentile(times, 0.5):.0f}",
                f"{percentile(times, 0.95):.0f}",
                " ".join(f"{code}:{n}" for code, n in sorted(codes.items())),
            ]
        )
    times = [t for _k, _s, t in results]
    rows.append(
        [
            "all",
            len(times),
            f"{percentile(times, 0.5):.0f}",
            f"{percentile(times, 0.95):.0f}",
            " ".join(f"{code}:{n}" for code, n in sorted(statuses.items())),
        ]
    )
    print()
    print(table(["requests", "served", "p50 ms", "p95 ms", "statuses"], rows))
    errors = sum(n for code, n in statuses.items() if code >= 500 or code == 0)
    print(
        f"\n{len(results)} requests in {elapsed:.1f} s ({len(results) / elapsed:.1f}/s); "
        f"5xx or failed connections: {errors} (must be 0)"
    )
    print(
        f"replies accepted: {verified['replies']}, missing afterwards: "
        f"{len(verified['replies_missing'])}; uploads accepted: {verified['uploads']}, "
        f"missing or unprocessed afterwards: {len(verified['uploads_missing'])} "
        f"(processing states: {verified['upload_states']})"
    )
    ok = errors == 0 and not verified["replies_missing"] and not verified["uploads_missing"]
    print("verdict: " + ("met" if ok else "MISSED"))
    return 0 if ok else 1


if __name__ == "__main__":
    if sys.argv[1:2] == ["--prepare"]:
        prepare()
    elif sys.argv[1:2] == ["--verify"]:
        verify(sys.argv[2])
    else:
        sys.exit(main())
