"""The ``extractor`` command: one module per sub-command, registered here."""
from __future__ import annotations

import argparse
import sys

from . import bench, evaluate, extract, index, show

#: Sub-command modules; each has ``add_parser(subparsers)`` and ``run(args) -> int``.
COMMANDS = (extract, evaluate, bench, show, index)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``extractor`` command."""
    ap = argparse.ArgumentParser(prog="extractor", description="Structured fields from Vietnamese press releases.")
    ap.add_argument("--model", help="model directory (default: the one installed with the package)")
    sub = ap.add_subparsers(dest="command", required=True)
    for command in COMMANDS:
        command.add_parser(sub)
    return ap


def main(argv=None) -> int:
    """Entry point of the ``extractor`` command."""
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
