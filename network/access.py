"""The one access policy (DESIGN.md §3): who sees what, and who may decide what.

Every restrictable item stores the audience keys it is shown to (``AudienceMixin``); every user
holds a set of keys; an item is visible when the two sets meet. Views, document serving, search,
feeds and notifications all ask here. What a user may not see answers 404, never 403.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from django.http import Http404

from . import keys, roles
from .models import Application, Organisation

# Participant types whose admitted people are "members" (DESIGN.md §1). Civil society takes part
# through the audiences opened to it (its type key), not through "all members".
MEMBER_KINDS = frozenset(kind for kind in Organisation.Kind.values if kind != Organisation.Kind.CSO)


def is_admin(user) -> bool:
    return bool(user.is_authenticated and user.is_active and user.is_superuser)


def _in_group(user, *names: str) -> bool:
    return bool(user.is_authenticated and user.is_active and user.group_names & set(names))


def is_secretariat(user) -> bool:
    """Secretariat staff: editors and moderators (and administrators)."""
    return is_admin(user) or _in_group(user, *roles.SECRETARIAT_GROUPS)


def is_editor(user) -> bool:
    return is_admin(user) or _in_group(user, roles.EDITORS)


def is_moderator(user) -> bool:
    return is_admin(user) or _in_group(user, roles.MODERATORS)


def may_use_admin(user) -> bool:
    """The Wagtail admin is the editors' (and administrators') workplace."""
    return is_editor(user)


def is_committee(user) -> bool:
    return is_admin(user) or _in_group(user, roles.COMMITTEE)


def people_in_roles(*group_names: str) -> QuerySet:
    """Active administrators and the active members of these role groups (to notify them)."""
    return (
        get_user_model()
        .objects.filter(Q(is_superuser=True) | Q(groups__name__in=group_names), is_active=True)
        .distinct()
    )


def admitted_organisation(user) -> Organisation | None:
    """The user's organisation if it is an admitted Member or Observer, else None."""
    if not (user.is_authenticated and user.is_active):
        return None
    organisation = user.organisation
    return organisation if organisation is not None and organisation.is_admitted else None


def is_member(user) -> bool:
    """May use the members' areas: in an admitted organisation, or secretariat/committee."""
    return admitted_organisation(user) is not None or is_secretariat(user) or is_committee(user)


def user_keys(user) -> frozenset[str]:
    """The audience keys this user holds; pending and suspended accounts hold only ``public``."""
    cached = getattr(user, "_audience_keys", None)
    if cached is not None:
        return cached
    held = {keys.PUBLIC}
    organisation = admitted_organisation(user)
    if organisation is not None:
        held.add(keys.type_key(organisation.kind))
        held.add(keys.org_key(organisation.pk))
        if organisation.kind in MEMBER_KINDS:
            held.add(keys.MEMBERS)
    if user.is_authenticated and user.is_active:
        if is_secretariat(user):
            held |= {keys.MEMBERS, keys.SECRETARIAT}
            held |= {keys.type_key(kind) for kind in Organisation.Kind.values}
        if _in_group(user, roles.COMMITTEE):
            held.add(keys.COMMITTEE)
        held |= {keys.group_key(slug) for slug in user.memberships[1]}
    result = frozenset(held)
    if user.is_authenticated:
        user._audience_keys = result
    return result


def item_key_set(item) -> frozenset[str]:
    return frozenset(item.audience_keys.split())


def can_see(user, item) -> bool:
    """May ``user`` see ``item`` (anything with ``audience_keys``)?"""
    if is_admin(user):
        return True
    return not item_key_set(item).isdisjoint(user_keys(user))


def visible(queryset: QuerySet, user, field: str = "audience_keys") -> QuerySet:
    """``queryset`` narrowed to the items ``user`` may see (one WHERE clause, no extra query)."""
    if is_admin(user):
        return queryset
    condition = Q()
    for key in user_keys(user):
        condition |= Q(**{f"{field}__contains": f" {key} "})
    return queryset.filter(condition)


def get_visible_or_404(queryset: QuerySet, user, **lookup):
    """The one object matching ``lookup`` that ``user`` may see, or 404."""
    try:
        return visible(queryset, user).get(**lookup)
    except queryset.model.DoesNotExist as exc:
        raise Http404 from exc


# Applications to join: the Executive Committee decides States, the secretariat the others;
# the applicant and their organisation's people follow their own.


def may_decide(user, application: Application) -> bool:
    if application.is_state:
        return is_committee(user)
    return is_secretariat(user)


def applications_to_review(user) -> QuerySet:
    """The review queue: what this user may decide."""
    queryset = Application.objects.select_related("organisation", "applicant")
    if is_admin(user):
        return queryset
    condition = Q(pk__in=[])
    if is_committee(user):
        condition |= Q(kind=Organisation.Kind.STATE_MECHANISM)
    if is_secretariat(user):
        condition |= ~Q(kind=Organisation.Kind.STATE_MECHANISM)
    return queryset.filter(condition)


def applications_visible(user) -> QuerySet:
    """Applications this user may open: the ones they review, and their own organisation's."""
    if not user.is_authenticated:
        return Application.objects.none()
    reviewable = applications_to_review(user)
    own = Q(applicant=user)
    if user.organisation_id:
        own |= Q(organisation_id=user.organisation_id)
    return (reviewable | Application.objects.filter(own)).distinct()


def may_manage_membership(user, organisation: Organisation) -> bool:
    """Change an admitted organisation's status: the Committee for States, else the secretariat."""
    if organisation.kind == Organisation.Kind.STATE_MECHANISM:
        return is_committee(user)
    return is_secretariat(user)


def may_edit_profile(user, organisation: Organisation) -> bool:
    """An NMIRF profile is kept by its own focal points and by the secretariat."""
    if is_secretariat(user):
        return True
    return bool(
        user.is_authenticated
        and user.organisation_id == organisation.pk
        and user.organisation_role == "focal_point"
        and organisation.is_admitted
    )
