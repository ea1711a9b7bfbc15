"""Demo good practices written from the themes of the Asunción seminar (see ../shared/seed/).

They are examples for the demonstration site, not descriptions of real programmes: each is
marked as a demo example. Rich-text fields are plain paragraphs here (the loader wraps them).
"""

INDEX = {
    "es": {
        "title": "Buenas prácticas",
        "slug": "good-practices",
        "intro": "<p>Experiencias de los mecanismos nacionales que otros países pueden conocer y "
        "adaptar, documentadas por la Red a partir de lo que comparten sus miembros.</p>",
    },
    "en": {
        "title": "Good practices",
        "slug": "good-practices",
        "intro": "<p>Experiences of national mechanisms that other countries can learn from and "
        "adapt, documented by the Network from what its members share.</p>",
    },
    "fr": {
        "title": "Bonnes pratiques",
        "slug": "good-practices",
        "intro": "<p>Des expériences de mécanismes nationaux dont d'autres pays peuvent "
        "s'inspirer, documentées par le Réseau à partir de ce que partagent ses membres.</p>",
    },
    "pt": {
        "title": "Boas práticas",
        "slug": "good-practices",
        "intro": "<p>Experiências de mecanismos nacionais que outros países podem conhecer e "
        "adaptar, documentadas pela Rede a partir do que os seus membros partilham.</p>",
    },
    "ar": {
        "title": "الممارسات الجيدة",
        "slug": "good-practices",
        "intro": "<p>تجارب الآليات الوطنية التي يمكن للبلدان الأخرى أن تستفيد منها وتكيّفها، "
        "وثّقتها الشبكة انطلاقاً مما يتقاسمه أعضاؤها.</p>",
    },
}

