"""Seed the shared vocabulary: topics, NMIRF capacities and types, recommendation mechanisms,
the Sustainable Development Goals and document types, in the five languages of the site.

Each entry maps a language code to ``(name, description)``. Spanish, the default language,
also fills the untranslated ``name``/``description`` columns. Rows are matched on ``slug``,
so running the migration again updates them instead of duplicating them.
"""

from django.db import migrations

LANGUAGES = ("es", "en", "fr", "pt", "ar")

# The themes of the II International Seminar (Asunción, 8–9 May 2024).
TOPICS = (
    (
        "participation",
        {
            "es": (
                "Participación de la sociedad civil y de las Instituciones Nacionales de Derechos "
                "Humanos",
                "Cómo los mecanismos nacionales involucran a la sociedad civil y a las "
                "instituciones nacionales de derechos humanos en la elaboración de informes y en "
                "el seguimiento de las recomendaciones.",
            ),
            "en": (
                "Participation of civil society and National Human Rights Institutions",
                "How national mechanisms involve civil society and national human rights "
                "institutions in reporting and in the follow-up of recommendations.",
            ),
            "fr": (
                "Participation de la société civile et des Institutions nationales des droits de "
                "l'homme",
                "La manière dont les mécanismes nationaux associent la société civile et les "
                "institutions nationales des droits de l'homme à l'établissement des rapports et "
                "au suivi des recommandations.",
            ),
            "pt": (
                "Participação da sociedade civil e das Instituições Nacionais de Direitos Humanos",
                "Como os mecanismos nacionais envolvem a sociedade civil e as instituições "
                "nacionais de direitos humanos na elaboração de relatórios e no seguimento das "
                "recomendações.",
            ),
            "ar": (
                "مشاركة المجتمع المدني والمؤسسات الوطنية لحقوق الإنسان",
                "كيفية إشراك الآليات الوطنية للمجتمع المدني والمؤسسات الوطنية لحقوق الإنسان في "
                "إعداد التقارير ومتابعة التوصيات.",
            ),
        },
    ),
    (
        "coordination-local-parliaments",
        {
            "es": (
                "Articulación con gobiernos locales y parlamentos",
                "La articulación de los mecanismos nacionales con los gobiernos subnacionales y "
                "locales y con los parlamentos en la implementación de las recomendaciones.",
            ),
            "en": (
                "Coordination with local governments and parliaments",
                "How national mechanisms work with subnational and local governments and with "
                "parliaments to implement recommendations.",
            ),
            "fr": (
                "Coordination avec les collectivités locales et les parlements",
                "L'articulation des mécanismes nationaux avec les autorités infranationales et "
                "locales et avec les parlements pour la mise en œuvre des recommandations.",
            ),
            "pt": (
                "Articulação com os governos locais e com os parlamentos",
                "A articulação dos mecanismos nacionais com os governos subnacionais e locais e "
                "com os parlamentos na implementação das recomendações.",
            ),
            "ar": (
                "التنسيق مع الحكومات المحلية والبرلمانات",
                "تنسيق عمل الآليات الوطنية مع الحكومات دون الوطنية والمحلية ومع البرلمانات في "
                "تنفيذ التوصيات.",
            ),
        },
    ),
    (
        "information-management",
        {
            "es": (
                "Sistemas y herramientas de gestión de la información",
                "Sistemas, bases de datos y herramientas digitales para registrar y agrupar las "
                "recomendaciones y dar seguimiento a su implementación.",
            ),
            "en": (
                "Information management systems and tools",
                "Systems, databases and digital tools for recording and clustering "
                "recommendations and tracking their implementation.",
            ),
            "fr": (
                "Systèmes et outils de gestion de l'information",
                "Les systèmes, bases de données et outils numériques permettant d'enregistrer et "
                "de regrouper les recommandations et de suivre leur mise en œuvre.",
            ),
            "pt": (
                "Sistemas e ferramentas de gestão da informação",
                "Sistemas, bases de dados e ferramentas digitais para registar e agrupar as "
                "recomendações e acompanhar a sua implementação.",
            ),
            "ar": (
                "نظم إدارة المعلومات وأدواتها",
                "النظم وقواعد البيانات والأدوات الرقمية المستخدمة لتسجيل التوصيات وتجميعها وتتبع "
                "تنفيذها.",
            ),
        },
    ),
    (
        "cooperation-capacity-building",
        {
            "es": (
                "Cooperación y fortalecimiento de capacidades",
                "La cooperación internacional, el intercambio de buenas prácticas entre pares y "
                "el fortalecimiento de las capacidades de los mecanismos nacionales.",
            ),
            "en": (
                "Cooperation and capacity building",
                "International cooperation, peer exchange of good practices and the strengthening "
                "of the capacities of national mechanisms.",
            ),
            "fr": (
                "Coopération et renforcement des capacités",
                "La coopération internationale, l'échange de bonnes pratiques entre pairs et le "
                "renforcement des capacités des mécanismes nationaux.",
            ),
            "pt": (
                "Cooperação e reforço de capacidades",
                "A cooperação internacional, o intercâmbio de boas práticas entre pares e o "
                "reforço das capacidades dos mecanismos nacionais.",
            ),
            "ar": (
                "التعاون وبناء القدرات",
                "التعاون الدولي وتبادل الممارسات الجيدة بين الأقران وتعزيز قدرات الآليات الوطنية.",
            ),
        },
    ),
    (
        "marrakech-hrc-follow-up",
        {
            "es": (
                "Seguimiento de la Declaración de Marrakech y de las iniciativas del Consejo de "
                "Derechos Humanos",
                "El seguimiento de la Declaración de Marrakech y de las resoluciones e "
                "iniciativas del Consejo de Derechos Humanos sobre los mecanismos nacionales de "
                "implementación, informes y seguimiento.",
            ),
            "en": (
                "Follow-up of the Marrakech Declaration and of the Human Rights Council's "
                "initiatives",
                "Follow-up of the Marrakech Declaration and of the Human Rights Council's "
                "resolutions and initiatives on national mechanisms for implementation, reporting "
                "and follow-up.",
            ),
            "fr": (
                "Suivi de la Déclaration de Marrakech et des initiatives du Conseil des droits de "
                "l'homme",
                "Le suivi de la Déclaration de Marrakech et des résolutions et initiatives du "
                "Conseil des droits de l'homme relatives aux mécanismes nationaux de mise en "
                "œuvre, d'établissement de rapports et de suivi.",
            ),
            "pt": (
                "Seguimento da Declaração de Marraquexe e das iniciativas do Conselho de Direitos "
                "Humanos",
                "O seguimento da Declaração de Marraquexe e das resoluções e iniciativas do "
                "Conselho de Direitos Humanos sobre os mecanismos nacionais de implementação, "
                "relatório e seguimento.",
            ),
            "ar": (
                "متابعة إعلان مراكش ومبادرات مجلس حقوق الإنسان",
                "متابعة إعلان مراكش وقرارات مجلس حقوق الإنسان ومبادراته بشأن الآليات الوطنية "
                "للتنفيذ والإبلاغ والمتابعة.",
            ),
        },
    ),
)

