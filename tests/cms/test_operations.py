"""Operations: health check, demo loader, production settings."""

import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.core.management import CommandError, call_command
from django.db import OperationalError
from wagtail.models import Page

from network.models import Organisation, User

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_healthz_answers_after_a_database_round_trip(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"


@pytest.mark.django_db
def test_healthz_is_503_when_the_database_is_down(client):
    with mock.patch("cms.views.connection.cursor", side_effect=OperationalError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503


@pytest.mark.django_db
def test_demo_loader_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("load_demo_data")


@pytest.mark.django_db
def test_demo_loader_is_idempotent(settings):
    settings.DEBUG = True
    counts = (Page.objects.count(), User.objects.count(), Organisation.objects.count())
    call_command("load_demo_data", stdout=open(os.devnull, "w"))  # noqa: SIM115
    call_command("load_demo_data", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert (Page.objects.count(), User.objects.count(), Organisation.objects.count()) == counts
    assert User.objects.get(username="mechanism").organisation.country == "PY"
    assert User.objects.get(username="observer").organisation.status == "observer"


def run_production(env: dict) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL")
    }
    clean.update(env, DJANGO_SETTINGS_MODULE="cms.settings.production")
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"])
def test_production_settings_refuse_to_start_without_their_variables(missing):
    env = {
        "SECRET_KEY": "x" * 60,
        "ALLOWED_HOSTS": "nmirf.example",
        "DATABASE_URL": "sqlite:////tmp/nmirf-check.sqlite3",
    }
    del env[missing]
    result = run_production(env)
    assert result.returncode != 0
    assert missing in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_production_settings_start_with_their_variables():
    result = run_production(
        {
            "SECRET_KEY": "x" * 60,
            "ALLOWED_HOSTS": "nmirf.example",
            "DATABASE_URL": "sqlite:////tmp/nmirf-check.sqlite3",
        }
    )
    assert result.returncode == 0, result.stderr
