from django.urls import path

from . import views

app_name = "practices"

urlpatterns = [
    path("propose/<str:kind>/<int:pk>/", views.propose, name="propose"),
    path("consent/<int:pk>/", views.answer_consent, name="consent"),
]
