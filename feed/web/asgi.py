"""The app for `feed serve --workers N`: each uvicorn worker process builds its own from the environment."""

from __future__ import annotations

import logging

from starlette.applications import Starlette

from db.session import Database
from feed.config import Settings
from feed.logs import configure_logging
from feed.web.app import create_app
from feed.web.server import set_header_timeout


def app_from_env() -> Starlette:
    settings = Settings.from_env()
    configure_logging(logging.INFO, settings.log_format)
    set_header_timeout(settings.header_timeout)  # this worker's connections (feed.web.server)
    return create_app(settings, Database(settings.database_url))
