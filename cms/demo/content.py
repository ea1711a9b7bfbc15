"""The demo site's content, from the seminar's announcement in ../shared/seed/.

Spanish and English follow the seed text; French, Portuguese and Arabic translate it.
Body blocks are ``(block_type, value)`` pairs for the pages' ``BodyBlock`` stream.
"""

SEMINAR_DATES = ("2024-05-08", "2024-05-09")
DECLARATION_DATE = "2024-05-09"

HOME = {
    "es": {
        "title": "Red Internacional de Mecanismos Nacionales de Implementación, Informes y Seguimiento",
        "slug": "inicio",
        "intro": (
            "<p>La Red reúne a los Mecanismos Nacionales de Implementación, Informes y Seguimiento "
            "de recomendaciones en derechos humanos (NMIRF), a las Instituciones Nacionales de "
            "Derechos Humanos y a la sociedad civil para compartir experiencias, lecciones "
            "aprendidas y buenas prácticas.</p>"
        ),
        "body": [
            ("heading", "La Declaración de Asunción"),
            (
                "paragraph",
                "<p>Adoptada el 9 de mayo de 2024 en el II Seminario Internacional celebrado en "
                "Asunción, Paraguay, la Declaración de Asunción es el documento fundacional de la "
                "Red. Bajo los principios de <b>no vinculatoriedad</b>, <b>inclusividad</b> y "
                "<b>complementariedad</b>, la Red aspira a ser una comunidad sostenible para "
                "institucionalizar la cooperación, la alianza, el diálogo y el intercambio de "
                "conocimientos y experiencias.</p>",
            ),
            (
                "quote",
                {
                    "text": "Facilitar la identificación, documentación y el intercambio de buenas "
                    "prácticas y esfuerzos colaborativos para el establecimiento y fortalecimiento "
                    "de los NMIRF.",
                    "source": "Declaración de Asunción",
                },
            ),
            (
                "paragraph",
                "<p>Existe una invitación permanente y abierta a todos los Estados Miembros de las "
                "Naciones Unidas para adoptar la Declaración de Asunción y adherirse a la Red, como "
                "Miembro o como Observador.</p>",
            ),
        ],
    },
    "en": {
        "title": "International Network of National Mechanisms for Implementation, Reporting and Follow-up",
        "slug": "home",
        "intro": (
            "<p>The Network brings together National Mechanisms for Implementation, Reporting and "
            "Follow-up of human rights recommendations (NMIRFs), National Human Rights "
            "Institutions and civil society to share experiences, lessons learned and good "
            "practices.</p>"
        ),
        "body": [
            ("heading", "The Declaration of Asunción"),
            (
                "paragraph",
                "<p>Adopted on 9 May 2024 at the II International Seminar held in Asunción, "
                "Paraguay, the Declaration of Asunción is the founding document of the Network. "
                "Under the principles of <b>non-binding</b> commitment, <b>inclusiveness</b> and "
                "<b>complementarity</b>, the Network aims to be a sustainable community that "
                "institutionalises cooperation, alliance, dialogue and the exchange of knowledge "
                "and experiences.</p>",
            ),
            (
                "quote",
                {
                    "text": "To facilitate the identification, documentation and exchange of best "
                    "practices and collaborative efforts for the establishment and strengthening "
                    "of NMIRFs.",
                    "source": "Declaration of Asunción",
                },
            ),
            (
                "paragraph",
                "<p>A permanent and open invitation is extended to all Member States of the United "
                "Nations to adopt the Declaration of Asunción and join the Network, as a Member or "
                "as an Observer.</p>",
            ),
        ],
    },
    "fr": {
        "title": (
            "Réseau international des mécanismes nationaux de mise en œuvre, d'établissement de "
            "rapports et de suivi"
        ),
        "slug": "accueil",
        "intro": (
            "<p>Le Réseau rassemble les mécanismes nationaux de mise en œuvre, d'établissement de "
            "rapports et de suivi des recommandations relatives aux droits de l'homme (NMIRF), "
            "les Institutions nationales des droits de l'homme et la société civile afin de "
            "partager des expériences, des enseignements tirés et des bonnes pratiques.</p>"
        ),
        "body": [
            ("heading", "La Déclaration d'Asunción"),
            (
                "paragraph",
                "<p>Adoptée le 9 mai 2024 lors du IIe Séminaire international tenu à Asunción, "
                "au Paraguay, la Déclaration d'Asunción est le document fondateur du Réseau. "
                "Fondé sur les principes du <b>caractère non contraignant</b>, de "
                "l'<b>inclusivité</b> et de la <b>complémentarité</b>, le Réseau aspire à être "
                "une communauté durable permettant d'institutionnaliser la coopération, "
                "l'alliance, le dialogue et l'échange de connaissances et d'expériences.</p>",
            ),
            (
                "quote",
                {
                    "text": "Faciliter l'identification, la documentation et l'échange de bonnes "
                    "pratiques et d'efforts de collaboration en vue de la création et du "
                    "renforcement des NMIRF.",
                    "source": "Déclaration d'Asunción",
                },
            ),
            (
                "paragraph",
                "<p>Une invitation permanente et ouverte est adressée à tous les États Membres "
                "de l'Organisation des Nations Unies afin qu'ils adoptent la Déclaration "
                "d'Asunción et adhèrent au Réseau, en qualité de Membre ou d'Observateur.</p>",
            ),
        ],
    },
    "pt": {
        "title": (
            "Rede Internacional de Mecanismos Nacionais de Implementação, Relatório e Seguimento"
        ),
        "slug": "pagina-inicial",
        "intro": (
            "<p>A Rede reúne os Mecanismos Nacionais de Implementação, Relatório e Seguimento de "
            "recomendações em matéria de direitos humanos (NMIRF), as Instituições Nacionais de "
            "Direitos Humanos e a sociedade civil para partilhar experiências, lições aprendidas "
            "e boas práticas.</p>"
        ),
        "body": [
            ("heading", "A Declaração de Assunção"),
            (
                "paragraph",
                "<p>Adotada em 9 de maio de 2024 no II Seminário Internacional realizado em "
                "Assunção, Paraguai, a Declaração de Assunção é o documento fundador da Rede. "
                "Com base nos princípios da <b>não vinculação</b>, da <b>inclusividade</b> e da "
                "<b>complementaridade</b>, a Rede aspira a ser uma comunidade sustentável para "
                "institucionalizar a cooperação, a aliança, o diálogo e o intercâmbio de "
                "conhecimentos e experiências.</p>",
            ),
            (
                "quote",
                {
                    "text": "Facilitar a identificação, a documentação e o intercâmbio de boas "
                    "práticas e de esforços colaborativos para o estabelecimento e o "
                    "fortalecimento dos NMIRF.",
                    "source": "Declaração de Assunção",
                },
            ),
            (
                "paragraph",
                "<p>Existe um convite permanente e aberto a todos os Estados-Membros das Nações "
                "Unidas para adotarem a Declaração de Assunção e aderirem à Rede, como Membro ou "
                "como Observador.</p>",
            ),
        ],
    },
    "ar": {
        "title": "الشبكة الدولية للآليات الوطنية للتنفيذ والإبلاغ والمتابعة",
        "slug": "الرئيسية",
        "intro": (
            "<p>تجمع الشبكة الآليات الوطنية للتنفيذ والإبلاغ والمتابعة بشأن توصيات حقوق الإنسان "
            "(NMIRF)، والمؤسسات الوطنية لحقوق الإنسان، والمجتمع المدني، من أجل تبادل الخبرات "
            "والدروس المستفادة والممارسات الجيدة.</p>"
        ),
        "body": [
            ("heading", "إعلان أسونسيون"),
            (
                "paragraph",
                "<p>اعتُمد إعلان أسونسيون في 9 أيار/مايو 2024 خلال الحلقة الدراسية الدولية "
                "الثانية المعقودة في أسونسيون، باراغواي، وهو الوثيقة التأسيسية للشبكة. وتطمح "
                "الشبكة، استناداً إلى مبادئ <b>عدم الإلزام</b> و<b>الشمول</b> و<b>التكامل</b>، "
                "إلى أن تكون مجتمعاً مستداماً لإضفاء الطابع المؤسسي على التعاون والتحالف والحوار "
                "وتبادل المعارف والخبرات.</p>",
            ),
            (
                "quote",
                {
                    "text": "تيسير تحديد الممارسات الفضلى والجهود التعاونية وتوثيقها وتبادلها من "
                    "أجل إنشاء الآليات الوطنية للتنفيذ والإبلاغ والمتابعة (NMIRF) وتعزيزها.",
                    "source": "إعلان أسونسيون",
                },
            ),
            (
                "paragraph",
                "<p>ثمة دعوة دائمة ومفتوحة موجهة إلى جميع الدول الأعضاء في الأمم المتحدة لاعتماد "
                "إعلان أسونسيون والانضمام إلى الشبكة، بصفة عضو أو بصفة مراقب.</p>",
            ),
        ],
    },
}

