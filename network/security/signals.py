"""Signal handlers of the security rules, connected from ``NetworkConfig.ready``."""

from allauth.account import signals as account_signals
from allauth.mfa import signals as mfa_signals
from axes.utils import reset as axes_reset
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from . import sessions


@receiver(user_logged_in, dispatch_uid="network.security.session_started")
def session_started(sender, request, user, **kwargs) -> None:
    sessions.start(request)
    sessions.record_session(request, user)


def _password_event(event: str):
    def handler(sender, request=None, user=None, **kwargs) -> None:
        axes_reset(username=user.get_username())  # a new password lifts a lock-out
        sessions.secure_account(request, user, event)

    handler.__name__ = f"on_{event}"
    return handler


def _authenticator_event(event: str):
    def handler(sender, request=None, user=None, **kwargs) -> None:
        sessions.secure_account(request, user, event)

    handler.__name__ = f"on_{event}"
    return handler


HANDLERS = []
for _signal, _event in (
    (account_signals.password_changed, "password_changed"),
    (account_signals.password_reset, "password_reset"),
    (account_signals.password_set, "password_set"),
):
    HANDLERS.append(_password_event(_event))
    _signal.connect(HANDLERS[-1], dispatch_uid=f"network.security.{_event}")
for _signal, _event in (
    (mfa_signals.authenticator_added, "authenticator_added"),
    (mfa_signals.authenticator_removed, "authenticator_removed"),
    (mfa_signals.authenticator_reset, "authenticator_reset"),
):
    HANDLERS.append(_authenticator_event(_event))
    _signal.connect(HANDLERS[-1], dispatch_uid=f"network.security.{_event}")
