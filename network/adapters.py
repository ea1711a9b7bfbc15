"""How allauth fits the network: where people land after signing in, and in which language."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core.internal import ratelimit  # what allauth's own pre_authenticate uses
from django.urls import reverse, translate_url

from .security.throttling import client_ip


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request) -> str:
        """Send members home in their preferred language, pending accounts to their status page."""
        user = request.user
        language = user.preferred_language
        request.session["apply_language"] = language
        if user.is_pending:
            return reverse("network:pending")
        url = super().get_login_redirect_url(request)
        return f"/{language}/" if url == "/" else translate_url(url, language)

    def get_signup_redirect_url(self, request) -> str:
        return reverse("network:pending")

    def pre_authenticate(self, request, **credentials) -> None:
        """allauth's failed-login limit, keyed by account *and* address (as django-axes is).

        Keyed by the account alone, anyone could keep its owner from signing in by failing
        on purpose from anywhere.
        """
        key = f"{self._get_login_attempts_cache_key(request, **credentials)}@{client_ip(request)}"
        self._login_failed_rl_usage = ratelimit.consume(
            request, app="allauth.account", action="login_failed", key=key
        )
        if not self._login_failed_rl_usage:
            raise self.validation_error("too_many_login_attempts")