ABOUT = {
    "es": {
        "title": "Sobre la Red",
        "slug": "sobre-la-red",
        "summary": (
            "Una comunidad de mecanismos nacionales que comparten cómo implementan, informan y "
            "dan seguimiento a las recomendaciones de derechos humanos."
        ),
        "body": [
            ("heading", "Nuestro origen"),
            (
                "paragraph",
                "<p>La Red Internacional de Mecanismos Nacionales de Implementación, Informes y "
                "Seguimiento (NMIRF, por sus siglas en inglés) se estableció en el II Seminario "
                "Internacional, celebrado en Asunción los días 8 y 9 de mayo de 2024, con la "
                "adopción de la Declaración de Asunción. El Seminario dio seguimiento a la "
                "Declaración de Marrakech de diciembre de 2022 y a las iniciativas del Consejo de "
                "Derechos Humanos de las Naciones Unidas sobre la temática.</p>",
            ),
            ("heading", "Nuestros principios"),
            (
                "paragraph",
                "<ul><li><b>No vinculatoriedad</b>: la Red es un espacio de cooperación "
                "voluntaria.</li><li><b>Inclusividad</b>: abierta a todos los Estados Miembros de "
                "las Naciones Unidas, con la participación de la sociedad civil y de las "
                "Instituciones Nacionales de Derechos Humanos.</li><li><b>Complementariedad</b>: "
                "complementa los mecanismos y las iniciativas existentes.</li></ul>",
            ),
            ("heading", "Cómo adherirse a la Red"),
            (
                "quote",
                {
                    "text": "Cualquier Estado Miembro de las Naciones Unidas que no se haya adherido "
                    "a la Red durante el Seminario en Asunción y desee hacerlo, como Miembro o como "
                    "Observador, deberá comunicar formalmente al Comité Ejecutivo su interés de "
                    "adherirse a la Red y su decisión de adoptar la presente Declaración.",
                    "source": "Declaración de Asunción",
                },
            ),
            (
                "paragraph",
                "<ol><li>El mecanismo nacional del Estado envía al Comité Ejecutivo una "
                "comunicación formal que expresa su interés de adherirse, como Miembro o como "
                "Observador.</li><li>La comunicación incluye la decisión del Estado de adoptar la "
                "Declaración de Asunción.</li><li>El Comité Ejecutivo examina la solicitud y "
                "comunica su decisión.</li></ol><p>Las Instituciones Nacionales de Derechos "
                "Humanos, las organizaciones de la sociedad civil y los organismos internacionales "
                "participan a través de la secretaría.</p>",
            ),
        ],
    },
    "en": {
        "title": "About the Network",
        "slug": "about",
        "summary": (
            "A community of national mechanisms sharing how they implement, report on and follow "
            "up human rights recommendations."
        ),
        "body": [
            ("heading", "Our origin"),
            (
                "paragraph",
                "<p>The International Network of National Mechanisms for Implementation, Reporting "
                "and Follow-up (NMIRFs) was established at the II International Seminar, held in "
                "Asunción on 8 and 9 May 2024, with the adoption of the Declaration of Asunción. "
                "The Seminar followed up on the Marrakech Declaration of December 2022 and on the "
                "initiatives of the United Nations Human Rights Council on the subject.</p>",
            ),
            ("heading", "Our principles"),
            (
                "paragraph",
                "<ul><li><b>Non-binding</b>: the Network is a space for voluntary "
                "cooperation.</li><li><b>Inclusiveness</b>: open to all Member States of the United "
                "Nations, with the participation of civil society and National Human Rights "
                "Institutions.</li><li><b>Complementarity</b>: it complements existing mechanisms "
                "and initiatives.</li></ul>",
            ),
            ("heading", "How to join the Network"),
            (
                "quote",
                {
                    "text": "Any UN Member State that has not joined the Network during the Seminar "
                    "in Asunción and wishes to join it, as a Member or as an Observer, must formally "
                    "communicate to the Executive Committee its interest to join the Network and its "
                    "decision to adopt the present Declaration.",
                    "source": "Declaration of Asunción",
                },
            ),
            (
                "paragraph",
                "<ol><li>The State's national mechanism sends the Executive Committee a formal "
                "communication expressing its interest in joining, as a Member or as an "
                "Observer.</li><li>The communication includes the State's decision to adopt the "
                "Declaration of Asunción.</li><li>The Executive Committee reviews the application "
                "and communicates its decision.</li></ol><p>National Human Rights Institutions, "
                "civil society organisations and international organisations take part through the "
                "secretariat.</p>",
            ),
        ],
    },
    "fr": {
        "title": "À propos du Réseau",
        "slug": "a-propos-du-reseau",
        "summary": (
            "Une communauté de mécanismes nationaux qui partagent leur manière de mettre en œuvre "
            "les recommandations relatives aux droits de l'homme, d'en rendre compte et d'en "
            "assurer le suivi."
        ),
        "body": [
            ("heading", "Nos origines"),
            (
                "paragraph",
                "<p>Le Réseau international des mécanismes nationaux de mise en œuvre, "
                "d'établissement de rapports et de suivi (NMIRF, selon le sigle anglais) a été "
                "créé lors du IIe Séminaire international, tenu à Asunción les 8 et 9 mai 2024, "
                "avec l'adoption de la Déclaration d'Asunción. Le Séminaire a fait suite à la "
                "Déclaration de Marrakech de décembre 2022 et aux initiatives du Conseil des "
                "droits de l'homme des Nations Unies en la matière.</p>",
            ),
            ("heading", "Nos principes"),
            (
                "paragraph",
                "<ul><li><b>Caractère non contraignant</b> : le Réseau est un espace de "
                "coopération volontaire.</li><li><b>Inclusivité</b> : ouvert à tous les États "
                "Membres de l'Organisation des Nations Unies, avec la participation de la "
                "société civile et des Institutions nationales des droits de "
                "l'homme.</li><li><b>Complémentarité</b> : il complète les mécanismes et "
                "initiatives existants.</li></ul>",
            ),
            ("heading", "Comment adhérer au Réseau"),
            (
                "quote",
                {
                    "text": "Tout État Membre de l'Organisation des Nations Unies qui n'a pas "
                    "adhéré au Réseau lors du Séminaire d'Asunción et qui souhaite le faire, en "
                    "qualité de Membre ou d'Observateur, doit communiquer officiellement au "
                    "Comité exécutif son intérêt à adhérer au Réseau et sa décision d'adopter la "
                    "présente Déclaration.",
                    "source": "Déclaration d'Asunción",
                },
            ),
            (
                "paragraph",
                "<ol><li>Le mécanisme national de l'État adresse au Comité exécutif une "
                "communication officielle exprimant son intérêt à adhérer, en qualité de Membre "
                "ou d'Observateur.</li><li>La communication comprend la décision de l'État "
                "d'adopter la Déclaration d'Asunción.</li><li>Le Comité exécutif examine la "
                "demande et communique sa décision.</li></ol><p>Les Institutions nationales des "
                "droits de l'homme, les organisations de la société civile et les organisations "
                "internationales participent par l'intermédiaire du secrétariat.</p>",
            ),
        ],
    },
    "pt": {
        "title": "Sobre a Rede",
        "slug": "sobre-a-rede",
        "summary": (
            "Uma comunidade de mecanismos nacionais que partilham a forma como implementam, "
            "relatam e dão seguimento às recomendações de direitos humanos."
        ),
        "body": [
            ("heading", "A nossa origem"),
            (
                "paragraph",
                "<p>A Rede Internacional de Mecanismos Nacionais de Implementação, Relatório e "
                "Seguimento (NMIRF, na sigla em inglês) foi estabelecida no II Seminário "
                "Internacional, realizado em Assunção nos dias 8 e 9 de maio de 2024, com a "
                "adoção da Declaração de Assunção. O Seminário deu seguimento à Declaração de "
                "Marraquexe de dezembro de 2022 e às iniciativas do Conselho de Direitos Humanos "
                "das Nações Unidas sobre a matéria.</p>",
            ),
            ("heading", "Os nossos princípios"),
            (
                "paragraph",
                "<ul><li><b>Não vinculação</b>: a Rede é um espaço de cooperação "
                "voluntária.</li><li><b>Inclusividade</b>: aberta a todos os Estados-Membros das "
                "Nações Unidas, com a participação da sociedade civil e das Instituições "
                "Nacionais de Direitos Humanos.</li><li><b>Complementaridade</b>: complementa os "
                "mecanismos e as iniciativas existentes.</li></ul>",
            ),
            ("heading", "Como aderir à Rede"),
            (
                "quote",
                {
                    "text": "Qualquer Estado-Membro das Nações Unidas que não tenha aderido à "
                    "Rede durante o Seminário em Assunção e deseje fazê-lo, como Membro ou como "
                    "Observador, deverá comunicar formalmente ao Comité Executivo o seu "
                    "interesse em aderir à Rede e a sua decisão de adotar a presente Declaração.",
                    "source": "Declaração de Assunção",
                },
            ),
            (
                "paragraph",
                "<ol><li>O mecanismo nacional do Estado envia ao Comité Executivo uma "
                "comunicação formal que manifesta o seu interesse em aderir, como Membro ou como "
                "Observador.</li><li>A comunicação inclui a decisão do Estado de adotar a "
                "Declaração de Assunção.</li><li>O Comité Executivo examina o pedido e comunica "
                "a sua decisão.</li></ol><p>As Instituições Nacionais de Direitos Humanos, as "
                "organizações da sociedade civil e os organismos internacionais participam "
                "através do secretariado.</p>",
            ),
        ],
    },
    "ar": {
        "title": "عن الشبكة",
        "slug": "عن-الشبكة",
        "summary": (
            "مجتمع من الآليات الوطنية يتبادل أعضاؤه تجاربهم في تنفيذ توصيات حقوق الإنسان والإبلاغ "
            "عنها ومتابعتها."
        ),
        "body": [
            ("heading", "نشأتنا"),
            (
                "paragraph",
                "<p>أُنشئت الشبكة الدولية للآليات الوطنية للتنفيذ والإبلاغ والمتابعة (NMIRF، وفق "
                "اختصارها باللغة الإنكليزية) خلال الحلقة الدراسية الدولية الثانية المعقودة في "
                "أسونسيون يومي 8 و9 أيار/مايو 2024، باعتماد إعلان أسونسيون. وجاءت الحلقة "
                "الدراسية متابعةً لإعلان مراكش الصادر في كانون الأول/ديسمبر 2022 ولمبادرات مجلس "
                "حقوق الإنسان التابع للأمم المتحدة بشأن هذا الموضوع.</p>",
            ),
            ("heading", "مبادئنا"),
            (
                "paragraph",
                "<ul><li><b>عدم الإلزام</b>: الشبكة فضاء للتعاون الطوعي.</li><li><b>الشمول</b>: "
                "الشبكة مفتوحة لجميع الدول الأعضاء في الأمم المتحدة، بمشاركة المجتمع المدني "
                "والمؤسسات الوطنية لحقوق الإنسان.</li><li><b>التكامل</b>: تُكمّل الشبكة الآليات "
                "والمبادرات القائمة.</li></ul>",
            ),
            ("heading", "كيفية الانضمام إلى الشبكة"),
            (
                "quote",
                {
                    "text": "على أي دولة عضو في الأمم المتحدة لم تنضم إلى الشبكة خلال الحلقة "
                    "الدراسية في أسونسيون وترغب في الانضمام إليها، بصفة عضو أو بصفة مراقب، أن "
                    "تُبلغ اللجنة التنفيذية رسمياً باهتمامها بالانضمام إلى الشبكة وبقرارها "
                    "اعتماد هذا الإعلان.",
                    "source": "إعلان أسونسيون",
                },
            ),
            (
                "paragraph",
                "<ol><li>ترسل الآلية الوطنية للدولة إلى اللجنة التنفيذية رسالة رسمية تعرب فيها "
                "عن اهتمامها بالانضمام، بصفة عضو أو بصفة مراقب.</li><li>تتضمن الرسالة قرار "
                "الدولة اعتماد إعلان أسونسيون.</li><li>تنظر اللجنة التنفيذية في الطلب وتُبلغ "
                "بقرارها.</li></ol><p>تشارك المؤسسات الوطنية لحقوق الإنسان ومنظمات المجتمع "
                "المدني والمنظمات الدولية عن طريق الأمانة.</p>",
            ),
        ],
    },
}

