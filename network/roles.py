"""The named groups behind the roles of DESIGN.md §1."""

EDITORS = "Editors"  # Wagtail's own editors group: the secretariat's editors
MODERATORS = "Forum moderators"  # the secretariat's forum moderators
COMMITTEE = "Executive Committee"

SECRETARIAT_GROUPS = (EDITORS, MODERATORS)
STAFF_GROUPS = (EDITORS, MODERATORS, COMMITTEE)
