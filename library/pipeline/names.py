"""The uploaded file's name: only ever kept as metadata, but a hostile one is refused outright."""

import unicodedata

from django.utils.translation import gettext_lazy as _

from .errors import Rejected

MAX_NAME_CHARS = 255


def check_name(name: str) -> str:
    """The lower-case extension of an acceptable file name; Rejected(code="file_name") if not."""
    if not name or not name.strip():
        raise Rejected("file_name", _("The file has no name. Please choose the file again."))
    if len(name) > MAX_NAME_CHARS:
        raise Rejected(
            "file_name",
            _(
                "The file name is not acceptable: it has %(length)s characters, more than "
                "%(limit)s. Please rename the file with a shorter name."
            ),
            length=len(name),
            limit=MAX_NAME_CHARS,
        )
    if "/" in name or "\\" in name or ".." in name:
        raise Rejected(
            "file_name",
            _(
                "The file name is not acceptable: it contains a folder path (“/”, “\\” or “..”). "
                "Please upload the file under a plain name."
            ),
        )
    if any(unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp", "Cs", "Co"} for char in name):
        raise Rejected(
            "file_name",
            _(
                "The file name is not acceptable: it contains control or invisible formatting "
                "characters. Please rename the file with ordinary letters and digits."
            ),
        )
    stem, dot, extension = name.strip().rpartition(".")
    if not dot or not stem.strip(" .") or not extension.strip():
        raise Rejected(
            "file_name",
            _(
                "The file name is not acceptable: it has no extension (such as .pdf or .docx), "
                "so its type cannot be known."
            ),
        )
    return extension.strip().lower()
