"""The spaCy side: tokenizer, Doc/Span extensions, components, assembly, loading."""
