"""Content-Security-Policy and the other response headers Django's SecurityMiddleware leaves out.

The public site and the forum get a strict policy: scripts, styles, fonts and frames only from
this site, no inline script or style, no plug-ins, no framing by anyone. The Wagtail admin
(``CSP_ADMIN_PATHS``) ships inline scripts and styles of its own and shows page previews in a
frame of the same site, so it gets a looser policy of its own. Images may come from ``data:``
URLs (the QR code of two-factor enrolment) everywhere.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse

SITE_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "media-src": "'self'",
    "object-src": "'none'",
    "frame-src": "'self'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}

ADMIN_POLICY = {
    **SITE_POLICY,
    "script-src": "'self' 'unsafe-inline'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data: blob:",
    "frame-ancestors": "'self'",
}


def serialise(policy: dict[str, str]) -> str:
    return "; ".join(f"{directive} {value}" for directive, value in policy.items())


SITE_HEADER = serialise(SITE_POLICY)
ADMIN_HEADER = serialise(ADMIN_POLICY)


def policy_for(path: str) -> str:
    return ADMIN_HEADER if path.startswith(tuple(settings.CSP_ADMIN_PATHS)) else SITE_HEADER


class ContentSecurityPolicyMiddleware:
    """Adds Content-Security-Policy and Permissions-Policy to every response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", policy_for(request.path_info))
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"
        )
        return response
