"""A small phrase bank in the site's five languages, for generated forum data (benchmarks only).

Titles are put together from a template and a subject; bodies from a few sentences, sometimes with
a list, a quotation, a link or some emphasis, so the rendered HTML looks like members' posts.
"""

LANGUAGES = ("es", "en", "fr", "pt", "ar")

SUBJECTS = {
    "es": [
        "el seguimiento de las recomendaciones del EPU",
        "la plataforma digital de seguimiento",
        "las consultas con la sociedad civil",
        "los informes a los órganos de tratados",
        "la vinculación de recomendaciones con los ODS",
        "la coordinación con el parlamento",
        "los indicadores de implementación",
        "la participación de los gobiernos locales",
        "la agrupación temática de recomendaciones",
        "los planes nacionales de acción",
        "la formación de puntos focales",
        "la publicación de avances en línea",
    ],
    "en": [
        "following up UPR recommendations",
        "the digital tracking tool",
        "consultations with civil society",
        "reports to the treaty bodies",
        "linking recommendations to the SDGs",
        "coordination with parliament",
        "implementation indicators",
        "involving local governments",
        "clustering recommendations by theme",
        "national action plans",
        "training focal points",
        "publishing progress online",
    ],
    "fr": [
        "le suivi des recommandations de l'EPU",
        "l'outil numérique de suivi",
        "les consultations avec la société civile",
        "les rapports aux organes de traités",
        "le lien entre recommandations et ODD",
        "la coordination avec le parlement",
        "les indicateurs de mise en œuvre",
        "la participation des collectivités locales",
        "le regroupement thématique des recommandations",
        "les plans d'action nationaux",
        "la formation des points focaux",
        "la publication des progrès en ligne",
    ],
    "pt": [
        "o acompanhamento das recomendações da RPU",
        "a ferramenta digital de monitoramento",
        "as consultas com a sociedade civil",
        "os relatórios aos órgãos de tratados",
        "a ligação entre recomendações e ODS",
        "a coordenação com o parlamento",
        "os indicadores de implementação",
        "a participação dos governos locais",
        "o agrupamento temático das recomendações",
        "os planos nacionais de ação",
        "a formação de pontos focais",
        "a publicação dos progressos online",
    ],
    "ar": [
        "متابعة توصيات الاستعراض الدوري الشامل",
        "أداة التتبع الرقمية",
        "المشاورات مع المجتمع المدني",
        "التقارير المقدمة إلى هيئات المعاهدات",
        "ربط التوصيات بأهداف التنمية المستدامة",
        "التنسيق مع البرلمان",
        "مؤشرات التنفيذ",
        "إشراك الحكومات المحلية",
        "تجميع التوصيات حسب المواضيع",
        "خطط العمل الوطنية",
        "تدريب جهات الاتصال",
        "نشر التقدم المحرز على الإنترنت",
    ],
}

TITLES = {
    "question": {
        "es": [
            "¿Cómo organizan {s}?",
            "¿Alguien tiene experiencia con {s}?",
            "Pregunta sobre {s}",
            "¿Qué plazos usan para {s}?",
            "Buenas prácticas para {s}",
        ],
        "en": [
            "How do you organise {s}?",
            "Does anyone have experience with {s}?",
            "Question about {s}",
            "What timelines do you use for {s}?",
            "Good practices for {s}?",
        ],
        "fr": [
            "Comment organisez-vous {s} ?",
            "Quelqu'un a-t-il de l'expérience avec {s} ?",
            "Question sur {s}",
            "Quels délais pour {s} ?",
            "Bonnes pratiques pour {s} ?",
        ],
        "pt": [
            "Como vocês organizam {s}?",
            "Alguém tem experiência com {s}?",
            "Pergunta sobre {s}",
            "Que prazos usam para {s}?",
            "Boas práticas para {s}?",
        ],
        "ar": [
            "كيف تنظمون {s}؟",
            "هل لدى أحدكم خبرة في {s}؟",
            "سؤال حول {s}",
            "ما الآجال المعتمدة في {s}؟",
            "ممارسات جيدة في {s}؟",
        ],
    },
    "experience": {
        "es": [
            "Nuestra experiencia con {s}",
            "Lo que aprendimos sobre {s}",
            "Cómo mejoramos {s}",
            "Un año de trabajo en {s}",
        ],
        "en": [
            "Our experience with {s}",
            "What we learned about {s}",
            "How we improved {s}",
            "A year of work on {s}",
        ],
        "fr": [
            "Notre expérience avec {s}",
            "Ce que nous avons appris sur {s}",
            "Comment nous avons amélioré {s}",
            "Un an de travail sur {s}",
        ],
        "pt": [
            "Nossa experiência com {s}",
            "O que aprendemos sobre {s}",
            "Como melhoramos {s}",
            "Um ano de trabalho em {s}",
        ],
        "ar": [
            "تجربتنا في {s}",
            "ما تعلمناه بشأن {s}",
            "كيف حسّنا {s}",
            "عام من العمل على {s}",
        ],
    },
    "announcement": {
        "es": ["Convocatoria: taller sobre {s}", "Anuncio: seminario sobre {s}"],
        "en": ["Call: workshop on {s}", "Announcement: seminar on {s}"],
        "fr": ["Appel : atelier sur {s}", "Annonce : séminaire sur {s}"],
        "pt": ["Chamada: oficina sobre {s}", "Anúncio: seminário sobre {s}"],
        "ar": ["دعوة: ورشة عمل حول {s}", "إعلان: ندوة حول {s}"],
    },
}

