"""A logging filter that keeps personal data out of the application's logs.

IP addresses (v4 and v6) and e-mail addresses are replaced by placeholders, byte strings (file
contents) are replaced by their length, and a message is cut at ``MAX_MESSAGE_CHARS`` so that no
file or request body is ever written whole. Configured on the console handler in ``LOGGING``.
"""

from __future__ import annotations

import logging
import re

MAX_MESSAGE_CHARS = 2000

EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
IPV4 = re.compile(
    r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\w.])"
)
# Eight groups, or fewer around "::"; at least two colons, so times such as 10:50 stay.
IPV6 = re.compile(
    r"(?<![\w:])(?:"
    r"(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}"
    r"|(?:[0-9A-Fa-f]{1,4}:){1,7}:"
    r"|(?:[0-9A-Fa-f]{1,4}:){1,6}(?::[0-9A-Fa-f]{1,4}){1,6}"
    r"|::(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{0,4}"
    r")(?:%\w+)?(?![\w:])"
)

EMAIL_PLACEHOLDER = "[e-mail]"
IP_PLACEHOLDER = "[ip]"


def redact(text: str) -> str:
    """``text`` with every e-mail and IP address replaced by a placeholder."""
    text = EMAIL.sub(EMAIL_PLACEHOLDER, text)
    text = IPV4.sub(IP_PLACEHOLDER, text)
    return IPV6.sub(_ipv6_placeholder, text)


def _ipv6_placeholder(match: re.Match) -> str:
    # "::" alone, or a run of hex words that is no address (e.g. "ab::"), is kept.
    return IP_PLACEHOLDER if any(ch.isdigit() for ch in match.group()) else match.group()


def _describe(value):
    if isinstance(value, bytes | bytearray | memoryview):
        return f"[{len(value)} bytes]"
    return value


class RedactPersonalData(logging.Filter):
    """Rewrites each record's message (and traceback) without personal data; never drops one."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, dict):
            args = {key: _describe(value) for key, value in record.args.items()}
        elif record.args:
            args = tuple(_describe(value) for value in record.args)
        else:
            args = record.args
        try:
            message = str(_describe(record.msg)) % args if args else str(_describe(record.msg))
        except (TypeError, ValueError, KeyError):
            message = str(_describe(record.msg))
        if len(message) > MAX_MESSAGE_CHARS:
            message = message[:MAX_MESSAGE_CHARS] + f" […{len(message) - MAX_MESSAGE_CHARS} more]"
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True
