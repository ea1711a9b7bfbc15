"""Joining: apply → the Executive Committee decides → the applicant's people are members."""

import datetime
import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from network.demo import simple_pdf
from network.models import Application, MembershipEvent, Notification, Organisation, User
from tests.library.test_pipeline_scan import clamd  # noqa: F401  (the fake clamd fixture)

pytestmark = pytest.mark.django_db

TODAY = datetime.date.today().isoformat()


def letter(name="letter.pdf", content=None):
    return SimpleUploadedFile(name, content or simple_pdf(["Formal letter"]), "application/pdf")


def state_application(**overrides):
    data = {
        "kind": "state",
        "country": "CL",
        "organisation_name": "Mecanismo nacional de Chile",
        "contact_name": "Ana Pérez",
        "contact_email": "ana@example.cl",
        "membership": "member",
        "adopts_declaration": "on",
        "statement": "Chile adopts the Declaration of Asunción.",
        "letter": letter(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def applicant(client):
    user = User.objects.create_user(
        "chile", "chile@example.cl", "a-long-passphrase", preferred_language="es"
    )
    client.force_login(user)
    return user


def test_visitors_see_the_form_explained_and_are_asked_to_sign_in(client):
    page = client.get("/en/members/join/").content.decode()
    assert "formally communicate to the Executive Committee" in page
    assert "/accounts/login/?next=" in page


def test_whole_joining_flow(client, applicant, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/members/join/", state_application())
    assert response.status_code == 302
    application = Application.objects.get(country="CL")
    assert application.status == "pending" and application.language == "en"
    assert application.letter.name.startswith("applications/")
    assert application.letter_filename == "letter.pdf"
    applicant.refresh_from_db()
    assert applicant.organisation == application.organisation
    assert applicant.is_pending
    assert Notification.objects.filter(recipient__username="committee", kind="membership").exists()

    client.force_login(User.objects.get(username="committee"))
    queue = client.get("/en/members/applications/").content.decode()
    assert "Mecanismo nacional de Chile" in queue
    pdf = client.get(f"/en/members/applications/{application.pk}/letter/")
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf["Content-Security-Policy"] == "default-src 'none'"
    assert pdf["Content-Disposition"].startswith("inline")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/en/members/applications/{application.pk}/",
            {
                "decision": "approve_observer",
                "reason": "Welcome as an Observer.",
                "date": TODAY,
            },
        )
    assert response.status_code == 302
    organisation = Organisation.objects.get(pk=application.organisation_id)
    assert (organisation.status, str(organisation.admitted_on)) == ("observer", TODAY)
    events = list(
        MembershipEvent.objects.filter(organisation=organisation).values_list("event", flat=True)
    )
    assert events == ["applied", "admitted"]
    # The applicant is told, in their own language, and is now a member.
    note = Notification.objects.get(recipient=applicant, kind="membership")
    assert note.url == f"/es/members/applications/{application.pk}/"
    applicant = User.objects.get(pk=applicant.pk)
    assert not applicant.is_pending
    client.force_login(applicant)
    assert client.get("/en/members/directory/").status_code == 200
    public = client.get("/en/members/").content.decode()
    assert "3 Members" in public and "2 Observers" in public


def test_a_second_application_for_a_state_under_review_is_refused(client, applicant):
    response = client.post("/en/members/join/", state_application(country="UY"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "already has an application under review" in page
    assert Application.objects.filter(country="UY").count() == 1
    assert not Organisation.objects.filter(name="Mecanismo nacional de Chile").exists()
    assert 'value="Ana Pérez"' in page  # what was typed is kept


def test_an_admitted_state_cannot_apply_again(client, applicant):
    page = client.post("/en/members/join/", state_application(country="PY")).content.decode()
    assert "already belongs to the Network" in page


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("letter.txt", b"%PDF-1.4 hello %%EOF"), "as a PDF file"),
        (SimpleUploadedFile("letter.pdf", b"<html>not a pdf</html>"), "not a valid PDF"),
        (SimpleUploadedFile("letter.pdf", b""), "empty"),
    ],
)
def test_bad_letters_are_refused_with_a_reason(client, applicant, upload, message):
    response = client.post("/en/members/join/", state_application(letter=upload))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Application.objects.filter(country="CL").exists()


def test_oversize_letter(client, applicant, settings):
    settings.NETWORK_LETTER_MAX_BYTES = 100
    page = client.post("/en/members/join/", state_application()).content.decode()
    assert "the limit is 100" in page


def test_a_valid_letter_is_kept_when_another_field_fails(client, applicant):
    first = client.post("/en/members/join/", state_application(statement=" "))
    page = first.content.decode()
    assert "Write the statement adopting the Declaration" in page
    assert "is kept; you do not need to attach it again" in page
    token = first.context["form"].data["letter_token"]
    second = client.post("/en/members/join/", state_application(letter=None, letter_token=token))
    assert second.status_code == 302
    assert Application.objects.get(country="CL").letter_filename == "letter.pdf"


def test_a_state_needs_a_letter_and_the_adoption(client, applicant):
    page = client.post(
        "/en/members/join/", state_application(letter=None, adopts_declaration=None)
    ).content.decode()
    assert "Attach the formal letter as a PDF" in page
    assert "by adopting the Declaration of Asunción" in page


def test_other_organisations_apply_without_a_letter_and_the_secretariat_decides(
    client, applicant, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/en/members/join/",
            {
                "kind": "nhri",
                "country": "CL",
                "organisation_name": "INDH Chile",
                "contact_name": "Luis",
                "contact_email": "luis@example.cl",
            },
        )
    application = Application.objects.get(kind="nhri")
    client.force_login(User.objects.get(username="committee"))
    assert client.get(f"/en/members/applications/{application.pk}/").status_code == 404
    client.force_login(User.objects.get(username="editor"))
    response = client.post(
        f"/en/members/applications/{application.pk}/",
        {"decision": "approve_member", "reason": "Accredited NHRI.", "date": TODAY},
    )
    assert response.status_code == 302
    assert Organisation.objects.get(name="INDH Chile").status == "member"


def test_a_decision_cannot_predate_the_application(client):
    application = Application.objects.get(country="UY")
    client.force_login(User.objects.get(username="committee"))
    page = client.post(
        f"/en/members/applications/{application.pk}/",
        {"decision": "approve_member", "reason": "ok", "date": "2020-01-01"},
    ).content.decode()
    assert "cannot be dated before the application" in page
    application.refresh_from_db()
    assert application.status == "pending"


def test_a_decision_needs_a_reason(client):
    application = Application.objects.get(country="UY")
    client.force_login(User.objects.get(username="committee"))
    response = client.post(
        f"/en/members/applications/{application.pk}/",
        {"decision": "decline", "reason": "  ", "date": TODAY},
    )
    assert response.status_code == 200
    assert "Give the reason for the decision" in response.content.decode()
    application.refresh_from_db()
    assert application.status == "pending"
    assert not application.events.exclude(event="applied").exists()


def test_asking_for_more_information_and_answering(client, django_capture_on_commit_callbacks):
    application = Application.objects.get(country="UY")
    client.force_login(User.objects.get(username="committee"))
    client.post(
        f"/en/members/applications/{application.pk}/",
        {"decision": "request_info", "reason": "Please send the signed letter.", "date": TODAY},
    )
    application.refresh_from_db()
    assert application.status == "info_requested"
    client.force_login(User.objects.get(username="pending"))
    page = client.get(f"/fr/members/applications/{application.pk}/").content.decode()
    assert "Please send the signed letter." in page
    response = client.post(
        f"/fr/members/applications/{application.pk}/",
        {"statement": "Signed letter attached.", "letter": letter("signed.pdf")},
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert (application.status, application.letter_filename) == ("pending", "signed.pdf")


@pytest.mark.parametrize("role", ["mechanism", "nhri", "cso", "observer", "moderator"])
def test_other_peoples_applications_and_letters_answer_404(client, role):
    application = Application.objects.get(country="UY")
    client.force_login(User.objects.get(username=role))
    assert client.get(f"/en/members/applications/{application.pk}/").status_code == 404
    assert client.get(f"/en/members/applications/{application.pk}/letter/").status_code == 404


def test_the_applicant_sees_their_own_application_but_cannot_decide(client):
    application = Application.objects.get(country="UY")
    client.force_login(User.objects.get(username="pending"))
    response = client.get(f"/en/members/applications/{application.pk}/")
    assert response.status_code == 200
    assert 'name="decision"' not in response.content.decode()
    assert client.get(f"/en/members/applications/{application.pk}/letter/").status_code == 200
    assert (
        client.post(
            f"/en/members/applications/{application.pk}/",
            {"decision": "approve_member", "reason": "me", "date": TODAY},
        ).status_code
        == 404
    )
    assert client.get("/en/members/applications/").status_code == 404


def test_visitors_are_sent_to_sign_in_for_an_application(client):
    application = Application.objects.get(country="UY")
    response = client.get(f"/en/members/applications/{application.pk}/letter/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_notifications_reach_the_applicant_by_email(
    client, applicant, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/members/join/", state_application())
    application = Application.objects.get(country="CL")
    mail.outbox.clear()
    client.force_login(User.objects.get(username="committee"))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/en/members/applications/{application.pk}/",
            {"decision": "decline", "reason": "Not a UN procedure.", "date": TODAY},
        )
    sent = [message for message in mail.outbox if "chile@example.cl" in message.to]
    assert len(sent) == 1
    assert "Not a UN procedure." in sent[0].body


@pytest.fixture
def scanner(request):
    """``scanner("found")``: the library's fake clamd (imported above), answering that way."""
    return request.getfixturevalue("clamd")


def test_a_letter_with_malware_is_refused_and_the_form_kept(client, applicant, scanner):
    server = scanner("found")
    response = client.post("/en/members/join/", state_application())
    page = response.content.decode()
    assert response.status_code == 200
    assert "contains malware (Eicar-Test-Signature)" in page
    assert bytes(server.received).startswith(b"%PDF-")  # the letter itself was scanned
    assert not Application.objects.filter(country="CL").exists()
    assert 'value="Ana Pérez"' in page
    token = re.search(r'<input[^>]*name="letter_token"[^>]*>', page).group(0)
    assert "value=" not in token  # a refused letter is not kept for the next submit


def test_a_letter_that_cannot_be_scanned_is_refused(client, applicant, settings):
    settings.CLAMAV_URL = "tcp://127.0.0.1:9"  # nothing listens there: fail closed
    settings.CLAMAV_TIMEOUT = 2
    page = client.post("/en/members/join/", state_application()).content.decode()
    assert "could not be checked for malware" in page
    assert not Application.objects.filter(country="CL").exists()


def test_a_clean_letter_passes_the_scan(client, applicant, scanner):
    scanner("ok")
    client.post("/en/members/join/", state_application())
    assert Application.objects.get(country="CL").letter_filename == "letter.pdf"
