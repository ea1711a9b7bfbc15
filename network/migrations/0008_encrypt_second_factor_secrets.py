"""Encrypt the second-factor secrets stored before they were encrypted at rest
(``network.security.encryption``): TOTP keys, recovery-code seeds and migrated codes."""

from django.db import migrations

from network.security import encryption


def _convert(data: dict, change) -> bool:
    changed = False
    for field in ("secret", "seed"):
        value = data.get(field)
        if isinstance(value, str) and change(value) != value:
            data[field] = change(value)
            changed = True
    codes = data.get("migrated_codes")
    if isinstance(codes, list):
        converted = [change(code) for code in codes]
        changed = changed or converted != codes
        data["migrated_codes"] = converted
    return changed


def _run(apps, change):
    Authenticator = apps.get_model("mfa", "Authenticator")
    for authenticator in Authenticator.objects.filter(type__in=("totp", "recovery_codes")):
        if _convert(authenticator.data, change):
            authenticator.save(update_fields=["data"])


def encrypt(apps, schema_editor):
    _run(apps, lambda value: value if encryption.is_encrypted(value) else encryption.encrypt(value))


def decrypt(apps, schema_editor):
    _run(apps, encryption.decrypt)


class Migration(migrations.Migration):
    dependencies = [("network", "0007_editors_manage_the_vocabulary"), ("mfa", "0003_authenticator_type_uniq")]

    operations = [migrations.RunPython(encrypt, decrypt)]
