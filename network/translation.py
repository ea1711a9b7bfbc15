from modeltranslation.translator import TranslationOptions, register

from .models import (
    SDG,
    Capacity,
    DocumentType,
    NMIRFProfile,
    NMIRFType,
    Organisation,
    RecommendationMechanism,
    Topic,
    WorkingGroup,
)


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("name",)


@register(NMIRFProfile)
class NMIRFProfileTranslation(TranslationOptions):
    fields = (
        "composition",
        "secretariat",
        "links_civil_society",
        "links_nhri",
        "links_parliament",
        "links_local_government",
    )


@register([Topic, Capacity, NMIRFType, RecommendationMechanism, SDG, DocumentType, WorkingGroup])
class TermTranslation(TranslationOptions):
    fields = ("name", "description")
