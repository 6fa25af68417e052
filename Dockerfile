# Three stages, so that a change to the code reinstalls nothing from PyPI and the image holds no build tree:
#   deps:  a virtual environment with the locked dependencies (requirements.lock, hashes checked); this
#          layer is rebuilt only when the lock changes
#   build: the project itself, built from the source and installed with --root into a staging tree
#   final: the base image, the deps venv, and the staged project files (a few MB) on top
FROM python:3.11-slim AS deps
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/venv
COPY requirements.lock /tmp/requirements.lock
RUN /opt/venv/bin/pip install --require-hashes --no-deps -r /tmp/requirements.lock

FROM deps AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY db ./db
COPY feed ./feed
# --root: the files land under /staging at the paths they have in /opt/venv (the `feed` script's
# interpreter line included), so the final stage copies them over the deps venv as they are
RUN /opt/venv/bin/pip install --no-deps --no-warn-script-location --root /staging .

FROM python:3.11-slim
RUN useradd --system --no-create-home --home-dir /data feed && mkdir /data && chown feed /data
COPY --from=deps /opt/venv /opt/venv
COPY --from=build /staging/ /
# Plain `docker run`: the SQLite database lives in /data, a volume (anonymous unless you name one:
# `docker run -v feed-data:/data …`), not in the container's writable layer
ENV PATH=/opt/venv/bin:$PATH PYTHONUNBUFFERED=1 FEED_DATABASE_URL=sqlite:////data/feed.db
VOLUME /data
WORKDIR /data
USER feed
EXPOSE 8000
CMD ["feed", "serve", "--host", "0.0.0.0", "--port", "8000"]