# The four capacities of a national mechanism (OHCHR, National Mechanisms for Reporting and
# Follow-up: A Practical Guide to Effective State Engagement with International Human Rights
# Mechanisms, HR/PUB/16/1, 2016).
CAPACITIES = (
    (
        "engagement",
        {
            "es": (
                "Capacidad de colaboración",
                "Capacidad de relacionarse con los mecanismos internacionales y regionales de "
                "derechos humanos, organizando y facilitando de manera centralizada la "
                "preparación de los informes del Estado y las visitas de los procedimientos "
                "especiales y del Subcomité para la Prevención de la Tortura.",
            ),
            "en": (
                "Engagement capacity",
                "The capacity to engage with international and regional human rights mechanisms, "
                "by organising and centrally facilitating the preparation of State reports and "
                "the visits of special procedures and of the Subcommittee on Prevention of "
                "Torture.",
            ),
            "fr": (
                "Capacité de collaboration",
                "La capacité de dialoguer avec les mécanismes internationaux et régionaux des "
                "droits de l'homme, en organisant et en facilitant de manière centralisée "
                "l'élaboration des rapports de l'État et les visites des procédures spéciales et "
                "du Sous-comité pour la prévention de la torture.",
            ),
            "pt": (
                "Capacidade de interação",
                "A capacidade de interagir com os mecanismos internacionais e regionais de "
                "direitos humanos, organizando e facilitando de forma centralizada a preparação "
                "dos relatórios do Estado e as visitas dos procedimentos especiais e do Subcomité "
                "para a Prevenção da Tortura.",
            ),
            "ar": (
                "القدرة على التعامل مع الآليات",
                "القدرة على التعامل مع الآليات الدولية والإقليمية لحقوق الإنسان، من خلال القيام "
                "على نحو مركزي بتنظيم وتيسير إعداد تقارير الدولة والزيارات التي تقوم بها "
                "الإجراءات الخاصة واللجنة الفرعية لمنع التعذيب.",
            ),
        },
    ),
    (
        "coordination",
        {
            "es": (
                "Capacidad de coordinación",
                "Capacidad y autoridad para difundir información y para organizar y coordinar la "
                "recopilación de información y datos de las entidades del gobierno y de otros "
                "actores del Estado, como la oficina nacional de estadística, el parlamento y el "
                "poder judicial, con fines de presentación de informes y seguimiento.",
            ),
            "en": (
                "Coordination capacity",
                "The capacity and authority to disseminate information and to organise and "
                "coordinate the gathering of information and data from government bodies and "
                "other State actors, such as the national statistics office, parliament and the "
                "judiciary, for reporting and follow-up.",
            ),
            "fr": (
                "Capacité de coordination",
                "La capacité et l'autorité nécessaires pour diffuser l'information et pour "
                "organiser et coordonner la collecte d'informations et de données auprès des "
                "entités gouvernementales et d'autres acteurs étatiques, tels que l'office "
                "national de statistique, le parlement et l'appareil judiciaire, aux fins de "
                "l'établissement des rapports et du suivi.",
            ),
            "pt": (
                "Capacidade de coordenação",
                "A capacidade e a autoridade para difundir informação e para organizar e "
                "coordenar a recolha de informação e de dados junto das entidades governamentais "
                "e de outros atores do Estado, como o instituto nacional de estatística, o "
                "parlamento e o poder judicial, para efeitos de relatório e seguimento.",
            ),
            "ar": (
                "القدرة على التنسيق",
                "القدرة والسلطة اللازمتان لنشر المعلومات وتنظيم وتنسيق جمع المعلومات والبيانات من "
                "الجهات الحكومية وغيرها من الجهات الفاعلة في الدولة، مثل المكتب الوطني للإحصاء "
                "والبرلمان والسلطة القضائية، لأغراض الإبلاغ والمتابعة.",
            ),
        },
    ),
    (
        "information-management",
        {
            "es": (
                "Capacidad de gestión de la información",
                "Capacidad de registrar y agrupar por temas las recomendaciones de los mecanismos "
                "internacionales y regionales, identificar las entidades del gobierno "
                "responsables de su implementación, elaborar planes de seguimiento con plazos e "
                "indicadores y gestionar la información sobre su implementación.",
            ),
            "en": (
                "Information management capacity",
                "The capacity to record and thematically cluster the recommendations of "
                "international and regional mechanisms, identify the government bodies "
                "responsible for implementing them, develop follow-up plans with timelines and "
                "indicators, and manage information on their implementation.",
            ),
            "fr": (
                "Capacité de gestion de l'information",
                "La capacité d'enregistrer et de regrouper par thème les recommandations des "
                "mécanismes internationaux et régionaux, de déterminer les entités "
                "gouvernementales chargées de leur mise en œuvre, d'élaborer des plans de suivi "
                "assortis de délais et d'indicateurs et de gérer l'information relative à leur "
                "mise en œuvre.",
            ),
            "pt": (
                "Capacidade de gestão da informação",
                "A capacidade de registar e agrupar por temas as recomendações dos mecanismos "
                "internacionais e regionais, identificar as entidades governamentais responsáveis "
                "pela sua implementação, elaborar planos de seguimento com prazos e indicadores e "
                "gerir a informação sobre a sua implementação.",
            ),
            "ar": (
                "القدرة على إدارة المعلومات",
                "القدرة على تسجيل توصيات الآليات الدولية والإقليمية وتجميعها حسب المواضيع، وتحديد "
                "الجهات الحكومية المسؤولة عن تنفيذها، ووضع خطط للمتابعة تتضمن جداول زمنية "
                "ومؤشرات، وإدارة المعلومات المتعلقة بتنفيذها.",
            ),
        },
    ),
    (
        "consultation",
        {
            "es": (
                "Capacidad de consulta",
                "Capacidad de promover y dirigir consultas con la institución nacional de "
                "derechos humanos y con la sociedad civil del país a lo largo de la presentación "
                "de informes y el seguimiento.",
            ),
            "en": (
                "Consultation capacity",
                "The capacity to foster and lead consultations with the country's national human "
                "rights institution and civil society throughout reporting and follow-up.",
            ),
            "fr": (
                "Capacité de consultation",
                "La capacité de favoriser et de mener des consultations avec l'institution "
                "nationale des droits de l'homme et la société civile du pays tout au long de "
                "l'établissement des rapports et du suivi.",
            ),
            "pt": (
                "Capacidade de consulta",
                "A capacidade de promover e conduzir consultas com a instituição nacional de "
                "direitos humanos e com a sociedade civil do país ao longo do processo de "
                "relatório e seguimento.",
            ),
            "ar": (
                "القدرة على التشاور",
                "القدرة على تشجيع المشاورات مع المؤسسة الوطنية لحقوق الإنسان والمجتمع المدني في "
                "البلد وقيادتها طوال عملية الإبلاغ والمتابعة.",
            ),
        },
    ),
)

# The four types of national mechanism described in the same OHCHR guide.
NMIRF_TYPES = (
    (
        "ad-hoc",
        {
            "es": (
                "Ad hoc",
                "Mecanismo constituido para preparar un informe concreto o responder a un "
                "mecanismo determinado, que se disuelve una vez concluida la tarea.",
            ),
            "en": (
                "Ad hoc",
                "A mechanism set up to prepare a specific report or to respond to a specific "
                "mechanism, and dissolved once the task is completed.",
            ),
            "fr": (
                "Ad hoc",
                "Mécanisme constitué pour élaborer un rapport donné ou répondre à un mécanisme "
                "particulier, et dissous une fois la tâche accomplie.",
            ),
            "pt": (
                "Ad hoc",
                "Mecanismo constituído para preparar um relatório específico ou responder a um "
                "determinado mecanismo, que é dissolvido uma vez concluída a tarefa.",
            ),
            "ar": (
                "مخصصة",
                "آلية تُنشأ لإعداد تقرير بعينه أو للتعامل مع آلية محددة، وتُحل بعد إنجاز المهمة.",
            ),
        },
    ),
    (
        "ministerial",
        {
            "es": (
                "Ministerial",
                "Mecanismo permanente integrado en un solo ministerio, por lo general el de "
                "relaciones exteriores o el de justicia, que dirige la presentación de informes y "
                "el seguimiento.",
            ),
            "en": (
                "Ministerial",
                "A standing mechanism located within a single ministry, usually foreign affairs "
                "or justice, which leads reporting and follow-up.",
            ),
            "fr": (
                "Ministériel",
                "Mécanisme permanent intégré à un seul ministère, généralement celui des affaires "
                "étrangères ou de la justice, qui dirige l'établissement des rapports et le "
                "suivi.",
            ),
            "pt": (
                "Ministerial",
                "Mecanismo permanente integrado num único ministério, geralmente o dos negócios "
                "estrangeiros ou o da justiça, que dirige o processo de relatório e seguimento.",
            ),
            "ar": (
                "وزارية",
                "آلية دائمة تابعة لوزارة واحدة، هي عادةً وزارة الخارجية أو وزارة العدل، تتولى "
                "قيادة عملية الإبلاغ والمتابعة.",
            ),
        },
    ),
    (
        "inter-ministerial",
        {
            "es": (
                "Interministerial",
                "Órgano permanente, como un comité o una comisión, que reúne a puntos focales de "
                "varios ministerios e instituciones del Estado y que suele estar presidido por "
                "uno de ellos.",
            ),
            "en": (
                "Inter-ministerial",
                "A standing body, such as a committee or commission, that brings together focal "
                "points from several ministries and State institutions and is usually chaired by "
                "one of them.",
            ),
            "fr": (
                "Interministériel",
                "Organe permanent, tel qu'un comité ou une commission, qui réunit des points "
                "focaux de plusieurs ministères et institutions de l'État et qui est généralement "
                "présidé par l'un d'entre eux.",
            ),
            "pt": (
                "Interministerial",
                "Órgão permanente, como um comité ou uma comissão, que reúne pontos focais de "
                "vários ministérios e instituições do Estado e que é geralmente presidido por um "
                "deles.",
            ),
            "ar": (
                "مشتركة بين الوزارات",
                "هيئة دائمة، مثل لجنة أو هيئة تنسيقية، تضم جهات تنسيق من عدة وزارات ومؤسسات "
                "حكومية، ويرأسها عادةً إحداها.",
            ),
        },
    ),
    (
        "institutionally-separate",
        {
            "es": (
                "Institucionalmente separado",
                "Mecanismo con base jurídica, presupuesto y secretaría permanente propios, "
                "institucionalmente separado de cualquier ministerio, por ejemplo adscrito a la "
                "oficina del jefe de Estado o de Gobierno.",
            ),
            "en": (
                "Institutionally separate",
                "A mechanism with its own legal basis, budget and permanent secretariat, "
                "institutionally separate from any ministry, for example attached to the office "
                "of the head of State or Government.",
            ),
            "fr": (
                "Institutionnellement distinct",
                "Mécanisme doté de sa propre base juridique, de son propre budget et d'un "
                "secrétariat permanent, institutionnellement distinct de tout ministère, par "
                "exemple rattaché aux services du chef de l'État ou du gouvernement.",
            ),
            "pt": (
                "Institucionalmente separado",
                "Mecanismo com base jurídica, orçamento e secretariado permanente próprios, "
                "institucionalmente separado de qualquer ministério, por exemplo adstrito ao "
                "gabinete do chefe de Estado ou de Governo.",
            ),
            "ar": (
                "منفصلة مؤسسياً",
                "آلية لها أساسها القانوني وميزانيتها وأمانتها الدائمة، منفصلة مؤسسياً عن أي "
                "وزارة، وملحقة مثلاً بمكتب رئيس الدولة أو رئيس الحكومة.",
            ),
        },
    ),
)

