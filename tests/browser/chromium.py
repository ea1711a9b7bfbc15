"""Where Debian's Chromium and the test-only axe-core live, and why a browser test cannot run.

Nothing is downloaded at run time: Chromium comes from Debian (`apt-get install chromium`), axe-core
from the npm registry through `make browser-deps` (`npm ci --ignore-scripts`).
"""

import os
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def required() -> bool:
    """`BROWSER_TESTS=required` (set by .ci/run) turns a missing browser into a failure."""
    return os.environ.get("BROWSER_TESTS", "").lower() == "required"


def missing() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the python package playwright is not installed (pip install -e '.[test]')"
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        return f"Chromium not found at {CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)"
    if not AXE.is_file():
        hint = (
            "run `make browser-deps`"
            if shutil.which("npm")
            else "install npm, then `make browser-deps`"
        )
        return f"axe-core not found at {AXE.relative_to(ROOT)} ({hint})"
    return None
