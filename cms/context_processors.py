from django.conf import settings


def site(request) -> dict:
    """What every page's frame needs: the secretariat's address."""
    return {"SECRETARIAT_EMAIL": settings.SECRETARIAT_EMAIL}