# Where recommendations come from: (slug, family, texts). Official UN names.
MECHANISMS = (
    (
        "upr",
        "upr",
        {
            "es": (
                "Examen Periódico Universal",
                "Examen entre pares de la situación de los derechos humanos en todos los Estados "
                "Miembros de las Naciones Unidas, realizado por el Consejo de Derechos Humanos en "
                "ciclos sucesivos.",
            ),
            "en": (
                "Universal Periodic Review",
                "A peer review of the human rights situation in every Member State of the United "
                "Nations, conducted by the Human Rights Council in successive cycles.",
            ),
            "fr": (
                "Examen périodique universel",
                "Examen par les pairs de la situation des droits de l'homme dans tous les États "
                "Membres de l'Organisation des Nations Unies, mené par le Conseil des droits de "
                "l'homme par cycles successifs.",
            ),
            "pt": (
                "Exame Periódico Universal",
                "Exame entre pares da situação dos direitos humanos em todos os Estados-Membros "
                "das Nações Unidas, realizado pelo Conselho de Direitos Humanos em ciclos "
                "sucessivos.",
            ),
            "ar": (
                "الاستعراض الدوري الشامل",
                "استعراض يجريه مجلس حقوق الإنسان على أساس الأقران لحالة حقوق الإنسان في جميع "
                "الدول الأعضاء في الأمم المتحدة، في دورات متعاقبة.",
            ),
        },
    ),
    (
        "cerd",
        "treaty_body",
        {
            "es": (
                "Comité para la Eliminación de la Discriminación Racial",
                "Órgano de tratado (CERD) que supervisa la aplicación de la Convención "
                "Internacional sobre la Eliminación de Todas las Formas de Discriminación Racial.",
            ),
            "en": (
                "Committee on the Elimination of Racial Discrimination",
                "Treaty body (CERD) that monitors implementation of the International Convention "
                "on the Elimination of All Forms of Racial Discrimination.",
            ),
            "fr": (
                "Comité pour l'élimination de la discrimination raciale",
                "Organe conventionnel (CERD) qui surveille l'application de la Convention "
                "internationale sur l'élimination de toutes les formes de discrimination raciale.",
            ),
            "pt": (
                "Comité para a Eliminação da Discriminação Racial",
                "Órgão de tratado (CERD) que supervisiona a aplicação da Convenção Internacional "
                "sobre a Eliminação de Todas as Formas de Discriminação Racial.",
            ),
            "ar": (
                "لجنة القضاء على التمييز العنصري",
                "هيئة منشأة بموجب معاهدة (CERD) ترصد تنفيذ الاتفاقية الدولية للقضاء على جميع "
                "أشكال التمييز العنصري.",
            ),
        },
    ),
    (
        "ccpr",
        "treaty_body",
        {
            "es": (
                "Comité de Derechos Humanos",
                "Órgano de tratado (CCPR) que supervisa la aplicación del Pacto Internacional de "
                "Derechos Civiles y Políticos.",
            ),
            "en": (
                "Human Rights Committee",
                "Treaty body (CCPR) that monitors implementation of the International Covenant on "
                "Civil and Political Rights.",
            ),
            "fr": (
                "Comité des droits de l'homme",
                "Organe conventionnel (CCPR) qui surveille l'application du Pacte international "
                "relatif aux droits civils et politiques.",
            ),
            "pt": (
                "Comité dos Direitos Humanos",
                "Órgão de tratado (CCPR) que supervisiona a aplicação do Pacto Internacional "
                "sobre os Direitos Civis e Políticos.",
            ),
            "ar": (
                "اللجنة المعنية بحقوق الإنسان",
                "هيئة منشأة بموجب معاهدة (CCPR) ترصد تنفيذ العهد الدولي الخاص بالحقوق المدنية "
                "والسياسية.",
            ),
        },
    ),
    (
        "cescr",
        "treaty_body",
        {
            "es": (
                "Comité de Derechos Económicos, Sociales y Culturales",
                "Órgano de tratado (CESCR) que supervisa la aplicación del Pacto Internacional de "
                "Derechos Económicos, Sociales y Culturales.",
            ),
            "en": (
                "Committee on Economic, Social and Cultural Rights",
                "Treaty body (CESCR) that monitors implementation of the International Covenant "
                "on Economic, Social and Cultural Rights.",
            ),
            "fr": (
                "Comité des droits économiques, sociaux et culturels",
                "Organe conventionnel (CESCR) qui surveille l'application du Pacte international "
                "relatif aux droits économiques, sociaux et culturels.",
            ),
            "pt": (
                "Comité dos Direitos Económicos, Sociais e Culturais",
                "Órgão de tratado (CESCR) que supervisiona a aplicação do Pacto Internacional "
                "sobre os Direitos Económicos, Sociais e Culturais.",
            ),
            "ar": (
                "اللجنة المعنية بالحقوق الاقتصادية والاجتماعية والثقافية",
                "هيئة منشأة بموجب معاهدة (CESCR) ترصد تنفيذ العهد الدولي الخاص بالحقوق الاقتصادية "
                "والاجتماعية والثقافية.",
            ),
        },
    ),
    (
        "cedaw",
        "treaty_body",
        {
            "es": (
                "Comité para la Eliminación de la Discriminación contra la Mujer",
                "Órgano de tratado (CEDAW) que supervisa la aplicación de la Convención sobre la "
                "Eliminación de Todas las Formas de Discriminación contra la Mujer.",
            ),
            "en": (
                "Committee on the Elimination of Discrimination against Women",
                "Treaty body (CEDAW) that monitors implementation of the Convention on the "
                "Elimination of All Forms of Discrimination against Women.",
            ),
            "fr": (
                "Comité pour l'élimination de la discrimination à l'égard des femmes",
                "Organe conventionnel (CEDAW) qui surveille l'application de la Convention sur "
                "l'élimination de toutes les formes de discrimination à l'égard des femmes.",
            ),
            "pt": (
                "Comité para a Eliminação da Discriminação contra as Mulheres",
                "Órgão de tratado (CEDAW) que supervisiona a aplicação da Convenção sobre a "
                "Eliminação de Todas as Formas de Discriminação contra as Mulheres.",
            ),
            "ar": (
                "اللجنة المعنية بالقضاء على التمييز ضد المرأة",
                "هيئة منشأة بموجب معاهدة (CEDAW) ترصد تنفيذ اتفاقية القضاء على جميع أشكال التمييز "
                "ضد المرأة.",
            ),
        },
    ),
    (
        "cat",
        "treaty_body",
        {
            "es": (
                "Comité contra la Tortura",
                "Órgano de tratado (CAT) que supervisa la aplicación de la Convención contra la "
                "Tortura y Otros Tratos o Penas Crueles, Inhumanos o Degradantes.",
            ),
            "en": (
                "Committee against Torture",
                "Treaty body (CAT) that monitors implementation of the Convention against Torture "
                "and Other Cruel, Inhuman or Degrading Treatment or Punishment.",
            ),
            "fr": (
                "Comité contre la torture",
                "Organe conventionnel (CAT) qui surveille l'application de la Convention contre "
                "la torture et autres peines ou traitements cruels, inhumains ou dégradants.",
            ),
            "pt": (
                "Comité contra a Tortura",
                "Órgão de tratado (CAT) que supervisiona a aplicação da Convenção contra a "
                "Tortura e Outras Penas ou Tratamentos Cruéis, Desumanos ou Degradantes.",
            ),
            "ar": (
                "لجنة مناهضة التعذيب",
                "هيئة منشأة بموجب معاهدة (CAT) ترصد تنفيذ اتفاقية مناهضة التعذيب وغيره من ضروب "
                "المعاملة أو العقوبة القاسية أو اللاإنسانية أو المهينة.",
            ),
        },
    ),
    (
        "spt",
        "treaty_body",
        {
            "es": (
                "Subcomité para la Prevención de la Tortura y Otros Tratos o Penas Crueles, "
                "Inhumanos o Degradantes",
                "Órgano de tratado (SPT) establecido por el Protocolo Facultativo de la "
                "Convención contra la Tortura, que visita lugares de privación de libertad y "
                "asesora a los mecanismos nacionales de prevención.",
            ),
            "en": (
                "Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading "
                "Treatment or Punishment",
                "Treaty body (SPT) established by the Optional Protocol to the Convention against "
                "Torture, which visits places of deprivation of liberty and advises national "
                "preventive mechanisms.",
            ),
            "fr": (
                "Sous-comité pour la prévention de la torture et autres peines ou traitements "
                "cruels, inhumains ou dégradants",
                "Organe conventionnel (SPT) créé par le Protocole facultatif se rapportant à la "
                "Convention contre la torture, qui visite les lieux de privation de liberté et "
                "conseille les mécanismes nationaux de prévention.",
            ),
            "pt": (
                "Subcomité para a Prevenção da Tortura e Outras Penas ou Tratamentos Cruéis, "
                "Desumanos ou Degradantes",
                "Órgão de tratado (SPT) criado pelo Protocolo Facultativo à Convenção contra a "
                "Tortura, que visita locais de privação de liberdade e aconselha os mecanismos "
                "nacionais de prevenção.",
            ),
            "ar": (
                "اللجنة الفرعية لمنع التعذيب وغيره من ضروب المعاملة أو العقوبة القاسية أو "
                "اللاإنسانية أو المهينة",
                "هيئة منشأة بموجب معاهدة (SPT) أنشأها البروتوكول الاختياري لاتفاقية مناهضة "
                "التعذيب، تزور أماكن الحرمان من الحرية وتقدم المشورة إلى الآليات الوقائية "
                "الوطنية.",
            ),
        },
    ),
    (
        "crc",
        "treaty_body",
        {
            "es": (
                "Comité de los Derechos del Niño",
                "Órgano de tratado (CRC) que supervisa la aplicación de la Convención sobre los "
                "Derechos del Niño y de sus Protocolos Facultativos.",
            ),
            "en": (
                "Committee on the Rights of the Child",
                "Treaty body (CRC) that monitors implementation of the Convention on the Rights "
                "of the Child and its Optional Protocols.",
            ),
            "fr": (
                "Comité des droits de l'enfant",
                "Organe conventionnel (CRC) qui surveille l'application de la Convention relative "
                "aux droits de l'enfant et de ses Protocoles facultatifs.",
            ),
            "pt": (
                "Comité dos Direitos da Criança",
                "Órgão de tratado (CRC) que supervisiona a aplicação da Convenção sobre os "
                "Direitos da Criança e dos seus Protocolos Facultativos.",
            ),
            "ar": (
                "لجنة حقوق الطفل",
                "هيئة منشأة بموجب معاهدة (CRC) ترصد تنفيذ اتفاقية حقوق الطفل وبروتوكولاتها "
                "الاختيارية.",
            ),
        },
    ),
    (
        "cmw",
        "treaty_body",
        {
            "es": (
                "Comité de Protección de los Derechos de Todos los Trabajadores Migratorios y de "
                "Sus Familiares",
                "Órgano de tratado (CMW) que supervisa la aplicación de la Convención "
                "Internacional sobre la Protección de los Derechos de Todos los Trabajadores "
                "Migratorios y de Sus Familiares.",
            ),
            "en": (
                "Committee on the Protection of the Rights of All Migrant Workers and Members of "
                "Their Families",
                "Treaty body (CMW) that monitors implementation of the International Convention "
                "on the Protection of the Rights of All Migrant Workers and Members of Their "
                "Families.",
            ),
            "fr": (
                "Comité pour la protection des droits de tous les travailleurs migrants et des "
                "membres de leur famille",
                "Organe conventionnel (CMW) qui surveille l'application de la Convention "
                "internationale sur la protection des droits de tous les travailleurs migrants et "
                "des membres de leur famille.",
            ),
            "pt": (
                "Comité para a Proteção dos Direitos de Todos os Trabalhadores Migrantes e dos "
                "Membros das suas Famílias",
                "Órgão de tratado (CMW) que supervisiona a aplicação da Convenção Internacional "
                "sobre a Proteção dos Direitos de Todos os Trabalhadores Migrantes e dos Membros "
                "das suas Famílias.",
            ),
            "ar": (
                "اللجنة المعنية بحماية حقوق جميع العمال المهاجرين وأفراد أسرهم",
                "هيئة منشأة بموجب معاهدة (CMW) ترصد تنفيذ الاتفاقية الدولية لحماية حقوق جميع "
                "العمال المهاجرين وأفراد أسرهم.",
            ),
        },
    ),
    (
        "crpd",
        "treaty_body",
        {
            "es": (
                "Comité sobre los Derechos de las Personas con Discapacidad",
                "Órgano de tratado (CRPD) que supervisa la aplicación de la Convención sobre los "
                "Derechos de las Personas con Discapacidad.",
            ),
            "en": (
                "Committee on the Rights of Persons with Disabilities",
                "Treaty body (CRPD) that monitors implementation of the Convention on the Rights "
                "of Persons with Disabilities.",
            ),
            "fr": (
                "Comité des droits des personnes handicapées",
                "Organe conventionnel (CRPD) qui surveille l'application de la Convention "
                "relative aux droits des personnes handicapées.",
            ),
            "pt": (
                "Comité sobre os Direitos das Pessoas com Deficiência",
                "Órgão de tratado (CRPD) que supervisiona a aplicação da Convenção sobre os "
                "Direitos das Pessoas com Deficiência.",
            ),
            "ar": (
                "اللجنة المعنية بحقوق الأشخاص ذوي الإعاقة",
                "هيئة منشأة بموجب معاهدة (CRPD) ترصد تنفيذ اتفاقية حقوق الأشخاص ذوي الإعاقة.",
            ),
        },
    ),
    (
        "ced",
        "treaty_body",
        {
            "es": (
                "Comité contra la Desaparición Forzada",
                "Órgano de tratado (CED) que supervisa la aplicación de la Convención "
                "Internacional para la Protección de Todas las Personas contra las Desapariciones "
                "Forzadas.",
            ),
            "en": (
                "Committee on Enforced Disappearances",
                "Treaty body (CED) that monitors implementation of the International Convention "
                "for the Protection of All Persons from Enforced Disappearance.",
            ),
            "fr": (
                "Comité des disparitions forcées",
                "Organe conventionnel (CED) qui surveille l'application de la Convention "
                "internationale pour la protection de toutes les personnes contre les "
                "disparitions forcées.",
            ),
            "pt": (
                "Comité contra o Desaparecimento Forçado",
                "Órgão de tratado (CED) que supervisiona a aplicação da Convenção Internacional "
                "para a Proteção de Todas as Pessoas contra os Desaparecimentos Forçados.",
            ),
            "ar": (
                "اللجنة المعنية بحالات الاختفاء القسري",
                "هيئة منشأة بموجب معاهدة (CED) ترصد تنفيذ الاتفاقية الدولية لحماية جميع الأشخاص "
                "من الاختفاء القسري.",
            ),
        },
    ),
    (
        "special-procedures",
        "special_procedures",
        {
            "es": (
                "Procedimientos especiales del Consejo de Derechos Humanos",
                "Relatores especiales, expertos independientes y grupos de trabajo con mandatos "
                "temáticos o de país, que realizan visitas a los países y formulan "
                "recomendaciones.",
            ),
            "en": (
                "Special procedures of the Human Rights Council",
                "Special rapporteurs, independent experts and working groups with thematic or "
                "country mandates, who carry out country visits and make recommendations.",
            ),
            "fr": (
                "Procédures spéciales du Conseil des droits de l'homme",
                "Rapporteurs spéciaux, experts indépendants et groupes de travail investis de "
                "mandats thématiques ou par pays, qui effectuent des visites de pays et formulent "
                "des recommandations.",
            ),
            "pt": (
                "Procedimentos especiais do Conselho de Direitos Humanos",
                "Relatores especiais, peritos independentes e grupos de trabalho com mandatos "
                "temáticos ou por país, que realizam visitas aos países e formulam recomendações.",
            ),
            "ar": (
                "الإجراءات الخاصة لمجلس حقوق الإنسان",
                "المقررون الخاصون والخبراء المستقلون والأفرقة العاملة المكلفون بولايات مواضيعية "
                "أو قطرية، الذين يجرون زيارات قطرية ويقدمون توصيات.",
            ),
        },
    ),
    (
        "inter-american-system",
        "regional",
        {
            "es": (
                "Sistema interamericano de derechos humanos",
                "La Comisión Interamericana de Derechos Humanos y la Corte Interamericana de "
                "Derechos Humanos, en el marco de la Organización de los Estados Americanos.",
            ),
            "en": (
                "Inter-American human rights system",
                "The Inter-American Commission on Human Rights and the Inter-American Court of "
                "Human Rights, within the Organization of American States.",
            ),
            "fr": (
                "Système interaméricain des droits de l'homme",
                "La Commission interaméricaine des droits de l'homme et la Cour interaméricaine "
                "des droits de l'homme, dans le cadre de l'Organisation des États américains.",
            ),
            "pt": (
                "Sistema interamericano de direitos humanos",
                "A Comissão Interamericana de Direitos Humanos e a Corte Interamericana de "
                "Direitos Humanos, no âmbito da Organização dos Estados Americanos.",
            ),
            "ar": (
                "نظام البلدان الأمريكية لحقوق الإنسان",
                "لجنة البلدان الأمريكية لحقوق الإنسان ومحكمة البلدان الأمريكية لحقوق الإنسان، في "
                "إطار منظمة الدول الأمريكية.",
            ),
        },
    ),
    (
        "african-system",
        "regional",
        {
            "es": (
                "Sistema africano de derechos humanos",
                "La Comisión Africana de Derechos Humanos y de los Pueblos, la Corte Africana de "
                "Derechos Humanos y de los Pueblos y el Comité Africano de Expertos sobre los "
                "Derechos y el Bienestar del Niño, en el marco de la Unión Africana.",
            ),
            "en": (
                "African human rights system",
                "The African Commission on Human and Peoples' Rights, the African Court on Human "
                "and Peoples' Rights and the African Committee of Experts on the Rights and "
                "Welfare of the Child, within the African Union.",
            ),
            "fr": (
                "Système africain des droits de l'homme",
                "La Commission africaine des droits de l'homme et des peuples, la Cour africaine "
                "des droits de l'homme et des peuples et le Comité africain d'experts sur les "
                "droits et le bien-être de l'enfant, dans le cadre de l'Union africaine.",
            ),
            "pt": (
                "Sistema africano de direitos humanos",
                "A Comissão Africana dos Direitos Humanos e dos Povos, o Tribunal Africano dos "
                "Direitos Humanos e dos Povos e o Comité Africano de Peritos sobre os Direitos e "
                "o Bem-Estar da Criança, no âmbito da União Africana.",
            ),
            "ar": (
                "النظام الأفريقي لحقوق الإنسان",
                "اللجنة الأفريقية لحقوق الإنسان والشعوب والمحكمة الأفريقية لحقوق الإنسان والشعوب "
                "ولجنة الخبراء الأفريقية المعنية بحقوق الطفل ورفاهه، في إطار الاتحاد الأفريقي.",
            ),
        },
    ),
    (
        "european-system",
        "regional",
        {
            "es": (
                "Sistema europeo de derechos humanos",
                "El Tribunal Europeo de Derechos Humanos y los órganos de supervisión del Consejo "
                "de Europa, como el Comité Europeo para la Prevención de la Tortura y el Comité "
                "Europeo de Derechos Sociales.",
            ),
            "en": (
                "European human rights system",
                "The European Court of Human Rights and the monitoring bodies of the Council of "
                "Europe, such as the European Committee for the Prevention of Torture and the "
                "European Committee of Social Rights.",
            ),
            "fr": (
                "Système européen des droits de l'homme",
                "La Cour européenne des droits de l'homme et les organes de suivi du Conseil de "
                "l'Europe, tels que le Comité européen pour la prévention de la torture et le "
                "Comité européen des droits sociaux.",
            ),
            "pt": (
                "Sistema europeu de direitos humanos",
                "O Tribunal Europeu dos Direitos Humanos e os órgãos de monitorização do Conselho "
                "da Europa, como o Comité Europeu para a Prevenção da Tortura e o Comité Europeu "
                "dos Direitos Sociais.",
            ),
            "ar": (
                "النظام الأوروبي لحقوق الإنسان",
                "المحكمة الأوروبية لحقوق الإنسان وهيئات الرصد التابعة لمجلس أوروبا، مثل اللجنة "
                "الأوروبية لمنع التعذيب واللجنة الأوروبية للحقوق الاجتماعية.",
            ),
        },
    ),
)

