from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from .models import Organisation, User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    fieldsets = (
        *BaseUserAdmin.fieldsets,
        (
            "Network",
            {
                "fields": (
                    "display_name",
                    "organisation",
                    "requested_organisation",
                    "preferred_language",
                    "notify",
                )
            },
        ),
    )
    list_display = ("username", "email", "display_name", "organisation", "is_active")
    list_select_related = ("organisation",)


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ("name", "acronym", "kind", "country", "status")
    list_filter = ("kind", "status")
    search_fields = ("name", "acronym")