EVENT = {
    "es": {
        "title": "II Seminario Internacional sobre Mecanismos Nacionales de Implementación, Informes y Seguimiento",
        "slug": "ii-seminario-internacional-asuncion-2024",
        "place": "Asunción, Paraguay",
        "summary": (
            "Delegaciones de unos 20 países y 13 representantes de organismos y organizaciones "
            "internacionales se reunieron en Asunción para compartir experiencias, lecciones "
            "aprendidas y mejores prácticas, y establecer una Red Internacional de NMIRF."
        ),
        "organisers": "Gobierno de la República del Paraguay",
        "co_sponsors": "Gobiernos de Portugal y de Marruecos, con el apoyo de organismos y organizaciones internacionales",
        "topics": [
            "La participación de la sociedad civil y de las Instituciones Nacionales de Derechos Humanos",
            "La articulación con gobiernos locales y con los parlamentos",
            "Los sistemas y herramientas de gestión de información",
            "Las oportunidades de cooperación para el fortalecimiento de capacidades",
            "El seguimiento de la Declaración de Marrakech y de las iniciativas del Consejo de Derechos Humanos",
        ],
        "body": [
            (
                "paragraph",
                "<p>El 8 y 9 de mayo de 2024 se llevó a cabo en Asunción, Paraguay, el II Seminario "
                "Internacional sobre Mecanismos Nacionales de Implementación, Informes y "
                "Seguimiento de Recomendaciones en Derechos Humanos, bajo la organización del "
                "Gobierno de la República del Paraguay, con el copatrocinio de los Gobiernos de "
                "Portugal y de Marruecos y el apoyo de organismos y organizaciones "
                "internacionales.</p>",
            ),
            (
                "paragraph",
                "<p>Los objetivos fueron continuar compartiendo experiencias, lecciones aprendidas "
                "y mejores prácticas; propiciar la cooperación; dar seguimiento a la Declaración de "
                "Marrakech de diciembre de 2022 y a las iniciativas en el marco del Consejo de "
                "Derechos Humanos de las Naciones Unidas; y, principalmente, establecer una Red "
                "Internacional de Mecanismos Nacionales de Implementación, Informes y "
                "Seguimiento.</p>",
            ),
            (
                "paragraph",
                "<p>Como principal resultado, se adoptó la Declaración de Asunción como documento "
                "fundacional de la Red.</p>",
            ),
        ],
    },
    "en": {
        "title": "II International Seminar on National Mechanisms for Implementation, Reporting and Follow-up",
        "slug": "ii-international-seminar-asuncion-2024",
        "place": "Asunción, Paraguay",
        "summary": (
            "Delegations from about 20 countries and 13 representatives of international "
            "organisations met in Asunción to share experiences, lessons learned and best "
            "practices, and to establish an International Network of NMIRFs."
        ),
        "organisers": "Government of the Republic of Paraguay",
        "co_sponsors": "Governments of Portugal and Morocco, with the support of international organisations",
        "topics": [
            "Participation of civil society and National Human Rights Institutions",
            "Coordination with local governments and parliaments",
            "Information management systems and tools",
            "Cooperation opportunities for capacity building",
            "Follow-up of the Marrakech Declaration and of the Human Rights Council's initiatives",
        ],
        "body": [
            (
                "paragraph",
                "<p>On 8 and 9 May 2024, the II International Seminar on National Mechanisms for "
                "Implementation, Reporting and Follow-up of Recommendations on Human Rights was "
                "held in Asunción, Paraguay, organised by the Government of the Republic of "
                "Paraguay, co-sponsored by the Governments of Portugal and Morocco and supported by "
                "international organisations.</p>",
            ),
            (
                "paragraph",
                "<p>Its aims were to continue sharing experiences, lessons learned and best "
                "practices; to promote cooperation; to follow up on the Marrakech Declaration of "
                "December 2022 and on the initiatives within the United Nations Human Rights "
                "Council; and, above all, to establish an International Network of National "
                "Mechanisms for Implementation, Reporting and Follow-up.</p>",
            ),
            (
                "paragraph",
                "<p>As the main outcome, the Declaration of Asunción was adopted as the founding "
                "document of the Network.</p>",
            ),
        ],
    },
    "fr": {
        "title": (
            "IIe Séminaire international sur les mécanismes nationaux de mise en œuvre, "
            "d'établissement de rapports et de suivi"
        ),
        "slug": "iie-seminaire-international-asuncion-2024",
        "place": "Asunción, Paraguay",
        "summary": (
            "Des délégations d'une vingtaine de pays et 13 représentants d'organisations "
            "internationales se sont réunis à Asunción pour partager des expériences, des "
            "enseignements tirés et des meilleures pratiques, et pour créer un Réseau "
            "international des NMIRF."
        ),
        "organisers": "Gouvernement de la République du Paraguay",
        "co_sponsors": (
            "Gouvernements du Portugal et du Maroc, avec l'appui d'organisations internationales"
        ),
        "topics": [
            "Participation de la société civile et des Institutions nationales des droits de "
            "l'homme",
            "Coordination avec les collectivités locales et les parlements",
            "Systèmes et outils de gestion de l'information",
            "Possibilités de coopération pour le renforcement des capacités",
            "Suivi de la Déclaration de Marrakech et des initiatives du Conseil des droits de "
            "l'homme",
        ],
        "body": [
            (
                "paragraph",
                "<p>Les 8 et 9 mai 2024 s'est tenu à Asunción, au Paraguay, le IIe Séminaire "
                "international sur les mécanismes nationaux de mise en œuvre, d'établissement de "
                "rapports et de suivi des recommandations relatives aux droits de l'homme, "
                "organisé par le Gouvernement de la République du Paraguay, coparrainé par les "
                "Gouvernements du Portugal et du Maroc et appuyé par des organisations "
                "internationales.</p>",
            ),
            (
                "paragraph",
                "<p>Il avait pour objectifs de continuer à partager des expériences, des "
                "enseignements tirés et des meilleures pratiques ; de promouvoir la coopération "
                "; d'assurer le suivi de la Déclaration de Marrakech de décembre 2022 et des "
                "initiatives menées dans le cadre du Conseil des droits de l'homme des Nations "
                "Unies ; et, surtout, de créer un Réseau international des mécanismes nationaux "
                "de mise en œuvre, d'établissement de rapports et de suivi.</p>",
            ),
            (
                "paragraph",
                "<p>Principal résultat du Séminaire, la Déclaration d'Asunción a été adoptée en "
                "tant que document fondateur du Réseau.</p>",
            ),
        ],
    },
    "pt": {
        "title": (
            "II Seminário Internacional sobre Mecanismos Nacionais de Implementação, Relatório e "
            "Seguimento"
        ),
        "slug": "ii-seminario-internacional-assuncao-2024",
        "place": "Assunção, Paraguai",
        "summary": (
            "Delegações de cerca de 20 países e 13 representantes de organismos e organizações "
            "internacionais reuniram-se em Assunção para partilhar experiências, lições "
            "aprendidas e melhores práticas, e estabelecer uma Rede Internacional de NMIRF."
        ),
        "organisers": "Governo da República do Paraguai",
        "co_sponsors": (
            "Governos de Portugal e de Marrocos, com o apoio de organismos e organizações "
            "internacionais"
        ),
        "topics": [
            "A participação da sociedade civil e das Instituições Nacionais de Direitos Humanos",
            "A articulação com os governos locais e com os parlamentos",
            "Os sistemas e ferramentas de gestão da informação",
            "As oportunidades de cooperação para o reforço de capacidades",
            "O seguimento da Declaração de Marraquexe e das iniciativas do Conselho de Direitos "
            "Humanos",
        ],
        "body": [
            (
                "paragraph",
                "<p>Nos dias 8 e 9 de maio de 2024 realizou-se em Assunção, Paraguai, o II "
                "Seminário Internacional sobre Mecanismos Nacionais de Implementação, Relatório "
                "e Seguimento de Recomendações em Direitos Humanos, organizado pelo Governo da "
                "República do Paraguai, com o copatrocínio dos Governos de Portugal e de "
                "Marrocos e o apoio de organismos e organizações internacionais.</p>",
            ),
            (
                "paragraph",
                "<p>Os objetivos foram continuar a partilhar experiências, lições aprendidas e "
                "melhores práticas; promover a cooperação; dar seguimento à Declaração de "
                "Marraquexe de dezembro de 2022 e às iniciativas no âmbito do Conselho de "
                "Direitos Humanos das Nações Unidas; e, principalmente, estabelecer uma Rede "
                "Internacional de Mecanismos Nacionais de Implementação, Relatório e "
                "Seguimento.</p>",
            ),
            (
                "paragraph",
                "<p>Como principal resultado, foi adotada a Declaração de Assunção como "
                "documento fundador da Rede.</p>",
            ),
        ],
    },
    "ar": {
        "title": "الحلقة الدراسية الدولية الثانية بشأن الآليات الوطنية للتنفيذ والإبلاغ والمتابعة",
        "slug": "الحلقة-الدراسية-الدولية-الثانية-في-أسونسيون",
        "place": "أسونسيون، باراغواي",
        "summary": (
            "اجتمعت في أسونسيون وفود من نحو 20 بلداً و13 ممثلاً عن هيئات ومنظمات دولية لتبادل "
            "الخبرات والدروس المستفادة وأفضل الممارسات، ولإنشاء شبكة دولية للآليات الوطنية "
            "للتنفيذ والإبلاغ والمتابعة (NMIRF)."
        ),
        "organisers": "حكومة جمهورية باراغواي",
        "co_sponsors": "حكومتا البرتغال والمغرب، بدعم من هيئات ومنظمات دولية",
        "topics": [
            "مشاركة المجتمع المدني والمؤسسات الوطنية لحقوق الإنسان",
            "التنسيق مع الحكومات المحلية والبرلمانات",
            "نظم إدارة المعلومات وأدواتها",
            "فرص التعاون من أجل بناء القدرات",
            "متابعة إعلان مراكش ومبادرات مجلس حقوق الإنسان",
        ],
        "body": [
            (
                "paragraph",
                "<p>عُقدت في أسونسيون، باراغواي، يومي 8 و9 أيار/مايو 2024، الحلقة الدراسية "
                "الدولية الثانية بشأن الآليات الوطنية للتنفيذ والإبلاغ والمتابعة في مجال توصيات "
                "حقوق الإنسان، بتنظيم من حكومة جمهورية باراغواي، وبرعاية مشتركة من حكومتي "
                "البرتغال والمغرب، وبدعم من هيئات ومنظمات دولية.</p>",
            ),
            (
                "paragraph",
                "<p>وتمثلت أهدافها في مواصلة تبادل الخبرات والدروس المستفادة وأفضل الممارسات؛ "
                "وتعزيز التعاون؛ ومتابعة إعلان مراكش الصادر في كانون الأول/ديسمبر 2022 "
                "والمبادرات المتخذة في إطار مجلس حقوق الإنسان التابع للأمم المتحدة؛ وقبل كل شيء، "
                "إنشاء شبكة دولية للآليات الوطنية للتنفيذ والإبلاغ والمتابعة.</p>",
            ),
            (
                "paragraph",
                "<p>وكان من أبرز نتائجها اعتماد إعلان أسونسيون بوصفه الوثيقة التأسيسية للشبكة.</p>",
            ),
        ],
    },
}

