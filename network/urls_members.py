"""Language-prefixed network pages: /<lang>/members/…"""

from django.urls import path

from .views import directory, joining

app_name = "members"

urlpatterns = [
    path("", directory.members, name="index"),
    path("map.svg", directory.world_map, name="map"),
    path("directory/", directory.directory, name="directory"),
    path("organisations/<int:pk>/", directory.organisation, name="organisation"),
    path("organisations/<int:pk>/profile/", directory.edit_profile, name="profile_edit"),
    path("join/", joining.join, name="join"),
    path("applications/", joining.queue, name="applications"),
    path("applications/<int:pk>/", joining.application, name="application"),
    path("applications/<int:pk>/letter/", joining.letter, name="letter"),
]
