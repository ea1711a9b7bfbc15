"""gunicorn for the benchmarks: a free loopback port, the production-like environment, and the
server itself in its own process group (stopped by its id)."""

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from _setup import ROOT


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_env(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(40),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=os.environ.get("DATABASE_URL") or f"sqlite:///{folder / 'db.sqlite3'}",
        DATABASE_CONN_MAX_AGE="60",  # as docker-compose.yml
        SECURE_SSL_REDIRECT="false",
        SECURE_HSTS_SECONDS="0",
        STATIC_ROOT=str(folder / "static"),
        MEDIA_ROOT=str(folder / "media"),
        PRIVATE_MEDIA_ROOT=str(folder / "private"),
        TASKS_BACKEND="django_tasks.backends.immediate.ImmediateBackend",
        LOG_LEVEL="WARNING",
        PYTHONPATH=str(ROOT),
    )
    return env


def prepare_scratch_site(most_posts: int) -> None:
    """In the server's environment: migrate, collect static files and load the demo accounts and
    pages; refuses (exits) when the database already holds more than ``most_posts`` forum posts,
    since benchmarks fill it and must only ever be given a scratch one."""
    import django

    django.setup()
    from django.core.management import call_command

    from cms.demo.pages import load_pages
    from forum.models import Post
    from library.demo import load_documents
    from network.demo import load_accounts, load_organisations

    call_command("migrate", interactive=False, verbosity=0)
    if Post.objects.count() > most_posts:
        sys.exit("refused: this database already holds forum posts; give a scratch DATABASE_URL")
    call_command("collectstatic", interactive=False, verbosity=0)
    load_accounts(load_organisations())
    load_pages(load_documents())


class Server:
    """gunicorn (2 sync workers unless told), in its own process group (stopped by its id)."""

    def __init__(self, app: list[str], env: dict, log: Path, workers: list[str] | None = None):
        self.port = free_port()
        self.log = log.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", *app, *(workers or ["--workers", "2"])]
            + ["--bind", f"127.0.0.1:{self.port}", "--log-level", "warning"],
            env=env,
            cwd=ROOT,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while True:
            if self.process.poll() is not None:
                self.log.close()
                raise RuntimeError(
                    f"gunicorn exited ({self.process.returncode}):\n{log.read_text()[-2000:]}"
                )
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(
                        f"gunicorn did not start:\n{log.read_text()[-2000:]}"
                    ) from None
                time.sleep(0.2)

    def stop(self) -> None:
        if self.log.closed:
            return
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log.close()
