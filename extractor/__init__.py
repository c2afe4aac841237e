"""extractor: structured fields from Vietnamese press releases.

>>> import extractor
>>> rec = extractor.extract("Sáng ngày 12/6/2023, có 97% chi bộ hoàn thành tốt nhiệm vụ.")
>>> [(d.text, d.value) for d in rec.dates]
[('Sáng ngày 12/6/2023', '2023-06-12')]
"""
from .about import SCHEMA_VERSION, __version__
from .api import Extractor, extract
from .archive import index
from .errors import ExtractorError, InputError, MissingDependencyError, ModelError
from .io import read
from .nlp import load
from .record import Record
from .tables import to_frame
from .view import render_page as _render_page  # noqa: F401 - registers Record.to_html

__all__ = [
    "SCHEMA_VERSION", "Extractor", "ExtractorError", "InputError", "MissingDependencyError",
    "ModelError", "Record", "__version__", "extract", "index", "load", "read", "to_frame",
]
