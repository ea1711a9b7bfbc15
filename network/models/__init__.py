from .audience import Audience, AudienceMixin
from .joining import Application
from .notifications import Frequency, Notification, NotificationPreference
from .organisations import MembershipEvent, NMIRFProfile, Organisation
from .people import Invitation, User
from .vocabulary import (
    SDG,
    Capacity,
    DocumentType,
    NMIRFType,
    RecommendationMechanism,
    Topic,
    WorkingGroup,
)

__all__ = [
    "SDG",
    "Application",
    "Audience",
    "AudienceMixin",
    "Capacity",
    "DocumentType",
    "Frequency",
    "Invitation",
    "MembershipEvent",
    "NMIRFProfile",
    "NMIRFType",
    "Notification",
    "NotificationPreference",
    "Organisation",
    "RecommendationMechanism",
    "Topic",
    "User",
    "WorkingGroup",
]
