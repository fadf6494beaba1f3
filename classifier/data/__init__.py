"""Seeded generator of labelled LLM request texts (see `generate` and `families`)."""
