"""Base of the field components: language data saved in and loaded from the model directory.

``nlp.to_disk`` writes each component's data files (JSON copies of the YAML in
``extractor/lang``) into ``models/extractor_vi/<component>/``; ``spacy.load``
reads them back, so a model directory is self-contained and a stale one is
visible as a diff (``tests/test_model_dir.py``).
"""
from __future__ import annotations

from pathlib import Path

import srsly

from ..lang import load
from . import assemble  # noqa: F401 - registers doc._.record


class DataComponent:
    """A component whose behaviour is fixed by the named language data files.

    Subclasses that turn their data into patterns override :meth:`compile`; the
    result is built once, on first use, and again after :meth:`from_disk` loads
    other data (never per document).
    """

    data_names: tuple[str, ...] = ()

    def __init__(self, name: str):
        self.name = name
        self.data = {key: load(key) for key in self.data_names}
        self._compiled = None

    def compile(self):
        """Patterns and word sets made from ``self.data`` (default: none)."""
        return None

    @property
    def compiled(self):
        """What :meth:`compile` made of the current data."""
        if self._compiled is None:
            self._compiled = self.compile()
        return self._compiled

    def to_disk(self, path, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for key, value in self.data.items():
            srsly.write_json(path / f"{key}.json", value)

    def from_disk(self, path, exclude=()):
        path = Path(path)
        for key in self.data_names:
            file = path / f"{key}.json"
            if file.exists():
                self.data[key] = srsly.read_json(file)
        self._compiled = None
        return self
