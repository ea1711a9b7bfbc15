"""The pipeline's limits, each overridable from the settings (none needs to be set)."""

from django.conf import settings

MB = 1024 * 1024


def max_upload_bytes() -> int:
    return getattr(settings, "LIBRARY_MAX_UPLOAD_BYTES", 50 * MB)


def max_image_pixels() -> int:
    return getattr(settings, "LIBRARY_MAX_IMAGE_PIXELS", 40_000_000)


def max_archive_entries() -> int:
    return getattr(settings, "LIBRARY_MAX_ARCHIVE_ENTRIES", 2_000)


def max_archive_bytes() -> int:
    """Total uncompressed size of an OOXML or ODF file's entries."""
    return getattr(settings, "LIBRARY_MAX_ARCHIVE_BYTES", 200 * MB)


def max_archive_ratio() -> int:
    """Uncompressed size / compressed size allowed for one entry of an archive."""
    return getattr(settings, "LIBRARY_MAX_ARCHIVE_RATIO", 100)


# Entries smaller than this are not held to the ratio: a tiny, very repetitive XML part is
# harmless, and the total size bounds them all anyway.
RATIO_FLOOR_BYTES = 1 * MB

# Reading the central directory of an archive with at most max_archive_entries() entries never
# needs more than this.
MAX_CENTRAL_DIRECTORY_BYTES = 4 * MB


def clamav_url() -> str:
    return getattr(settings, "CLAMAV_URL", "") or ""


def clamav_timeout() -> float:
    """Seconds to wait for clamd (connecting, and each read or write)."""
    return float(getattr(settings, "CLAMAV_TIMEOUT", 60))


CHUNK_BYTES = 1 * MB
