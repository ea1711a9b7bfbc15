"""How civil society appears when it takes part pseudonymously (documents, forum posts)."""

from django.utils.translation import gettext

from .countries import country_name


def pseudonym(country_code: str) -> str:
    """ "a civil society organisation from <country>", in the active language."""
    if country_code:
        return gettext("a civil society organisation from %(country)s") % {
            "country": country_name(country_code)
        }
    return gettext("a civil society organisation")
