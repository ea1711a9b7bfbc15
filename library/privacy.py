"""The library's part of a person's data export: the contributions they uploaded."""

from network.privacy import register_personal_data

from .models import LibraryDocument


def personal_data(user) -> list[dict]:
    return list(
        LibraryDocument.objects.filter(contributed_by=user)
        .order_by("created_at")
        .values(
            "id",
            "title",
            "original_filename",
            "language",
            "pseudonymous",
            "review_status",
            "status",
            "editor_comment",
            "created_at",
        )
    )


register_personal_data("library_contributions", personal_data)
