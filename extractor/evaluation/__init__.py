"""Gold files, scoring, and running the pipeline over a gold set."""
