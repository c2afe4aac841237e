"""Officials and their titles (component ``extractor_officials``)."""
