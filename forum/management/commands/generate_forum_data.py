"""``manage.py generate_forum_data --topics N --posts M``: a large, realistic forum, quickly.

For benchmark databases: generated members (unusable passwords) in demo organisations, demo
categories, topics in five languages with their posts, counters right at the end. See
``forum/management/forumdata.py`` for the functions the benchmarks call directly.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from forum.management.forumdata import BATCH_SIZE, generate
from forum.models import Post

MAX_POSTS_WITHOUT_APPEND = 1_000


def positive(value: str) -> int:
    number = int(value)
    if number < 0:
        raise ValueError(value)
    return number


class Command(BaseCommand):
    help = (
        "Fill the database with generated forum data for benchmarks: N topics holding M posts "
        "in all (every topic has its opening post, so M >= N), plus one topic of R replies "
        "with --big-topic R."
    )
    requires_system_checks = []  # a data tool: it needs the models, not the whole site

    def add_arguments(self, parser):
        parser.add_argument("--topics", type=positive, required=True, metavar="N")
        parser.add_argument("--posts", type=positive, required=True, metavar="M")
        parser.add_argument("--categories", type=positive, default=8, metavar="K")
        parser.add_argument("--users", type=positive, default=200, metavar="U")
        parser.add_argument(
            "--big-topic",
            type=positive,
            default=0,
            metavar="R",
            help="Also create one topic with R replies (for the topic-page benchmark).",
        )
        parser.add_argument("--seed", type=int, default=1, metavar="S")
        parser.add_argument("--batch-size", type=positive, default=BATCH_SIZE)
        parser.add_argument(
            "--append",
            action="store_true",
            help=f"Add to a forum holding more than {MAX_POSTS_WITHOUT_APPEND:,} posts.",
        )

    def handle(self, *args, **options):
        topics, posts = options["topics"], options["posts"]
        if posts < topics:
            raise CommandError(
                "--posts must be at least --topics: every topic has an opening post."
            )
        if topics and not options["categories"]:
            raise CommandError("--categories must be at least 1.")
        if (topics or options["big_topic"]) and not options["users"]:
            raise CommandError("--users must be at least 1.")
        if not options["batch_size"]:
            raise CommandError("--batch-size must be at least 1.")
        database = connection.settings_dict["NAME"]
        if not settings.DEBUG:
            self.stderr.write(
                self.style.WARNING(
                    f"Warning: DEBUG is off; writing generated forum data to {database}."
                )
            )
        existing = Post.objects.count()
        if existing > MAX_POSTS_WITHOUT_APPEND and not options["append"]:
            raise CommandError(
                f"The forum already holds {existing:,} posts; give --append to add more."
            )

        def out(line: str) -> None:
            self.stdout.write(line)
            self.stdout.flush()

        summary = generate(
            topics=topics,
            posts=posts,
            categories=options["categories"],
            users=options["users"],
            big_topic=options["big_topic"],
            seed=options["seed"],
            batch_size=options["batch_size"],
            out=out,
        )
        big = (
            f"; big topic #{summary.big_topic.pk} with {summary.big_topic.reply_count:,} replies"
            if summary.big_topic
            else ""
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Done in {summary.seconds:.1f} s: {summary.topics:,} topics, "
                f"{summary.posts:,} posts, {summary.users:,} new users, "
                f"{summary.categories:,} new categories{big}."
            )
        )