NEWS_INDEX = {
    "es": {"title": "Noticias", "slug": "noticias", "intro": "<p>Novedades de la Red.</p>"},
    "en": {"title": "News", "slug": "news", "intro": "<p>News from the Network.</p>"},
    "fr": {"title": "Actualités", "slug": "actualites", "intro": "<p>Actualités du Réseau.</p>"},
    "pt": {"title": "Notícias", "slug": "noticias-da-rede", "intro": "<p>Notícias da Rede.</p>"},
    "ar": {"title": "الأخبار", "slug": "الأخبار", "intro": "<p>أخبار الشبكة.</p>"},
}

NEWS_DECLARATION = {
    "es": {
        "title": "Adoptada la Declaración de Asunción: nace la Red Internacional de NMIRF",
        "slug": "adoptada-la-declaracion-de-asuncion",
        "summary": (
            "Delegaciones de unos 20 Estados y 13 organismos internacionales adoptaron en "
            "Asunción el documento fundacional de la Red."
        ),
        "body": [
            (
                "paragraph",
                "<p>Como principal resultado del II Seminario Internacional, celebrado en Asunción "
                "los días 8 y 9 de mayo de 2024, se adoptó la Declaración de Asunción, documento "
                "fundacional de una Red Internacional de Mecanismos Nacionales de Implementación, "
                "Informes y Seguimiento.</p>",
            ),
            (
                "paragraph",
                "<p>Bajo los principios de no vinculatoriedad, inclusividad y complementariedad, la "
                "Red aspira a ser una comunidad sostenible para institucionalizar la cooperación, "
                "la alianza, el diálogo y el intercambio de conocimientos y experiencias.</p>",
            ),
            (
                "paragraph",
                "<p>Se extiende una invitación permanente y abierta a todos los Estados Miembros de "
                "las Naciones Unidas para adoptar la Declaración y adherirse a la Red. Para mayor "
                "información, comunicarse a ddhh@mre.gov.py.</p>",
            ),
        ],
    },
    "en": {
        "title": "Declaration of Asunción adopted: the International Network of NMIRFs is born",
        "slug": "declaration-of-asuncion-adopted",
        "summary": (
            "Delegations of about 20 States and 13 international organisations adopted the "
            "Network's founding document in Asunción."
        ),
        "body": [
            (
                "paragraph",
                "<p>As the main outcome of the II International Seminar, held in Asunción on 8 and "
                "9 May 2024, the Declaration of Asunción was adopted as the founding document of an "
                "International Network of National Mechanisms for Implementation, Reporting and "
                "Follow-up.</p>",
            ),
            (
                "paragraph",
                "<p>Under the principles of non-binding commitment, inclusiveness and "
                "complementarity, the Network aims to be a sustainable community that "
                "institutionalises cooperation, alliance, dialogue and the exchange of knowledge "
                "and experiences.</p>",
            ),
            (
                "paragraph",
                "<p>A permanent and open invitation is extended to all Member States of the United "
                "Nations to adopt the Declaration and join the Network. For more information, "
                "contact ddhh@mre.gov.py.</p>",
            ),
        ],
    },
    "fr": {
        "title": (
            "Adoption de la Déclaration d'Asunción : naissance du Réseau international des NMIRF"
        ),
        "slug": "adoption-de-la-declaration-d-asuncion",
        "summary": (
            "Des délégations d'une vingtaine d'États et 13 organisations internationales ont "
            "adopté à Asunción le document fondateur du Réseau."
        ),
        "body": [
            (
                "paragraph",
                "<p>Principal résultat du IIe Séminaire international, tenu à Asunción les 8 et "
                "9 mai 2024, la Déclaration d'Asunción a été adoptée en tant que document "
                "fondateur d'un Réseau international des mécanismes nationaux de mise en œuvre, "
                "d'établissement de rapports et de suivi.</p>",
            ),
            (
                "paragraph",
                "<p>Fondé sur les principes du caractère non contraignant, de l'inclusivité et "
                "de la complémentarité, le Réseau aspire à être une communauté durable "
                "permettant d'institutionnaliser la coopération, l'alliance, le dialogue et "
                "l'échange de connaissances et d'expériences.</p>",
            ),
            (
                "paragraph",
                "<p>Une invitation permanente et ouverte est adressée à tous les États Membres "
                "de l'Organisation des Nations Unies afin qu'ils adoptent la Déclaration et "
                "adhèrent au Réseau. Pour de plus amples informations, veuillez écrire à "
                "ddhh@mre.gov.py.</p>",
            ),
        ],
    },
    "pt": {
        "title": "Adotada a Declaração de Assunção: nasce a Rede Internacional de NMIRF",
        "slug": "adotada-a-declaracao-de-assuncao",
        "summary": (
            "Delegações de cerca de 20 Estados e 13 organismos internacionais adotaram em "
            "Assunção o documento fundador da Rede."
        ),
        "body": [
            (
                "paragraph",
                "<p>Como principal resultado do II Seminário Internacional, realizado em "
                "Assunção nos dias 8 e 9 de maio de 2024, foi adotada a Declaração de Assunção, "
                "documento fundador de uma Rede Internacional de Mecanismos Nacionais de "
                "Implementação, Relatório e Seguimento.</p>",
            ),
            (
                "paragraph",
                "<p>Com base nos princípios da não vinculação, da inclusividade e da "
                "complementaridade, a Rede aspira a ser uma comunidade sustentável para "
                "institucionalizar a cooperação, a aliança, o diálogo e o intercâmbio de "
                "conhecimentos e experiências.</p>",
            ),
            (
                "paragraph",
                "<p>É dirigido um convite permanente e aberto a todos os Estados-Membros das "
                "Nações Unidas para adotarem a Declaração e aderirem à Rede. Para mais "
                "informações, contactar ddhh@mre.gov.py.</p>",
            ),
        ],
    },
    "ar": {
        "title": (
            "اعتماد إعلان أسونسيون: انطلاق الشبكة الدولية للآليات الوطنية للتنفيذ والإبلاغ "
            "والمتابعة (NMIRF)"
        ),
        "slug": "اعتماد-إعلان-أسونسيون",
        "summary": (
            "اعتمدت وفود من نحو 20 دولة و13 منظمة دولية في أسونسيون الوثيقة التأسيسية للشبكة."
        ),
        "body": [
            (
                "paragraph",
                "<p>اعتُمد إعلان أسونسيون بوصفه الوثيقة التأسيسية لشبكة دولية للآليات الوطنية "
                "للتنفيذ والإبلاغ والمتابعة، وكان ذلك أبرز نتائج الحلقة الدراسية الدولية الثانية "
                "المعقودة في أسونسيون يومي 8 و9 أيار/مايو 2024.</p>",
            ),
            (
                "paragraph",
                "<p>وتطمح الشبكة، استناداً إلى مبادئ عدم الإلزام والشمول والتكامل، إلى أن تكون "
                "مجتمعاً مستداماً لإضفاء الطابع المؤسسي على التعاون والتحالف والحوار وتبادل "
                "المعارف والخبرات.</p>",
            ),
            (
                "paragraph",
                "<p>ثمة دعوة دائمة ومفتوحة موجهة إلى جميع الدول الأعضاء في الأمم المتحدة لاعتماد "
                "الإعلان والانضمام إلى الشبكة. ولمزيد من المعلومات، يُرجى التواصل عبر "
                "ddhh@mre.gov.py.</p>",
            ),
        ],
    },
}
