# NMIRF Exchange, production image.
#   docker build -t nmirf-exchange .
# Runs gunicorn on :8000 with cms.settings.production; SECRET_KEY, ALLOWED_HOSTS and
# DATABASE_URL must be given at run time (see .env.example and docker-compose.yml).
FROM python:3.11-slim-bookworm

ENV PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=cms.settings.production

# GNU gettext for compilemessages; nothing else is needed (psycopg and Pillow ship wheels).
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --system --gid 1000 app \
    && useradd --system --uid 1000 --gid app --home-dir /app --no-create-home \
       --shell /usr/sbin/nologin app

WORKDIR /app

# Dependencies first (only the runtime ones from pyproject.toml, pinned by requirements.lock),
# so that a change in the code does not reinstall them.
COPY pyproject.toml requirements.lock ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
       > /tmp/requirements.txt \
    && pip install --no-cache-dir -c requirements.lock -r /tmp/requirements.txt \
    && rm /tmp/requirements.txt

# The whole source tree (manage.py, locale/, the apps' templates and static files), installed
# in place so that BASE_DIR is /app and there is a single copy of the code.
COPY . .
RUN pip install --no-cache-dir --no-deps -c requirements.lock -e .

# Compiled catalogues and collected static files belong to the image. Both commands load the
# production settings, which refuse to start without these variables: the dummy values exist
# only within this RUN step and never reach the image's environment.
RUN export SECRET_KEY=build ALLOWED_HOSTS=build DATABASE_URL=sqlite:////tmp/build.sqlite3 \
    && python manage.py compilemessages \
    && python manage.py collectstatic --noinput \
    && rm -f /tmp/build.sqlite3

# The code stays root-owned and read-only for the app; only uploads are writable. A fresh
# named volume mounted on /app/var/media takes this ownership.
RUN mkdir -p /app/var/media /app/var/private && chown app:app /app/var/media /app/var/private

USER app

EXPOSE 8000

# /healthz answers 200 after a database round trip, 503 when the database is down; it is exempt
# from the HTTPS redirect. The Host header is the first ALLOWED_HOSTS entry, which Django accepts.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request as u; h = os.environ.get('ALLOWED_HOSTS', '').split(',')[0].strip().lstrip('.'); h = 'localhost' if h in ('', '*') else h; u.urlopen(u.Request('http://127.0.0.1:8000/healthz', headers={'Host': h}), timeout=4)"]

CMD ["sh", "-c", "exec gunicorn cms.wsgi:application --bind 0.0.0.0:8000 --workers ${WEB_CONCURRENCY:-3} --access-logfile -"]
