"""Files attached to posts: library documents that went through the same pipeline, and that
carry the audience of the post's category."""

from django.db import transaction

from library.forms import record_checked_file
from library.models import LibraryDocument

from .models import Attachment, Category, Post


def attach(post: Post, upload, checked, user) -> Attachment:
    """Store ``upload`` (already checked and scanned) as the post's attachment."""
    category = post.topic.category
    document = LibraryDocument(
        title=upload.name[:200],
        file=upload,
        is_attachment=True,
        language=post.language
        if post.language in dict(LibraryDocument._meta.get_field("language").choices)
        else "other",
        contributed_by=user,
        uploaded_by_user=user,
        contributor_organisation=user.organisation,
        pseudonymous=post.pseudonymous,
        **audience_of(category),
    )
    record_checked_file(document, upload, checked)
    document.save()
    return Attachment.objects.create(post=post, document=document)


def audience_of(category: Category) -> dict:
    return {
        "audience": category.audience,
        "audience_types": category.audience_types,
        "audience_groups": category.audience_groups,
    }


@transaction.atomic
def follow_category(category: Category) -> None:
    """After a category's audience or a topic's move, attachments follow their posts."""
    documents = LibraryDocument.objects.filter(
        pk__in=Attachment.objects.filter(post__topic__category=category).values("document")
    )
    documents.update(audience_keys=category.audience_keys, **audience_of(category))
