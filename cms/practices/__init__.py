"""Good practices: finding them (listing, facets, feed) and curating them (proposals,
attribution consent, the review workflow). The page models live in ``cms.models``."""
