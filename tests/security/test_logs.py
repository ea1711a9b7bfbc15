"""No IP address, e-mail address or file content in the application's logs."""

import logging

import pytest

from network.security.logs import RedactPersonalData, redact


def record(msg, *args, exc_info=None) -> logging.LogRecord:
    return logging.LogRecord("network", logging.WARNING, __file__, 1, msg, args, exc_info)


def rendered(rec: logging.LogRecord) -> str:
    assert RedactPersonalData().filter(rec) is True  # redacts, never drops
    return logging.Formatter("%(message)s").format(rec)


@pytest.mark.parametrize(
    "text,kept",
    [
        ("login failed for ana.perez+ngo@example.org", "login failed for [e-mail]"),
        ("from 203.0.113.42 via 10.0.0.1", "from [ip] via [ip]"),
        ("from 2001:db8::8a2e:370:7334 at 10:50", "from [ip] at 10:50"),
        ("peer ::1 closed", "peer [ip] closed"),
        ("version 1.2.3 and 1.2.3.4.5 stay", "version 1.2.3 and 1.2.3.4.5 stay"),
    ],
)
def test_redact(text, kept):
    assert redact(text) == kept


def test_arguments_are_redacted_too():
    message = rendered(record("upload by %s from %s", "cso@nmirf.example", "192.0.2.7"))
    assert message == "upload by [e-mail] from [ip]"


def test_file_contents_are_reduced_to_their_size():
    message = rendered(record("could not parse %s", b"%PDF-1.4 secret letter"))
    assert message == "could not parse [22 bytes]"
    long_text = "x" * 10_000
    assert len(rendered(record("body: %s", long_text))) < 2100


def test_tracebacks_are_redacted():
    try:
        raise ValueError("SMTP refused ana@example.org at 198.51.100.3")
    except ValueError:
        import sys

        rec = record("sending failed", exc_info=sys.exc_info())
    text = rendered(rec)
    assert "ana@example.org" not in text and "198.51.100.3" not in text
    assert "SMTP refused [e-mail] at [ip]" in text


def test_the_console_handler_of_the_site_redacts(capsys):
    root_handlers = logging.getLogger().handlers
    consoles = [
        h for h in root_handlers if any(isinstance(f, RedactPersonalData) for f in h.filters)
    ]
    assert consoles, "LOGGING must put the redacting filter on the console handler"
    logging.getLogger("django.security").warning("Bad host from %s (%s)", "203.0.113.5", "x@y.org")
    err = capsys.readouterr().err
    assert "203.0.113.5" not in err and "x@y.org" not in err
