"""Organisations paired with their abbreviations (component ``extractor_organizations``)."""
from .finder import OrgMatch, find_organizations
from .lexicon import Lexicon, compile_lexicon

__all__ = ["Lexicon", "OrgMatch", "compile_lexicon", "find_organizations"]
