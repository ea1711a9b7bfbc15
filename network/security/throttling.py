"""Login throttling with django-axes: by username and address together, with a cool-off.

Counting a username and the address it is tried from together means that someone guessing
passwords locks only themselves out: the account's owner, signing in from elsewhere, is not
locked. After ``AXES_COOLOFF_TIME`` the lock lifts by itself.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.formats import date_format


def login_name(request: HttpRequest, credentials: dict | None) -> str:
    """The account a login attempt is for: its username, whether typed as username or e-mail."""
    credentials = credentials or {}
    typed = (
        credentials.get("username")
        or credentials.get("email")
        or request.POST.get("login", "")
        or request.POST.get("username", "")
    )
    typed = str(typed).strip().lower()
    if "@" in typed:
        found = (
            get_user_model()
            .objects.filter(email__iexact=typed)
            .values_list("username", flat=True)
            .first()
        )
        return (found or typed).lower()
    return typed


def client_ip(request: HttpRequest) -> str:
    """The address a request comes from, behind ``TRUSTED_PROXY_COUNT`` reverse proxies."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "") or "0.0.0.0"  # noqa: S104 - a value, not a bind


def locked_out(
    request: HttpRequest, original_response=None, credentials: dict | None = None
) -> HttpResponse:
    """The page shown to a locked-out login: what happened and when to try again (429)."""
    cool_off = settings.AXES_COOLOFF_TIME
    retry_at = timezone.localtime(timezone.now() + cool_off)
    minutes = max(1, round(cool_off.total_seconds() / 60))
    response = render(
        request,
        "network/security/locked_out.html",
        {
            "minutes": minutes,
            "retry_at": date_format(retry_at, "TIME_FORMAT"),
            "failure_limit": settings.AXES_FAILURE_LIMIT,
        },
        status=429,
    )
    response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response
