from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap

from library.views import serve as library_serve
from network.views.accounts import sign_in_here

from . import views
from .api import api
from .translation_copy import copy_translation_content

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("api/v1/", api.urls),
    # Public pages only (Wagtail's sitemap lists live pages without view restrictions).
    path("sitemap.xml", sitemap, name="sitemap"),
    # One sign-in for everyone, with its second factor: the admins' login forms redirect to it.
    path("admin/login/", sign_in_here),
    path("django-admin/login/", sign_in_here),
    # Before the admin's own URLs: wagtail-modeltranslation's view, guarded (see the module).
    re_path(
        r"^admin/pages/(?P<page_id>\d+)/edit/copy_translation_content/$",
        copy_translation_content,
        name="copy_translation_content",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    # Every download goes through the library's access check (Wagtail's serve view is not used).
    path(
        "documents/<int:document_id>/<str:document_filename>",
        library_serve.download,
        name="wagtaildocs_serve",
    ),
    path("i18n/", include("django.conf.urls.i18n")),
    path("accounts/", include("network.urls")),
    path("accounts/", include("allauth.urls")),
]

# Images (and their renditions) are public; documents never leave through a media URL.
urlpatterns += [
    re_path(
        r"^media/(?P<path>(?:original_images|images)/.*)$",
        serve,
        {"document_root": settings.MEDIA_ROOT},
    ),
]

urlpatterns += i18n_patterns(
    path("members/", include("network.urls_members")),
    path("library/", include("library.urls")),
    path("forum/", include("forum.urls")),
    path("practices/", include("cms.practices.urls")),
    path("search/", include("search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "cms.views.page_not_found"
handler500 = "cms.views.server_error"
