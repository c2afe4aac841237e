"""Every error the library raises and every warning text it writes into records.

Errors are exceptions for the caller's mistakes (bad arguments, missing optional
dependencies). Problems with a *document* never raise in a batch: they become
strings in ``record.warnings`` built by the ``W*`` helpers below, so that a user
can grep an output file for one code.
"""
from __future__ import annotations


class ExtractorError(Exception):
    """Base class of the library's exceptions."""


class InputError(ExtractorError, ValueError):
    """An input document or file that cannot be turned into a record."""


class MissingDependencyError(ExtractorError, ImportError):
    """An optional dependency that a requested feature needs is not installed."""


class ModelError(ExtractorError):
    """The pipeline directory is missing, stale or does not load."""


def require(module: str, extra: str, feature: str):
    """Import an optional dependency or fail with the command that installs it.

    Args:
        module: importable module name, e.g. ``"pyarrow"``.
        extra: the package extra that provides it, e.g. ``"parquet"``.
        feature: what the caller tried to use, for the message.
    """
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingDependencyError(
            f"{feature} needs the optional dependency {module!r}: "
            f"pip install 'extractor[{extra}]'"
        ) from exc


# Warning codes written into record.warnings ("CODE: detail").
def w_empty_text() -> str:
    return "W001: the document has no text"


def w_not_nfc() -> str:
    return "W002: text was not in Unicode NFC and was normalised"


def w_bad_published(value: object) -> str:
    return f"W003: could not read the published date {value!r}; ignored"


def w_unanchored(text: str) -> str:
    return f"W004: year-less date {text!r} has no article date to take its year from; left out"


def w_truncated(limit: int) -> str:
    return f"W005: the text is longer than {limit} characters; only the first {limit} were analysed"


def w_control_chars(count: int) -> str:
    return f"W006: {count} control characters were replaced by spaces"


def w_lone_surrogates(count: int) -> str:
    return f"W007: {count} lone surrogate code points (not valid Unicode text) were replaced by U+FFFD"


# Readers and batch runs (W010-W029, E010-E029).
def w_legacy_encoding(name: str) -> str:
    return f"W010: the text was in the legacy encoding {name} and was converted to Unicode"


def w_undecodable_bytes(name: str) -> str:
    return f"W011: some bytes are not valid {name} and were replaced by U+FFFD"


def w_decomposed_unicode() -> str:
    return "W012: the text was in decomposed Unicode (NFD) and was composed to NFC"


def w_html_no_main_text() -> str:
    return "W013: no main text was found in the HTML; the whole page text was used"


def w_published_from_archive(value: str) -> str:
    return f"W014: no article date in the page; the archive's capture date {value} was used as published"


def e_timeout(seconds: float) -> str:
    return f"E010: extraction took longer than {seconds:g} s and was stopped"


def e_too_large(what: str, size: int, limit: int) -> str:
    return f"E011: {what} of {size} bytes is over the limit of {limit}; not read"


def e_worker_died(detail: str) -> str:
    return f"E012: the worker process died while extracting this document ({detail})"


def e_extraction_failed(exc: BaseException) -> str:
    return f"E013: extraction failed: {type(exc).__name__}: {exc}"


# Fields (W040 resolutions, W070 organizations).
def w_unlinked_congress(text: str) -> str:
    return f"W040: {text!r} names no congress found in the text; its congress, ordinal and term are left empty"


def w_too_many_organizations(limit: int) -> str:
    return f"W070: more than {limit} organisations paired with abbreviations; only the first {limit} were kept"
