from .activity import Attachment, Draft, Reaction, ReadState, Subscription
from .categories import Category
from .moderation import Flag, ModerationLog, Suspension
from .topics import PAGE_SIZE, Post, PostRevision, Topic

__all__ = [
    "PAGE_SIZE",
    "Attachment",
    "Category",
    "Draft",
    "Flag",
    "ModerationLog",
    "Post",
    "PostRevision",
    "Reaction",
    "ReadState",
    "Subscription",
    "Suspension",
    "Topic",
]
