"""The spaCy model directory of the pipeline (data only)."""
