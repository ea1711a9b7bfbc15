"""The forum's first categories: the seminar's themes (named like the shared vocabulary's
topics, in the five languages), the State mechanisms' room, an open room for civil society and
the Executive Committee's private category."""

from django.db import migrations

from network.keys import item_keys, join

LANGUAGES = ("es", "en", "fr", "pt", "ar")

# slug: (audience, types, groups, pre-moderated, pseudonymous allowed)
FROM_TOPICS = {
    "participation": ("types", "state,nhri,igo,cso,parliament,local,academia", "", False, True),
    "coordination-local-parliaments": ("members", "", "", False, False),
    "information-management": ("members", "", "", False, False),
    "cooperation-capacity-building": ("members", "", "", False, False),
    "marrakech-hrc-follow-up": ("types", "state", "", False, False),
}

OWN = {
    "civil-society": (
        ("types", "state,nhri,igo,cso,parliament,local,academia", "", True, True),
        {
            "es": ("Espacio abierto a la sociedad civil",
                   "Aportes y preguntas de la sociedad civil; moderado antes de publicarse."),
            "en": ("Open space for civil society",
                   "Contributions and questions from civil society; read by a moderator first."),
            "fr": ("Espace ouvert à la société civile",
                   "Contributions et questions de la société civile ; modéré avant publication."),
            "pt": ("Espaço aberto à sociedade civil",
                   "Contributos e perguntas da sociedade civil; moderado antes da publicação."),
            "ar": ("فضاء مفتوح للمجتمع المدني",
                   "مساهمات المجتمع المدني وأسئلته؛ يطّلع عليها مشرف قبل نشرها."),
        },
    ),
    "executive-committee": (
        ("groups", "", "executive-committee", False, False),
        {
            "es": ("Comité Ejecutivo", "Espacio privado del Comité Ejecutivo de la Red."),
            "en": ("Executive Committee", "Private space of the Network's Executive Committee."),
            "fr": ("Comité exécutif", "Espace privé du Comité exécutif du Réseau."),
            "pt": ("Comité Executivo", "Espaço privado do Comité Executivo da Rede."),
            "ar": ("اللجنة التنفيذية", "فضاء خاص باللجنة التنفيذية للشبكة."),
        },
    ),
}


def keys(audience, types, groups):
    return join(item_keys(audience, types=[t for t in types.split(",") if t],
                          groups=[g for g in groups.split(",") if g]))


def seed(apps, schema_editor):
    Category = apps.get_model("forum", "Category")
    Topic = apps.get_model("network", "Topic")
    order = 0
    for slug, (audience, types, groups, premoderated, pseudonymous) in FROM_TOPICS.items():
        topic = Topic.objects.filter(slug=slug).first()
        if topic is None:
            continue
        order += 10
        values = {f"name_{lang}": getattr(topic, f"name_{lang}") for lang in LANGUAGES}
        values.update({f"description_{lang}": getattr(topic, f"description_{lang}")
                       for lang in LANGUAGES})
        values.update(name=topic.name_es, description=topic.description_es)
        Category.objects.update_or_create(slug=slug, defaults=dict(
            values, audience=audience, audience_types=types, audience_groups=groups,
            audience_keys=keys(audience, types, groups), pre_moderated=premoderated,
            pseudonymous_allowed=pseudonymous, sort_order=order,
        ))
    for slug, ((audience, types, groups, premoderated, pseudonymous), texts) in OWN.items():
        order += 10
        values = {f"name_{lang}": texts[lang][0] for lang in LANGUAGES}
        values.update({f"description_{lang}": texts[lang][1] for lang in LANGUAGES})
        values.update(name=texts["es"][0], description=texts["es"][1])
        Category.objects.update_or_create(slug=slug, defaults=dict(
            values, audience=audience, audience_types=types, audience_groups=groups,
            audience_keys=keys(audience, types, groups), pre_moderated=premoderated,
            pseudonymous_allowed=pseudonymous, sort_order=order,
        ))


def unseed(apps, schema_editor):
    apps.get_model("forum", "Category").objects.filter(
        slug__in=[*FROM_TOPICS, *OWN]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("forum", "0001_initial"), ("network", "0004_vocabulary_terms")]

    operations = [migrations.RunPython(seed, unseed)]
