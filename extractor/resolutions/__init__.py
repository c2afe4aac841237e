"""Referenced resolutions and other official documents (component ``extractor_resolutions``)."""
from .finder import find_references

__all__ = ["find_references"]
