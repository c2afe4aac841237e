"""Remove outputs and execution counts from notebooks before committing them.

    python notebooks/strip.py notebooks/*.ipynb

tests/notebooks checks that the committed notebooks carry no outputs.
"""
import sys

import nbformat


def strip(path: str) -> bool:
    """Strip one notebook in place; True when it changed."""
    nb = nbformat.read(path, as_version=4)
    changed = False
    for cell in nb.cells:
        if cell.cell_type == "code" and (cell.outputs or cell.execution_count is not None):
            cell.outputs, cell.execution_count, changed = [], None, True
    if changed:
        nbformat.write(nb, path)
    return changed


if __name__ == "__main__":
    for name in sys.argv[1:]:
        if strip(name):
            print(f"stripped {name}")
