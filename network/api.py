"""The network's part of the JSON API: the Member and Observer States (public)."""

import datetime

from ninja import Router, Schema

from .models import Organisation

router = Router(tags=["network"])


class StateOut(Schema):
    country: str
    country_name: str
    regional_group: str | None
    status: str
    mechanism: str
    admitted_on: datetime.date | None


@router.get("/states", response=list[StateOut], summary="Member and Observer States")
def states(request):
    """The States whose mechanisms are admitted, with their standing (public, as on the map)."""
    organisations = Organisation.objects.filter(
        kind=Organisation.Kind.STATE_MECHANISM, status__in=Organisation.ADMITTED
    ).exclude(country="")
    return sorted(
        (
            {
                "country": org.country,
                "country_name": org.country_name,
                "regional_group": org.regional_group,
                "status": org.status,
                "mechanism": org.name,
                "admitted_on": org.admitted_on,
            }
            for org in organisations
        ),
        key=lambda state: state["country_name"],
    )
