"""The public list and map of Member and Observer States; the members' directory."""

import hashlib

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import etag, require_safe

from .. import access, membership
from ..countries import codes_in_group
from ..decorators import member_required
from ..forms.directory import DirectoryFilterForm, MembershipChangeForm, NMIRFProfileForm
from ..models import NMIRFProfile, Organisation, User
from ..worldmap import world_map_svg

DIRECTORY_PAGE_SIZE = 25


def _states():
    return Organisation.objects.filter(
        kind=Organisation.Kind.STATE_MECHANISM, status__in=Organisation.ADMITTED
    ).only("pk", "name", "country", "status", "admitted_on")


@require_safe
def members(request):
    states = sorted(_states(), key=lambda org: org.country_name)
    counts = {"member": 0, "observer": 0}
    for state in states:
        counts[state.status] += 1
    return render(
        request,
        "network/members.html",
        {
            "states": states,
            "member_count": counts["member"],
            "observer_count": counts["observer"],
            "is_member": access.is_member(request.user),
        },
    )


def _map_statuses() -> dict[str, str]:
    return dict(_states().exclude(country="").values_list("country", "status"))


def _map_etag(request) -> str:
    data = sorted(_map_statuses().items())
    return hashlib.sha256(f"{get_language()}:{data}".encode()).hexdigest()[:32]


@require_safe
@gzip_page
@etag(_map_etag)
def world_map(request):
    """The States on a world map, drawn here (no tiles, no other host); gzip takes it to ~60 KB."""
    statuses = _map_statuses()
    svg = world_map_svg(
        statuses,
        title=_("Member and Observer States of the Network"),
        labels={"member": _("Member"), "observer": _("Observer")},
    )
    response = HttpResponse(svg, content_type="image/svg+xml; charset=utf-8")
    response["Cache-Control"] = "public, max-age=600"
    response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
    return response


@member_required
def directory(request):
    form = DirectoryFilterForm(request.GET or None)
    organisations = Organisation.objects.exclude(
        status__in=[Organisation.Status.PENDING, Organisation.Status.DECLINED]
    )
    if form.is_valid():
        data = form.cleaned_data
        if data["q"]:
            organisations = organisations.filter(
                Q(name__icontains=data["q"]) | Q(acronym__icontains=data["q"])
            )
        if data["country"]:
            organisations = organisations.filter(country=data["country"])
        if data["group"]:
            organisations = organisations.filter(country__in=codes_in_group(data["group"]))
        if data["kind"]:
            organisations = organisations.filter(kind=data["kind"])
        if data["status"]:
            organisations = organisations.filter(status=data["status"])
    focal_points = User.objects.filter(organisation_role="focal_point", is_active=True)
    page = Paginator(
        organisations.order_by("name").prefetch_related(
            Prefetch("people", queryset=focal_points, to_attr="focal_points")
        ),
        DIRECTORY_PAGE_SIZE,
    ).get_page(request.GET.get("page"))
    return render(
        request,
        "network/directory.html",
        {
            "form": form,
            "page": page,
        },
    )


def _organisation_or_404(pk: int) -> Organisation:
    organisation = get_object_or_404(
        Organisation.objects.annotate(people_count=Count("people")), pk=pk
    )
    if organisation.status in (Organisation.Status.PENDING, Organisation.Status.DECLINED):
        raise Http404  # applicants are seen through their application, not the directory
    return organisation


@member_required
def organisation(request, pk: int):
    organisation = _organisation_or_404(pk)
    may_manage = access.may_manage_membership(request.user, organisation)
    form = None
    if may_manage:
        form = MembershipChangeForm(request.POST or None, organisation=organisation)
        if request.method == "POST" and form.is_valid():
            membership.change_status(organisation, form, request.user)
            messages.success(request, _("The membership status has been changed."))
            return redirect("members:organisation", pk=pk)
    elif request.method == "POST":
        raise Http404
    profile = (
        NMIRFProfile.objects.filter(organisation=organisation)
        .select_related("mechanism_type")
        .first()
    )
    return render(
        request,
        "network/organisation.html",
        {
            "organisation": organisation,
            "profile": profile,
            "focal_points": organisation.people.filter(
                organisation_role="focal_point", is_active=True
            ),
            "history": organisation.history.select_related("decided_by"),
            "membership_form": form,
            "may_edit_profile": access.may_edit_profile(request.user, organisation)
            and organisation.kind == Organisation.Kind.STATE_MECHANISM,
        },
    )


@member_required
def edit_profile(request, pk: int):
    organisation = _organisation_or_404(pk)
    if organisation.kind != Organisation.Kind.STATE_MECHANISM or not access.may_edit_profile(
        request.user, organisation
    ):
        raise Http404
    profile = NMIRFProfile.objects.filter(organisation=organisation).first() or NMIRFProfile(
        organisation=organisation
    )
    form = NMIRFProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        profile = form.save()
        profile.save_revision(user=request.user, log_action=True)
        messages.success(request, _("The NMIRF profile has been saved."))
        return redirect("members:organisation", pk=pk)
    return render(
        request,
        "network/profile_form.html",
        {
            "organisation": organisation,
            "form": form,
            "revisions": profile.revisions.select_related("user").order_by("-created_at")[:10]
            if profile.pk
            else [],
        },
    )
