"""Production: every secret and address comes from the environment, or the site won't start."""

import sys

from .env import env, env_bool, env_int

REQUIRED = ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL")
_missing = [name for name in REQUIRED if not env(name)]
if _missing:
    sys.stderr.write(
        "NMIRF Exchange cannot start: missing environment variable "
        + ", ".join(_missing)
        + " (see .env.example).\n"
    )
    raise SystemExit(1)

from .base import *  # noqa: E402, F403

DEBUG = False
TASKS = {
    "default": {
        "BACKEND": env("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
