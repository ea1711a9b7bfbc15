"""Authentication backend: allauth's, loading the user's organisation in the same query."""

from allauth.account.auth_backends import AuthenticationBackend as AllauthBackend
from django.contrib.auth import get_user_model


class AuthenticationBackend(AllauthBackend):
    def get_user(self, user_id):
        user = (
            get_user_model()
            ._default_manager.select_related("organisation")
            .filter(pk=user_id)
            .first()
        )
        return user if user is not None and self.user_can_authenticate(user) else None
