"""Every URL pattern of the project × every demo role, against an expectation table.

The test walks the root URL resolver (``tests/security/urlwalk.py``): every pattern, including the
language-prefixed ones, the Wagtail admin, the Django admin, document serving, media, the feeds
and every live Wagtail page of the page tree. Each pattern is filled with real ids from the demo
data and requested (GET) as each role of ``tests/roles.py``; the answer's outcome class
(``ok``, ``login``, ``redirect``, ``admin-denied``, or a status such as ``"403"``, ``"404"``,
``"405"``) must equal the table's.

How to add a row (a new URL, or several merged at once)
-------------------------------------------------------
1. Run ``.venv/bin/pytest tests/security/test_url_matrix.py``: a new pattern without a rule
   fails ``test_every_url_pattern_has_an_expectation`` and is listed by its key: its qualified
   name (``namespace:name``, e.g. ``search:results`` or ``network:two_factor``) or, when the
   pattern has no name, ``route:<the route>``.
2. Add a row ``(key or glob, expect(default, role=outcome, ...))`` to ``SITE_RULES`` (the site)
   or ``ADMIN_RULES`` (the Wagtail and Django admins). Rules are tried in order and the first
   whose glob (``fnmatch``) matches the key wins, so a specific row goes above a ``ns:*`` row.
   ``expect(OK, visitor=LOGIN, pending="403")`` reads "200 for every role, except a visitor is
   sent to sign in and a pending account gets 403".
3. If the pattern takes an argument the walker does not know, give it a real demo id in
   ``urlwalk.Samples.value`` (by argument name) or ``Samples.pk_for`` (a ``pk`` by namespace);
   an unknown argument gets an id with nothing behind it (999999), which must still answer
   cleanly.

Never returning a 500 is part of every expectation: only Wagtail's own deliberate error page
(``wagtailadmin_error_test``, /admin/failwhale/) is expected to answer 500.
"""

from fnmatch import fnmatchcase

import pytest
from django.test import Client

from tests.roles import ROLES, person

from .urlwalk import ADMIN_DENIED as DENIED
from .urlwalk import LOGIN, OK, REDIRECT, Samples, classify, page_urls, url_for, walk


def expect(default: str, **by_role: str) -> dict[str, str]:
    """The outcome for each role: ``default`` unless the role is named."""
    unknown = set(by_role) - set(ROLES)
    assert not unknown, f"not a role: {unknown}"
    return {role: by_role.get(role, default) for role in ROLES}


# The demo roles enrolled in two-factor authentication (mandatory for them).
ENROLLED = ("moderator", "editor", "committee", "admin")

