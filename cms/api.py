"""The JSON API at /api/v1/, read-only, documented by its OpenAPI schema at
/api/v1/openapi.json. Each app owns its part (``<app>/api.py``); everything answers through the
access policy with the caller's session, so anonymous callers get what visitors see."""

from ninja import NinjaAPI

from forum.api import router as forum_router
from library.api import router as library_router
from network.api import router as network_router

api = NinjaAPI(
    title="NMIRF Exchange API",
    version="1",
    description=(
        "Read-only data of the NMIRF network: Member and Observer States, the document library "
        "and, for members, the forum's topics. Requests carry the caller's session; anything "
        "the caller may not see answers 404 and is absent from lists."
    ),
    urls_namespace="api",
    docs_url=None,  # the interactive viewer would load scripts from a CDN
)
api.add_router("/network", network_router)
api.add_router("/library", library_router)
api.add_router("/forum", forum_router)
