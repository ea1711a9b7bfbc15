"""Demo organisations and the demo accounts of DESIGN.md §9 (never for production)."""

import datetime

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile

from . import roles
from .membership import record_application
from .models import (
    Application,
    MembershipEvent,
    NMIRFProfile,
    NMIRFType,
    Organisation,
    User,
)
from .security.mfa import requires_two_factor

DEMO_PASSWORD = "network-demo"  # noqa: S105 - documented demo credential, DEBUG only
# The demo accounts that must use two factors come enrolled with this TOTP secret (DESIGN.md §9):
# `oathtool --totp -b JBSWY3DPEHPK3PXP` or any authenticator app gives the code.
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXP"  # noqa: S105 - documented demo credential, DEBUG only

ORGANISATIONS = {
    "paraguay": {
        "name": "Mecanismo nacional de seguimiento de recomendaciones de Paraguay (demo)",
        "acronym": "NMIRF-PY",
        "kind": Organisation.Kind.STATE_MECHANISM,
        "country": "PY",
        "status": Organisation.Status.MEMBER,
    },
    "portugal": {
        "name": "Comissão Nacional para os Direitos Humanos de Portugal (demo)",
        "acronym": "CNDH-PT",
        "kind": Organisation.Kind.STATE_MECHANISM,
        "country": "PT",
        "status": Organisation.Status.MEMBER,
    },
    "morocco": {
        "name": "Délégation interministérielle aux droits de l'Homme du Maroc (demo)",
        "acronym": "DIDH-MA",
        "kind": Organisation.Kind.STATE_MECHANISM,
        "country": "MA",
        "status": Organisation.Status.MEMBER,
    },
    "observer": {
        "name": "Mecanismo nacional de Costa Rica (demo)",
        "acronym": "NMIRF-CR",
        "kind": Organisation.Kind.STATE_MECHANISM,
        "country": "CR",
        "status": Organisation.Status.OBSERVER,
    },
    "nhri": {
        "name": "Institución nacional de derechos humanos (demo)",
        "acronym": "INDH",
        "kind": Organisation.Kind.NHRI,
        "country": "PY",
        "status": Organisation.Status.MEMBER,
    },
    "cso": {
        "name": "Coalición de la sociedad civil por los derechos humanos (demo)",
        "acronym": "CSDH",
        "kind": Organisation.Kind.CSO,
        "country": "PY",
        "status": Organisation.Status.MEMBER,
    },
    "igo": {
        "name": "International organisation supporting NMIRFs (demo)",
        "acronym": "IO",
        "kind": Organisation.Kind.INTERNATIONAL,
        "country": "",
        "status": Organisation.Status.MEMBER,
    },
}

ACCOUNTS = [
    # username, display name, organisation key, groups, superuser, language
    ("admin", "Platform administrator", None, (), True, "en"),
    ("editor", "Secretariat editor", None, (roles.EDITORS,), False, "es"),
    ("moderator", "Secretariat moderator", None, (roles.MODERATORS,), False, "es"),
    ("committee", "Executive Committee member", "portugal", (roles.COMMITTEE,), False, "pt"),
    ("mechanism", "Paraguay mechanism focal point", "paraguay", (), False, "es"),
    ("observer", "Costa Rica mechanism focal point", "observer", (), False, "es"),
    ("nhri", "NHRI officer", "nhri", (), False, "es"),
    ("cso", "Civil society contributor", "cso", (), False, "es"),
    ("pending", "Applicant awaiting review", None, (), False, "fr"),
]


ADMITTED_ON = datetime.date(2024, 5, 9)  # the Declaration's adoption, for the demo members


def load_organisations() -> dict[str, Organisation]:
    organisations = {}
    for key, fields in ORGANISATIONS.items():
        admitted = fields["status"] in Organisation.ADMITTED
        organisation, created = Organisation.objects.update_or_create(
            acronym=fields["acronym"],
            is_demo=True,
            defaults={**fields, "admitted_on": ADMITTED_ON if admitted else None},
        )
        if created and admitted:
            MembershipEvent.objects.create(
                organisation=organisation,
                event=MembershipEvent.Event.ADMITTED,
                status=organisation.status,
                date=ADMITTED_ON,
                reason="Demo record: admitted at the II International Seminar in Asunción.",
            )
        organisations[key] = organisation
    _load_profile(organisations["paraguay"])
    return organisations


