"""The good practices' notifications (through the network's one mechanism)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from network import access, roles
from network.notifications import notify, register_kind

KIND = "practices"
register_kind(KIND, _("Good practices"))

TEMPLATES = "cms/notifications"


def proposal_received(proposal) -> None:
    url = reverse("practice_proposals:decide", args=[proposal.pk])
    for editor in access.people_in_roles(roles.EDITORS):
        notify(
            editor,
            KIND,
            template=f"{TEMPLATES}/proposal_received",
            context={"proposal": proposal},
            url=url,
        )


def proposal_decided(proposal) -> None:
    if proposal.proposed_by is None:
        return
    notify(
        proposal.proposed_by,
        KIND,
        template=f"{TEMPLATES}/proposal_decided",
        context={"proposal": proposal},
    )


def attribution_requested(source) -> None:
    if source.author is None:
        return
    notify(
        source.author,
        KIND,
        template=f"{TEMPLATES}/attribution_requested",
        context={"source": source},
        url=reverse("practices:consent", args=[source.pk]),
    )


def attribution_declined(source) -> None:
    """The editors learn that a source may no longer be used, so they revise the practice."""
    url = reverse("wagtailadmin_pages:edit", args=[source.practice_id])
    for editor in access.people_in_roles(roles.EDITORS):
        notify(
            editor,
            KIND,
            template=f"{TEMPLATES}/attribution_declined",
            context={"source": source},
            url=url,
        )
