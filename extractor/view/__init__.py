"""The review view: a record's article as HTML, every extracted item highlighted by field.

Self-contained HTML (inline CSS, no scripts, no web fonts), so a page written by
``extractor show`` opens offline and a record displays itself in Jupyter.
Hovering an item shows its normalised value (the ``title`` attribute).
"""
from ..record.data import register_renderer
from .items import Highlight, highlights
from .page import render_page, to_html

register_renderer("html", to_html)

__all__ = ["Highlight", "highlights", "render_page", "to_html"]
