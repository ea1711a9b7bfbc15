"""The shared vocabulary seeded by migration 0004 and its snippet lists in the Wagtail admin."""

import importlib

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import translation

from network.models import (
    SDG,
    Capacity,
    DocumentType,
    NMIRFType,
    Organisation,
    RecommendationMechanism,
    Topic,
    WorkingGroup,
)
from tests.roles import enrol_two_factor, person

pytestmark = pytest.mark.django_db

LANGUAGES = ("es", "en", "fr", "pt", "ar")
SEEDED = (Topic, Capacity, NMIRFType, RecommendationMechanism, SDG, DocumentType)
SNIPPETS = (*SEEDED, WorkingGroup)


@pytest.mark.parametrize(
    ("model", "count"),
    [
        (Topic, 5),
        (Capacity, 4),
        (NMIRFType, 4),
        (RecommendationMechanism, 15),
        (SDG, 17),
        (DocumentType, 10),
    ],
)
def test_counts(model, count):
    assert model.objects.count() == count


def test_mechanisms_by_family():
    Family = RecommendationMechanism.Family
    families = {family: RecommendationMechanism.objects.filter(family=family) for family in Family}
    assert families[Family.UPR].count() == 1
    assert families[Family.TREATY_BODY].count() == 10
    assert families[Family.SPECIAL_PROCEDURES].count() == 1
    assert families[Family.REGIONAL].count() == 3
    assert set(families[Family.TREATY_BODY].values_list("slug", flat=True)) == {
        "cerd",
        "ccpr",
        "cescr",
        "cedaw",
        "cat",
        "spt",
        "crc",
        "cmw",
        "crpd",
        "ced",
    }


def test_sdgs_are_numbered_one_to_seventeen():
    assert list(SDG.objects.values_list("number", "slug")) == [
        (n, f"sdg-{n}") for n in range(1, 18)
    ]


@pytest.mark.parametrize("model", SEEDED, ids=lambda model: model.__name__)
def test_every_term_is_named_and_described_in_every_language(model):
    for term in model.objects.all():
        for language in LANGUAGES:
            assert getattr(term, f"name_{language}").strip(), (term.slug, language)
            assert getattr(term, f"description_{language}").strip(), (term.slug, language)
        # The untranslated columns hold the default language, Spanish.
        row = model.objects.filter(pk=term.pk).values("name", "description").get()
        assert row == {"name": term.name_es, "description": term.description_es}


@pytest.mark.parametrize(
    ("model", "slug", "language", "name"),
    [
        (SDG, "sdg-5", "fr", "Égalité entre les sexes"),
        (SDG, "sdg-1", "es", "Fin de la pobreza"),
        (SDG, "sdg-2", "pt", "Fome zero e agricultura sustentável"),
        (SDG, "sdg-16", "en", "Peace, justice and strong institutions"),
        (SDG, "sdg-13", "ar", "العمل المناخي"),
        (
            RecommendationMechanism,
            "cedaw",
            "es",
            "Comité para la Eliminación de la Discriminación contra la Mujer",
        ),
        (RecommendationMechanism, "ccpr", "en", "Human Rights Committee"),
        (RecommendationMechanism, "upr", "fr", "Examen périodique universel"),
        (RecommendationMechanism, "crc", "pt", "Comité dos Direitos da Criança"),
        (RecommendationMechanism, "cat", "ar", "لجنة مناهضة التعذيب"),
        (Capacity, "information-management", "en", "Information management capacity"),
        (NMIRFType, "inter-ministerial", "fr", "Interministériel"),
        (DocumentType, "national-report", "ar", "تقرير وطني"),
        (
            Topic,
            "cooperation-capacity-building",
            "es",
            "Cooperación y fortalecimiento de capacidades",
        ),
    ],
)
def test_translated_names(model, slug, language, name):
    term = model.objects.get(slug=slug)
    assert getattr(term, f"name_{language}") == name
    with translation.override(language):
        assert term.name == name  # what modeltranslation shows in that language


def test_seeded_in_the_listed_order():
    assert list(Topic.objects.values_list("slug", flat=True)) == [
        "participation",
        "coordination-local-parliaments",
        "information-management",
        "cooperation-capacity-building",
        "marrakech-hrc-follow-up",
    ]
    assert list(Capacity.objects.values_list("slug", flat=True)) == [
        "engagement",
        "coordination",
        "information-management",
        "consultation",
    ]
    assert RecommendationMechanism.objects.first().slug == "upr"
    assert DocumentType.objects.last().slug == "letter-communication"