CONSULTATION = {
    "key": "consultation",
    "country": "PY",
    "audience": "public",
    "years": (2021, None),
    "lead": "NMIRF-PY",
    "partners": ["INDH", "CSDH"],
    "actor_types": ["state_mechanism", "ministry", "nhri", "cso"],
    "topics": ["participation"],
    "capacities": ["consultation", "engagement"],
    "nmirf_types": ["inter-ministerial"],
    "mechanisms": ["upr", "ccpr"],
    "sdgs": [16],
    "documents": ["py-report"],
    "source_topic": "Consultas con la sociedad civil antes del EPU: lo que aprendimos",
    "contact": ("Dirección de Derechos Humanos (demo)", "ddhh@example.org"),
    "es": {
        "title": "Consultas con la sociedad civil antes de cada informe",
        "slug": "consultas-sociedad-civil",
        "summary": "El mecanismo nacional consulta a la sociedad civil y a la institución "
        "nacional de derechos humanos en cada etapa del ciclo de informes, con borradores "
        "compartidos un mes antes y respuestas publicadas. (Ejemplo de demostración.)",
        "context": "Las organizaciones de la sociedad civil recibían los borradores de informes "
        "pocos días antes de su envío y no sabían qué ocurría con sus aportes.",
        "objectives": "Que la sociedad civil y la INDH participen con tiempo suficiente en la "
        "elaboración y el seguimiento de los informes, y que sus aportes tengan respuesta.",
        "actors": "El mecanismo coordina; los ministerios responden por sus recomendaciones; "
        "la INDH y las organizaciones de la sociedad civil participan en las consultas.",
        "implementation": "Se publica un calendario anual de consultas; el borrador se comparte "
        "un mes antes; se celebran tres consultas regionales; una matriz pública responde a "
        "cada aporte.",
        "resources": "Un equipo de dos personas en el mecanismo y un presupuesto pequeño para "
        "las consultas regionales.",
        "results": "Más organizaciones participan en cada ciclo y los informes recogen sus "
        "observaciones con una respuesta explícita.",
        "challenges": "Llegar a organizaciones fuera de la capital y sostener el interés entre "
        "ciclos de informes.",
        "lessons_learned": "Compartir el borrador con anticipación vale más que muchas "
        "reuniones; responder por escrito a cada aporte genera confianza.",
        "replicability": "Se adapta a cualquier mecanismo con un calendario de informes; no "
        "requiere tecnología especial.",
        "sustainability": "El calendario de consultas está previsto en el reglamento del "
        "mecanismo.",
        "contact_role": "Coordinación de consultas",
    },
    "en": {
        "title": "Consulting civil society before every report",
        "slug": "consulting-civil-society",
        "summary": "The national mechanism consults civil society and the national human "
        "rights institution at each stage of the reporting cycle, sharing drafts a month ahead "
        "and publishing its replies. (Demo example.)",
        "context": "Civil society organisations received draft reports a few days before "
        "submission and did not know what became of their input.",
        "objectives": "Give civil society and the NHRI enough time to take part in preparing "
        "and following up reports, and answer every contribution.",
        "actors": "The mechanism coordinates; ministries answer for their recommendations; "
        "the NHRI and civil society organisations take part in the consultations.",
        "implementation": "A yearly consultation calendar is published; the draft is shared a "
        "month ahead; three regional consultations are held; a public matrix answers each "
        "contribution.",
        "resources": "A team of two people in the mechanism and a small budget for the "
        "regional consultations.",
        "results": "More organisations take part in each cycle, and reports reflect their "
        "comments with an explicit reply.",
        "challenges": "Reaching organisations outside the capital and keeping interest alive "
        "between reporting cycles.",
        "lessons_learned": "Sharing the draft early is worth more than many meetings; "
        "answering each contribution in writing builds trust.",
        "replicability": "Fits any mechanism with a reporting calendar; needs no special "
        "technology.",
        "sustainability": "The consultation calendar is part of the mechanism's rules of "
        "procedure.",
        "contact_role": "Consultation coordinator",
    },
    "fr": {
        "title": "Consulter la société civile avant chaque rapport",
        "slug": "consulter-societe-civile",
        "summary": "Le mécanisme national consulte la société civile et l'institution "
        "nationale des droits de l'homme à chaque étape du cycle de rapports, partage les "
        "projets un mois à l'avance et publie ses réponses. (Exemple de démonstration.)",
        "context": "Les organisations de la société civile recevaient les projets de rapport "
        "quelques jours avant leur envoi et ignoraient le sort de leurs contributions.",
        "objectives": "Donner à la société civile et à l'INDH le temps de participer à la "
        "préparation et au suivi des rapports, et répondre à chaque contribution.",
        "actors": "Le mécanisme coordonne ; les ministères répondent de leurs recommandations ; "
        "l'INDH et les organisations de la société civile participent aux consultations.",
        "implementation": "Un calendrier annuel de consultations est publié ; le projet est "
        "partagé un mois à l'avance ; trois consultations régionales ont lieu ; une matrice "
        "publique répond à chaque contribution.",
        "resources": "Une équipe de deux personnes au sein du mécanisme et un petit budget pour "
        "les consultations régionales.",
        "results": "Davantage d'organisations participent à chaque cycle et les rapports "
        "reprennent leurs observations avec une réponse explicite.",
        "challenges": "Atteindre les organisations hors de la capitale et maintenir l'intérêt "
        "entre deux cycles.",
        "lessons_learned": "Partager le projet tôt vaut mieux que de nombreuses réunions ; "
        "répondre par écrit à chaque contribution crée la confiance.",
        "replicability": "Convient à tout mécanisme doté d'un calendrier de rapports ; aucune "
        "technologie particulière n'est requise.",
        "sustainability": "Le calendrier des consultations figure dans le règlement du mécanisme.",
        "contact_role": "Coordination des consultations",
    },
    "pt": {
        "title": "Consultar a sociedade civil antes de cada relatório",
        "slug": "consultar-sociedade-civil",
        "summary": "O mecanismo nacional consulta a sociedade civil e a instituição nacional de "
        "direitos humanos em cada etapa do ciclo de relatórios, partilha os rascunhos com um "
        "mês de antecedência e publica as suas respostas. (Exemplo de demonstração.)",
        "context": "As organizações da sociedade civil recebiam os rascunhos poucos dias antes "
        "do envio e não sabiam o que acontecia aos seus contributos.",
        "objectives": "Dar à sociedade civil e à INDH tempo para participar na preparação e no "
        "seguimento dos relatórios, e responder a cada contributo.",
        "actors": "O mecanismo coordena; os ministérios respondem pelas suas recomendações; a "
        "INDH e as organizações da sociedade civil participam nas consultas.",
        "implementation": "Publica-se um calendário anual de consultas; o rascunho é partilhado "
        "com um mês de antecedência; realizam-se três consultas regionais; uma matriz pública "
        "responde a cada contributo.",
        "resources": "Uma equipa de duas pessoas no mecanismo e um pequeno orçamento para as "
        "consultas regionais.",
        "results": "Mais organizações participam em cada ciclo e os relatórios refletem as suas "
        "observações com uma resposta explícita.",
        "challenges": "Chegar a organizações fora da capital e manter o interesse entre ciclos.",
        "lessons_learned": "Partilhar o rascunho cedo vale mais do que muitas reuniões; "
        "responder por escrito a cada contributo gera confiança.",
        "replicability": "Adapta-se a qualquer mecanismo com um calendário de relatórios; não "
        "exige tecnologia especial.",
        "sustainability": "O calendário de consultas consta do regulamento do mecanismo.",
        "contact_role": "Coordenação das consultas",
    },
    "ar": {
        "title": "التشاور مع المجتمع المدني قبل كل تقرير",
        "slug": "altashawur-maa-almujtama-almadani",
        "summary": "تتشاور الآلية الوطنية مع المجتمع المدني والمؤسسة الوطنية لحقوق الإنسان في "
        "كل مرحلة من مراحل دورة التقارير، وتتقاسم المسودات قبل شهر وتنشر ردودها. (مثال تجريبي.)",
        "context": "كانت منظمات المجتمع المدني تتلقى مسودات التقارير قبل أيام قليلة من "
        "إرسالها، ولا تعرف مصير مساهماتها.",
        "objectives": "منح المجتمع المدني والمؤسسة الوطنية الوقت الكافي للمشاركة في إعداد "
        "التقارير ومتابعتها، والرد على كل مساهمة.",
        "actors": "تتولى الآلية التنسيق؛ وتجيب الوزارات عن توصياتها؛ وتشارك المؤسسة الوطنية "
        "ومنظمات المجتمع المدني في المشاورات.",
        "implementation": "يُنشر جدول سنوي للمشاورات؛ وتُتقاسم المسودة قبل شهر؛ وتُعقد ثلاث "
        "مشاورات إقليمية؛ وتردّ مصفوفة علنية على كل مساهمة.",
        "resources": "فريق من شخصين داخل الآلية وميزانية صغيرة للمشاورات الإقليمية.",
        "results": "تشارك منظمات أكثر في كل دورة، وتعكس التقارير ملاحظاتها مع رد صريح عليها.",
        "challenges": "الوصول إلى المنظمات خارج العاصمة والحفاظ على الاهتمام بين الدورات.",
        "lessons_learned": "تقاسم المسودة مبكراً أجدى من اجتماعات كثيرة؛ والرد الكتابي على كل "
        "مساهمة يبني الثقة.",
        "replicability": "تناسب أي آلية لديها جدول للتقارير؛ ولا تتطلب تكنولوجيا خاصة.",
        "sustainability": "جدول المشاورات منصوص عليه في النظام الداخلي للآلية.",
        "contact_role": "تنسيق المشاورات",
    },
}

