from .curation import Consent, PracticeProposal, PracticeSource, SecondEditorReviewTask
from .pages import ContentPage, EventPage, HomePage, NewsIndexPage, NewsPage
from .practices import GoodPracticeIndexPage, GoodPracticePage

__all__ = [
    "Consent",
    "ContentPage",
    "EventPage",
    "GoodPracticeIndexPage",
    "GoodPracticePage",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "PracticeProposal",
    "PracticeSource",
    "SecondEditorReviewTask",
]
