"""Model fields shared by the apps."""

from django.db import models


class HttpsURLField(models.URLField):
    """A URL field whose forms assume https:// when the scheme is left out (Django 6's default)."""

    def formfield(self, **kwargs):
        return super().formfield(**{"assume_scheme": "https", **kwargs})
