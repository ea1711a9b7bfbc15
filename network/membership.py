"""The joining procedure and membership changes, each recorded in the membership history."""

import datetime

from django.db import transaction
from django.urls import reverse

from . import access, roles
from .forms.directory import MembershipChangeForm
from .forms.joining import DecisionForm
from .models import Application, MembershipEvent, Organisation, User
from .notifications import notify


class ApplicationClosed(Exception):
    """The application was decided meanwhile (by someone else)."""


def _application_url(application: Application) -> str:
    return reverse("members:application", args=[application.pk])


def submit_application(form, user: User, language: str) -> Application:
    """Create the pending organisation and the application, atomically; notify the reviewers."""
    with transaction.atomic():
        application = form.save(commit=False)
        organisation = Organisation.objects.create(
            name=application.organisation_name,
            kind=application.kind,
            country=application.country or "",
        )
        application.organisation = organisation
        application.applicant = user
        application.language = language
        if application.kind != Organisation.Kind.STATE_MECHANISM:
            application.membership = Application.Membership.MEMBER
        form.attach_letter(application)
        application.save()
        record_application(application, user)
        transaction.on_commit(lambda: _tell_reviewers(application))
    return application


def record_application(application: Application, applicant: User) -> None:
    """Enter a new application in its organisation's history; an applicant without an
    organisation becomes its focal point."""
    organisation = application.organisation
    MembershipEvent.objects.create(
        organisation=organisation,
        event=MembershipEvent.Event.APPLIED,
        status=organisation.status,
        application=application,
        decided_by=applicant,
    )
    if applicant.organisation_id is None:
        applicant.organisation = organisation
        applicant.organisation_role = "focal_point"
        applicant.save(update_fields=["organisation", "organisation_role"])


def _tell_reviewers(application: Application) -> None:
    for reviewer in access.people_in_roles(*roles.SECRETARIAT_GROUPS, roles.COMMITTEE):
        if reviewer.pk != application.applicant_id and access.may_decide(reviewer, application):
            notify(
                reviewer,
                "membership",
                template="network/notifications/application_received",
                context={"application": application},
                url=_application_url(application),
            )


def decide(
    application: Application, decision: str, reason: str, date: datetime.date, by: User
) -> Application:
    """Record the reviewers' decision; approval admits the organisation and its people."""
    with transaction.atomic():
        application = Application.objects.select_for_update().get(pk=application.pk)
        if not application.is_open:
            raise ApplicationClosed
        organisation = application.organisation
        if decision in (DecisionForm.APPROVE_MEMBER, DecisionForm.APPROVE_OBSERVER):
            organisation.status = (
                Organisation.Status.OBSERVER
                if decision == DecisionForm.APPROVE_OBSERVER
                else Organisation.Status.MEMBER
            )
            organisation.admitted_on = date
            application.status = Application.Status.APPROVED
            event = MembershipEvent.Event.ADMITTED
        elif decision == DecisionForm.REQUEST_INFO:
            application.status = Application.Status.INFO_REQUESTED
            event = MembershipEvent.Event.INFO_REQUESTED
        else:
            organisation.status = Organisation.Status.DECLINED
            application.status = Application.Status.DECLINED
            event = MembershipEvent.Event.DECLINED
        organisation.save(update_fields=["status", "admitted_on"])
        application.decision_reason = reason
        application.decided_on = date
        application.decided_by = by
        application.save()
        MembershipEvent.objects.create(
            organisation=organisation,
            event=event,
            status=organisation.status,
            date=date,
            reason=reason,
            decided_by=by,
            application=application,
        )
        transaction.on_commit(lambda: _tell_applicants(application))
    return application


def _tell_applicants(application: Application) -> None:
    people = {person.pk: person for person in application.organisation.people.all()}
    if application.applicant is not None:
        people.setdefault(application.applicant.pk, application.applicant)
    for person in people.values():
        notify(
            person,
            "membership",
            template="network/notifications/application_decided",
            context={"application": application, "decision_reason": application.decision_reason},
            url=_application_url(application),
        )


def answer_request(form, application: Application, by: User) -> Application:
    """The applicant's additional information puts the application back before the reviewers."""
    with transaction.atomic():
        application = form.save(commit=False)
        form.attach_letter(application)
        application.status = Application.Status.PENDING
        application.save()
        MembershipEvent.objects.create(
            organisation=application.organisation,
            event=MembershipEvent.Event.APPLIED,
            status=application.organisation.status,
            application=application,
            decided_by=by,
        )
        transaction.on_commit(lambda: _tell_reviewers(application))
    return application


def change_status(organisation: Organisation, form: MembershipChangeForm, by: User) -> None:
    """Suspend, withdraw or move an admitted organisation between Member and Observer."""
    status = form.cleaned_data["status"]
    with transaction.atomic():
        organisation.status = status
        if status in Organisation.ADMITTED and organisation.admitted_on is None:
            organisation.admitted_on = form.cleaned_data["date"]
        organisation.save(update_fields=["status", "admitted_on"])
        MembershipEvent.objects.create(
            organisation=organisation,
            event=form.STATUS_EVENTS[status],
            status=status,
            date=form.cleaned_data["date"],
            reason=form.cleaned_data["reason"],
            decided_by=by,
        )
        url = reverse("members:organisation", args=[organisation.pk])
        transaction.on_commit(
            lambda: [
                notify(
                    person,
                    "membership",
                    template="network/notifications/membership_changed",
                    context={"organisation": organisation, "reason": form.cleaned_data["reason"]},
                    url=url,
                )
                for person in organisation.people.all()
            ]
        )