LOCAL_GOVERNMENTS = {
    "key": "local-governments",
    "country": "PT",
    "audience": "members",
    "years": (2019, 2023),
    "lead": "CNDH-PT",
    "partners": [],
    "actor_types": ["state_mechanism", "local_government", "parliament"],
    "topics": ["coordination-local-parliaments"],
    "capacities": ["coordination"],
    "nmirf_types": ["ministerial"],
    "mechanisms": ["cedaw", "crc"],
    "sdgs": [11, 16],
    "documents": ["local-gov"],
    "source_topic": None,
    "contact": ("Secretariado da Comissão (demo)", "cndh@example.org"),
    "es": {
        "title": "Puntos focales municipales para el seguimiento de recomendaciones",
        "slug": "puntos-focales-municipales",
        "summary": "Cada municipio designa un punto focal que informa al mecanismo nacional "
        "sobre las recomendaciones de su competencia. (Ejemplo de demostración.)",
        "context": "Muchas recomendaciones dependen de servicios locales, pero los municipios "
        "no participaban en su seguimiento.",
        "objectives": "Vincular a los gobiernos locales con el seguimiento de las "
        "recomendaciones que les conciernen.",
        "actors": "El mecanismo nacional, las asociaciones de municipios y la comisión "
        "parlamentaria de derechos humanos.",
        "implementation": "Se firmó un acuerdo con la asociación de municipios; cada municipio "
        "designó un punto focal; dos reuniones anuales revisan los avances.",
        "results": "Los informes nacionales incluyen datos locales de la mayoría de los "
        "municipios.",
        "challenges": "La rotación del personal municipal obliga a formar de nuevo a los "
        "puntos focales.",
        "lessons_learned": "Un acuerdo formal con la asociación de municipios da estabilidad; "
        "las guías breves funcionan mejor que los manuales extensos.",
        "replicability": "Útil en Estados con competencias descentralizadas.",
        "sustainability": "El acuerdo se renueva cada cuatro años.",
        "contact_role": "Secretariado",
    },
    "en": {
        "title": "Municipal focal points for following up recommendations",
        "slug": "municipal-focal-points",
        "summary": "Each municipality appoints a focal point who reports to the national "
        "mechanism on the recommendations within its remit. (Demo example.)",
        "context": "Many recommendations depend on local services, yet municipalities took no "
        "part in following them up.",
        "objectives": "Involve local governments in following up the recommendations that "
        "concern them.",
        "actors": "The national mechanism, the association of municipalities and the "
        "parliamentary human rights committee.",
        "implementation": "An agreement was signed with the association of municipalities; "
        "each municipality appointed a focal point; two yearly meetings review progress.",
        "results": "National reports include local data from most municipalities.",
        "challenges": "Turnover of municipal staff means focal points must be trained again.",
        "lessons_learned": "A formal agreement with the association of municipalities brings "
        "stability; short guides work better than long manuals.",
        "replicability": "Useful in States with decentralised responsibilities.",
        "sustainability": "The agreement is renewed every four years.",
        "contact_role": "Secretariat",
    },
    "fr": {
        "title": "Des points focaux municipaux pour le suivi des recommandations",
        "slug": "points-focaux-municipaux",
        "summary": "Chaque municipalité désigne un point focal qui informe le mécanisme "
        "national des recommandations relevant de sa compétence. (Exemple de démonstration.)",
        "context": "De nombreuses recommandations dépendent des services locaux, mais les "
        "municipalités ne participaient pas à leur suivi.",
        "objectives": "Associer les collectivités locales au suivi des recommandations qui les "
        "concernent.",
        "actors": "Le mécanisme national, l'association des municipalités et la commission "
        "parlementaire des droits de l'homme.",
        "implementation": "Un accord a été signé avec l'association des municipalités ; chaque "
        "municipalité a désigné un point focal ; deux réunions annuelles font le point.",
        "results": "Les rapports nationaux intègrent des données locales de la plupart des "
        "municipalités.",
        "challenges": "La rotation du personnel municipal oblige à former de nouveau les points "
        "focaux.",
        "lessons_learned": "Un accord formel avec l'association des municipalités apporte de la "
        "stabilité ; des guides courts valent mieux que de longs manuels.",
        "replicability": "Utile dans les États aux compétences décentralisées.",
        "sustainability": "L'accord est renouvelé tous les quatre ans.",
        "contact_role": "Secrétariat",
    },
    "pt": {
        "title": "Pontos focais municipais para o seguimento das recomendações",
        "slug": "pontos-focais-municipais",
        "summary": "Cada município designa um ponto focal que informa o mecanismo nacional "
        "sobre as recomendações da sua competência. (Exemplo de demonstração.)",
        "context": "Muitas recomendações dependem de serviços locais, mas os municípios não "
        "participavam no seu seguimento.",
        "objectives": "Envolver as autarquias no seguimento das recomendações que lhes dizem "
        "respeito.",
        "actors": "O mecanismo nacional, a associação de municípios e a comissão parlamentar "
        "de direitos humanos.",
        "implementation": "Foi assinado um acordo com a associação de municípios; cada "
        "município designou um ponto focal; duas reuniões anuais avaliam os progressos.",
        "results": "Os relatórios nacionais incluem dados locais da maioria dos municípios.",
        "challenges": "A rotação do pessoal municipal obriga a formar de novo os pontos focais.",
        "lessons_learned": "Um acordo formal com a associação de municípios dá estabilidade; "
        "guias curtos funcionam melhor do que manuais extensos.",
        "replicability": "Útil em Estados com competências descentralizadas.",
        "sustainability": "O acordo é renovado de quatro em quatro anos.",
        "contact_role": "Secretariado",
    },
    "ar": {
        "title": "جهات تنسيق بلدية لمتابعة التوصيات",
        "slug": "jihat-tansiq-baladiya",
        "summary": "تعيّن كل بلدية جهة تنسيق تُبلغ الآلية الوطنية بالتوصيات التي تدخل في "
        "اختصاصها. (مثال تجريبي.)",
        "context": "تعتمد توصيات كثيرة على الخدمات المحلية، لكن البلديات لم تكن تشارك في متابعتها.",
        "objectives": "إشراك الحكومات المحلية في متابعة التوصيات التي تعنيها.",
        "actors": "الآلية الوطنية، ورابطة البلديات، واللجنة البرلمانية لحقوق الإنسان.",
        "implementation": "وُقّع اتفاق مع رابطة البلديات؛ وعيّنت كل بلدية جهة تنسيق؛ ويستعرض "
        "اجتماعان سنوياً التقدم المحرز.",
        "results": "تتضمن التقارير الوطنية بيانات محلية من معظم البلديات.",
        "challenges": "يفرض تغيّر الموظفين البلديين إعادة تدريب جهات التنسيق.",
        "lessons_learned": "الاتفاق الرسمي مع رابطة البلديات يمنح الاستقرار؛ والأدلة القصيرة "
        "أنجع من الكتيبات الطويلة.",
        "replicability": "مفيدة في الدول ذات الاختصاصات اللامركزية.",
        "sustainability": "يُجدَّد الاتفاق كل أربع سنوات.",
        "contact_role": "الأمانة",
    },
}

