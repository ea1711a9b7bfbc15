"""Scanning a file for malware with clamd, over its socket (the INSTREAM command).

Fail closed: when clamd cannot be reached, times out or answers anything but a verdict, the
file is refused with ScanUnavailable and nothing is stored."""

import logging
import re
import socket
import struct
from urllib.parse import urlsplit

from django.utils.translation import gettext_lazy as _

from . import limits
from .errors import Rejected, ScanUnavailable
from .files import iter_chunks

logger = logging.getLogger(__name__)

DEFAULT_PORT = 3310
CHUNK_BYTES = 256 * 1024
MAX_REPLY_BYTES = 4096
_FOUND = re.compile(r"^stream: (?P<name>.+) FOUND$")


def _unavailable() -> ScanUnavailable:
    return ScanUnavailable(
        "scan_unavailable",
        _(
            "The file could not be checked for malware right now, so nothing was stored. "
            "Please try again later; your form has been kept."
        ),
    )


def connect(url: str, timeout: float) -> socket.socket:
    """A socket connected to clamd at ``tcp://host:port`` or ``unix:///path/to/clamd.ctl``."""
    parts = urlsplit(url)
    if parts.scheme == "unix":
        path = parts.path or parts.netloc
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(timeout)
        try:
            sock.connect(path)
        except BaseException:
            sock.close()
            raise
        return sock
    if parts.scheme == "tcp" and parts.hostname:
        sock = socket.create_connection((parts.hostname, parts.port or DEFAULT_PORT), timeout)
        sock.settimeout(timeout)
        return sock
    raise ValueError(f"CLAMAV_URL must be tcp://host:port or unix:///path, not {url!r}")


def _read_reply(sock: socket.socket) -> str:
    """clamd's answer to a z-command ends with a NUL byte (or the connection closes)."""
    data = b""
    while b"\x00" not in data and len(data) < MAX_REPLY_BYTES:
        piece = sock.recv(1024)
        if not piece:
            break
        data += piece
    return data.split(b"\x00", 1)[0].decode("utf-8", "replace").strip()


def _readable(name: str) -> str:
    return "".join(char for char in name if char.isprintable())[:120]


def scan(upload) -> None:
    """Scan the upload (a Django File, a binary file object or a path) when CLAMAV_URL is set.

    Returns if clamd finds nothing; Rejected(code="malware") naming the signature when it finds
    something; ScanUnavailable when the scan cannot be done."""
    url = limits.clamav_url()
    if not url:
        return
    timeout = limits.clamav_timeout()
    reply = ""
    try:
        with connect(url, timeout) as sock:
            try:
                sock.sendall(b"zINSTREAM\x00")
                for chunk in iter_chunks(upload, CHUNK_BYTES):
                    for start in range(0, len(chunk), CHUNK_BYTES):
                        piece = chunk[start : start + CHUNK_BYTES]
                        sock.sendall(struct.pack(">L", len(piece)) + piece)
                sock.sendall(struct.pack(">L", 0))
            except (BrokenPipeError, ConnectionResetError):
                # clamd may stop reading early (e.g. "INSTREAM size limit exceeded") and answer.
                pass
            reply = _read_reply(sock)
    except (OSError, ValueError) as exc:
        logger.warning("Malware scan failed: clamd at %s: %r (reply %r)", url, exc, reply)
        raise _unavailable() from None
    if reply == "stream: OK":
        return
    found = _FOUND.match(reply)
    if found:
        signature = _readable(found.group("name"))
        logger.warning("Malware found in an upload: %s", signature)
        raise Rejected(
            "malware",
            _(
                "The file contains malware (%(signature)s) and was not stored. Please check "
                "your computer with an up-to-date antivirus."
            ),
            signature=signature,
        )
    logger.warning("Malware scan failed: clamd at %s answered %r", url, reply[:200])
    raise _unavailable()
