"""Build the spaCy pipeline from the package's resources, and load it from the model directory.

This module sits above the field components it assembles (and above
:mod:`extractor.pipeline`, the Doc plumbing they share), so that no package imports
one that imports it back.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Optional

import spacy
from spacy.language import Language

from . import errors
from .about import __version__
from .pipeline import assemble  # noqa: F401 - registers doc._.record
from .pipeline import extensions  # noqa: F401 - registers doc._ / span._ attributes
from .pipeline import tokenizer  # noqa: F401 - registers the tokenizer

# Order matters: targets read percentages and resolutions; officials read organizations.
COMPONENTS = (
    "extractor_layout",
    "extractor_dates",
    "extractor_percentages",
    "extractor_resolutions",
    "extractor_organizations",
    "extractor_officials",
    "extractor_targets",
)
MODEL_NAME = "extractor_vi"


def _spacy_range() -> str:
    major, minor = (int(x) for x in spacy.__version__.split(".")[:2])
    return f">={major}.{minor},<{major}.{minor + 1}"


def _register_components() -> None:
    # Importing the modules runs their @Language.factory decorators.
    from .dates import component as _d  # noqa: F401
    from .officials import component as _o  # noqa: F401
    from .organizations import component as _g  # noqa: F401
    from .percentages import component as _p  # noqa: F401
    from .resolutions import component as _r  # noqa: F401
    from .targets import component as _t  # noqa: F401
    from .pipeline import layout as _l  # noqa: F401


def build_nlp() -> Language:
    """A fresh pipeline made from the package's code and language data."""
    _register_components()
    nlp = spacy.blank(
        "vi", config={"nlp": {"tokenizer": {"@tokenizers": "extractor.SyllableTokenizer.v1"}}}
    )
    for name in COMPONENTS:
        nlp.add_pipe(name)
    nlp.meta.update({
        "name": MODEL_NAME,
        "version": __version__,
        "description": "Rule-based fields of Vietnamese press releases (extractor package)",
        "license": "GPL-3.0-or-later",
        "author": "extractor team",
        "spacy_version": _spacy_range(),
    })
    return nlp


def installed_model_path() -> Path:
    """Where ``pip install`` put the model directory (``extractor.model``).

    In a source checkout that is not installed, the top-level ``models/extractor_vi``.
    """
    try:
        with resources.as_file(resources.files("extractor.model")) as path:
            return Path(path)
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[1] / "models" / MODEL_NAME


def load(path: Optional[str | Path] = None) -> Language:
    """Load the pipeline as a spaCy ``Language`` (no download; the files ship with the package).

    Args:
        path: a model directory; default the one installed with the package.
    """
    _register_components()
    path = Path(path) if path is not None else installed_model_path()
    if not (path / "config.cfg").exists():
        raise errors.ModelError(
            f"no model directory at {path}; rebuild it with `python -m extractor.model_dir build`"
        )
    return spacy.load(path)
