"""Which optional modules the readers of a set of inputs import, checked before a run starts.

The readers import their third-party modules lazily (so that ``import extractor``
stays light); a batch checks them all up front, so that a missing module stops
the run with one message before any output is written, instead of failing
inside a worker halfway through.
"""
from __future__ import annotations

import glob
from pathlib import Path
from typing import Iterable, Iterator

from .. import errors

#: Input kind → ``(module, extra)`` pairs its reader imports.
MODULES = {
    "html": (("lxml_html_clean", "html"), ("trafilatura", "html")),
    # a WARC record is an HTML page
    "warc": (("warcio.archiveiterator", "warc"), ("lxml_html_clean", "html"), ("trafilatura", "html")),
    # a plain-text file may be in a legacy encoding
    "text": (("viparse", "legacy"),),
}


def _kinds_of(paths: Iterable[str | Path]) -> Iterator[str]:
    from .readers import HTML_SUFFIXES, SUFFIXES, TEXT_SUFFIXES, WARC_SUFFIXES, _suffix

    kind = {**dict.fromkeys(HTML_SUFFIXES, "html"), **dict.fromkeys(WARC_SUFFIXES, "warc"),
            **dict.fromkeys(TEXT_SUFFIXES, "text")}
    for raw in paths:
        if str(raw) == "-":
            continue
        path = Path(raw)
        if path.is_dir():
            files: Iterable[Path] = (p for p in path.rglob("*") if p.is_file())
        elif path.exists():
            files = [path]
        else:
            files = (Path(m) for m in glob.glob(str(raw), recursive=True)) if glob.has_magic(str(raw)) else []
        for f in files:
            suffix = _suffix(f)
            if suffix in SUFFIXES and suffix in kind:
                yield kind[suffix]


def check_readers(paths: Iterable[str | Path]) -> set[str]:
    """Import every module the readers of ``paths`` will need; return the input kinds found.

    Raises:
        MissingDependencyError: naming the module and the extra that installs it.
    """
    found: set[str] = set()
    for kind in _kinds_of(paths):
        if kind in found:
            continue
        found.add(kind)
        for module, extra in MODULES[kind]:
            errors.require(module, extra, f"reading {kind.upper()} inputs")
        if found == set(MODULES):
            break
    return found
