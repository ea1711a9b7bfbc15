"""Authentication backend: allauth's, loading the user's organisation in the same query."""

from allauth.account.auth_backends import AuthenticationBackend as AllauthBackend
from django.contrib.auth import get_user_model


class AuthenticationBackend(AllauthBackend):
    def get_user(self, user_id):
        try:
            user = get_user_model()._default_manager.select_related("organisation").get(pk=user_id)
        except get_user_model().DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None
