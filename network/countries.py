"""Countries: ISO 3166 codes with names in the interface languages (from pycountry),
UN membership and UN regional groups."""

import gettext
import unicodedata
from functools import cache

import pycountry
from django.utils import translation
from django.utils.translation import gettext_lazy as _

REGIONAL_GROUPS = [
    ("african", _("African Group")),
    ("asia_pacific", _("Asia-Pacific Group")),
    ("eastern_european", _("Eastern European Group")),
    ("grulac", _("Latin American and Caribbean Group")),
    ("weog", _("Western European and Others Group")),
]

# The 193 UN Member States by regional group, as ISO 3166-1 alpha-2 codes, following the
# UN Department for General Assembly and Conference Management's list of regional groups.
# Kiribati has been in the Asia-Pacific Group since 2010. Türkiye takes part in both WEOG
# and the Asia-Pacific Group but counts as WEOG for elections, so it is listed there.
# Israel is a full member of WEOG. The United States is an observer of WEOG, not a member
# of any group; it is counted in WEOG here.

# African Group: 54.
_AFRICAN = (
    "DZ", "AO", "BJ", "BW", "BF", "BI", "CV", "CM", "CF", "TD", "KM", "CG", "CI", "CD",
    "DJ", "EG", "GQ", "ER", "SZ", "ET", "GA", "GM", "GH", "GN", "GW", "KE", "LS", "LR",
    "LY", "MG", "MW", "ML", "MR", "MU", "MA", "MZ", "NA", "NE", "NG", "RW", "ST", "SN",
    "SC", "SL", "SO", "ZA", "SS", "SD", "TG", "TN", "UG", "TZ", "ZM", "ZW",
)  # fmt: skip
# Asia-Pacific Group: 54 (53 + Kiribati; Türkiye is in WEOG here).
_ASIA_PACIFIC = (
    "AF", "BH", "BD", "BT", "BN", "KH", "CN", "CY", "KP", "FJ", "IN", "ID", "IR", "IQ",
    "JP", "JO", "KZ", "KI", "KW", "KG", "LA", "LB", "MY", "MV", "MH", "FM", "MN", "MM",
    "NR", "NP", "OM", "PK", "PW", "PG", "PH", "QA", "KR", "WS", "SA", "SG", "SB", "LK",
    "SY", "TJ", "TH", "TL", "TO", "TM", "TV", "AE", "UZ", "VU", "VN", "YE",
)  # fmt: skip
# Eastern European Group: 23.
_EASTERN_EUROPEAN = (
    "AL", "AM", "AZ", "BY", "BA", "BG", "HR", "CZ", "EE", "GE", "HU", "LV", "LT", "ME",
    "PL", "MD", "RO", "RU", "RS", "SK", "SI", "MK", "UA",
)  # fmt: skip
# Latin American and Caribbean Group (GRULAC): 33.
_GRULAC = (
    "AG", "AR", "BS", "BB", "BZ", "BO", "BR", "CL", "CO", "CR", "CU", "DM", "DO", "EC",
    "SV", "GD", "GT", "GY", "HT", "HN", "JM", "MX", "NI", "PA", "PY", "PE", "KN", "LC",
    "VC", "SR", "TT", "UY", "VE",
)  # fmt: skip
# Western European and Others Group: 28 members + the United States (observer) = 29.
_WEOG = (
    "AD", "AU", "AT", "BE", "CA", "DK", "FI", "FR", "DE", "GR", "IS", "IE", "IL", "IT",
    "LI", "LU", "MT", "MC", "NL", "NZ", "NO", "PT", "SM", "ES", "SE", "CH", "TR", "GB",
    "US",
)  # fmt: skip

UN_MEMBERS: dict[str, str] = {
    code: group
    for group, codes in (
        ("african", _AFRICAN),
        ("asia_pacific", _ASIA_PACIFIC),
        ("eastern_european", _EASTERN_EUROPEAN),
        ("grulac", _GRULAC),
        ("weog", _WEOG),
    )
    for code in codes
}
assert len(UN_MEMBERS) == 193, "every UN Member State in exactly one regional group"

# Non-member observer States of the UN General Assembly: the Holy See and Palestine.
UN_OBSERVER_STATES = ("VA", "PS")

