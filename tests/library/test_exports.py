"""Citation exports of one document: BibTeX, RIS and Dublin Core, with the access policy and
pseudonymous contributions."""

import datetime

import pytest
from defusedxml import ElementTree
from django.utils import translation

from library import citations
from library.models import LibraryDocument
from network.models import DocumentType, Topic
from tests.library.factories import make_document, organisation
from tests.roles import as_role

pytestmark = pytest.mark.django_db

OAI_DC = "{http://www.openarchives.org/OAI/2.0/oai_dc/}"
DC = "{http://purl.org/dc/elements/1.1/}"

CSO_NAME = "Coalición de la sociedad civil por los derechos humanos (demo)"
PSEUDONYM = "a civil society organisation from Paraguay"


def get_exports(client, document) -> dict[str, str]:
    pk = document.pk
    paths = {
        "bibtex": f"/en/library/{pk}/cite.bib",
        "ris": f"/en/library/{pk}/cite.ris",
        "dublin_core": f"/en/library/{pk}/dublin-core.xml",
    }
    texts = {}
    for name, path in paths.items():
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        texts[name] = response.content.decode()
    return texts


@pytest.fixture
def catalogued():
    """A public national report by two organisations, with every field filled in."""
    return make_document(
        title="Plan de seguimiento & informe_final {2024}",
        abstract="Cómo se sigue\nlas recomendaciones.",
        organisations=[organisation("NMIRF-PY"), organisation("INDH")],
        topics=list(Topic.objects.order_by("pk")[:2]),
        document_type=DocumentType.objects.get(slug="national-report"),
        publication_date=datetime.date(2024, 3, 15),
        symbol="A/HRC/WG.6/46/PRY/1",
        language="es",
        licence=LibraryDocument.Licence.CC_BY,
        page_count=12,
    )


def english_names(queryset) -> list[str]:
    with translation.override("en"):
        return [item.name for item in queryset]


# BibTeX.


def test_bibtex_escapes_every_special_character():
    assert citations.bibtex_escape("\\ { } & % $ # _ ~ ^") == (
        r"\textbackslash{} \{ \} \& \% \$ \# \_ \textasciitilde{} \textasciicircum{}"
    )
    assert citations.bibtex_escape("Two\nlines  here") == "Two lines here"


def test_bibtex_entry(client, catalogued):
    response = client.get(f"/en/library/{catalogued.pk}/cite.bib")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/x-bibtex; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="nmirf-{catalogued.pk}.bib"'
    assert response["X-Content-Type-Options"] == "nosniff"
    text = response.content.decode()
    assert text.startswith(f"@techreport{{nmirf{catalogued.pk},\n")
    assert text.rstrip().endswith("}")
    assert r"title = {Plan de seguimiento \& informe\_final \{2024\}}," in text
    with translation.override("en"):
        paraguay = organisation("NMIRF-PY").name
    assert "author = {" in text
    assert "} and {" in text
    assert paraguay in text
    assert "year = 2024," in text
    assert "month = mar," in text
    assert "number = {A/HRC/WG.6/46/PRY/1}," in text
    assert f"url = {{http://testserver/en/library/{catalogued.pk}/}}" in text
    assert "language = {spanish}" in text
    assert "abstract = {Cómo se sigue las recomendaciones.}" in text
    for name in english_names(catalogued.topics.all()):
        assert citations.bibtex_escape(name) in text
    # Braces balance: nothing in a value can close the entry early.
    body = text.replace(r"\{", "").replace(r"\}", "")
    assert body.count("{") == body.count("}")


def test_bibtex_misc_without_type_or_authors(client):
    document = make_document(title="Notes", countries=())
    text = client.get(f"/en/library/{document.pk}/cite.bib").content.decode()
    assert text.startswith(f"@misc{{nmirf{document.pk},")
    assert "author" not in text
    assert "year" not in text


# RIS.


def test_ris_record(client, catalogued):
    response = client.get(f"/en/library/{catalogued.pk}/cite.ris")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/x-research-info-systems")
    assert response["Content-Disposition"] == f'attachment; filename="nmirf-{catalogued.pk}.ris"'
    assert response["X-Content-Type-Options"] == "nosniff"
    text = response.content.decode()
    assert text.endswith("ER  - \r\n")
    assert "\n" not in text.replace("\r\n", "")
    lines = text.split("\r\n")[:-1]
    assert lines[0] == "TY  - RPRT"
    assert all(line[2:6] == "  - " for line in lines)
    tags = [line[:2] for line in lines]
    assert tags[-1] == "ER"
    assert f"ID  - nmirf{catalogued.pk}" in lines
    assert "TI  - Plan de seguimiento & informe_final {2024}" in lines
    assert tags.count("AU") == 2
    with translation.override("en"):
        names = {organisation("NMIRF-PY").name, organisation("INDH").name}
    assert {line[6:] for line in lines if line.startswith("AU")} == names
    assert "PY  - 2024" in lines
    assert "DA  - 2024/03/15" in lines
    assert "M1  - A/HRC/WG.6/46/PRY/1" in lines
    assert f"UR  - http://testserver/en/library/{catalogued.pk}/" in lines
    assert "LA  - es" in lines
    assert "AB  - Cómo se sigue las recomendaciones." in lines
    assert {line[6:] for line in lines if line.startswith("KW")} == set(
        english_names(catalogued.topics.all())
    )


