"""The library's file pipeline (DESIGN.md §6).

check_upload -> scan -> strip_metadata (confidential and pseudonymous uploads) -> extract.
Every refusal is a Rejected with a stable ``code`` and a translated ``message`` for the user;
ScanUnavailable (a Rejected) means the malware scan could not run, so the upload is refused.
"""

from .checks import Checked, check_upload
from .clamd import scan
from .errors import Rejected, ScanUnavailable
from .extraction import Extracted, extract
from .metadata import strip_metadata

__all__ = [
    "Checked",
    "Extracted",
    "Rejected",
    "ScanUnavailable",
    "check_upload",
    "extract",
    "scan",
    "strip_metadata",
]
