"""Organisations paired with their abbreviations (component ``extractor_organizations``)."""
