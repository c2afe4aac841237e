"""The ``extractor`` command."""
