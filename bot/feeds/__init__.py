"""Scheduled sources: RSS/Atom feeds and pages polled for deal news (fetch, parse, poll, schedule)."""
