"""Realistic forum data in bulk, for benchmark databases (``manage.py generate_forum_data``).

Everything is written in batches, one transaction per batch of topics: users, categories and
topics with ``bulk_create``, posts (the bulk of the rows) with one prepared INSERT run by
``executemany``, about five times faster than bulk_create. Each topic's counters (posts,
participants, last activity) are worked out in Python before it is written; ``last_post`` and
the helpful answers are then set by one UPDATE per batch, and the categories' counters by one
UPDATE at the end, so the counters are right after every run. Text comes from a small phrase
bank in five languages (``phrases.py``), each distinct body rendered once.

Used by the command and by ``bench/forum.py``::

    data = ForumData(seed=1, out=print)
    authors = data.users(200)
    categories = data.categories(8)
    data.topics(20_000, 100_000, categories, authors)
    big = data.topic(categories[0], replies=2_000, authors=authors)
    data.finish()  # recounts the categories written to
"""

import datetime
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from operator import itemgetter

from django.contrib.auth.hashers import make_password
from django.db import connection, transaction
from django.db.models import Count, DateTimeField, IntegerField, Max, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.html import escape

from forum.models import Category, Post, Topic
from network.models import Organisation, User

from . import phrases

BATCH_SIZE = 5_000
USER_PREFIX = "forum-demo-"
CATEGORY_PREFIX = "gen-"
BODIES_PER_LANGUAGE = 48  # distinct texts per language, each rendered once
HISTORY = datetime.timedelta(days=3 * 365)  # topics start within the last three years

LANGUAGE_WEIGHTS = {"es": 40, "en": 25, "fr": 13, "pt": 12, "ar": 10}
KIND_WEIGHTS = {"question": 55, "experience": 35, "announcement": 10}

STATE = Organisation.Kind.STATE_MECHANISM
CSO = Organisation.Kind.CSO

# acronym, name, kind, country, language of its people
ORGANISATIONS = [
    ("FD-CL", "Mecanismo nacional de Chile (demo del foro)", STATE, "CL", "es"),
    ("FD-MX", "Mecanismo nacional de México (demo del foro)", STATE, "MX", "es"),
    ("FD-SN", "Comité national de suivi du Sénégal (démo du forum)", STATE, "SN", "fr"),
    ("FD-BR", "Mecanismo nacional do Brasil (demo do fórum)", STATE, "BR", "pt"),
    ("FD-GH", "Ghana national mechanism (forum demo)", STATE, "GH", "en"),
    ("FD-JO", "الآلية الوطنية في الأردن (عرض تجريبي للمنتدى)", STATE, "JO", "ar"),
    ("FD-AR", "Defensoría del Pueblo de Argentina (demo del foro)", "nhri", "AR", "es"),
    ("FD-CO", "Red de la sociedad civil de Colombia (demo del foro)", CSO, "CO", "es"),
    ("FD-CI", "Coalition de la société civile de Côte d'Ivoire (démo du forum)", CSO, "CI", "fr"),
]

