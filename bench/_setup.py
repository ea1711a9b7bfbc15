"""Shared start-up for the benchmarks: Django on a throw-away test database with the demo data."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")


def start():
    """Set Django up on a fresh test database holding the demo site; returns a teardown."""
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    from cms.demo.pages import load_pages
    from forum.demo import load_discussions
    from library.demo import load_documents
    from network.demo import load_accounts, load_organisations

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    load_accounts(load_organisations())
    load_pages(load_documents())
    load_discussions()

    def teardown():
        connection.creation.destroy_test_db(old_name, verbosity=0)

    return teardown


def table(headers: list[str], rows: list[list]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows, strict=False)]
    line = "  ".join(f"{{:<{w}}}" for w in widths)
    out = [line.format(*headers), line.format(*("-" * w for w in widths))]
    out += [line.format(*(str(x) for x in row)) for row in rows]
    return "\n".join(out)
