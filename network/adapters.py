"""How allauth fits the network: where people land after signing in, and in which language."""

from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse, translate_url


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