# slug, names (es, en, fr, pt, ar), audience types ("" for all members), kind weights
THEMES = [
    (
        "seguimiento",
        (
            "Seguimiento de recomendaciones",
            "Following up recommendations",
            "Suivi des recommandations",
            "Acompanhamento das recomendações",
            "متابعة التوصيات",
        ),
        "",
        KIND_WEIGHTS,
    ),
    (
        "mecanismos",
        (
            "Espacio de los mecanismos estatales",
            "State mechanisms' space",
            "Espace des mécanismes étatiques",
            "Espaço dos mecanismos estatais",
            "فضاء الآليات الحكومية",
        ),
        STATE,
        KIND_WEIGHTS,
    ),
    (
        "sociedad-civil",
        (
            "Diálogo con la sociedad civil",
            "Dialogue with civil society",
            "Dialogue avec la société civile",
            "Diálogo com a sociedade civil",
            "الحوار مع المجتمع المدني",
        ),
        f"{CSO},{STATE}",
        KIND_WEIGHTS,
    ),
    (
        "herramientas",
        (
            "Herramientas digitales de seguimiento",
            "Digital tracking tools",
            "Outils numériques de suivi",
            "Ferramentas digitais de monitoramento",
            "أدوات التتبع الرقمية",
        ),
        "",
        KIND_WEIGHTS,
    ),
    (
        "informes",
        (
            "Informes a los mecanismos de la ONU",
            "Reporting to UN mechanisms",
            "Rapports aux mécanismes de l'ONU",
            "Relatórios aos mecanismos da ONU",
            "التقارير إلى آليات الأمم المتحدة",
        ),
        "",
        KIND_WEIGHTS,
    ),
    (
        "ods",
        (
            "Recomendaciones y ODS",
            "Recommendations and the SDGs",
            "Recommandations et ODD",
            "Recomendações e ODS",
            "التوصيات وأهداف التنمية المستدامة",
        ),
        "",
        KIND_WEIGHTS,
    ),
    (
        "coordinacion",
        (
            "Coordinación interinstitucional",
            "Coordination across institutions",
            "Coordination interinstitutionnelle",
            "Coordenação interinstitucional",
            "التنسيق بين المؤسسات",
        ),
        "",
        KIND_WEIGHTS,
    ),
    (
        "anuncios",
        (
            "Anuncios de la Red",
            "Network announcements",
            "Annonces du Réseau",
            "Anúncios da Rede",
            "إعلانات الشبكة",
        ),
        "",
        {"announcement": 80, "question": 15, "experience": 5},
    ),
]

DESCRIPTIONS = (
    "Datos de demostración generados para pruebas de rendimiento.",
    "Demo data generated for performance tests.",
    "Données de démonstration générées pour les tests de performance.",
    "Dados de demonstração gerados para testes de desempenho.",
    "بيانات تجريبية مولدة لاختبارات الأداء.",
)


@dataclass(frozen=True)
class Author:
    """What the generator needs to know of a user (no model instance per post)."""

    id: int
    kind: str
    country: str
    language: str


@dataclass
class TopicPlan:
    category: Category
    kind: str
    language: str
    title: str
    posts: list  # (author, created_at, language, (body, html), pseudonymous) per position
    pinned: bool = False
    locked: bool = False
    helpful: bool = False


def render_fallback(text: str) -> str:
    """Used only while ``forum.rendering`` does not exist: paragraphs, escaped."""
    return "".join(f"<p>{escape(part)}</p>" for part in text.split("\n\n") if part.strip())


def renderer() -> Callable[[str], str]:
    """``forum.rendering.render_markdown`` (its HTML only), imported when first needed."""
    try:
        from forum.rendering import render_markdown
    except ModuleNotFoundError as exc:
        if exc.name != "forum.rendering":
            raise
        return render_fallback

    def render(text: str) -> str:
        result = render_markdown(text)
        return result[0] if isinstance(result, tuple) else result

    return render


@contextmanager
def explicit_timestamps() -> Iterator[None]:
    """Let bulk_create keep the ``created_at`` we give (auto_now_add would overwrite it)."""
    fields = [Topic._meta.get_field("created_at"), Post._meta.get_field("created_at")]
    saved = [field.auto_now_add for field in fields]
    for field in fields:
        field.auto_now_add = False
    try:
        yield
    finally:
        for field, value in zip(fields, saved, strict=True):
            field.auto_now_add = value


def recount_categories(pks) -> int:
    """Set the categories' counters from their topics (one UPDATE); returns the rows changed."""
    topics = Topic.objects.filter(category=OuterRef("pk")).order_by().values("category")
    return Category.objects.filter(pk__in=list(pks)).update(
        topic_count=Coalesce(
            Subquery(topics.annotate(n=Count("pk")).values("n")),
            Value(0),
            output_field=IntegerField(),
        ),
        post_count=Coalesce(
            Subquery(topics.annotate(n=Sum("post_count")).values("n")),
            Value(0),
            output_field=IntegerField(),
        ),
        last_activity_at=Subquery(topics.annotate(at=Max("last_activity_at")).values("at")),
    )


