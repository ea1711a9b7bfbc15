"""Response headers: a Content-Security-Policy without inline code, HSTS, nosniff, framing."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings

from tests.roles import as_role

pytestmark = pytest.mark.django_db

ROOT = Path(settings.BASE_DIR)


def directives(response) -> dict[str, str]:
    header = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in header.split(";"))


def assert_strict_site_policy(response):
    policy = directives(response)
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "unsafe-eval" not in response["Content-Security-Policy"]
    assert policy["default-src"] == "'self'"
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_public_page(client):
    response = client.get("/en/")
    assert response.status_code == 200
    assert_strict_site_policy(response)


def test_forum_page(client):
    response = as_role(client, "mechanism").get("/en/forum/")
    assert response.status_code == 200
    assert_strict_site_policy(response)


def test_login_and_error_pages(client):
    assert_strict_site_policy(client.get("/accounts/login/"))
    assert_strict_site_policy(client.get("/en/no-such-page/"))


def test_wagtail_admin_has_its_own_policy(client):
    response = as_role(client, "editor").get("/admin/")
    assert response.status_code == 200
    policy = directives(response)
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == "'self'"  # page previews frame the site itself
    assert policy["object-src"] == "'none'"
    assert response["X-Content-Type-Options"] == "nosniff"


@override_settings(SECURE_HSTS_SECONDS=31_536_000, SECURE_HSTS_INCLUDE_SUBDOMAINS=True)
@pytest.mark.parametrize("path", ["/en/", "/en/forum/", "/admin/"])
def test_hsts_over_https(client, path):
    response = as_role(client, "editor").get(path, secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", re.I)
STYLE_ATTRIBUTE = re.compile(r"\sstyle\s*=", re.I)
STYLE_ELEMENT = re.compile(r"<style[\s>]", re.I)
EVENT_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.I)
JAVASCRIPT_URL = re.compile(r"""(?:href|src|action)\s*=\s*["']?\s*javascript:""", re.I)


def inline_code(html: str) -> list[str]:
    found = []
    for pattern in (INLINE_SCRIPT, STYLE_ATTRIBUTE, STYLE_ELEMENT, EVENT_HANDLER, JAVASCRIPT_URL):
        found += [match.group(0) for match in pattern.finditer(html)]
    return found


def test_no_template_of_the_project_carries_inline_code():
    offenders = {}
    for app in ("cms", "network", "library", "forum", "search"):
        for template in (ROOT / app).rglob("templates/**/*.html"):
            found = inline_code(template.read_text())
            if found:
                offenders[str(template.relative_to(ROOT))] = found
    assert offenders == {}


@pytest.mark.parametrize(
    "role,path",
    [
        ("visitor", "/en/"),
        ("visitor", "/accounts/login/"),
        ("visitor", "/accounts/signup/"),
        ("visitor", "/en/members/"),
        ("visitor", "/en/library/"),
        ("mechanism", "/en/forum/"),
        ("mechanism", "/accounts/profile/"),
        ("mechanism", "/accounts/2fa/"),
        ("mechanism", "/accounts/sessions/"),
        ("mechanism", "/accounts/notifications/preferences/"),
        ("mechanism", "/accounts/my-data/"),
    ],
)
def test_pages_render_without_inline_code(client, role, path):
    response = as_role(client, role).get(path)
    assert response.status_code == 200, path
    assert inline_code(response.content.decode()) == []


def test_forum_topic_renders_without_inline_code(client):
    from forum.models import Topic

    topic = Topic.objects.filter(category__audience_keys__contains=" members ").first()
    response = as_role(client, "mechanism").get(f"/en/forum/t/{topic.pk}/")
    assert response.status_code == 200
    assert inline_code(response.content.decode()) == []


def test_check_deploy_is_clean_under_production_settings(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "a-long-random-test-secret-key-" + "x7Q9" * 12,
        "ALLOWED_HOSTS": "exchange.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'deploy.sqlite3'}",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
