"""Targets, plans and quotas with their attainment (component ``extractor_targets``)."""
