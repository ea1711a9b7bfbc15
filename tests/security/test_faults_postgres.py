"""A database connection killed mid-request (PostgreSQL only): ``pg_terminate_backend`` from
another connection while a reply is being written. The request answers 503 and writes nothing;
the next request, in the same server thread, reconnects and succeeds.

The request runs in a separate process against the test database (committed demo data), so
that its connection is a real one that can be killed, not the test's own transaction; that
process removes the topic it made when it is done.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="pg_terminate_backend needs PostgreSQL: run the suite with DATABASE_URL=postgres://…",
    ),
]

SCRIPT = r"""
import json, threading, time
from concurrent.futures import ThreadPoolExecutor

import django
django.setup()
import psycopg
from django.db import connection
from django.db.models.signals import post_save
from django.test import Client
from django.test.utils import setup_test_environment
from django.utils import timezone

from forum import posting
from forum.models import Category, Post, Topic
from network.models import Notification, User

setup_test_environment()  # the test client's hooks; settings stay as given
started = timezone.now()
moderator = User.objects.get(username="moderator")
topic = posting.create_topic(
    Category.objects.get(slug="cooperation-capacity-building"), moderator,
    title="Connection kill test", kind="question", body="Opening post.", language="en",
)
client = Client(HTTP_ACCEPT_LANGUAGE="en", raise_request_exception=False)
client.force_login(moderator)
written, backend = threading.Event(), {}

def hold(sender, instance, created, **kwargs):
    if created and "KILL-ME" in instance.body:
        backend["pid"] = connection.connection.info.backend_pid
        written.set()
        time.sleep(2)  # the reply row is written, its transaction still open

post_save.connect(hold, sender=Post)
url = f"/en/forum/t/{topic.pk}/reply/"
server = ThreadPoolExecutor(max_workers=1)  # one server thread serves both requests
first = server.submit(client.post, url, {"body": "KILL-ME reply", "language": "en"})
assert written.wait(60)
with psycopg.connect(DSN, autocommit=True) as other:
    killed = other.execute("SELECT pg_terminate_backend(%s)", [backend["pid"]]).fetchone()[0]
first = first.result()
partial = Post.objects.filter(body__contains="KILL-ME").count()
count_after_kill = Topic.objects.get(pk=topic.pk).post_count
second = server.submit(client.post, url, {"body": "After the kill", "language": "en"}).result()
result = {
    "killed": killed,
    "first": first.status_code,
    "first_page": first.content.decode()[:2000],
    "partial": partial,
    "count_after_kill": count_after_kill,
    "second": second.status_code,
    "saved": Post.objects.filter(topic=topic, body="After the kill").count(),
    "count_after_retry": Topic.objects.get(pk=topic.pk).post_count,
}
server.submit(client.logout).result()
topic.delete()
Notification.objects.filter(created_at__gte=started, url__contains="/forum/").delete()
print("RESULT " + json.dumps(result))
"""


def test_a_killed_connection_loses_nothing_and_the_next_request_succeeds():
    params = connection.get_connection_params()
    user, host = params.get("user") or "postgres", params.get("host") or "127.0.0.1"
    password = f":{params['password']}" if params.get("password") else ""
    url = f"postgres://{user}{password}@{host}:{params.get('port') or 5432}/"
    url += connection.settings_dict["NAME"]
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "cms.settings.test"}
    script = f"DSN = {url!r}\n" + SCRIPT
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**env, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.split("RESULT ", 1)[1])
    assert result["killed"] is True
    assert result["first"] == 503, result
    assert "Nothing from it was saved" in result["first_page"]
    assert result["partial"] == 0 and result["count_after_kill"] == 1
    assert result["second"] == 302
    assert result["saved"] == 1 and result["count_after_retry"] == 2