# The 17 Sustainable Development Goals: the official short names and the goals as worded
# in the 2030 Agenda (General Assembly resolution 70/1). Portuguese follows the United
# Nations in Brazil.
SDGS = (
    (
        1,
        {
            "es": (
                "Fin de la pobreza",
                "Poner fin a la pobreza en todas sus formas en todo el mundo.",
            ),
            "en": ("No poverty", "End poverty in all its forms everywhere."),
            "fr": (
                "Pas de pauvreté",
                "Éliminer la pauvreté sous toutes ses formes et partout dans le monde.",
            ),
            "pt": (
                "Erradicação da pobreza",
                "Acabar com a pobreza em todas as suas formas, em todos os lugares.",
            ),
            "ar": ("القضاء على الفقر", "القضاء على الفقر بجميع أشكاله في كل مكان."),
        },
    ),
    (
        2,
        {
            "es": (
                "Hambre cero",
                "Poner fin al hambre, lograr la seguridad alimentaria y la mejora de la nutrición "
                "y promover la agricultura sostenible.",
            ),
            "en": (
                "Zero hunger",
                "End hunger, achieve food security and improved nutrition and promote sustainable "
                "agriculture.",
            ),
            "fr": (
                "Faim «\u00a0zéro\u00a0»",
                "Éliminer la faim, assurer la sécurité alimentaire, améliorer la nutrition et "
                "promouvoir l'agriculture durable.",
            ),
            "pt": (
                "Fome zero e agricultura sustentável",
                "Acabar com a fome, alcançar a segurança alimentar e melhoria da nutrição e "
                "promover a agricultura sustentável.",
            ),
            "ar": (
                "القضاء التام على الجوع",
                "القضاء على الجوع وتوفير الأمن الغذائي والتغذية المحسّنة وتعزيز الزراعة المستدامة.",
            ),
        },
    ),
    (
        3,
        {
            "es": (
                "Salud y bienestar",
                "Garantizar una vida sana y promover el bienestar de todos a todas las edades.",
            ),
            "en": (
                "Good health and well-being",
                "Ensure healthy lives and promote well-being for all at all ages.",
            ),
            "fr": (
                "Bonne santé et bien-être",
                "Permettre à tous de vivre en bonne santé et promouvoir le bien-être de tous à "
                "tout âge.",
            ),
            "pt": (
                "Saúde e bem-estar",
                "Assegurar uma vida saudável e promover o bem-estar para todas e todos, em todas "
                "as idades.",
            ),
            "ar": (
                "الصحة الجيدة والرفاه",
                "ضمان تمتّع الجميع بأنماط عيش صحية وبالرفاهية في جميع الأعمار.",
            ),
        },
    ),
    (
        4,
        {
            "es": (
                "Educación de calidad",
                "Garantizar una educación inclusiva y equitativa de calidad y promover "
                "oportunidades de aprendizaje permanente para todos.",
            ),
            "en": (
                "Quality education",
                "Ensure inclusive and equitable quality education and promote lifelong learning "
                "opportunities for all.",
            ),
            "fr": (
                "Éducation de qualité",
                "Assurer l'accès de tous à une éducation de qualité, sur un pied d'égalité, et "
                "promouvoir les possibilités d'apprentissage tout au long de la vie.",
            ),
            "pt": (
                "Educação de qualidade",
                "Assegurar a educação inclusiva e equitativa e de qualidade, e promover "
                "oportunidades de aprendizagem ao longo da vida para todas e todos.",
            ),
            "ar": (
                "التعليم الجيد",
                "ضمان التعليم الجيد المنصف والشامل للجميع وتعزيز فرص التعلّم مدى الحياة للجميع.",
            ),
        },
    ),
    (
        5,
        {
            "es": (
                "Igualdad de género",
                "Lograr la igualdad entre los géneros y empoderar a todas las mujeres y las niñas.",
            ),
            "en": ("Gender equality", "Achieve gender equality and empower all women and girls."),
            "fr": (
                "Égalité entre les sexes",
                "Parvenir à l'égalité des sexes et autonomiser toutes les femmes et les filles.",
            ),
            "pt": (
                "Igualdade de gênero",
                "Alcançar a igualdade de gênero e empoderar todas as mulheres e meninas.",
            ),
            "ar": ("المساواة بين الجنسين", "تحقيق المساواة بين الجنسين وتمكين كل النساء والفتيات."),
        },
    ),
    (
        6,
        {
            "es": (
                "Agua limpia y saneamiento",
                "Garantizar la disponibilidad de agua y su gestión sostenible y el saneamiento "
                "para todos.",
            ),
            "en": (
                "Clean water and sanitation",
                "Ensure availability and sustainable management of water and sanitation for all.",
            ),
            "fr": (
                "Eau propre et assainissement",
                "Garantir l'accès de tous à des services d'alimentation en eau et "
                "d'assainissement gérés de façon durable.",
            ),
            "pt": (
                "Água potável e saneamento",
                "Assegurar a disponibilidade e gestão sustentável da água e saneamento para todas "
                "e todos.",
            ),
            "ar": (
                "المياه النظيفة والنظافة الصحية",
                "ضمان توافر المياه وخدمات الصرف الصحي للجميع وإدارتها إدارة مستدامة.",
            ),
        },
    ),
    (
        7,
        {
            "es": (
                "Energía asequible y no contaminante",
                "Garantizar el acceso a una energía asequible, segura, sostenible y moderna para "
                "todos.",
            ),
            "en": (
                "Affordable and clean energy",
                "Ensure access to affordable, reliable, sustainable and modern energy for all.",
            ),
            "fr": (
                "Énergie propre et d'un coût abordable",
                "Garantir l'accès de tous à des services énergétiques fiables, durables et "
                "modernes, à un coût abordable.",
            ),
            "pt": (
                "Energia limpa e acessível",
                "Assegurar o acesso confiável, sustentável, moderno e a preço acessível à energia "
                "para todas e todos.",
            ),
            "ar": (
                "طاقة نظيفة وبأسعار معقولة",
                "ضمان حصول الجميع بتكلفة ميسورة على خدمات الطاقة الحديثة الموثوقة والمستدامة.",
            ),
        },
    ),
    (
        8,
        {
            "es": (
                "Trabajo decente y crecimiento económico",
                "Promover el crecimiento económico sostenido, inclusivo y sostenible, el empleo "
                "pleno y productivo y el trabajo decente para todos.",
            ),
            "en": (
                "Decent work and economic growth",
                "Promote sustained, inclusive and sustainable economic growth, full and "
                "productive employment and decent work for all.",
            ),
            "fr": (
                "Travail décent et croissance économique",
                "Promouvoir une croissance économique soutenue, partagée et durable, le plein "
                "emploi productif et un travail décent pour tous.",
            ),
            "pt": (
                "Trabalho decente e crescimento econômico",
                "Promover o crescimento econômico sustentado, inclusivo e sustentável, emprego "
                "pleno e produtivo e trabalho decente para todas e todos.",
            ),
            "ar": (
                "العمل اللائق ونمو الاقتصاد",
                "تعزيز النمو الاقتصادي المطرد والشامل للجميع والمستدام، والعمالة الكاملة "
                "والمنتجة، وتوفير العمل اللائق للجميع.",
            ),
        },
    ),
    (
        9,
        {
            "es": (
                "Industria, innovación e infraestructura",
                "Construir infraestructuras resilientes, promover la industrialización inclusiva "
                "y sostenible y fomentar la innovación.",
            ),
            "en": (
                "Industry, innovation and infrastructure",
                "Build resilient infrastructure, promote inclusive and sustainable "
                "industrialization and foster innovation.",
            ),
            "fr": (
                "Industrie, innovation et infrastructure",
                "Bâtir une infrastructure résiliente, promouvoir une industrialisation durable "
                "qui profite à tous et encourager l'innovation.",
            ),
            "pt": (
                "Indústria, inovação e infraestrutura",
                "Construir infraestruturas resilientes, promover a industrialização inclusiva e "
                "sustentável e fomentar a inovação.",
            ),
            "ar": (
                "الصناعة والابتكار والهياكل الأساسية",
                "إقامة بنى تحتية قادرة على الصمود، وتحفيز التصنيع الشامل للجميع والمستدام، وتشجيع "
                "الابتكار.",
            ),
        },
    ),
    (
        10,
        {
            "es": (
                "Reducción de las desigualdades",
                "Reducir la desigualdad en los países y entre ellos.",
            ),
            "en": ("Reduced inequalities", "Reduce inequality within and among countries."),
            "fr": (
                "Inégalités réduites",
                "Réduire les inégalités dans les pays et d'un pays à l'autre.",
            ),
            "pt": (
                "Redução das desigualdades",
                "Reduzir a desigualdade dentro dos países e entre eles.",
            ),
            "ar": (
                "الحد من أوجه عدم المساواة",
                "الحد من انعدام المساواة داخل البلدان وفيما بينها.",
            ),
        },
    ),
    (
        11,
        {
            "es": (
                "Ciudades y comunidades sostenibles",
                "Lograr que las ciudades y los asentamientos humanos sean inclusivos, seguros, "
                "resilientes y sostenibles.",
            ),
            "en": (
                "Sustainable cities and communities",
                "Make cities and human settlements inclusive, safe, resilient and sustainable.",
            ),
            "fr": (
                "Villes et communautés durables",
                "Faire en sorte que les villes et les établissements humains soient ouverts à "
                "tous, sûrs, résilients et durables.",
            ),
            "pt": (
                "Cidades e comunidades sustentáveis",
                "Tornar as cidades e os assentamentos humanos inclusivos, seguros, resilientes e "
                "sustentáveis.",
            ),
            "ar": (
                "مدن ومجتمعات محلية مستدامة",
                "جعل المدن والمستوطنات البشرية شاملة للجميع وآمنة وقادرة على الصمود ومستدامة.",
            ),
        },
    ),
    (
        12,
        {
            "es": (
                "Producción y consumo responsables",
                "Garantizar modalidades de consumo y producción sostenibles.",
            ),
            "en": (
                "Responsible consumption and production",
                "Ensure sustainable consumption and production patterns.",
            ),
            "fr": (
                "Consommation et production responsables",
                "Établir des modes de consommation et de production durables.",
            ),
            "pt": (
                "Consumo e produção responsáveis",
                "Assegurar padrões de produção e de consumo sustentáveis.",
            ),
            "ar": ("الاستهلاك والإنتاج المسؤولان", "ضمان وجود أنماط استهلاك وإنتاج مستدامة."),
        },
    ),
    (
        13,
        {
            "es": (
                "Acción por el clima",
                "Adoptar medidas urgentes para combatir el cambio climático y sus efectos.",
            ),
            "en": (
                "Climate action",
                "Take urgent action to combat climate change and its impacts.",
            ),
            "fr": (
                "Mesures relatives à la lutte contre les changements climatiques",
                "Prendre d'urgence des mesures pour lutter contre les changements climatiques et "
                "leurs répercussions.",
            ),
            "pt": (
                "Ação contra a mudança global do clima",
                "Tomar medidas urgentes para combater a mudança do clima e seus impactos.",
            ),
            "ar": ("العمل المناخي", "اتخاذ إجراءات عاجلة للتصدي لتغير المناخ وآثاره."),
        },
    ),
    (
        14,
        {
            "es": (
                "Vida submarina",
                "Conservar y utilizar sosteniblemente los océanos, los mares y los recursos "
                "marinos para el desarrollo sostenible.",
            ),
            "en": (
                "Life below water",
                "Conserve and sustainably use the oceans, seas and marine resources for "
                "sustainable development.",
            ),
            "fr": (
                "Vie aquatique",
                "Conserver et exploiter de manière durable les océans, les mers et les ressources "
                "marines aux fins du développement durable.",
            ),
            "pt": (
                "Vida na água",
                "Conservação e uso sustentável dos oceanos, dos mares e dos recursos marinhos "
                "para o desenvolvimento sustentável.",
            ),
            "ar": (
                "الحياة تحت الماء",
                "حفظ المحيطات والبحار والموارد البحرية واستخدامها على نحو مستدام لتحقيق التنمية "
                "المستدامة.",
            ),
        },
    ),
    (
        15,
        {
            "es": (
                "Vida de ecosistemas terrestres",
                "Proteger, restablecer y promover el uso sostenible de los ecosistemas "
                "terrestres, gestionar sosteniblemente los bosques, luchar contra la "
                "desertificación, detener e invertir la degradación de las tierras y detener la "
                "pérdida de biodiversidad.",
            ),
            "en": (
                "Life on land",
                "Protect, restore and promote sustainable use of terrestrial ecosystems, "
                "sustainably manage forests, combat desertification, and halt and reverse land "
                "degradation and halt biodiversity loss.",
            ),
            "fr": (
                "Vie terrestre",
                "Préserver et restaurer les écosystèmes terrestres, en veillant à les exploiter "
                "de façon durable, gérer durablement les forêts, lutter contre la "
                "désertification, enrayer et inverser le processus de dégradation des terres et "
                "mettre fin à l'appauvrissement de la biodiversité.",
            ),
            "pt": (
                "Vida terrestre",
                "Proteger, recuperar e promover o uso sustentável dos ecossistemas terrestres, "
                "gerir de forma sustentável as florestas, combater a desertificação, deter e "
                "reverter a degradação da terra e deter a perda de biodiversidade.",
            ),
            "ar": (
                "الحياة في البر",
                "حماية النظم الإيكولوجية البرّية وترميمها وتعزيز استخدامها على نحو مستدام، وإدارة "
                "الغابات على نحو مستدام، ومكافحة التصحر، ووقف تدهور الأراضي وعكس مساره، ووقف "
                "فقدان التنوع البيولوجي.",
            ),
        },
    ),
    (
        16,
        {
            "es": (
                "Paz, justicia e instituciones sólidas",
                "Promover sociedades pacíficas e inclusivas para el desarrollo sostenible, "
                "facilitar el acceso a la justicia para todos y construir a todos los niveles "
                "instituciones eficaces e inclusivas que rindan cuentas.",
            ),
            "en": (
                "Peace, justice and strong institutions",
                "Promote peaceful and inclusive societies for sustainable development, provide "
                "access to justice for all and build effective, accountable and inclusive "
                "institutions at all levels.",
            ),
            "fr": (
                "Paix, justice et institutions efficaces",
                "Promouvoir l'avènement de sociétés pacifiques et inclusives aux fins du "
                "développement durable, assurer l'accès de tous à la justice et mettre en place, "
                "à tous les niveaux, des institutions efficaces, responsables et ouvertes à tous.",
            ),
            "pt": (
                "Paz, justiça e instituições eficazes",
                "Promover sociedades pacíficas e inclusivas para o desenvolvimento sustentável, "
                "proporcionar o acesso à justiça para todos e construir instituições eficazes, "
                "responsáveis e inclusivas em todos os níveis.",
            ),
            "ar": (
                "السلام والعدل والمؤسسات القوية",
                "التشجيع على إقامة مجتمعات مسالمة لا يُهمّش فيها أحد من أجل تحقيق التنمية "
                "المستدامة، وإتاحة إمكانية وصول الجميع إلى العدالة، وبناء مؤسسات فعالة وخاضعة "
                "للمساءلة وشاملة للجميع على جميع المستويات.",
            ),
        },
    ),
    (
        17,
        {
            "es": (
                "Alianzas para lograr los objetivos",
                "Fortalecer los medios de implementación y revitalizar la Alianza Mundial para el "
                "Desarrollo Sostenible.",
            ),
            "en": (
                "Partnerships for the goals",
                "Strengthen the means of implementation and revitalize the Global Partnership for "
                "Sustainable Development.",
            ),
            "fr": (
                "Partenariats pour la réalisation des objectifs",
                "Renforcer les moyens de mettre en œuvre le Partenariat mondial pour le "
                "développement durable et le revitaliser.",
            ),
            "pt": (
                "Parcerias e meios de implementação",
                "Fortalecer os meios de implementação e revitalizar a parceria global para o "
                "desenvolvimento sustentável.",
            ),
            "ar": (
                "عقد الشراكات لتحقيق الأهداف",
                "تعزيز وسائل التنفيذ وتنشيط الشراكة العالمية من أجل تحقيق التنمية المستدامة.",
            ),
        },
    ),
)