# Where pycountry's catalogues lack a name, have a wrong or misspelt one (Arabic "Moldova"
# is given as the Maldives, Spanish "Algeria" is left untranslated) or only a long inverted
# official form, the name used in the interface.
_NAME_OVERRIDES: dict[str, dict[str, str]] = {
    "en": {
        "CD": "Democratic Republic of the Congo",
        "FM": "Micronesia",
        "PS": "Palestine",
        "VA": "Holy See",
    },
    "es": {
        "BF": "Burkina Faso",
        "CD": "República Democrática del Congo",
        "CI": "Costa de Marfil",
        "DZ": "Argelia",
        "FM": "Micronesia",
        "KM": "Comoras",
        "NE": "Níger",
        "PS": "Palestina",
        "SR": "Surinam",
        "TN": "Túnez",
        "VA": "Santa Sede",
    },
    "fr": {
        "CD": "République démocratique du Congo",
        "FM": "Micronésie",
        "PS": "Palestine",
        "RU": "Russie",
        "SB": "Îles Salomon",
        "VA": "Saint-Siège",
    },
    "pt": {
        "CD": "República Democrática do Congo",
        "FM": "Micronésia",
        "PS": "Palestina",
        "SZ": "Essuatíni",
        "VA": "Santa Sé",
    },
    "ar": {
        "CD": "جمهورية الكونغو الديمقراطية",
        "FM": "ميكرونيزيا",
        "IR": "إيران",
        "KP": "كوريا الشمالية",
        "KR": "كوريا الجنوبية",
        "LA": "لاوس",
        "LT": "ليتوانيا",
        "MD": "مولدوفا",
        "ME": "الجبل الأسود",
        "RS": "صربيا",
        "SY": "سوريا",
        "TR": "تركيا",
        "VA": "الكرسي الرسولي",
    },
}


@cache
def _catalogue(language: str) -> gettext.NullTranslations:
    return gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
    )


@cache
def _english_names() -> dict[str, str]:
    return {
        country.alpha_2: _NAME_OVERRIDES["en"].get(country.alpha_2)
        or getattr(country, "common_name", None)
        or country.name
        for country in pycountry.countries
    }


def _translate(catalogue: gettext.NullTranslations, msgid: str | None) -> str | None:
    """The catalogue's translation of ``msgid``, or None when it has none."""
    if not msgid:
        return None
    messages = getattr(catalogue, "_catalog", None)
    if messages is None:  # NullTranslations: no catalogue for the language
        return None
    translated = messages.get(msgid)
    return translated or None


def country_name(code: str, language: str | None = None) -> str:
    """The country's name in ``language`` (the active language by default)."""
    code = code.upper()
    english = _english_names().get(code, code)
    language = (language or translation.get_language() or "en").split("-")[0].lower()
    if language == "en":
        return english
    override = _NAME_OVERRIDES.get(language, {}).get(code)
    if override:
        return override
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return english
    catalogue = _catalogue(language)
    # The short common name first ("Bolivia"), then the ISO name ("Bolivia, Plurinational
    # State of"), then the official name: whichever the catalogue translates.
    for msgid in (
        getattr(country, "common_name", None),
        country.name,
        getattr(country, "official_name", None),
    ):
        translated = _translate(catalogue, msgid)
        if translated:
            return translated
    return english


def _collation_key(name: str) -> tuple[str, str]:
    """Sort key close to a language's alphabetical order without ICU: accents and case
    ignored first ("Égypte" next to "Egypte", not after "Zimbabwe"), then the exact name."""
    decomposed = unicodedata.normalize("NFKD", name)
    base = "".join(char for char in decomposed if not unicodedata.combining(char))
    return base.casefold(), name


def country_choices() -> list[tuple[str, str]]:
    """All ISO countries as (code, name) in the active language, sorted by name."""
    return list(_sorted_choices(translation.get_language() or "en"))


@cache
def _sorted_choices(language: str) -> tuple[tuple[str, str], ...]:
    """Built once per language: every filter form and model form asks for this list."""
    return tuple(
        sorted(
            ((code, country_name(code, language)) for code in _english_names()),
            key=lambda pair: _collation_key(pair[1]),
        )
    )


def regional_group(code: str) -> str | None:
    return UN_MEMBERS.get(code.upper())


def is_un_member(code: str) -> bool:
    return code.upper() in UN_MEMBERS


def codes_in_group(group: str) -> list[str]:
    return sorted(code for code, member_group in UN_MEMBERS.items() if member_group == group)
