"""Human labels of facet values, in the current language."""

import time

from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _

from network.countries import REGIONAL_GROUPS, country_name
from network.models import DocumentType, Organisation, Topic

from . import registry

VOCABULARY_SECONDS = 60
_vocabularies: dict[tuple, tuple[float, dict[str, str]]] = {}


def _vocabulary(model, values) -> dict[str, str]:
    """slug → name of a (small) vocabulary in the current language, read once a minute."""
    key = (model, get_language())
    read_at, names = _vocabularies.get(key, (0.0, {}))
    if time.monotonic() - read_at > VOCABULARY_SECONDS:
        names = {item.slug: str(item) for item in model.objects.all()}
        _vocabularies[key] = (time.monotonic(), names)
    return names


def _language(code: str) -> str:
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return _("Other language") if code == "other" else code


def labels(name: str, values: list[str]) -> dict[str, str]:
    """value → label for the values of facet ``name``."""
    if name == "kind":
        return registry.kind_labels()
    if name == "country":
        return {code: country_name(code) for code in values}
    if name == "group":
        return {key: str(label) for key, label in REGIONAL_GROUPS}
    if name == "topic":
        return _vocabulary(Topic, values)
    if name == "type":
        return _vocabulary(DocumentType, values)
    if name == "participant":
        return {key: str(label) for key, label in Organisation.Kind.choices}
    if name == "language":
        return {code: _language(code) for code in values}
    return {}


def titles() -> dict[str, str]:
    return {
        "kind": _("Kind"),
        "type": _("Document type"),
        "topic": _("Topic"),
        "group": _("Regional group"),
        "country": _("Country"),
        "participant": _("Participant type"),
        "language": _("Language"),
        "year": _("Year"),
    }
