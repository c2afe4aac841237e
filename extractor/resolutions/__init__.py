"""Referenced resolutions and other official documents (component ``extractor_resolutions``)."""
