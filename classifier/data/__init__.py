"""Seeded generator of labelled LLM request texts (see `generate` and `families`)."""

# `families` first, whichever module is imported: it ends by importing `blind_families`,
# `everyday_families`, `varied_families`, `blind2_families`, `varied2_families`,
# `blind3_families`, `varied3_families`, `blind4_families`, `blind5_families`,
# `varied4_families`, `blind6_families`, `varied5_families` and `blind7_families`, which
# need its `Family`.
from classifier.data import families as _families  # noqa: F401
