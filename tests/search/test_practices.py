"""Good practices in the search: found by those in their audience, never their focal point."""

import pytest

from cms.models import GoodPracticePage

from .conftest import find, titles

pytestmark = pytest.mark.django_db

PUBLIC = "Consulting civil society before every report"
MEMBERS_ONLY = "Municipal focal points for following up recommendations"


@pytest.mark.parametrize(
    "role, sees_members_only",
    [("visitor", False), ("pending", False), ("cso", False), ("mechanism", True), ("editor", True)],
)
def test_practices_follow_their_audience(engine, role, sees_members_only):
    public = titles(find("consulting civil society", role, kinds=("practice",)))
    assert PUBLIC in public
    municipal = find("municipal focal points", role, kinds=("practice",))
    assert (MEMBERS_ONLY in titles(municipal)) is sees_members_only
    if not sees_members_only:
        assert municipal.total == 0


def test_the_focal_point_is_not_searchable(engine):
    practice = GoodPracticePage.objects.get(title_en=PUBLIC)
    assert practice.contact_email
    assert find(practice.contact_email.split("@")[0], "admin", kinds=("practice",)).total == 0
