"""Records as tables: plain rows (no dependency) and pandas DataFrames (the ``pandas`` extra)."""
from .frame import to_frame
from .rows import COLUMNS, TABLES, rows

__all__ = ["COLUMNS", "TABLES", "rows", "to_frame"]
