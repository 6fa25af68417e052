"""Rendering stored rows as feeds and calendars: rows in, bytes out."""
