"""Display names and colours of the highlighted fields, and the page's CSS."""
from __future__ import annotations

from importlib import resources

#: Highlight field → (label, background, border). Backgrounds are opaque so that
#: a screenshot shows each field in exactly its colour (the browser test relies on it).
FIELD_STYLES: dict[str, tuple[str, str, str]] = {
    "dates": ("date", "#cfe3ff", "#1d4ed8"),
    "percentages": ("percentage", "#c9f2d4", "#15803d"),
    "targets": ("target", "#fde9b8", "#b45309"),
    "resolutions": ("resolution", "#ead9ff", "#7e22ce"),
    "officials": ("official", "#ffd0d0", "#b91c1c"),
    "titles": ("title", "#ffd6ec", "#be185d"),
    "organizations": ("organization", "#c4f1ec", "#0f766e"),
}

#: Outer items first when two items cover exactly the same characters.
FIELD_ORDER = tuple(FIELD_STYLES)


def stylesheet() -> str:
    """The CSS of the view: the static rules plus one colour rule per field."""
    base = resources.files(__package__).joinpath("review.css").read_text(encoding="utf-8")
    colours = "\n".join(
        f".ex-review mark.ex-{name} {{ background: {bg}; border-bottom-color: {fg}; }}\n"
        f".ex-review .ex-key-{name} {{ background: {bg}; border-color: {fg}; }}"
        for name, (_, bg, fg) in FIELD_STYLES.items()
    )
    return base + "\n" + colours + "\n"