SITE_RULES = [
    ("sitemap", expect(OK)),
    ("api:openapi-json", expect(OK)),
    ("api:api-root", expect("404")),
    ("api:states", expect(OK)),
    ("api:documents", expect(OK)),
    ("api:document", expect(OK)),
    ("api:topics", expect(OK, visitor="404", pending="404")),
    ("search:search", expect(OK)),
    ("search:suggest", expect(OK)),
    ("practices:propose", expect("404", visitor=LOGIN, pending="403")),
    ("practices:consent", expect("404", visitor=LOGIN)),
    ("route:admin/login/", expect(LOGIN)),
    ("route:django-admin/login/", expect(LOGIN)),
    ("usersessions_list", expect(OK, visitor=LOGIN)),
    ("mfa_index", expect(OK, visitor=LOGIN)),
    ("mfa_authenticate", expect(REDIRECT, visitor=LOGIN)),
    # Managing two factors asks for the password again first (the tests' sessions are not fresh);
    # pages about an authenticator one does not have answer 404.
    ("mfa_reauthenticate", expect(REDIRECT, visitor=LOGIN, **{r: OK for r in ENROLLED})),
    (
        "mfa_deactivate_totp",
        expect("404", visitor=LOGIN, **{r: REDIRECT for r in ENROLLED}),
    ),
    (
        "mfa_[vd]*_recovery_codes",
        expect("404", visitor=LOGIN, **{r: REDIRECT for r in ENROLLED}),
    ),
    ("mfa_list_webauthn", expect(OK, visitor=LOGIN)),
    ("mfa_*", expect(REDIRECT, visitor=LOGIN)),
    ("healthz", expect(OK)),
    ("wagtaildocs_serve", expect(OK)),
    ("set_language", expect(REDIRECT)),
    ("network:pending", expect(REDIRECT, visitor=LOGIN, pending=OK)),
    (
        "network:my_organisation",
        expect(OK, visitor=LOGIN, pending="404", moderator="404", editor="404", admin="404"),
    ),
    ("network:invitation_revoke", expect("405")),
    ("network:invitation_accept", expect("404")),
    ("network:notifications_read", expect("405", visitor=LOGIN)),
    ("network:notification_open", expect("404", visitor=LOGIN, mechanism=REDIRECT)),
    ("network:unsubscribe", expect("404")),
    ("network:delete_account", expect(OK, visitor=LOGIN, admin=REDIRECT)),
    ("network:*", expect(OK, visitor=LOGIN)),
    ("account_login", expect(REDIRECT, visitor=OK)),
    ("account_inactive", expect(OK)),
    ("account_signup", expect(REDIRECT, visitor=OK)),
    ("account_reauthenticate", expect(OK, visitor=LOGIN)),
    ("account_request_reauthentication_code", expect(OK, visitor=LOGIN)),
    ("account_confirm_reauthentication_code", expect(REDIRECT, visitor=LOGIN)),
    ("account_email", expect(OK, visitor=LOGIN)),
    ("account_email_verification_sent", expect(OK)),
    ("account_change_password", expect(OK, visitor=LOGIN)),
    ("account_set_password", expect(REDIRECT, visitor=LOGIN)),
    ("account_reset_password", expect(OK)),
    ("account_confirm_login_code", expect(REDIRECT, visitor=LOGIN)),
    ("account_confirm_email", expect(OK)),
    ("account_reset_password_from_key_done", expect(OK)),
    ("account_reset_password_from_key", expect(OK)),
    ("account_reset_password_done", expect(OK)),
    ("route:^media/(?P<path>(?:original_images|images)/.*)$", expect("404")),
    ("members:directory", expect(OK, visitor=LOGIN, pending="403")),
    ("members:organisation", expect(OK, visitor=LOGIN, pending="403")),
    (
        "members:profile_edit",
        expect(
            OK, visitor=LOGIN, pending="403", observer="404", nhri="404", cso="404", committee="404"
        ),
    ),
    (
        "members:applications",
        expect("404", visitor=LOGIN, moderator=OK, editor=OK, committee=OK, admin=OK),
    ),
    ("members:application", expect("404", visitor=LOGIN, pending=OK, committee=OK, admin=OK)),
    ("members:letter", expect("404", visitor=LOGIN, pending=OK, committee=OK, admin=OK)),
    ("members:*", expect(OK)),
    (
        "library:contribute",
        expect(OK, visitor=LOGIN, pending="403", moderator="404", editor="404", admin="404"),
    ),
    ("library:my_contributions", expect(OK, visitor=LOGIN, pending="403")),
    ("library:edit_contribution", expect("404", visitor=LOGIN, pending="403", cso=OK)),
    ("library:review", expect("404", editor=OK, admin=OK)),
    ("library:review_document", expect("404", editor=OK, admin=OK)),
    ("library:status", expect("404", cso=OK, moderator=OK, editor=OK, admin=OK)),
    ("library:*", expect(OK)),
    ("forum:index", expect(OK, visitor=LOGIN, pending="403")),
    ("forum:category", expect(OK, visitor=LOGIN, pending="403", cso="404")),
    ("forum:new_topic", expect(OK, visitor=LOGIN, pending="403", cso="404")),
    ("forum:topic", expect(OK, visitor=LOGIN, pending="403", cso="404")),
    ("forum:first_unread", expect(REDIRECT, visitor=LOGIN, pending="403", cso="404")),
    ("forum:reply", expect("405", visitor=LOGIN, pending="403", cso="404")),
    ("forum:post", expect(REDIRECT, visitor=LOGIN, pending="403", cso="404")),
    (
        "forum:edit",
        expect("404", visitor=LOGIN, pending="403", mechanism=OK, moderator=OK, admin=OK),
    ),
    (
        "forum:history",
        expect("404", visitor=LOGIN, pending="403", mechanism=OK, moderator=OK, admin=OK),
    ),
    ("forum:flag", expect(OK, visitor=LOGIN, pending="403", cso="404")),
    ("forum:moderation", expect("404", moderator=OK, admin=OK)),
    ("forum:moderation_log", expect("404", moderator=OK, admin=OK)),
    ("forum:moderate_post", expect("404", moderator="405", admin="405")),
    ("forum:moderate_topic", expect("404", moderator="405", admin="405")),
    ("forum:suspend", expect("404", moderator=OK, admin=OK)),
    ("forum:lift_suspension", expect("404", moderator="405", admin="405")),
    ("forum:search", expect(OK, visitor=LOGIN, pending="403")),
    ("forum:*", expect("405")),
    ("wagtailcore_authenticate_with_password", expect("404")),
    ("wagtailcore_login", expect(OK)),
    ("account_logout", expect(OK, visitor=REDIRECT)),
]