def test_migration_is_idempotent_and_reversible():
    migration = importlib.import_module("network.migrations.0004_vocabulary_terms")
    loader = MigrationExecutor(connection).loader
    apps = loader.project_state(("network", "0004_vocabulary_terms")).apps
    Topic.objects.filter(slug="participation").update(name_en="Edited")

    migration.seed_terms(apps, None)  # again: updates, never duplicates
    assert SDG.objects.count() == 17
    assert RecommendationMechanism.objects.count() == 15
    assert Topic.objects.get(slug="participation").name_en == (
        "Participation of civil society and National Human Rights Institutions"
    )

    WorkingGroup.objects.create(name="Kept", slug="kept")
    # Going back assumes nothing refers to the terms any more (as before the migration).
    from library.models import LibraryDocument
    from network.models import NMIRFProfile

    LibraryDocument.objects.update(document_type=None)
    for relation in ("topics", "capacities", "mechanisms", "sdgs"):
        getattr(LibraryDocument, relation).through.objects.all().delete()
    NMIRFProfile.objects.update(mechanism_type=None)
    from cms.models import GoodPracticePage

    for relation in ("topics", "capacities", "nmirf_types", "mechanisms", "sdgs"):
        getattr(GoodPracticePage, relation).through.objects.all().delete()
    migration.remove_terms(apps, None)
    for model in SEEDED:
        assert not model.objects.exists(), model
    assert WorkingGroup.objects.filter(slug="kept").exists()


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser(
        username="vocabulary-editor", email="vocabulary-editor@nmirf.example", password="x"
    )
    enrol_two_factor(user)  # administrators must use two factors (tests/security)
    client.force_login(user)
    return client


@pytest.mark.parametrize("model", SNIPPETS, ids=lambda model: model.__name__)
def test_editor_opens_the_snippet_list_and_form(editor, model):
    url = f"/admin/snippets/network/{model._meta.model_name}/"
    response = editor.get(url)
    assert response.status_code == 200
    assert editor.get(url + "?q=a").status_code == 200  # search
    form = editor.get(url + "add/")
    assert form.status_code == 200
    page = form.content.decode()
    for language in LANGUAGES:  # one field per language, from wagtail-modeltranslation
        assert f'name="name_{language}"' in page


def test_listing_shows_terms_in_the_editor_language(editor):
    editor.cookies.load({"django_language": "en"})
    page = editor.get("/admin/snippets/network/sdg/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Gender equality" in page


def test_vocabulary_menu(editor):
    page = editor.get("/admin/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Vocabulary" in page
    for model in SNIPPETS:
        assert f"/admin/snippets/network/{model._meta.model_name}/" in page


def test_working_group_lists_its_members(editor, django_user_model):
    group = WorkingGroup.objects.create(name="Task force on databases", slug="task-force")
    group.members.set(django_user_model.objects.all()[:2])
    response = editor.get("/admin/snippets/network/workinggroup/")
    assert response.status_code == 200
    assert "Task force on databases" in response.content.decode()


def test_the_secretariat_editor_keeps_the_vocabulary_but_not_organisations(client):
    """The demo editor (Wagtail's Editors group, no superuser) adds a topic; organisations, whose
    status is a membership decision, stay with the administrators."""
    client.force_login(person("editor"))
    form = client.get("/admin/snippets/network/topic/add/")
    assert form.status_code == 200
    fields = {f"name_{language}": "" for language in LANGUAGES}
    fields |= {f"description_{language}": "" for language in LANGUAGES}
    fields |= {"name_es": "Pueblos indígenas", "name_en": "Indigenous peoples"}
    response = client.post(
        "/admin/snippets/network/topic/add/",
        fields | {"slug": "indigenous-peoples", "sort_order": "90"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Topic.objects.get(slug="indigenous-peoples").name_en == "Indigenous peoples"
    organisation = Organisation.objects.first()
    edit = client.get(f"/admin/snippets/network/organisation/edit/{organisation.pk}/")
    assert edit.status_code == 302 and edit["Location"] == "/admin/"  # Wagtail's "denied"
