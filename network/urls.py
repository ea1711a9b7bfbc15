"""Account-area URLs (under /accounts/, beside allauth's)."""

from django.urls import path

from .views import accounts, invitations, notifications, privacy

app_name = "network"

urlpatterns = [
    path("profile/", accounts.profile, name="profile"),
    path("pending/", accounts.pending, name="pending"),
    path("my-data/", privacy.my_data, name="my_data"),
    path("my-data/download/", privacy.download, name="download_data"),
    path("delete/", privacy.delete_account, name="delete_account"),
    path("organisation/", invitations.my_organisation, name="my_organisation"),
    path("invitations/<int:pk>/revoke/", invitations.revoke, name="invitation_revoke"),
    path("invitation/<str:token>/", invitations.accept, name="invitation_accept"),
    path("notifications/", notifications.notification_list, name="notifications"),
    path("notifications/read/", notifications.mark_all_read, name="notifications_read"),
    path("notifications/<int:pk>/", notifications.open_notification, name="notification_open"),
    path(
        "notifications/preferences/",
        notifications.preferences,
        name="notification_preferences",
    ),
    path(
        "notifications/unsubscribe/<str:token>/",
        notifications.unsubscribe,
        name="unsubscribe",
    ),
]