POST_COLUMNS = (
    "topic_id",
    "position",
    "author_id",
    "pseudonymous",
    "pseudonym_country",
    "body",
    "body_html",
    "language",
    "created_at",
)


def insert_rows(model, names: tuple[str, ...], rows: list[tuple], batch_size: int) -> None:
    """INSERT ``rows`` (values in the order of ``names``) with one prepared statement.

    The fast path for posts: bulk_create spends most of its time preparing each value and
    building SQL for 66 rows at a time on SQLite; here the only per-value work is adapting
    datetimes. Columns not named get their field's default, prepared once.
    """
    ops = connection.ops
    given = {name: index for index, name in enumerate(names)}
    columns, getters = [], []
    for field in model._meta.concrete_fields:
        if field.primary_key:
            continue
        columns.append(ops.quote_name(field.column))
        if field.attname not in given:
            constant = field.get_db_prep_save(field.get_default(), connection)
            getters.append(lambda row, constant=constant: constant)
        elif isinstance(field, DateTimeField):
            index = given[field.attname]
            getters.append(lambda row, index=index: ops.adapt_datetimefield_value(row[index]))
        else:
            getters.append(itemgetter(given[field.attname]))
    # Names from the model's metadata, values as parameters.
    table = ops.quote_name(model._meta.db_table)
    placeholders = ", ".join(["%s"] * len(columns))
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})"  # noqa: S608
    with connection.cursor() as cursor:
        for first in range(0, len(rows), batch_size):
            cursor.executemany(
                sql,
                [tuple(get(row) for get in getters) for row in rows[first : first + batch_size]],
            )