TRACKING_TOOL = {
    "key": "tracking-tool",
    "country": "PY",
    "audience": "public",
    "years": (2014, None),
    "lead": "NMIRF-PY",
    "partners": ["IO"],
    "actor_types": ["state_mechanism", "ministry", "international"],
    "topics": ["information-management"],
    "capacities": ["information-management"],
    "nmirf_types": ["inter-ministerial"],
    "mechanisms": ["upr", "cedaw", "special-procedures", "inter-american-system"],
    "sdgs": [16, 17],
    "documents": ["concept-note"],
    "source_topic": "¿Qué herramienta usan para dar seguimiento a las recomendaciones?",
    "contact": ("Equipo del sistema de seguimiento (demo)", "seguimiento@example.org"),
    "es": {
        "title": "Una herramienta digital pública para el seguimiento de recomendaciones",
        "slug": "herramienta-digital-seguimiento",
        "summary": "Un sistema en línea reúne todas las recomendaciones recibidas, las vincula "
        "con los ODS y muestra quién es responsable y cuánto se avanzó. (Ejemplo de "
        "demostración.)",
        "context": "Las recomendaciones de distintos mecanismos estaban dispersas en documentos "
        "y hojas de cálculo de cada ministerio.",
        "objectives": "Centralizar las recomendaciones, asignar responsables y publicar su "
        "estado de avance.",
        "actors": "El mecanismo administra el sistema; cada institución actualiza sus "
        "recomendaciones; un organismo internacional apoyó el desarrollo.",
        "implementation": "Se agruparon las recomendaciones por tema y población; se definieron "
        "indicadores; cada institución recibió acceso para informar; el sitio público se "
        "actualiza cada trimestre.",
        "resources": "Desarrollo inicial con cooperación internacional; mantenimiento por el "
        "equipo informático del Estado.",
        "results": "Informes nacionales preparados más rápido y un seguimiento visible para la "
        "sociedad civil.",
        "challenges": "Mantener los datos al día y formar a los nuevos puntos focales.",
        "lessons_learned": "Empezar por una clasificación sencilla; la publicación abierta "
        "motiva a las instituciones a informar.",
        "replicability": "Varios países adaptaron herramientas similares; el código puede "
        "compartirse.",
        "sustainability": "El sistema está previsto en la norma que crea el mecanismo.",
        "contact_role": "Gestión del sistema",
    },
    "en": {
        "title": "A public digital tool for tracking recommendations",
        "slug": "digital-tracking-tool",
        "summary": "An online system brings together every recommendation received, links them "
        "to the SDGs and shows who is responsible and how far they have got. (Demo example.)",
        "context": "Recommendations from the various mechanisms were scattered across each "
        "ministry's documents and spreadsheets.",
        "objectives": "Centralise recommendations, assign responsibilities and publish their "
        "progress.",
        "actors": "The mechanism runs the system; each institution updates its "
        "recommendations; an international organisation supported its development.",
        "implementation": "Recommendations were clustered by theme and population; indicators "
        "were defined; each institution was given access to report; the public site is "
        "updated every quarter.",
        "resources": "Initial development with international cooperation; maintenance by the "
        "State's IT team.",
        "results": "National reports prepared faster, and follow-up visible to civil society.",
        "challenges": "Keeping the data up to date and training new focal points.",
        "lessons_learned": "Start with a simple classification; open publication motivates "
        "institutions to report.",
        "replicability": "Several countries adapted similar tools; the code can be shared.",
        "sustainability": "The system is provided for in the regulation creating the mechanism.",
        "contact_role": "System management",
    },
    "fr": {
        "title": "Un outil numérique public de suivi des recommandations",
        "slug": "outil-numerique-suivi",
        "summary": "Un système en ligne réunit toutes les recommandations reçues, les relie aux "
        "ODD et montre qui en est responsable et où en est leur mise en œuvre. (Exemple de "
        "démonstration.)",
        "context": "Les recommandations des différents mécanismes étaient dispersées dans les "
        "documents et tableurs de chaque ministère.",
        "objectives": "Centraliser les recommandations, désigner les responsables et publier "
        "leur état d'avancement.",
        "actors": "Le mécanisme administre le système ; chaque institution met à jour ses "
        "recommandations ; une organisation internationale a soutenu le développement.",
        "implementation": "Les recommandations ont été regroupées par thème et par population ; "
        "des indicateurs ont été définis ; chaque institution a reçu un accès ; le site public "
        "est mis à jour chaque trimestre.",
        "resources": "Développement initial grâce à la coopération internationale ; maintenance "
        "par l'équipe informatique de l'État.",
        "results": "Des rapports nationaux préparés plus vite et un suivi visible pour la "
        "société civile.",
        "challenges": "Tenir les données à jour et former les nouveaux points focaux.",
        "lessons_learned": "Commencer par une classification simple ; la publication ouverte "
        "incite les institutions à rendre compte.",
        "replicability": "Plusieurs pays ont adapté des outils semblables ; le code peut être "
        "partagé.",
        "sustainability": "Le système est prévu par le texte qui crée le mécanisme.",
        "contact_role": "Gestion du système",
    },
    "pt": {
        "title": "Uma ferramenta digital pública de seguimento das recomendações",
        "slug": "ferramenta-digital-seguimento",
        "summary": "Um sistema em linha reúne todas as recomendações recebidas, liga-as aos ODS "
        "e mostra quem é responsável e em que ponto está cada uma. (Exemplo de demonstração.)",
        "context": "As recomendações dos vários mecanismos estavam dispersas em documentos e "
        "folhas de cálculo de cada ministério.",
        "objectives": "Centralizar as recomendações, atribuir responsáveis e publicar o seu "
        "estado de execução.",
        "actors": "O mecanismo gere o sistema; cada instituição atualiza as suas "
        "recomendações; uma organização internacional apoiou o desenvolvimento.",
        "implementation": "As recomendações foram agrupadas por tema e população; definiram-se "
        "indicadores; cada instituição recebeu acesso; o sítio público é atualizado "
        "trimestralmente.",
        "resources": "Desenvolvimento inicial com cooperação internacional; manutenção pela "
        "equipa informática do Estado.",
        "results": "Relatórios nacionais preparados mais depressa e seguimento visível para a "
        "sociedade civil.",
        "challenges": "Manter os dados atualizados e formar novos pontos focais.",
        "lessons_learned": "Começar por uma classificação simples; a publicação aberta motiva "
        "as instituições a reportar.",
        "replicability": "Vários países adaptaram ferramentas semelhantes; o código pode ser "
        "partilhado.",
        "sustainability": "O sistema está previsto na norma que cria o mecanismo.",
        "contact_role": "Gestão do sistema",
    },
    "ar": {
        "title": "أداة رقمية علنية لمتابعة التوصيات",
        "slug": "adat-raqamiya-limutabaat-altawsiyat",
        "summary": "يجمع نظام إلكتروني كل التوصيات الواردة، ويربطها بأهداف التنمية المستدامة، "
        "ويبيّن الجهة المسؤولة ومدى التقدم. (مثال تجريبي.)",
        "context": "كانت توصيات الآليات المختلفة مبعثرة في وثائق كل وزارة وجداولها.",
        "objectives": "مركزة التوصيات، وتحديد المسؤولين عنها، ونشر حالة تنفيذها.",
        "actors": "تدير الآلية النظام؛ وتحدّث كل مؤسسة توصياتها؛ ودعمت منظمة دولية تطويره.",
        "implementation": "جُمّعت التوصيات حسب الموضوع والفئة السكانية؛ وحُدّدت مؤشرات؛ ومُنحت "
        "كل مؤسسة صلاحية الإبلاغ؛ ويُحدَّث الموقع العلني كل ثلاثة أشهر.",
        "resources": "تطوير أولي بدعم من التعاون الدولي؛ وصيانة من فريق المعلوماتية التابع للدولة.",
        "results": "إعداد أسرع للتقارير الوطنية ومتابعة مرئية للمجتمع المدني.",
        "challenges": "تحديث البيانات باستمرار وتدريب جهات التنسيق الجديدة.",
        "lessons_learned": "البدء بتصنيف بسيط؛ والنشر المفتوح يحفّز المؤسسات على الإبلاغ.",
        "replicability": "كيّفت بلدان عدة أدوات مماثلة؛ ويمكن تقاسم الشيفرة.",
        "sustainability": "النظام منصوص عليه في النص المنشئ للآلية.",
        "contact_role": "إدارة النظام",
    },
}

PRACTICES = [CONSULTATION, LOCAL_GOVERNMENTS, TRACKING_TOOL]
