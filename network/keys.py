"""The vocabulary of audience keys shared by items, users and the search index."""

PUBLIC = "public"
MEMBERS = "members"
SECRETARIAT = "secretariat"
COMMITTEE = "group:executive-committee"


def type_key(kind: str) -> str:
    return f"type:{kind}"


def group_key(slug: str) -> str:
    return f"group:{slug}"


def org_key(organisation_id: int) -> str:
    return f"org:{organisation_id}"


def item_keys(audience: str, *, types=(), groups=(), owner_id: int | None = None) -> list[str]:
    """The keys an item with this audience carries; a user holding any one of them sees it."""
    if audience == "public":
        return [PUBLIC]
    if audience == "members":
        return [MEMBERS, SECRETARIAT]
    if audience == "types":
        return [*(type_key(kind) for kind in types), SECRETARIAT]
    if audience == "groups":
        return [group_key(slug) for slug in groups] or [SECRETARIAT]
    # Confidential: the authoring organisation and the secretariat.
    return [org_key(owner_id), SECRETARIAT] if owner_id else [SECRETARIAT]


def join(keys) -> str:
    """Stored form: space-separated and space-framed, so ``contains(" key ")`` matches a key."""
    return " " + " ".join(sorted(set(keys))) + " "