class ForumData:
    def __init__(
        self,
        seed: int = 1,
        *,
        batch_size: int = BATCH_SIZE,
        out: Callable[[str], None] | None = None,
    ):
        self.rng = random.Random(seed)  # noqa: S311 - made-up data, not secrets
        self.batch_size = batch_size
        self.out = out or (lambda line: None)
        self.now = timezone.now()
        self.started = time.perf_counter()
        self.topic_count = 0  # written by this generator
        self.post_count = 0
        self.user_count = 0  # created by this generator
        self.category_count = 0
        self.touched: set[int] = set()  # categories to recount in finish()
        self._bodies: dict[str, list[tuple[str, str]]] = {}
        self._render: Callable[[str], str] | None = None

    # People and places ---------------------------------------------------------------------

    def organisations(self) -> list[Organisation]:
        organisations = []
        for acronym, name, kind, country, _language in ORGANISATIONS:
            organisation, _created = Organisation.objects.get_or_create(
                acronym=acronym,
                is_demo=True,
                defaults={
                    "name": name,
                    "kind": kind,
                    "country": country,
                    "status": Organisation.Status.MEMBER,
                    "admitted_on": datetime.date(2024, 5, 9),
                },
            )
            organisations.append(organisation)
        return organisations

    def users(self, count: int) -> list[Author]:
        """``count`` generated member accounts (existing ones first), in the demo organisations."""
        organisations = self.organisations()
        existing = list(
            User.objects.filter(username__startswith=USER_PREFIX, is_demo=True).order_by("username")
        )
        missing = count - len(existing)
        if missing > 0:
            numbers = [int(u.username[len(USER_PREFIX) :] or 0) for u in existing if _tail(u)]
            first = max(numbers, default=0) + 1
            new = []
            for number in range(first, first + missing):
                index = number - 1
                acronym, _name, _kind, _country, language = ORGANISATIONS[
                    index % len(ORGANISATIONS)
                ]
                organisation = organisations[index % len(ORGANISATIONS)]
                given = phrases.FIRST_NAMES[language][index % len(phrases.FIRST_NAMES[language])]
                family = self.rng.choice(phrases.LAST_NAMES[language])
                username = f"{USER_PREFIX}{number:06d}"
                new.append(
                    User(
                        username=username,
                        email=f"{username}@forum-demo.example",
                        first_name=given,
                        last_name=family,
                        display_name=f"{given} {family} ({acronym[3:]})",
                        organisation=organisation,
                        organisation_role="member",
                        preferred_language=language,
                        is_demo=True,
                        password=make_password(None),  # unusable: nobody signs in as them
                    )
                )
            User.objects.bulk_create(new, batch_size=self.batch_size)
            self.user_count += len(new)
            existing = list(
                User.objects.filter(username__startswith=USER_PREFIX, is_demo=True).order_by(
                    "username"
                )
            )
        by_pk = {organisation.pk: organisation for organisation in organisations}
        authors = []
        for user in existing[:count]:
            organisation = by_pk.get(user.organisation_id) or user.organisation
            authors.append(
                Author(
                    id=user.pk,
                    kind=organisation.kind if organisation else "",
                    country=organisation.country if organisation else "",
                    language=user.preferred_language,
                )
            )
        return authors

    def categories(self, count: int) -> list[Category]:
        """``count`` generated categories: all members, except one State-only and one open to
        civil society (State mechanisms and civil society organisations, pseudonyms allowed)."""
        existing = {
            category.slug: category
            for category in Category.objects.filter(slug__startswith=CATEGORY_PREFIX)
        }
        categories = []
        for index in range(count):
            slug, names, types, _kinds = THEMES[index % len(THEMES)]
            round_ = index // len(THEMES)
            slug = f"{CATEGORY_PREFIX}{slug}" + (f"-{round_ + 1}" if round_ else "")
            category = existing.get(slug)
            if category is None:
                suffix = f" ({round_ + 1})" if round_ else ""
                restricted = bool(types) and not round_
                category = Category(
                    slug=slug,
                    sort_order=100 + index,
                    audience="types" if restricted else "members",
                    audience_types=types if restricted else "",
                    pseudonymous_allowed=restricted and CSO in types,
                    name=names[0] + suffix,
                    description=DESCRIPTIONS[0],
                    **{
                        f"name_{lang}": f"{n}{suffix}"
                        for lang, n in zip(phrases.LANGUAGES, names, strict=True)
                    },
                    **{
                        f"description_{lang}": text
                        for lang, text in zip(phrases.LANGUAGES, DESCRIPTIONS, strict=True)
                    },
                )
                category.save()  # computes the audience keys
                self.category_count += 1
            categories.append(category)
        return categories

    def eligible(self, category: Category, authors: list[Author]) -> list[Author]:
        """The authors who may post in ``category`` (by their organisation's type)."""
        if category.audience == "types":
            kinds = {kind.strip() for kind in category.audience_types.split(",")}
            chosen = [author for author in authors if author.kind in kinds]
        else:
            chosen = [author for author in authors if author.kind and author.kind != CSO]
        return chosen or list(authors)

    # Text ----------------------------------------------------------------------------------

    def body(self, language: str) -> tuple[str, str]:
        pool = self._bodies.get(language)
        if pool is None:
            if self._render is None:
                self._render = renderer()
            texts = {phrases.body(language, self.rng) for _ in range(BODIES_PER_LANGUAGE)}
            pool = self._bodies[language] = [(text, self._render(text)) for text in sorted(texts)]
        return pool[self.rng.randrange(len(pool))]

    def _language(self) -> str:
        return self.rng.choices(list(LANGUAGE_WEIGHTS), weights=list(LANGUAGE_WEIGHTS.values()))[0]

    # Topics and posts ----------------------------------------------------------------------

    def plan(
        self,
        category: Category,
        size: int,
        eligible: list[Author],
        start: datetime.datetime,
        *,
        kind: str | None = None,
        language: str | None = None,
        title: str | None = None,
        participants: int | None = None,
    ) -> TopicPlan:
        """One topic of ``size`` posts (1 = the opening post), started at ``start``."""
        rng = self.rng
        kinds = _kinds(category)
        if kind is None:
            kind = rng.choices(list(kinds), weights=list(kinds.values()))[0]
        if participants is None:
            participants = 1 + int(rng.paretovariate(1.2) * 1.5)
        pool = rng.sample(eligible, max(1, min(size, participants, len(eligible))))
        opener = pool[0]
        if language is None:
            language = opener.language if rng.random() < 0.6 else self._language()
        if title is None:
            title = phrases.title(kind, language, rng.randrange(1000), rng.randrange(1000))
            if rng.random() < 0.2:
                title += f" ({rng.randrange(2019, 2027)})"
        pseudonyms = category.pseudonymous_allowed
        # Replies come after the opening post, spread over a span that grows with the topic.
        span = max(0.0, (self.now - start).total_seconds() - 1)
        span = min(span, (size - 1) * rng.expovariate(1 / 21_600) + rng.random() * 86_400)
        offsets = sorted(rng.random() * span for _ in range(size - 1))
        posts = []
        for position in range(size):
            author = opener if position == 0 else pool[rng.randrange(len(pool))]
            when = start + datetime.timedelta(seconds=offsets[position - 1] if position else 0)
            post_language = language if rng.random() < 0.8 else author.language
            pseudonymous = pseudonyms and author.kind == CSO and rng.random() < 0.3
            posts.append((author, when, post_language, self.body(post_language), pseudonymous))
        return TopicPlan(
            category=category,
            kind=kind,
            language=language,
            title=title[:200],
            posts=posts,
            pinned=kind == "announcement" and rng.random() < 0.02,
            locked=rng.random() < 0.005,
            helpful=kind == "question" and size > 1 and rng.random() < 0.3,
        )

    def write(self, plans: list[TopicPlan]) -> list[Topic]:
        """Write planned topics and their posts (one transaction), counters included."""
        with explicit_timestamps(), transaction.atomic():
            topics = []
            for plan in plans:
                opener = plan.posts[0]
                topics.append(
                    Topic(
                        category=plan.category,
                        title=plan.title,
                        kind=plan.kind,
                        language=plan.language,
                        author_id=opener[0].id,
                        pseudonymous=opener[4],
                        created_at=opener[1],
                        last_activity_at=plan.posts[-1][1],
                        post_count=len(plan.posts),
                        participant_count=len({post[0].id for post in plan.posts}),
                        pinned=plan.pinned,
                        locked=plan.locked,
                    )
                )
            Topic.objects.bulk_create(topics, batch_size=self.batch_size)
            posts = [
                (
                    topic.pk,
                    position,
                    author.id,
                    pseudonymous,
                    author.country if pseudonymous else "",
                    text[0],
                    text[1],
                    language,
                    when,
                )
                for topic, plan in zip(topics, plans, strict=True)
                for position, (author, when, language, text, pseudonymous) in enumerate(
                    plan.posts, start=1
                )
            ]
            insert_rows(Post, POST_COLUMNS, posts, self.batch_size)
            pks = [topic.pk for topic in topics]
            self._link(pks, [t.pk for t, plan in zip(topics, plans, strict=True) if plan.helpful])
        self.topic_count += len(topics)
        self.post_count += len(posts)
        self.touched.update(plan.category.pk for plan in plans)
        return topics

    def _link(self, pks: list[int], helpful: list[int]) -> None:
        """Point the new topics at their last post, and questions at their helpful answer."""
        for first in range(0, len(pks), 900):
            chunk = pks[first : first + 900]
            Topic.objects.filter(pk__in=chunk).update(
                last_post=Subquery(
                    Post.objects.filter(
                        topic=OuterRef("pk"), position=OuterRef("post_count")
                    ).values("pk")[:1]
                )
            )
        for first in range(0, len(helpful), 900):
            Topic.objects.filter(pk__in=helpful[first : first + 900]).update(
                helpful_answer=Subquery(
                    Post.objects.filter(topic=OuterRef("pk"), position=2).values("pk")[:1]
                )
            )

    def sizes(self, topics: int, posts: int) -> list[int]:
        """Posts per topic: one each (the opening post), the rest spread with a long tail."""
        if posts < topics:
            raise ValueError("every topic needs its opening post: posts must be >= topics")
        if topics == 0:
            return []
        extra = posts - topics
        # Pareto minus one: many topics get no reply or a few, a few get hundreds.
        weights = [min(self.rng.paretovariate(1.3) - 1, 400.0) for _ in range(topics)]
        total = sum(weights) or 1.0
        sizes = [1 + int(weight / total * extra) for weight in weights]
        for _ in range(posts - sum(sizes)):
            sizes[self.rng.randrange(topics)] += 1
        return sizes

    def topics(
        self, count: int, posts: int, categories: list[Category], authors: list[Author]
    ) -> None:
        """``count`` topics holding ``posts`` posts in all, over ``categories``."""
        sizes = self.sizes(count, posts)
        weights = [1.0 if c.audience == "members" else 0.5 for c in categories]
        placed = self.rng.choices(categories, weights=weights, k=count)
        eligible = {c.pk: self.eligible(c, authors) for c in categories}
        history = HISTORY.total_seconds()
        starts = sorted(self.rng.random() * history for _ in range(count))
        origin = self.now - HISTORY
        written_posts = 0
        for first in range(0, count, self.batch_size):
            plans = [
                self.plan(
                    placed[i],
                    sizes[i],
                    eligible[placed[i].pk],
                    origin + datetime.timedelta(seconds=starts[i]),
                )
                for i in range(first, min(count, first + self.batch_size))
            ]
            self.write(plans)
            written_posts += sum(len(plan.posts) for plan in plans)
            self.out(
                f"topics {first + len(plans):,}/{count:,}  posts {written_posts:,}/{posts:,}  "
                f"{time.perf_counter() - self.started:.1f} s"
            )

    def topic(
        self,
        category: Category,
        replies: int,
        authors: list[Author],
        *,
        start: datetime.datetime | None = None,
        participants: int = 40,
        **kwargs,
    ) -> Topic:
        """One topic with exactly ``replies`` replies (``replies + 1`` posts), written at once."""
        start = start or self.now - datetime.timedelta(days=30)
        plan = self.plan(
            category,
            replies + 1,
            self.eligible(category, authors),
            start,
            participants=participants,
            **kwargs,
        )
        plan.pinned = plan.locked = False
        (topic,) = self.write([plan])
        self.out(
            f"topic #{topic.pk} with {replies:,} replies  "
            f"{time.perf_counter() - self.started:.1f} s"
        )
        return Topic.objects.get(pk=topic.pk)

    def finish(self) -> None:
        """Recount the categories written to (one UPDATE)."""
        if self.touched:
            recount_categories(self.touched)


