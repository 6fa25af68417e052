"""Storage: models, sessions, migrations and the queries the service runs."""
