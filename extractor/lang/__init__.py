"""Language data: Vietnamese words and patterns, kept in YAML files beside this module.

See ``README.md`` here for how to add entries. Every entry is NFC and unique
(``tests/lang/test_lang_data.py``).
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import regex
import srsly

from ..text.normalize import canonical_tone_marks


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """Load ``<name>.yaml`` from this package (cached; treat the result as read-only)."""
    text = resources.files(__name__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return srsly.yaml_loads(text)


def alternation(words) -> str:
    """A regex group matching any of ``words`` (longest first, tone marks canonical, any spacing)."""
    words = sorted({canonical_tone_marks(w) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"


def word_set(words) -> frozenset[str]:
    """Entries as compared against the lower-cased matching view."""
    return frozenset(canonical_tone_marks(w).lower() for w in words)


_BUILT: dict = {}


def built(data, key: str, build):
    """``build(data)``, computed once per data object and ``key``.

    Components hold their data dicts for the life of the pipeline; compiling
    patterns from them on every document cost about 0.5 ms an article.
    """
    hit = _BUILT.get((id(data), key))
    if hit is None or hit[0] is not data:
        hit = _BUILT[(id(data), key)] = (data, build(data))
    return hit[1]


def available() -> list[str]:
    """Names of the data files shipped with the package."""
    return sorted(p.name[:-5] for p in resources.files(__name__).iterdir() if p.name.endswith(".yaml"))
