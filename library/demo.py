"""Demo documents: the Declaration of Asunción, the seminar's papers, a dozen varied documents
and contributions in every review state (DEBUG only, through load_demo_data)."""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone

from network.demo import simple_pdf
from network.models import DocumentType, Organisation, Topic, User

from .models import LibraryDocument
from .pipeline.kinds import CONTENT_TYPES

SEED_DECLARATION = [
    "Declaracion de Asuncion - Declaration of Asuncion (demo copy)",
    "II International Seminar on National Mechanisms for Implementation,",
    "Reporting and Follow-up of Recommendations on Human Rights,",
    "Asuncion, Paraguay, 8-9 May 2024.",
    "",
    "Founding document of the International Network of National Mechanisms",
    "for Implementation, Reporting and Follow-up (NMIRFs), under the",
    "principles of non-binding commitment, inclusiveness and complementarity.",
    "",
    "Any UN Member State that has not joined the Network during the Seminar",
    "in Asuncion and wishes to join it, as a Member or as an Observer, must",
    "formally communicate to the Executive Committee its interest to join the",
    "Network and its decision to adopt the present Declaration.",
    "",
    "Demo document built from the seminar's announcement; not the official text.",
]

# (key, title es, title en, type, language, countries, topics, audience, year, org acronym)
CATALOGUE = [
    (
        "concept-note",
        "Nota conceptual del II Seminario Internacional",
        "Concept note of the II International Seminar",
        "guide-manual",
        "es",
        ["PY"],
        ["cooperation-capacity-building"],
        "public",
        2024,
        "NMIRF-PY",
    ),
    (
        "agenda",
        "Programa del II Seminario Internacional",
        "Agenda of the II International Seminar",
        "meeting-record",
        "es",
        ["PY", "PT", "MA"],
        ["marrakech-hrc-follow-up"],
        "public",
        2024,
        "NMIRF-PY",
    ),
    (
        "py-report",
        "Informe nacional de seguimiento de recomendaciones 2023",
        "National follow-up report on recommendations 2023",
        "national-report",
        "es",
        ["PY"],
        ["information-management"],
        "public",
        2023,
        "NMIRF-PY",
    ),
    (
        "py-report-2022",
        "Informe nacional de seguimiento de recomendaciones 2022",
        "National follow-up report on recommendations 2022",
        "national-report",
        "es",
        ["PY"],
        ["information-management"],
        "public",
        2022,
        "NMIRF-PY",
    ),
    (
        "pt-plan",
        "Plano de acompanhamento das recomendações",
        "Recommendations follow-up plan",
        "follow-up-plan",
        "pt",
        ["PT"],
        ["coordination-local-parliaments"],
        "members",
        2024,
        "CNDH-PT",
    ),
    (
        "ma-guide",
        "Guide de consultation de la société civile",
        "Guide to consulting civil society",
        "guide-manual",
        "fr",
        ["MA"],
        ["participation"],
        "public",
        2022,
        "DIDH-MA",
    ),
    (
        "cr-tool",
        "Herramienta digital de seguimiento: manual de uso",
        "Digital tracking tool: user manual",
        "tool-database",
        "es",
        ["CR"],
        ["information-management"],
        "members",
        2021,
        "NMIRF-CR",
    ),
    (
        "nhri-study",
        "Estudio sobre la participación de las INDH en el EPU",
        "Study on NHRI participation in the UPR",
        "study-report",
        "es",
        ["PY"],
        ["participation"],
        "types:nhri,state",
        2023,
        "INDH",
    ),
    (
        "io-presentation",
        "Capacity building for NMIRFs: regional overview",
        "Capacity building for NMIRFs: regional overview",
        "presentation",
        "en",
        ["PY", "CR", "PT"],
        ["cooperation-capacity-building"],
        "public",
        2024,
        "IO",
    ),
    (
        "committee-minutes",
        "Acta de la reunión del Comité Ejecutivo",
        "Minutes of the Executive Committee meeting",
        "meeting-record",
        "es",
        [],
        [],
        "groups:executive-committee",
        2024,
        "NMIRF-PY",
    ),
    (
        "local-gov",
        "Coordinación con gobiernos locales: experiencias",
        "Coordination with local governments: experiences",
        "study-report",
        "es",
        ["PY", "CR"],
        ["coordination-local-parliaments"],
        "public",
        2022,
        "NMIRF-PY",
    ),
]

ARABIC_NOTE = (
    "مذكرة بشأن التعاون بين الآليات الوطنية للتنفيذ والإبلاغ والمتابعة (وثيقة تجريبية).\n"
    "تعرض هذه المذكرة أمثلة على التنسيق مع المؤسسات الوطنية لحقوق الإنسان والمجتمع المدني.\n"
)


