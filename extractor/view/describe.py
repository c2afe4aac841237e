"""Hover texts: the normalised value of each kind of item, one fact per line."""
from __future__ import annotations

from typing import Optional

from ..record import Date, Official, Organization, Percentage, Resolution, Target, Title


def number(value: Optional[float]) -> str:
    """``97.0`` → ``97``, ``19.87`` → ``19.87`` (as the JSON output writes them)."""
    if value is None:
        return "–"
    value = float(value)
    return str(int(value)) if value.is_integer() else f"{value:g}"


def _lines(*pairs: tuple[str, object]) -> list[str]:
    # Attributes that are None or empty are left out rather than shown as "None".
    return [f"{label}: {value}" for label, value in pairs if value not in (None, "")]


def date(item: Date) -> list[str]:
    """Kind and value, the calendar days covered, part of day, inferred year."""
    out = [f"date ({item.kind}): {item.value}", f"covers {item.start_date} … {item.end_date}"]
    out += _lines(("part of day", item.part_of_day))
    if item.year_inferred:
        out.append("year taken from the article date")
    return out


def percentage(item: Percentage) -> list[str]:
    """Value and subject; implied when written without a percent sign."""
    out = [f"percentage: {number(item.value)}%" + (" (implied)" if item.implied else "")]
    return out + _lines(("subject", item.subject))


def target(item: Target) -> list[str]:
    """Status, attainment, metric, figure and baseline."""
    out = [f"target: {item.status}"]
    if item.attainment_percent is not None:
        out.append(f"attainment: {number(item.attainment_percent)}%")
    figure = None if item.value is None else " ".join(filter(None, (number(item.value), item.unit)))
    return out + _lines(("metric", item.metric), ("value", figure), ("baseline", item.baseline))


def resolution(item: Resolution) -> list[str]:
    """Type and number, issuer, date of issue, subject, congress, ordinal, term."""
    out = [f"resolution: {item.doc_type}" + (f" {item.number}" if item.number else "")]
    return out + _lines(
        ("issuer", item.issuer), ("issued", item.issued), ("subject", item.subject),
        ("congress", item.congress), ("ordinal", item.ordinal), ("term", item.term),
    )


def _position(title: Title) -> str:
    return title.role + (f" · {title.organization}" if title.organization else "")


def official(item: Official) -> list[str]:
    """Name (with honorific) and every title the article gives the person."""
    name = f"{item.honorific} {item.name}" if item.honorific else item.name
    return [f"official: {name}"] + [f"title: {_position(t)}" for t in item.titles]


def title(item: Title, owner: Official) -> list[str]:
    """Role and organisation of one position, and whose it is."""
    return [f"title of {owner.name}", f"role: {item.role}"] + _lines(("organization", item.organization))


def organization(item: Organization) -> list[str]:
    """Full name and abbreviation."""
    return [f"organization: {item.name}"] + _lines(("abbreviation", item.abbreviation))
