"""Package metadata, kept apart so that setup.cfg can read the version without importing spaCy."""

__version__ = "0.1.0"
SCHEMA_VERSION = "1.0"