def _load_profile(organisation: Organisation) -> None:
    NMIRFProfile.objects.update_or_create(
        organisation=organisation,
        defaults={
            "mechanism_type": NMIRFType.objects.filter(slug="inter-ministerial").first(),
            "standing": NMIRFProfile.Standing.STANDING,
            "legal_basis": "Decreto del Poder Ejecutivo (demo)",
            "mandate_reporting": True,
            "mandate_follow_up": True,
            "mandate_implementation": True,
            "composition_es": "Ministerios y entidades del Poder Ejecutivo (demo).",
            "composition_en": "Ministries and bodies of the Executive (demo).",
            "secretariat_es": "Ministerio de Relaciones Exteriores (demo).",
            "secretariat_en": "Ministry of Foreign Affairs (demo).",
            "tracking_tool": "SIMORE Plus",
        },
    )


def load_pending_application(applicant: User) -> Application:
    """An application from the ``pending`` account, with its letter, awaiting the Committee."""
    application = Application.objects.filter(applicant=applicant).first()
    if application is not None:
        return application
    organisation = Organisation.objects.create(
        name="Mecanismo nacional de Uruguay (demo)",
        acronym="NMIRF-UY",
        is_demo=True,
        kind=Organisation.Kind.STATE_MECHANISM,
        country="UY",
    )
    application = Application(
        kind=Organisation.Kind.STATE_MECHANISM,
        country="UY",
        organisation_name=organisation.name,
        contact_name=str(applicant),
        contact_email=applicant.email,
        membership=Application.Membership.MEMBER,
        adopts_declaration=True,
        language=applicant.preferred_language,
        statement="Demo: the State adopts the Declaration of Asunción and asks to join as a "
        "Member.",
        organisation=organisation,
        applicant=applicant,
        letter_filename="carta.pdf",
    )
    application.letter.save(
        "letter.pdf",
        ContentFile(
            simple_pdf(
                [
                    "Demo letter to the Executive Committee",
                    "of the International Network of NMIRFs.",
                    "The State adopts the Declaration of Asuncion",
                    "and wishes to join the Network as a Member.",
                ]
            )
        ),
        save=False,
    )
    application.save()
    record_application(application, applicant)
    return application


def simple_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing ``lines`` (ASCII), for demo files."""
    text = (
        "BT /F1 14 Tf 72 760 Td 18 TL "
        + " ".join(
            "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '"
            for line in lines
        )
        + " ET"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text.encode("latin-1")),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def load_accounts(organisations: dict[str, Organisation]) -> list[User]:
    users = []
    for username, display_name, org_key, group_names, superuser, language in ACCOUNTS:
        user, _ = User.objects.update_or_create(
            username=username,
            defaults={
                "display_name": display_name,
                "email": f"{username}@nmirf.example",
                "organisation": organisations.get(org_key),
                "requested_organisation": "Ministerio de Relaciones Exteriores (demo)"
                if username == "pending"
                else "",
                "preferred_language": language,
                "organisation_role": "focal_point" if org_key else "member",
                "is_superuser": superuser,
                "is_staff": superuser,
                "is_demo": True,
            },
        )
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])
        user.groups.set(Group.objects.filter(name__in=group_names))
        EmailAddress.objects.update_or_create(
            user=user,
            email=user.email,
            defaults={"verified": True, "primary": True},
        )
        users.append(user)
    for user in users:
        if requires_two_factor(user):
            enrol_demo_two_factor(user)
    load_pending_application(User.objects.get(username="pending"))
    return users


def enrol_demo_two_factor(user: User) -> None:
    """Give ``user`` the demo TOTP secret and recovery codes (replacing any authenticator app)."""
    Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).delete()
    TOTP.activate(user, DEMO_TOTP_SECRET)
    RecoveryCodes.activate(user)
