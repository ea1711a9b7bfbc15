"""The secretariat's editors keep the shared vocabulary and correct NMIRF profiles in the admin.

Organisations stay with the administrators: their status is a membership decision, taken in the
front end and recorded in the membership history.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

VOCABULARY = ("topic", "capacity", "nmirftype", "recommendationmechanism", "sdg", "documenttype")
EDITORS = "Editors"  # network.roles.EDITORS; Wagtail creates the group


def codenames() -> list[str]:
    names = [f"{action}_{model}" for model in VOCABULARY for action in ("add", "change", "delete")]
    names += ["add_workinggroup", "change_workinggroup", "change_nmirfprofile"]
    return names


def grant(apps, schema_editor):
    # Permissions are otherwise created after the last migration: make this app's now (the
    # stub app config needs models_module set for create_permissions to look at it).
    config = apps.get_app_config("network")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _created = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(
        *Permission.objects.filter(content_type__app_label="network", codename__in=codenames())
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name=EDITORS).first()
    if editors is not None:
        editors.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="network", codename__in=codenames()
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0006_alter_nmirfprofile_tracking_tool_url_and_more"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0002_initial_data"),  # which creates the Editors group
    ]

    operations = [migrations.RunPython(grant, revoke)]