def _kinds(category: Category) -> dict[str, int]:
    """The mix of topic kinds for a category (announcements mostly in the announcements one)."""
    for slug, _names, _types, kinds in THEMES:
        if category.slug.startswith(CATEGORY_PREFIX + slug):
            return kinds
    return KIND_WEIGHTS


def _tail(user: User) -> bool:
    return user.username[len(USER_PREFIX) :].isdigit()


@dataclass
class Summary:
    topics: int
    posts: int
    users: int
    categories: int
    big_topic: Topic | None
    seconds: float


def generate(
    *,
    topics: int,
    posts: int,
    categories: int = 8,
    users: int = 200,
    big_topic: int = 0,
    seed: int = 1,
    batch_size: int = BATCH_SIZE,
    out: Callable[[str], None] | None = None,
) -> Summary:
    """Fill the database: ``topics`` topics with ``posts`` posts in all, plus one topic of
    ``big_topic`` replies when asked, by ``users`` generated members in ``categories``."""
    data = ForumData(seed, batch_size=batch_size, out=out)
    authors = data.users(users)
    places = data.categories(categories)
    big = None
    try:
        data.topics(topics, posts, places, authors)
        if big_topic:
            members = [c for c in places if c.audience == "members"] or places
            big = data.topic(members[0], big_topic, authors, kind="experience")
    finally:
        data.finish()
    return Summary(
        topics=data.topic_count,
        posts=data.post_count,
        users=data.user_count,
        categories=data.category_count,
        big_topic=big,
        seconds=time.perf_counter() - data.started,
    )
