"""Demo organisations and the demo accounts of DESIGN.md §9 (never for production)."""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from . import roles
from .models import Organisation, User

DEMO_PASSWORD = "network-demo"  # noqa: S105 - documented demo credential, DEBUG only

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


def load_organisations() -> dict[str, Organisation]:
    organisations = {}
    for key, fields in ORGANISATIONS.items():
        organisations[key], _ = Organisation.objects.update_or_create(
            acronym=fields["acronym"], is_demo=True, defaults=fields
        )
    return organisations


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
    return users