SENTENCES = {
    "es": [
        "En nuestro mecanismo revisamos las recomendaciones cada trimestre con todos los "
        "ministerios.",
        "Agrupamos las recomendaciones por derecho y por población, lo que facilitó mucho el "
        "trabajo.",
        "La principal dificultad fue conseguir información actualizada de las instituciones.",
        "Publicamos los avances en una plataforma abierta que cualquier persona puede consultar.",
        "Las organizaciones de la sociedad civil participan en las reuniones de seguimiento.",
        "Nos ayudó mucho designar un punto focal en cada institución.",
        "Vinculamos cada recomendación con las metas de los Objetivos de Desarrollo Sostenible.",
        "El informe de mitad de período se preparó con los datos de la herramienta.",
        "Sería útil compartir las plantillas que usan otros países.",
        "Gracias por compartir, nos sirve para preparar nuestro próximo informe.",
        "¿Podrían contarnos cuánto tiempo les llevó la puesta en marcha?",
        "Coincido: sin apoyo político al más alto nivel el seguimiento se detiene.",
    ],
    "en": [
        "Our mechanism reviews the recommendations every quarter with all the ministries.",
        "We clustered recommendations by right and by population, which made the work much easier.",
        "The main difficulty was getting up-to-date information from the institutions.",
        "We publish progress on an open platform that anyone can consult.",
        "Civil society organisations take part in the follow-up meetings.",
        "Appointing a focal point in each institution helped a lot.",
        "We link each recommendation to the targets of the Sustainable Development Goals.",
        "The mid-term report was prepared with the data from the tool.",
        "It would be useful to share the templates other countries use.",
        "Thanks for sharing, this helps us prepare our next report.",
        "Could you tell us how long it took to set up?",
        "I agree: without political support at the highest level, follow-up stalls.",
    ],
    "fr": [
        "Notre mécanisme examine les recommandations chaque trimestre avec tous les ministères.",
        "Nous avons regroupé les recommandations par droit et par population, ce qui a "
        "beaucoup facilité le travail.",
        "La principale difficulté a été d'obtenir des informations à jour des institutions.",
        "Nous publions les progrès sur une plateforme ouverte que chacun peut consulter.",
        "Les organisations de la société civile participent aux réunions de suivi.",
        "Désigner un point focal dans chaque institution nous a beaucoup aidés.",
        "Nous relions chaque recommandation aux cibles des Objectifs de développement durable.",
        "Le rapport à mi-parcours a été préparé avec les données de l'outil.",
        "Il serait utile de partager les modèles utilisés par d'autres pays.",
        "Merci pour le partage, cela nous aide à préparer notre prochain rapport.",
        "Pourriez-vous nous dire combien de temps la mise en place a pris ?",
        "Je suis d'accord : sans soutien politique au plus haut niveau, le suivi s'arrête.",
    ],
    "pt": [
        "O nosso mecanismo revê as recomendações a cada trimestre com todos os ministérios.",
        "Agrupámos as recomendações por direito e por população, o que facilitou muito o trabalho.",
        "A principal dificuldade foi obter informação atualizada das instituições.",
        "Publicamos os progressos numa plataforma aberta que qualquer pessoa pode consultar.",
        "As organizações da sociedade civil participam nas reuniões de acompanhamento.",
        "Designar um ponto focal em cada instituição ajudou muito.",
        "Ligamos cada recomendação às metas dos Objetivos de Desenvolvimento Sustentável.",
        "O relatório intercalar foi preparado com os dados da ferramenta.",
        "Seria útil partilhar os modelos que outros países usam.",
        "Obrigado por partilhar, ajuda-nos a preparar o próximo relatório.",
        "Podem contar-nos quanto tempo levou a implementação?",
        "Concordo: sem apoio político ao mais alto nível, o acompanhamento para.",
    ],
    "ar": [
        "تراجع آليتنا التوصيات كل ثلاثة أشهر مع جميع الوزارات.",
        "جمعنا التوصيات حسب الحق وحسب الفئة السكانية، مما سهّل العمل كثيرا.",
        "كانت الصعوبة الرئيسية الحصول على معلومات محدثة من المؤسسات.",
        "ننشر التقدم المحرز على منصة مفتوحة يمكن لأي شخص الاطلاع عليها.",
        "تشارك منظمات المجتمع المدني في اجتماعات المتابعة.",
        "ساعدنا كثيرا تعيين جهة اتصال في كل مؤسسة.",
        "نربط كل توصية بغايات أهداف التنمية المستدامة.",
        "أُعدّ تقرير منتصف المدة بالاعتماد على بيانات الأداة.",
        "سيكون من المفيد تبادل النماذج التي تستخدمها بلدان أخرى.",
        "شكرا على المشاركة، هذا يساعدنا في إعداد تقريرنا القادم.",
        "هل يمكنكم إخبارنا كم استغرق إطلاق الأداة؟",
        "أوافق: بدون دعم سياسي على أعلى مستوى تتوقف المتابعة.",
    ],
}

