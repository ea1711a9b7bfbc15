"""View decorators that put the access policy in front of the members' areas."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import render

from . import access


def member_required(view):
    """Visitors are sent to sign in; accounts not (yet) admitted see why, with status 403."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not access.is_member(request.user):
            return render(request, "network/members_only.html", status=403)
        return view(request, *args, **kwargs)

    return wrapper