ADMIN_RULES = [
    ("practice_proposals:index*", expect(LOGIN, editor=OK, admin=OK)),
    ("practice_proposals:add", expect(LOGIN, editor=DENIED, admin=DENIED)),
    ("practice_proposals:*", expect(LOGIN, editor="404", admin="404")),
    # Django's admin sends an unknown object id back to the list: a redirect.
    ("admin:mfa_authenticator_[hd]*", expect(REDIRECT)),
    ("admin:mfa_authenticator_change", expect(REDIRECT)),
    ("admin:usersessions_usersession_[hd]*", expect(REDIRECT)),
    ("admin:usersessions_usersession_change", expect(REDIRECT)),
    ("admin:mfa_authenticator_*", expect(REDIRECT, admin=OK)),
    ("admin:usersessions_usersession_*", expect(REDIRECT, admin=OK)),
    ("admin:axes_*_changelist", expect(REDIRECT, admin=OK)),
    ("admin:axes_*_add", expect(REDIRECT, admin="403")),
    ("route:django-admin/mfa/authenticator/<path:object_id>/", expect(REDIRECT)),
    ("route:django-admin/usersessions/usersession/<path:object_id>/", expect(REDIRECT)),
    ("route:django-admin/axes/*/<path:object_id>/", expect(REDIRECT)),
    ("copy_translation_content", expect(LOGIN, editor="405", admin="405")),
    ("wagtailadmin_home", expect(LOGIN, editor=OK, admin=OK)),
    ("route:admin/test404/", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailadmin_api:pages:find", expect(LOGIN, editor="404", admin="404")),
    ("wagtailadmin_api:pages:action", expect(LOGIN, editor="405", admin="405")),
    ("wagtailadmin_api:pages:*", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailadmin_api:documents:find", expect(LOGIN, editor="404", admin="404")),
    ("wagtailadmin_api:documents:*", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailadmin_api:images:listing", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailadmin_api:images:*", expect(LOGIN, editor="404", admin="404")),
    ("wagtailadmin_error_test", expect(LOGIN, editor="500", admin="500")),
    ("wagtailadmin_explore_root", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailadmin_explore", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailadmin_explore_results", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtail_bulk_action", expect(LOGIN, editor="404", admin="404")),
    ("wagtailadmin_pages:add", expect(LOGIN, editor=DENIED, admin=DENIED)),
    ("wagtailadmin_pages:delete", expect(LOGIN, editor=DENIED, admin=OK)),
    ("wagtailadmin_pages:unpublish", expect(LOGIN, editor=DENIED, admin=OK)),
    ("wagtailadmin_pages:convert_alias", expect(LOGIN, editor="404", admin="404")),
    ("wagtailadmin_pages:move", expect(LOGIN, editor=DENIED, admin=OK)),
    ("wagtailadmin_pages:set_page_position", expect(LOGIN, editor="405", admin="405")),
    ("wagtailadmin_pages:workflow_action", expect(LOGIN, editor="404", admin="404")),
    ("wagtailadmin_pages:collect_workflow_action_data", expect(LOGIN, editor="404", admin="404")),
    ("wagtailadmin_pages:workflow_preview", expect(LOGIN, editor="404", admin="404")),
    ("wagtailadmin_pages:set_privacy", expect(LOGIN, editor=DENIED, admin=OK)),
    ("wagtailadmin_pages:lock", expect(LOGIN, editor="405", admin="405")),
    ("wagtailadmin_pages:unlock", expect(LOGIN, editor="405", admin="405")),
    ("wagtailadmin_pages:revisions_index", expect(LOGIN, editor=REDIRECT, admin=REDIRECT)),
    ("wagtailadmin_pages:revisions_unschedule", expect(LOGIN, editor=DENIED, admin=OK)),
    ("wagtailadmin_pages:workflow_history_detail", expect(LOGIN, editor="404", admin="404")),
    ("wagtailadmin_pages:*", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailadmin_choose_page", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailadmin_choose_page_child", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailadmin_choose_page_search", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailadmin_choose_page_chosen_multiple", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailadmin_choose_page_external_link", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailadmin_choose_page_email_link", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailadmin_choose_page_phone_link", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailadmin_choose_page_anchor_link", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailadmin_tag_autocomplete", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailadmin_tag_model_autocomplete", expect(LOGIN, editor="404", admin="404")),
    ("wagtailadmin_collections:edit", expect(LOGIN, editor=DENIED, admin="404")),
    ("wagtailadmin_collections:delete", expect(LOGIN, editor="404", admin="404")),
    ("wagtailadmin_collections:set_privacy", expect(LOGIN, editor="404", admin="404")),
    ("wagtailadmin_collections:*", expect(LOGIN, editor=DENIED, admin=OK)),
    ("wagtailadmin_workflows:enable", expect(LOGIN, editor="405", admin="405")),
    ("wagtailadmin_workflows:remove", expect(LOGIN, editor="405", admin="405")),
    ("wagtailadmin_workflows:add_task", expect(LOGIN, editor="404", admin="404")),
    # Two task types (Wagtail's group approval, the practices' second-editor review): a choice.
    ("wagtailadmin_workflows:select_task_type", expect(LOGIN, editor=DENIED, admin=OK)),
    ("wagtailadmin_workflows:enable_task", expect(LOGIN, editor="405", admin="405")),
    ("wagtailadmin_workflows:task_chooser", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailadmin_workflows:task_chooser_results", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailadmin_workflows:task_chooser_create", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailadmin_workflows:task_chosen", expect(LOGIN, editor="404", admin="404")),
    ("wagtailadmin_workflows:*", expect(LOGIN, editor=DENIED, admin=OK)),
    ("wagtailadmin_reports:locked_pages", expect(LOGIN, editor=DENIED, admin=OK)),
    ("wagtailadmin_reports:locked_pages_results", expect(LOGIN, editor=DENIED, admin=OK)),
    ("wagtailadmin_reports:*", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailadmin_account", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailadmin_dismissibles", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailadmin_editing_sessions:*", expect(LOGIN, editor="405", admin="405")),
    ("wagtailadmin_block_preview", expect(LOGIN, editor="404", admin="404")),
    (
        "route:admin/pages/(?P<page_id>\\d+)/edit/copy_translation_content/$",
        expect(LOGIN, editor="405", admin="405"),
    ),
    ("wagtailforms:list_submissions", expect(LOGIN, editor="404", admin="404")),
    ("wagtailforms:list_submissions_results", expect(LOGIN, editor="404", admin="404")),
    ("wagtailforms:delete_submissions", expect(LOGIN, editor=DENIED, admin=DENIED)),
    ("wagtailforms:*", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailredirects:edit", expect(LOGIN, editor=DENIED, admin="404")),
    ("wagtailredirects:delete", expect(LOGIN, editor="404", admin="404")),
    ("wagtailredirects:process_import", expect(LOGIN, editor=DENIED, admin="405")),
    ("wagtailredirects:*", expect(LOGIN, editor=DENIED, admin=OK)),
    ("wagtailsettings:*", expect(LOGIN, editor="404", admin="404")),
    ("wagtailembeds:*", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtaildocs:edit_multiple", expect(LOGIN, editor="405", admin="405")),
    (
        "wagtaildocs:create_multiple_from_uploaded_document",
        expect(LOGIN, editor="405", admin="405"),
    ),
    ("wagtaildocs:delete_multiple", expect(LOGIN, editor="405", admin="405")),
    ("wagtaildocs:delete_upload_multiple", expect(LOGIN, editor="405", admin="405")),
    ("wagtaildocs:*", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailimages:index", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailimages:index_results", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailimages:add", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailimages:add_multiple", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailimages:edit_multiple", expect(LOGIN, editor="405", admin="405")),
    ("wagtailimages:create_multiple_from_uploaded_image", expect(LOGIN, editor="405", admin="405")),
    ("wagtailimages:delete_multiple", expect(LOGIN, editor="405", admin="405")),
    ("wagtailimages:delete_upload_multiple", expect(LOGIN, editor="405", admin="405")),
    ("wagtailimages:*", expect(LOGIN, editor="404", admin="404")),
    ("wagtailsites:*", expect(LOGIN, editor=DENIED, admin=OK)),
    ("wagtailusers_users:*", expect(LOGIN, editor=DENIED, admin=OK)),
    ("wagtailusers_groups:*", expect(LOGIN, editor=DENIED, admin=OK)),
    ("wagtaildocs_chooser:chosen", expect(LOGIN, editor="404", admin="404")),
    ("wagtaildocs_chooser:*", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailimages_chooser:chosen", expect(LOGIN, editor="404", admin="404")),
    ("wagtailimages_chooser:select_format", expect(LOGIN, editor="404", admin="404")),
    ("wagtailimages_chooser:*", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailadmin_sprite", expect(OK)),
    # One sign-in for everyone (allauth, with the second factor): the admin's redirects to it,
    # and its password reset is allauth's too.
    ("wagtailadmin_login", expect(LOGIN)),
    ("wagtailadmin_password_reset*", expect("404")),
    ("wagtailadmin_javascript_catalog", expect(OK)),
    ("route:admin/^.*/$", expect(LOGIN, editor="404", admin="404")),
    ("admin:index", expect(REDIRECT, admin=OK)),
    ("admin:login", expect(LOGIN)),
    ("admin:password_change", expect(REDIRECT, admin=OK)),
    ("admin:password_change_done", expect(REDIRECT, admin=OK)),
    ("admin:autocomplete", expect(REDIRECT, admin="403")),
    ("admin:jsi18n", expect(REDIRECT, admin=OK)),
    ("admin:view_on_site", expect(REDIRECT, admin="404")),
    ("admin:auth_group_changelist", expect(REDIRECT, admin=OK)),
    ("admin:auth_group_add", expect(REDIRECT, admin=OK)),
    ("admin:auth_user_password_change", expect(REDIRECT, admin="404")),
    ("admin:network_user_changelist", expect(REDIRECT, admin=OK)),
    ("admin:network_user_add", expect(REDIRECT, admin=OK)),
    ("admin:network_organisation_changelist", expect(REDIRECT, admin=OK)),
    ("admin:network_organisation_add", expect(REDIRECT, admin=OK)),
    ("admin:wagtailimages_image_changelist", expect(REDIRECT, admin=OK)),
    ("admin:wagtailimages_image_add", expect(REDIRECT, admin=OK)),
    ("admin:taggit_tag_merge_tags", expect(REDIRECT, admin=OK)),
    ("admin:taggit_tag_changelist", expect(REDIRECT, admin=OK)),
    ("admin:taggit_tag_add", expect(REDIRECT, admin=OK)),
    ("admin:django_tasks_database_dbtaskresult_changelist", expect(REDIRECT, admin=OK)),
    ("admin:django_tasks_database_dbtaskresult_add", expect(REDIRECT, admin="403")),
    ("admin:django_tasks_database_dbtaskresult_delete", expect(REDIRECT, admin="403")),
    ("admin:account_emailaddress_changelist", expect(REDIRECT, admin=OK)),
    ("admin:account_emailaddress_add", expect(REDIRECT, admin=OK)),
    ("admin:app_list", expect(REDIRECT, admin=OK)),
    ("admin:logout", expect(REDIRECT, admin="405")),
    ("admin:*", expect(REDIRECT)),
    ("route:django-admin/auth/group/<path:object_id>/", expect(REDIRECT)),
    ("route:django-admin/network/user/<path:object_id>/", expect(REDIRECT)),
    ("route:django-admin/network/organisation/<path:object_id>/", expect(REDIRECT)),
    ("route:django-admin/wagtailimages/image/<path:object_id>/", expect(REDIRECT)),
    ("route:django-admin/taggit/tag/<path:object_id>/", expect(REDIRECT)),
    ("route:django-admin/django_tasks_database/dbtaskresult/<path:object_id>/", expect(REDIRECT)),
    ("route:django-admin/account/emailaddress/<path:object_id>/", expect(REDIRECT)),
    ("route:django-admin/(?P<url>.*)$", expect(REDIRECT, admin="404")),
    ("wagtailadmin_logout", expect(LOGIN, editor="405", admin="405")),
    ("wagtailsnippets:index", expect(LOGIN, editor=DENIED, admin=DENIED)),
    # No working group in the demo data: its objects' pages answer 404.
    ("wagtailsnippets_network_workinggroup:list*", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailsnippets_network_workinggroup:add", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailsnippets_network_workinggroup:*", expect(LOGIN, editor="404", admin="404")),
    (
        "wagtailsnippetchoosers_network_workinggroup:chosen",
        expect(LOGIN, editor="404", admin="404"),
    ),
    (
        "wagtailsnippets_network_nmirfprofile:revisions_revert",
        expect(LOGIN, editor="404", admin="404"),
    ),
    (
        "wagtailsnippets_network_nmirfprofile:revisions_compare",
        expect(LOGIN, editor="404", admin="404"),
    ),
    # Organisations are the administrators' (their status is a membership decision); editors
    # keep the vocabulary and correct NMIRF profiles, but delete neither profiles nor groups.
    ("wagtailsnippetchoosers_network_organisation:create", expect(LOGIN, editor=DENIED, admin=OK)),
    ("wagtailsnippetchoosers_network_nmirfprofile:create", expect(LOGIN, editor=DENIED, admin=OK)),
    ("wagtailsnippetchoosers_*", expect(LOGIN, editor=OK, admin=OK)),
    ("wagtailsnippets_network_organisation:*", expect(LOGIN, editor=DENIED, admin=OK)),
    ("wagtailsnippets_network_nmirfprofile:add", expect(LOGIN, editor=DENIED, admin=OK)),
    ("wagtailsnippets_network_nmirfprofile:copy", expect(LOGIN, editor=DENIED, admin=OK)),
    ("wagtailsnippets_network_nmirfprofile:*delete*", expect(LOGIN, editor=DENIED, admin=OK)),
    ("wagtailsnippets_network_workinggroup:*delete*", expect(LOGIN, editor=DENIED, admin=OK)),
    ("wagtailsnippets_*", expect(LOGIN, editor=OK, admin=OK)),
]

# Wagtail pages, from the page tree (one request per live page): public pages answer everyone.
PAGE_RULES = [
    ("wagtail_serve", expect(OK)),
    ("wagtail_serve:restricted", expect(LOGIN, **{role: OK for role in ROLES[1:]})),
    # Members-only good practices: 404 to whoever does not hold the members key.
    ("wagtail_serve:members", expect(OK, visitor="404", pending="404", cso="404")),
]

RULES = SITE_RULES + ADMIN_RULES + PAGE_RULES


def rule_for(key: str) -> dict[str, str] | None:
    for pattern, outcomes in RULES:
        if fnmatchcase(key, pattern):
            return outcomes
    return None


def _targets(samples: Samples) -> list[tuple[str, str]]:
    """(key, url) for every pattern and every live page; logging out comes last."""
    targets = [
        (route.key, url_for(route, samples)) for route in walk() if route.name != "wagtail_serve"
    ]
    targets += [
        (f"wagtail_serve:{kind}" if kind else "wagtail_serve", url) for url, kind in page_urls()
    ]
    return sorted(targets, key=lambda target: "logout" in target[0])


def test_every_url_pattern_has_an_expectation():
    keys = [route.key for route in walk()]
    missing = [key for key in keys if rule_for(key) is None]
    assert not missing, "URL patterns without a row in the expectation table:\n" + "\n".join(
        missing
    )
    assert len(keys) > 400  # the walk reaches into the Wagtail and Django admins


@pytest.mark.django_db
def test_the_walk_covers_the_site_admin_pages_and_files():
    keys = {route.key for route in walk()}
    for key in (
        "wagtaildocs_serve",
        "library:feed",
        "forum:topic",
        "members:application",
        "wagtailadmin_pages:edit",
        "admin:index",
        "wagtail_serve",
        "route:^media/(?P<path>(?:original_images|images)/.*)$",
    ):
        assert key in keys
    assert any(url.startswith("/en/news/") for url, _restricted in page_urls())


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_every_url_answers_each_role_as_the_table_says(role):
    samples = Samples()
    client = Client(HTTP_ACCEPT_LANGUAGE="en", raise_request_exception=False)
    wrong = []
    for key, url in _targets(samples):
        signed_out = "logout" in key or not client.session.get("_auth_user_id")
        if role != "visitor" and signed_out:
            client.force_login(person(role))
        expected = rule_for(key)
        assert expected is not None, key
        got = classify(client.get(url))
        if got != expected[role]:
            wrong.append(f"{key}  {url}: expected {expected[role]}, got {got}")
    assert not wrong, f"{len(wrong)} answers differ for {role}:\n" + "\n".join(wrong)
