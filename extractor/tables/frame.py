"""Records as pandas DataFrames (pandas is the optional ``pandas`` extra, imported on use)."""
from __future__ import annotations

from typing import Iterable, Optional, Union

from ..errors import require
from ..record import Record
from .rows import COLUMNS, RecordLike, rows

#: ISO date columns turned into ``datetime64`` (unreadable values become NaT);
#: the TIMEX-style ``value`` of a date stays a string.
DATE_COLUMNS = {"dates": ("start_date", "end_date"), "resolutions": ("issued",), "documents": ("published",)}


def to_frame(records: Union[RecordLike, Iterable[RecordLike]], field: Optional[str] = "documents"):
    """One table of records as a :class:`pandas.DataFrame`, one row per item.

    Args:
        records: a record, or many (records or their JSON dicts, as
            ``extractor extract`` writes them).
        field: ``dates``, ``percentages``, ``targets``, ``resolutions``,
            ``officials`` (one row per title), ``organizations``, ``spans``
            (every highlighted span), or ``documents``/None (one row per record
            with the count of each field). See :mod:`extractor.tables.rows`.

    Returns:
        A DataFrame with the columns ``extractor.tables.COLUMNS[field]``, empty
        but with those columns when there is nothing to show.

    Example:
        >>> import extractor
        >>> rec = extractor.extract("Sáng ngày 12/6/2023, 97% chi bộ hoàn thành tốt nhiệm vụ.", id="a")
        >>> extractor.to_frame(rec, "percentages")[["doc_id", "text", "value"]].values.tolist()
        [['a', '97%', 97.0]]
    """
    pd = require("pandas", "pandas", "extractor.to_frame")
    table = "documents" if field is None else field
    if isinstance(records, (Record, dict)):
        records = [records]
    frame = pd.DataFrame(rows(records, table), columns=COLUMNS[table])
    for column in DATE_COLUMNS.get(table, ()):
        frame[column] = pd.to_datetime(frame[column], errors="coerce", format="ISO8601")
    return frame