def _document(key: str, **fields) -> LibraryDocument:
    document = LibraryDocument.objects.filter(symbol=f"DEMO/{key}").first()
    if document is not None:
        return document
    content = fields.pop("content")
    extension = fields.pop("extension", "pdf")
    countries = fields.pop("countries", [])
    topics = fields.pop("topics", [])
    organisations = fields.pop("organisations", [])
    document = LibraryDocument(
        symbol=f"DEMO/{key}",
        original_filename=f"{key}.{extension}",
        content_type=CONTENT_TYPES[extension],
        file_size=len(content),
        status=LibraryDocument.Status.PROCESSING,
        **fields,
    )
    document.file.save(f"{key}.{extension}", ContentFile(content), save=False)
    document.set_countries(countries)
    document.save()
    document.topics.set(Topic.objects.filter(slug__in=topics))
    document.organisations.set(organisations)
    return document


def _audience(value: str) -> dict:
    if value.startswith("types:"):
        return {"audience": "types", "audience_types": value.split(":", 1)[1]}
    if value.startswith("groups:"):
        return {"audience": "groups", "audience_groups": value.split(":", 1)[1]}
    return {"audience": value}


def load_documents() -> dict[str, LibraryDocument]:
    organisations = {org.acronym: org for org in Organisation.objects.filter(is_demo=True)}
    types = {kind.slug: kind for kind in DocumentType.objects.all()}
    documents = {
        "declaration": _document(
            "declaration",
            title_es="Declaración de Asunción",
            title_en="Declaration of Asunción",
            title_fr="Déclaration d'Asunción",
            title_pt="Declaração de Assunção",
            title_ar="إعلان أسونسيون",
            abstract_es="Documento fundacional de la Red (copia de demostración).",
            abstract_en="Founding document of the Network (demo copy).",
            document_type=types.get("declaration"),
            language="es",
            audience="public",
            publication_date=datetime.date(2024, 5, 9),
            licence="public-domain",
            countries=["PY"],
            topics=["cooperation-capacity-building"],
            organisations=[organisations["NMIRF-PY"]],
            content=simple_pdf(SEED_DECLARATION),
        )
    }
    for (
        key,
        title_es,
        title_en,
        kind,
        language,
        countries,
        topics,
        audience,
        year,
        org,
    ) in CATALOGUE:
        documents[key] = _document(
            key,
            title_es=title_es,
            title_en=title_en,
            document_type=types.get(kind),
            language=language,
            publication_date=datetime.date(year, 5, 1),
            abstract_es=f"Documento de demostración: {title_es}.",
            abstract_en=f"Demo document: {title_en}.",
            countries=countries,
            topics=topics,
            organisations=[organisations[org]],
            content=simple_pdf([title_en, "", "Demo document of NMIRF Exchange."]),
            **_audience(audience),
        )
    documents["arabic-note"] = _document(
        "arabic-note",
        title_ar="مذكرة بشأن التعاون بين الآليات الوطنية",
        title_en="Note on cooperation between national mechanisms",
        language="ar",
        document_type=types.get("study-report"),
        audience="public",
        countries=["MA"],
        topics=["cooperation-capacity-building"],
        organisations=[organisations["DIDH-MA"]],
        publication_date=datetime.date(2024, 9, 1),
        extension="txt",
        content=ARABIC_NOTE.encode(),
    )
    documents["embargoed"] = _document(
        "embargoed",
        title_es="Informe de evaluación (embargado)",
        title_en="Evaluation report (embargoed)",
        language="es",
        audience="public",
        document_type=types.get("study-report"),
        countries=["PY"],
        organisations=[organisations["NMIRF-PY"]],
        contributor_organisation=organisations["NMIRF-PY"],
        embargo_until=timezone.now() + datetime.timedelta(days=365),
        content=simple_pdf(["Evaluation report", "Embargoed demo document."]),
    )
    # A version chain: the 2022 report points to its newest version.
    LibraryDocument.objects.filter(pk=documents["py-report-2022"].pk).update(
        superseded_by=documents["py-report"]
    )
    documents.update(load_contributions(organisations, types))
    return documents


def load_contributions(organisations, types) -> dict[str, LibraryDocument]:
    """One contribution per review state, from civil society and the NHRI."""
    cso = User.objects.get(username="cso")
    nhri = User.objects.get(username="nhri")
    states = [
        ("submitted", cso, True, "confidential", ""),
        ("in_review", nhri, False, "members", ""),
        (
            "changes_requested",
            cso,
            False,
            "members",
            "Please add the publication date and the countries covered.",
        ),
        ("published", cso, True, "public", ""),
        ("declined", nhri, False, "public", "Duplicate of a document already in the library."),
    ]
    contributions = {}
    for state, person, pseudonymous, audience, comment in states:
        contributions[f"contribution-{state}"] = _document(
            f"contribution-{state}",
            title_es=f"Contribución de la sociedad civil ({state})",
            title_en=f"Civil society contribution ({state.replace('_', ' ')})",
            language="es",
            document_type=types.get("study-report"),
            audience=audience,
            review_status=state,
            pseudonymous=pseudonymous,
            editor_comment=comment,
            contributed_by=person,
            uploaded_by_user=person,
            contributor_organisation=person.organisation,
            countries=["PY"],
            topics=["participation"],
            publication_date=datetime.date(2024, 10, 1),
            content=simple_pdf([f"Contribution ({state})", "Demo contribution."]),
        )
    return contributions
