"""Demo discussions (DEBUG only, through load_demo_data): a question with a helpful answer, an
experience shared pseudonymously by civil society, an announcement, and the Committee's room."""

from django.test.utils import override_settings

from network.models import User

from . import posting
from .models import Category, Topic

DISCUSSIONS = [
    {
        "category": "information-management",
        "kind": "question",
        "author": "mechanism",
        "language": "es",
        "title": "¿Qué herramienta usan para dar seguimiento a las recomendaciones?",
        "body": "En Paraguay usamos **SIMORE Plus**. ¿Qué sistemas usan otros mecanismos para "
        "vincular recomendaciones con los ODS? (demo)",
        "replies": [
            (
                "observer",
                "es",
                "En Costa Rica empezamos con una hoja de cálculo compartida entre "
                "ministerios; ahora migramos a una base de datos pública. (demo)",
            ),
            (
                "nhri",
                "es",
                "Desde la INDH recomendamos publicar el estado de cada "
                "recomendación con indicadores.\n\n- responsable\n- plazo\n- avance (demo)",
            ),
        ],
        "helpful": 2,
    },
    {
        "category": "participation",
        "kind": "experience",
        "author": "cso",
        "language": "es",
        "pseudonymous": True,
        "title": "Consultas con la sociedad civil antes del EPU: lo que aprendimos",
        "body": "Organizamos tres consultas regionales antes del informe nacional. Lo más útil "
        "fue recibir el borrador con un mes de anticipación. (demo)",
        "replies": [
            (
                "mechanism",
                "es",
                "Gracias por compartirlo, @cso. Tomamos nota para el próximo ciclo. (demo)",
            ),
        ],
    },
    {
        "category": "cooperation-capacity-building",
        "kind": "announcement",
        "author": "moderator",
        "language": "en",
        "title": "Welcome to the Network's forum",
        "body": "Share your experiences and questions here. Please keep the discussion calm and "
        "respectful; flag anything that puts someone at risk. (demo)",
        "replies": [],
    },
    {
        "category": "executive-committee",
        "kind": "question",
        "author": "committee",
        "language": "pt",
        "title": "Preparação da próxima reunião do Comité Executivo",
        "body": "Proponho rever as candidaturas pendentes na próxima reunião. (demo)",
        "replies": [],
    },
]


@override_settings(FORUM_NEW_MEMBER_POSTS=0)
def load_discussions() -> list[Topic]:
    topics = []
    for item in DISCUSSIONS:
        existing = Topic.objects.filter(title=item["title"]).first()
        if existing is not None:
            topics.append(existing)
            continue
        category = Category.objects.get(slug=item["category"])
        topic = posting.create_topic(
            category,
            User.objects.get(username=item["author"]),
            title=item["title"],
            kind=item["kind"],
            body=item["body"],
            language=item["language"],
            pseudonymous=item.get("pseudonymous", False),
        )
        for username, language, body in item["replies"]:
            posting.reply(topic, User.objects.get(username=username), body=body, language=language)
        if item.get("helpful"):
            Topic.objects.filter(pk=topic.pk).update(
                helpful_answer=topic.posts.get(position=item["helpful"])
            )
        topics.append(topic)
    return topics