DOCUMENT_TYPES = (
    (
        "national-report",
        {
            "es": (
                "Informe nacional",
                "Informe del Estado presentado al Examen Periódico Universal, a un órgano de "
                "tratado o a un sistema regional.",
            ),
            "en": (
                "National report",
                "A State report submitted to the Universal Periodic Review, a treaty body or a "
                "regional system.",
            ),
            "fr": (
                "Rapport national",
                "Rapport de l'État soumis à l'Examen périodique universel, à un organe "
                "conventionnel ou à un système régional.",
            ),
            "pt": (
                "Relatório nacional",
                "Relatório do Estado apresentado ao Exame Periódico Universal, a um órgão de "
                "tratado ou a um sistema regional.",
            ),
            "ar": (
                "تقرير وطني",
                "تقرير تقدمه الدولة إلى الاستعراض الدوري الشامل أو إلى هيئة منشأة بموجب معاهدة أو "
                "إلى نظام إقليمي.",
            ),
        },
    ),
    (
        "follow-up-plan",
        {
            "es": (
                "Plan de seguimiento de recomendaciones",
                "Plan que establece las acciones, las entidades responsables, los plazos y los "
                "indicadores para implementar las recomendaciones.",
            ),
            "en": (
                "Recommendation follow-up plan",
                "A plan setting out the actions, responsible bodies, timelines and indicators for "
                "implementing recommendations.",
            ),
            "fr": (
                "Plan de suivi des recommandations",
                "Plan définissant les actions, les entités responsables, les délais et les "
                "indicateurs pour la mise en œuvre des recommandations.",
            ),
            "pt": (
                "Plano de seguimento de recomendações",
                "Plano que estabelece as ações, as entidades responsáveis, os prazos e os "
                "indicadores para a implementação das recomendações.",
            ),
            "ar": (
                "خطة متابعة التوصيات",
                "خطة تحدد الإجراءات والجهات المسؤولة والجداول الزمنية والمؤشرات اللازمة لتنفيذ "
                "التوصيات.",
            ),
        },
    ),
    (
        "law-decree",
        {
            "es": (
                "Ley o decreto",
                "Ley, decreto, resolución u otro instrumento jurídico, como el que crea un "
                "mecanismo nacional.",
            ),
            "en": (
                "Law or decree",
                "A law, decree, resolution or other legal instrument, such as the one "
                "establishing a national mechanism.",
            ),
            "fr": (
                "Loi ou décret",
                "Loi, décret, arrêté ou autre instrument juridique, tel que celui qui crée un "
                "mécanisme national.",
            ),
            "pt": (
                "Lei ou decreto",
                "Lei, decreto, resolução ou outro instrumento jurídico, como o que cria um "
                "mecanismo nacional.",
            ),
            "ar": (
                "قانون أو مرسوم",
                "قانون أو مرسوم أو قرار أو صك قانوني آخر، مثل الصك المنشئ لآلية وطنية.",
            ),
        },
    ),
    (
        "guide-manual",
        {
            "es": (
                "Guía o manual",
                "Orientaciones prácticas, metodologías o material de capacitación.",
            ),
            "en": ("Guide or manual", "Practical guidance, a methodology or training material."),
            "fr": (
                "Guide ou manuel",
                "Orientations pratiques, méthodologie ou matériel de formation.",
            ),
            "pt": ("Guia ou manual", "Orientações práticas, metodologias ou material de formação."),
            "ar": ("دليل أو كتيّب", "إرشادات عملية أو منهجية أو مواد تدريبية."),
        },
    ),
    (
        "tool-database",
        {
            "es": (
                "Herramienta o base de datos",
                "Herramienta informática, base de datos o sistema para registrar las "
                "recomendaciones y dar seguimiento a su implementación, o su documentación.",
            ),
            "en": (
                "Tool or database",
                "A software tool, database or system for recording recommendations and tracking "
                "their implementation, or its documentation.",
            ),
            "fr": (
                "Outil ou base de données",
                "Outil informatique, base de données ou système permettant d'enregistrer les "
                "recommandations et de suivre leur mise en œuvre, ou sa documentation.",
            ),
            "pt": (
                "Ferramenta ou base de dados",
                "Ferramenta informática, base de dados ou sistema para registar as recomendações "
                "e acompanhar a sua implementação, ou a respetiva documentação.",
            ),
            "ar": (
                "أداة أو قاعدة بيانات",
                "أداة برمجية أو قاعدة بيانات أو نظام لتسجيل التوصيات وتتبع تنفيذها، أو الوثائق "
                "الخاصة بها.",
            ),
        },
    ),
    (
        "declaration",
        {
            "es": (
                "Declaración",
                "Declaración o comunicado conjunto adoptado en una reunión, como la Declaración "
                "de Asunción.",
            ),
            "en": (
                "Declaration",
                "A declaration or joint statement adopted at a meeting, such as the Declaration "
                "of Asunción.",
            ),
            "fr": (
                "Déclaration",
                "Déclaration ou communiqué conjoint adopté lors d'une réunion, comme la "
                "Déclaration d'Asunción.",
            ),
            "pt": (
                "Declaração",
                "Declaração ou comunicado conjunto adotado numa reunião, como a Declaração de "
                "Assunção.",
            ),
            "ar": ("إعلان", "إعلان أو بيان مشترك يُعتمد في اجتماع، مثل إعلان أسونسيون."),
        },
    ),
    (
        "study-report",
        {
            "es": ("Estudio o informe", "Estudio, análisis, evaluación o informe temático."),
            "en": ("Study or report", "A study, analysis, evaluation or thematic report."),
            "fr": ("Étude ou rapport", "Étude, analyse, évaluation ou rapport thématique."),
            "pt": ("Estudo ou relatório", "Estudo, análise, avaliação ou relatório temático."),
            "ar": ("دراسة أو تقرير", "دراسة أو تحليل أو تقييم أو تقرير مواضيعي."),
        },
    ),
    (
        "presentation",
        {
            "es": (
                "Presentación",
                "Diapositivas u otro material expuesto en una reunión, un seminario o un "
                "seminario web.",
            ),
            "en": (
                "Presentation",
                "Slides or other material presented at a meeting, seminar or webinar.",
            ),
            "fr": (
                "Présentation",
                "Diapositives ou autre support présenté lors d'une réunion, d'un séminaire ou "
                "d'un webinaire.",
            ),
            "pt": (
                "Apresentação",
                "Diapositivos ou outro material apresentado numa reunião, num seminário ou num "
                "webinar.",
            ),
            "ar": (
                "عرض تقديمي",
                "شرائح أو مواد أخرى تُعرض في اجتماع أو حلقة دراسية أو ندوة عبر الإنترنت.",
            ),
        },
    ),
    (
        "meeting-record",
        {
            "es": ("Acta de reunión", "Acta, resumen o relatoría de una reunión."),
            "en": (
                "Meeting record (minutes)",
                "The minutes, summary record or report of a meeting.",
            ),
            "fr": (
                "Procès-verbal de réunion",
                "Procès-verbal, compte rendu analytique ou rapport d'une réunion.",
            ),
            "pt": ("Ata de reunião", "Ata, resumo ou relatório de uma reunião."),
            "ar": ("محضر اجتماع", "محضر اجتماع أو موجز لوقائعه أو تقرير عنه."),
        },
    ),
    (
        "letter-communication",
        {
            "es": (
                "Carta o comunicación",
                "Carta, nota verbal, circular u otra comunicación oficial.",
            ),
            "en": (
                "Letter or communication",
                "A letter, note verbale, circular or other official communication.",
            ),
            "fr": (
                "Lettre ou communication",
                "Lettre, note verbale, circulaire ou autre communication officielle.",
            ),
            "pt": (
                "Carta ou comunicação",
                "Carta, nota verbal, circular ou outra comunicação oficial.",
            ),
            "ar": ("رسالة أو مراسلة", "رسالة أو مذكرة شفوية أو تعميم أو مراسلة رسمية أخرى."),
        },
    ),
)


