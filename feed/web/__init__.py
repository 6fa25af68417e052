"""The HTTP side: Starlette app, feeds, calendars, JSON API, HTML index."""