LIST_ITEMS = {
    "es": [
        "una matriz de recomendaciones",
        "reuniones trimestrales",
        "un informe público anual",
        "indicadores por institución",
        "consultas regionales",
    ],
    "en": [
        "a recommendations matrix",
        "quarterly meetings",
        "a yearly public report",
        "indicators per institution",
        "regional consultations",
    ],
    "fr": [
        "une matrice des recommandations",
        "des réunions trimestrielles",
        "un rapport public annuel",
        "des indicateurs par institution",
        "des consultations régionales",
    ],
    "pt": [
        "uma matriz de recomendações",
        "reuniões trimestrais",
        "um relatório público anual",
        "indicadores por instituição",
        "consultas regionais",
    ],
    "ar": [
        "مصفوفة للتوصيات",
        "اجتماعات فصلية",
        "تقرير سنوي علني",
        "مؤشرات لكل مؤسسة",
        "مشاورات إقليمية",
    ],
}

LIST_INTRO = {
    "es": "Lo que mejor nos funcionó:",
    "en": "What worked best for us:",
    "fr": "Ce qui a le mieux fonctionné pour nous :",
    "pt": "O que funcionou melhor para nós:",
    "ar": "ما نجح معنا أكثر:",
}

EMPHASIS = {
    "es": "Lo importante",
    "en": "The key point",
    "fr": "L'essentiel",
    "pt": "O essencial",
    "ar": "الأهم",
}

LINK_TEXT = {
    "es": "la guía práctica del ACNUDH",
    "en": "OHCHR's practical guide",
    "fr": "le guide pratique du HCDH",
    "pt": "o guia prático do ACNUDH",
    "ar": "الدليل العملي للمفوضية السامية",
}
LINK_URL = "https://www.ohchr.org/en/publications"

FIRST_NAMES = {
    "es": ["María", "José", "Lucía", "Carlos", "Ana", "Jorge", "Sofía", "Diego", "Elena", "Raúl"],
    "en": ["Grace", "Kwame", "Emily", "Daniel", "Abena", "Samuel", "Ruth", "Michael"],
    "fr": ["Aminata", "Jean", "Fatou", "Pierre", "Awa", "Moussa", "Claire", "Ousmane"],
    "pt": ["Ana", "João", "Mariana", "Pedro", "Beatriz", "Rafael", "Inês", "Tiago"],
    "ar": ["أحمد", "فاطمة", "يوسف", "مريم", "خالد", "ليلى", "عمر", "سلمى"],
}
LAST_NAMES = {
    "es": ["González", "Rodríguez", "Benítez", "Martínez", "López", "Ramírez", "Torres", "Rojas"],
    "en": ["Mensah", "Owusu", "Smith", "Boateng", "Taylor", "Asante", "Brown", "Appiah"],
    "fr": ["Diop", "Ndiaye", "Fall", "Sow", "Martin", "Ba", "Diallo", "Faye"],
    "pt": ["Silva", "Santos", "Oliveira", "Souza", "Costa", "Pereira", "Almeida", "Ferreira"],
    "ar": ["العلي", "الحسن", "الخطيب", "النجار", "المصري", "الحداد", "الشامي", "العمري"],
}


def title(kind: str, language: str, subject_index: int, template_index: int) -> str:
    templates = TITLES[kind][language]
    subjects = SUBJECTS[language]
    return templates[template_index % len(templates)].format(
        s=subjects[subject_index % len(subjects)]
    )


def body(language: str, rng) -> str:
    """A post of one to three paragraphs, sometimes with a list, a quote, a link or emphasis."""
    sentences = SENTENCES[language]
    paragraphs = []
    for _ in range(rng.choice((1, 1, 2, 2, 3))):
        paragraphs.append(" ".join(rng.sample(sentences, rng.choice((1, 2, 2, 3)))))
    extra = rng.random()
    if extra < 0.15:
        items = rng.sample(LIST_ITEMS[language], 3)
        paragraphs.append(LIST_INTRO[language] + "\n\n" + "\n".join(f"- {i}" for i in items))
    elif extra < 0.25:
        paragraphs.insert(0, "> " + rng.choice(sentences))
    elif extra < 0.32:
        paragraphs.append(f"[{LINK_TEXT[language]}]({LINK_URL})")
    elif extra < 0.45:
        paragraphs[0] = f"**{EMPHASIS[language]}:** {paragraphs[0]}"
    return "\n\n".join(paragraphs)
