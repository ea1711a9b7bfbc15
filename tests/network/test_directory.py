"""The public States list and map; the members-only directory and NMIRF profiles."""

import datetime
import re
import xml.etree.ElementTree as ET  # noqa: S405 - our own SVG output

import pytest

from network.models import MembershipEvent, NMIRFProfile, Organisation, User

pytestmark = pytest.mark.django_db


def test_public_page_counts_and_lists_the_states(client):
    page = client.get("/en/members/").content.decode()
    assert "3 Members, 1 Observer" in page
    rows = re.findall(r'<tr><th scope="row">([^<]+)</th><td>([^<]+)</td>', page)
    assert rows == [
        ("Costa Rica", "Observer"),
        ("Morocco", "Member"),
        ("Paraguay", "Member"),
        ("Portugal", "Member"),
    ]
    assert 'src="/en/members/map.svg"' in page


def test_public_page_in_arabic_names_the_countries_in_arabic(client):
    page = client.get("/ar/members/").content.decode()
    assert "باراغواي" in page or "الباراغواي" in page


def test_the_map_colours_members_and_observers(client):
    response = client.get("/en/members/map.svg")
    assert response["Content-Type"].startswith("image/svg+xml")
    svg = response.content.decode()
    ET.fromstring(svg)  # noqa: S314 - well-formed
    paths = {
        path.get("data-code"): path.get("class")
        for path in ET.fromstring(svg).iter()  # noqa: S314
        if path.get("data-code")
    }
    assert "member" in paths["PY"].split()
    assert "observer" in paths["CR"].split()
    assert "member" not in paths["BR"].split() and "observer" not in paths["BR"].split()


def test_map_and_table_follow_status_changes(client):
    Organisation.objects.filter(acronym="DIDH-MA").update(status="suspended")
    page = client.get("/en/members/").content.decode()
    assert "2 Members, 1 Observer" in page and "Morocco" not in page


@pytest.mark.parametrize(
    ("role", "status"), [("pending", 403), ("mechanism", 200), ("cso", 200), ("committee", 200)]
)
def test_directory_is_for_members(client, role, status):
    client.force_login(User.objects.get(username=role))
    assert client.get("/en/members/directory/").status_code == status


def test_directory_sends_visitors_to_sign_in(client):
    response = client.get("/en/members/directory/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_directory_filters(client):
    client.force_login(User.objects.get(username="mechanism"))

    def names(query):
        page = client.get(f"/en/members/directory/?{query}").content.decode()
        return re.findall(r'<h2><a href="/en/members/organisations/\d+/">([^<]+)</a>', page)

    assert len(names("")) == 7  # admitted organisations; the pending applicant is not listed
    assert names("kind=nhri") == ["Institución nacional de derechos humanos (demo) (INDH)"]
    grulac = names("group=grulac")
    assert all("Portugal" not in name and "Maroc" not in name for name in grulac)
    assert len(grulac) == 4  # Paraguay's mechanism, NHRI and CSO; Costa Rica
    assert names("status=observer") == ["Mecanismo nacional de Costa Rica (demo) (NMIRF-CR)"]
    assert names("country=MA") == [
        "Délégation interministérielle aux droits de l&#x27;Homme du Maroc (demo) (DIDH-MA)"
    ]
    assert names("country=ZZ")  # an unknown value is ignored, not an error


def test_organisation_page_shows_profile_and_focal_points(client):
    client.force_login(User.objects.get(username="observer"))
    paraguay = Organisation.objects.get(acronym="NMIRF-PY")
    page = client.get(f"/en/members/organisations/{paraguay.pk}/").content.decode()
    assert "SIMORE Plus" in page
    assert "mechanism@nmirf.example" in page
    assert "Edit the NMIRF profile" not in page  # only Paraguay's focal points and the secretariat


def test_pending_organisations_are_not_in_the_directory(client):
    client.force_login(User.objects.get(username="mechanism"))
    uruguay = Organisation.objects.get(acronym="NMIRF-UY")
    assert client.get(f"/en/members/organisations/{uruguay.pk}/").status_code == 404


def test_focal_point_edits_the_profile_with_revisions(client):
    client.force_login(User.objects.get(username="mechanism"))
    paraguay = Organisation.objects.get(acronym="NMIRF-PY")
    url = f"/en/members/organisations/{paraguay.pk}/profile/"
    form = client.get(url).context["form"]
    data = {name: value for name, value in form.initial.items() if value not in (None, False)}
    data.update({"tracking_tool": "SIMORE Plus 2", "standing": "standing"})
    data.pop("organisation", None)
    data.pop("id", None)
    response = client.post(url, {k: v for k, v in data.items() if not isinstance(v, list)})
    assert response.status_code == 302, response.context["form"].errors
    profile = NMIRFProfile.objects.get(organisation=paraguay)
    assert profile.tracking_tool == "SIMORE Plus 2"
    assert profile.revisions.count() == 1
    client.force_login(User.objects.get(username="observer"))
    assert client.get(url).status_code == 404


def test_committee_suspends_a_state_with_a_reason(client, django_capture_on_commit_callbacks):
    morocco = Organisation.objects.get(acronym="DIDH-MA")
    client.force_login(User.objects.get(username="committee"))
    url = f"/en/members/organisations/{morocco.pk}/"
    page = client.post(
        url, {"status": "suspended", "reason": " ", "date": datetime.date.today().isoformat()}
    )
    assert "Give the reason for the change" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            url,
            {
                "status": "suspended",
                "reason": "Requested by the State.",
                "date": datetime.date.today().isoformat(),
            },
        )
    morocco.refresh_from_db()
    assert morocco.status == "suspended"
    assert MembershipEvent.objects.filter(organisation=morocco, event="suspended").exists()
    # Other members can read but not change the status.
    client.force_login(User.objects.get(username="mechanism"))
    assert (
        client.post(
            url, {"status": "member", "reason": "x", "date": datetime.date.today().isoformat()}
        ).status_code
        == 404
    )


def test_the_map_is_compressed_and_cacheable(client):
    response = client.get("/en/members/map.svg", HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    assert len(response.content) < 100 * 1024
    again = client.get("/en/members/map.svg", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    Organisation.objects.filter(acronym="NMIRF-CR").update(status="member")
    changed = client.get("/en/members/map.svg", HTTP_IF_NONE_MATCH=response["ETag"])
    assert changed.status_code == 200


def test_editors_manage_organisations_and_profiles_in_the_admin(client):
    client.force_login(User.objects.get(username="admin"))
    listing = client.get("/admin/snippets/network/organisation/")
    assert listing.status_code == 200
    assert "Mecanismo nacional de Costa Rica (demo)" in listing.content.decode()
    profile = NMIRFProfile.objects.get(organisation__acronym="NMIRF-PY")
    profile.save_revision(user=User.objects.get(username="mechanism"), log_action=True)
    assert (
        client.get(f"/admin/snippets/network/nmirfprofile/history/{profile.pk}/").status_code == 200
    )
    history = client.get(f"/admin/snippets/network/nmirfprofile/history-results/{profile.pk}/")
    assert history.status_code == 200
    assert ">mechanism<" in history.content.decode().replace("\n", "").replace(" ", "")
