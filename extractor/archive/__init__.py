"""The archive index: people, documents and targets across many extraction records.

``extractor.index(records)`` (or ``extractor index RECORDS.jsonl -o DIR``) turns
records into three tables: ``positions`` (who held which post, when), ``documents``
(which documents are cited, how often, from when) and ``targets`` (a series per
metric with periods and attainment). Matching rules are in :mod:`.keys`,
:mod:`.positions` and :mod:`.documents`.
"""
from .builder import TABLES, Index, IndexBuilder, index, index_bag
from .documents import document_key
from .keys import article_date, number_key, person_key, position_key, text_key
from .writers import COLUMNS

__all__ = ["COLUMNS", "TABLES", "Index", "IndexBuilder", "article_date", "document_key", "index",
           "index_bag", "number_key", "person_key", "position_key", "text_key"]
