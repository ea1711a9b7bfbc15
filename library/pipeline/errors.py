"""Why a file was turned away: a short machine code and a message for the person who uploaded it."""

from django.utils.functional import lazy


def _interpolate(message, params) -> str:
    return str(message) % params if params else str(message)


_lazy_interpolate = lazy(_interpolate, str)


class Rejected(Exception):
    """The file is not accepted.

    ``code`` is stable and meant for programs and tests (``"too_large"``, ``"malware"``…);
    ``message`` is translated lazily (it follows the language active when it is shown) and tells
    the user specifically what is wrong. ``params`` fill the message's ``%(name)s`` placeholders.
    """

    def __init__(self, code: str, message, **params):
        self.code = code
        self.params = params
        self.message = _lazy_interpolate(message, params)
        super().__init__(code)

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


class ScanUnavailable(Rejected):
    """clamd could not be reached or answered oddly: the upload is refused (fail closed)."""
