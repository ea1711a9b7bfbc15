"""Issue 9: the stylesheets use only logical properties, so every rule mirrors in Arabic."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STYLESHEETS = sorted(ROOT.glob("*/static/*/*.css"))
PHYSICAL = re.compile(
    r"(?<![\w-])(margin|padding|border)-(left|right)\b|(?<![\w-])(left|right)\s*:"
    r"|text-align\s*:\s*(left|right)|float\s*:\s*(left|right)"
)


def test_stylesheets_use_logical_properties_only():
    assert STYLESHEETS
    physical = [
        f"{sheet.relative_to(ROOT)}:{number}: {line.strip()}"
        for sheet in STYLESHEETS
        for number, line in enumerate(sheet.read_text().splitlines(), 1)
        if PHYSICAL.search(line)
    ]
    assert physical == []