def translated(texts):
    """The column values for one term: the base columns in Spanish, then every language."""
    values = {"name": texts["es"][0], "description": texts["es"][1]}
    for language in LANGUAGES:
        name, description = texts[language]
        values[f"name_{language}"] = name
        values[f"description_{language}"] = description
    return values


def rows():
    """``(model name, slug, column values)`` for every term this migration seeds."""
    for order, (slug, texts) in enumerate(TOPICS, start=1):
        yield "Topic", slug, {**translated(texts), "sort_order": order}
    for order, (slug, texts) in enumerate(CAPACITIES, start=1):
        yield "Capacity", slug, {**translated(texts), "sort_order": order}
    for order, (slug, texts) in enumerate(NMIRF_TYPES, start=1):
        yield "NMIRFType", slug, {**translated(texts), "sort_order": order}
    for order, (slug, family, texts) in enumerate(MECHANISMS, start=1):
        values = {**translated(texts), "family": family, "sort_order": order}
        yield "RecommendationMechanism", slug, values
    for number, texts in SDGS:
        values = {**translated(texts), "number": number, "sort_order": number}
        yield "SDG", f"sdg-{number}", values
    for order, (slug, texts) in enumerate(DOCUMENT_TYPES, start=1):
        yield "DocumentType", slug, {**translated(texts), "sort_order": order}


def seed_terms(apps, schema_editor):
    for model_name, slug, values in rows():
        model = apps.get_model("network", model_name)
        model.objects.update_or_create(slug=slug, defaults=values)


def remove_terms(apps, schema_editor):
    slugs = {}
    for model_name, slug, _values in rows():
        slugs.setdefault(model_name, []).append(slug)
    for model_name, model_slugs in slugs.items():
        apps.get_model("network", model_name).objects.filter(slug__in=model_slugs).delete()


class Migration(migrations.Migration):
    dependencies = [("network", "0003_nmirf_profile")]

    operations = [migrations.RunPython(seed_terms, remove_terms)]
