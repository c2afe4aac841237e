"""Dates: patterns, calendar values, the finder, the article anchor, spaCy component."""
from .anchor import detect_anchor, parse_published
from .finder import DateMatch, find_dates

__all__ = ["DateMatch", "detect_anchor", "find_dates", "parse_published"]
