"""Typed models of the record contract (``../shared/record-contract.md``, version 1).

Plain dataclasses: cheap to build in the hot path, easy to read in a notebook.
Conversion to and from dicts and JSON lives in :mod:`extractor.record.convert`
only; the JSON Schema is generated from these classes by
:mod:`extractor.record.schema`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Optional

from ..about import SCHEMA_VERSION

DateKind = Literal["date", "datetime", "month", "quarter", "half_year", "year", "range"]
PartOfDay = Literal["morning", "noon", "afternoon", "evening", "night"]
TargetStatus = Literal["exceeded", "met", "met_or_exceeded", "not_met", "planned"]
Zone = Literal["body", "headline", "dateline", "caption", "byline", "related", "boilerplate"]


@dataclass
class Span:
    """A piece of ``record.text``: ``text == record.text[start:end]``."""

    text: str
    start: int
    end: int


@dataclass
class Date(Span):
    """A temporal expression that names a calendar time."""

    kind: DateKind = "date"
    value: str = ""
    start_date: str = ""
    end_date: str = ""
    part_of_day: Optional[PartOfDay] = None
    year_inferred: bool = False
    zone: Zone = "body"


@dataclass
class Percentage(Span):
    """A percentage and what it measures."""

    value: float = 0.0
    subject: Optional[str] = None
    implied: bool = False
    zone: Zone = "body"


@dataclass
class Title(Span):
    """One position of an official, as written."""

    title: str = ""
    role: str = ""
    organization: Optional[str] = None


@dataclass
class Official:
    """A person named with at least one position."""

    name: str
    honorific: Optional[str] = None
    titles: list[Title] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Target(Span):
    """A goal, quota or plan, and how far it was reached."""

    metric: str = ""
    value: Optional[float] = None
    unit: Optional[str] = None
    attainment_percent: Optional[float] = None
    baseline: Optional[str] = None
    status: TargetStatus = "planned"


@dataclass
class Resolution(Span):
    """A referenced resolution, directive, decision or other official document."""

    doc_type: str = ""
    number: Optional[str] = None
    issued: Optional[str] = None
    issuer: Optional[str] = None
    subject: Optional[str] = None
    congress: Optional[str] = None
    ordinal: Optional[int] = None
    term: Optional[str] = None


@dataclass
class Organization:
    """An organisation whose full name the text pairs with an abbreviation."""

    name: str
    abbreviation: Optional[str] = None
    mentions: list[Span] = field(default_factory=list)


#: Renderers the layers above register (``"html"``: the review view of
#: :mod:`extractor.view`, registered when ``extractor`` is imported), so that the
#: record layer at the bottom of the package never imports the view above it.
_RENDERERS: dict = {}


def register_renderer(kind: str, render) -> None:
    """Make ``render(record, **options)`` what :meth:`Record.to_html` (``kind="html"``) calls."""
    _RENDERERS[kind] = render


@dataclass
class Record:
    """Everything extracted from one document."""

    id: str
    text: str
    source: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    dates: list[Date] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    percentages: list[Percentage] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    resolutions: list[Resolution] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    schema_version: Literal["1.0"] = SCHEMA_VERSION

    def to_dict(self, *, include_text: bool = True) -> dict:
        """The record as plain JSON-ready data (see :mod:`extractor.record.convert`)."""
        from .convert import record_to_dict

        return record_to_dict(self, include_text=include_text)

    def to_json(self, *, include_text: bool = True, indent: Optional[int] = None) -> str:
        """The record as one JSON document (one line unless ``indent`` is given)."""
        from .convert import record_to_json

        return record_to_json(self, include_text=include_text, indent=indent)

    def to_html(self, *, full_page: bool = True, items: bool = True) -> str:
        """The review view: the article with every item highlighted (see :mod:`extractor.view`)."""
        return _RENDERERS["html"](self, full_page=full_page, items=items)

    def _repr_html_(self) -> str:
        # Jupyter shows a record as its review view.
        return self.to_html(full_page=False)

    def spans(self):
        """Yield ``(field, item)`` for every item that carries a span, titles and mentions included."""
        for name in ("dates", "percentages", "targets", "resolutions"):
            for item in getattr(self, name):
                yield name, item
        for official in self.officials:
            for item in official.titles:
                yield "titles", item
            for item in official.mentions:
                yield "officials", item
        for org in self.organizations:
            for item in org.mentions:
                yield "organizations", item


SPAN_FIELDS = ("dates", "percentages", "targets", "resolutions")
FIELDS = ("dates", "officials", "percentages", "targets", "resolutions", "organizations")
