"""Percentages: finder, subject, spaCy component."""
from .finder import PercentMatch, find_percentages
from .subject import find_subject

__all__ = ["PercentMatch", "find_percentages", "find_subject"]
