"""The forum, under /<lang>/forum/."""

from django.urls import path

from .views import moderation, posting, reading, search

app_name = "forum"

urlpatterns = [
    path("", reading.index, name="index"),
    path("search/", search.search, name="search"),
    path("c/<slug:slug>/", reading.category, name="category"),
    path("c/<slug:slug>/new/", posting.new_topic, name="new_topic"),
    path("c/<slug:slug>/watch/", posting.watch_category, name="watch_category"),
    path("t/<int:pk>/", reading.topic, name="topic"),
    path("t/<int:pk>/unread/", reading.first_unread, name="first_unread"),
    path("t/<int:pk>/reply/", posting.reply, name="reply"),
    path("t/<int:pk>/draft/", posting.save_draft, name="draft"),
    path("t/<int:pk>/watch/", posting.watch_topic, name="watch_topic"),
    path("p/<int:pk>/", reading.post, name="post"),
    path("p/<int:pk>/edit/", posting.edit, name="edit"),
    path("p/<int:pk>/history/", reading.history, name="history"),
    path("p/<int:pk>/react/", posting.react, name="react"),
    path("p/<int:pk>/helpful/", posting.helpful, name="helpful"),
    path("p/<int:pk>/flag/", moderation.flag, name="flag"),
    path("moderation/", moderation.queue, name="moderation"),
    path("moderation/log/", moderation.log, name="moderation_log"),
    path("moderation/p/<int:pk>/", moderation.post_action, name="moderate_post"),
    path("moderation/t/<int:pk>/", moderation.topic_action, name="moderate_topic"),
    path("moderation/u/<int:pk>/suspend/", moderation.suspend, name="suspend"),
    path("moderation/s/<int:pk>/lift/", moderation.lift_suspension, name="lift_suspension"),
]
