from .pages import ContentPage, EventPage, HomePage, NewsIndexPage, NewsPage

__all__ = ["ContentPage", "EventPage", "HomePage", "NewsIndexPage", "NewsPage"]