def test_ris_generic_type(client):
    document = make_document(title="A presentation")
    text = client.get(f"/en/library/{document.pk}/cite.ris").content.decode()
    assert text.startswith("TY  - GEN\r\n")


# Dublin Core.


def test_dublin_core_record(client, catalogued):
    response = client.get(f"/en/library/{catalogued.pk}/dublin-core.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    assert "Content-Disposition" not in response
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response.content.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    root = ElementTree.fromstring(response.content)
    assert root.tag == f"{OAI_DC}dc"

    def values(name: str) -> list[str]:
        return [element.text for element in root.findall(f"{DC}{name}")]

    assert values("title") == ["Plan de seguimiento & informe_final {2024}"]
    with translation.override("en"):
        assert set(values("creator")) == {
            organisation("NMIRF-PY").name,
            organisation("INDH").name,
        }
        assert values("type") == [DocumentType.objects.get(slug="national-report").name]
    assert set(values("subject")) == set(english_names(catalogued.topics.all()))
    assert values("description") == ["Cómo se sigue\nlas recomendaciones."]
    assert values("date") == ["2024-03-15"]
    assert values("language") == ["es"]
    assert values("identifier") == [
        f"http://testserver/en/library/{catalogued.pk}/",
        "A/HRC/WG.6/46/PRY/1",
    ]
    assert values("rights") == ["CC BY 4.0"]
    assert values("coverage") == ["Paraguay"]
    assert values("format") == ["application/pdf"]


def test_dublin_core_escapes_markup_and_control_characters(client):
    document = make_document(title="<b>Bold</b> & \x07 bell", abstract="a < b")
    response = client.get(f"/en/library/{document.pk}/dublin-core.xml")
    root = ElementTree.fromstring(response.content)
    assert root.find(f"{DC}title").text == "<b>Bold</b> &  bell"
    assert root.find(f"{DC}description").text == "a < b"


# Who may export what.


@pytest.mark.parametrize("name", ["cite.bib", "cite.ris", "dublin-core.xml"])
def test_members_only_document_is_404_for_a_visitor(client, name):
    document = make_document(audience="members")
    assert client.get(f"/en/library/{document.pk}/{name}").status_code == 404
    as_role(client, "mechanism")
    assert client.get(f"/en/library/{document.pk}/{name}").status_code == 200


@pytest.mark.parametrize("name", ["cite.bib", "cite.ris", "dublin-core.xml"])
def test_confidential_document_is_404_for_another_organisation(client, name):
    document = make_document(
        audience="confidential", contributor_organisation=organisation("NMIRF-PY")
    )
    as_role(client, "observer")
    assert client.get(f"/en/library/{document.pk}/{name}").status_code == 404
    as_role(client, "mechanism")
    assert client.get(f"/en/library/{document.pk}/{name}").status_code == 200


@pytest.mark.parametrize("name", ["cite.bib", "cite.ris", "dublin-core.xml"])
def test_unpublished_document_is_404_for_a_visitor(client, name):
    document = make_document(review_status=LibraryDocument.Review.SUBMITTED)
    assert client.get(f"/en/library/{document.pk}/{name}").status_code == 404


def test_exports_answer_only_safe_methods(client, catalogued):
    assert client.post(f"/en/library/{catalogued.pk}/cite.bib").status_code == 405


# Pseudonymous contributions.


@pytest.fixture
def pseudonymous():
    cso = organisation("CSDH")
    return make_document(
        title="Informe sombra",
        contributor_organisation=cso,
        pseudonymous=True,
        organisations=[cso],
        publication_date=datetime.date(2025, 1, 2),
    )


@pytest.mark.parametrize("username", [None, "mechanism", "cso"])
def test_pseudonymous_contributor_is_never_named(client, pseudonymous, username):
    if username:
        as_role(client, username)
    cso = organisation("CSDH")
    for name, text in get_exports(client, pseudonymous).items():
        for secret in {cso.name, cso.name_es, cso.name_en, cso.acronym} - {None, ""}:
            assert secret not in text, name
        assert PSEUDONYM in text, name
    bibtex = get_exports(client, pseudonymous)["bibtex"]
    assert f"author = {{{PSEUDONYM}}}" in bibtex


def test_secretariat_sees_the_pseudonymous_contributor(client, pseudonymous):
    as_role(client, "editor")
    for name, text in get_exports(client, pseudonymous).items():
        assert CSO_NAME in text, name
        assert PSEUDONYM not in text, name


def test_pseudonym_uses_the_contributors_country_when_the_document_has_none():
    document = make_document(
        countries=(),
        contributor_organisation=organisation("CSDH"),
        pseudonymous=True,
        organisations=[organisation("CSDH")],
    )
    with translation.override("en"):
        assert citations.authors(document, show_contributor=False) == [PSEUDONYM]
        assert citations.authors(document, show_contributor=True) == [CSO_NAME]


def test_pseudonym_without_any_country():
    document = make_document(countries=(), pseudonymous=True)
    with translation.override("en"):
        assert citations.authors(document, show_contributor=False) == [
            "a civil society organisation"
        ]
