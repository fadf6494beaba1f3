"""The demo's on-node model: a tiny GGUF generated here, served by llama.cpp's real server.

No weights are downloaded: `write_tiny_gguf` writes a llama-architecture model with random
(seeded, so byte-for-byte reproducible) weights, two layers, a byte-level BPE vocabulary
and a ChatML chat template, about half a megabyte. Its answers are gibberish, but every
byte of them comes from llama.cpp running a real model behind its OpenAI-compatible API,
which is all Embargo's redirect needs. Point `--model` at any real GGUF file to get real
answers; nothing else changes.

`LocalModelServer` runs `python -m llama_cpp.server` (the `local-model` extra) on a free
loopback port with an API key from a file: the on-node model is never an open endpoint.

    python -m agent.demo.local_model tiny.gguf      # write the model file
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from agent.demo.stack import free_port, stop_process, wait_for_port

MODEL_ALIAS = "embargo-tiny-llama"

# ChatML, as many small chat models use it; tool calls of earlier turns are rendered too.
CHAT_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\n' }}"
    "{% if message['content'] %}{{ message['content'] }}{% endif %}"
    "{% if message['tool_calls'] %}{% for call in message['tool_calls'] %}"
    "{{ '<tool_call>' + call['function']['name'] + ' ' + call['function']['arguments'] + '</tool_call>' }}"
    "{% endfor %}{% endif %}"
    "{{ '<|im_end|>\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)
_SPECIAL_TOKENS = ("<|endoftext|>", "<|im_start|>", "<|im_end|>")
_MERGES = ("Ġ t", "h e", "i n", "e r", "a n")


def _byte_tokens() -> list[str]:
    """GPT-2's byte-to-unicode table: every byte is a printable token of its own."""
    printable = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1), *range(ord("®"), ord("ÿ") + 1)]
    chars, extra = {}, 0
    for byte in range(256):
        if byte in printable:
            chars[byte] = chr(byte)
        else:
            chars[byte] = chr(256 + extra)
            extra += 1
    return [chars[b] for b in range(256)]


def write_tiny_gguf(path: Path, *, embedding: int = 128, layers: int = 2, heads: int = 4, seed: int = 7) -> Path:
    """Write a tiny llama-architecture GGUF model to `path` (the same bytes for the same arguments)."""
    import gguf
    import numpy as np

    merged = [m.replace(" ", "") for m in _MERGES]
    tokens = [*_byte_tokens(), *merged, *_SPECIAL_TOKENS]
    types = [gguf.TokenType.NORMAL] * (len(tokens) - len(_SPECIAL_TOKENS)) + [gguf.TokenType.CONTROL] * len(_SPECIAL_TOKENS)
    feed_forward = embedding * 2
    rng = np.random.default_rng(seed)

    def weights(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape) * 0.05).astype(np.float32)

    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_name(MODEL_ALIAS)
    writer.add_context_length(512)
    writer.add_embedding_length(embedding)
    writer.add_block_count(layers)
    writer.add_feed_forward_length(feed_forward)
    writer.add_head_count(heads)
    writer.add_head_count_kv(heads)
    writer.add_rope_dimension_count(embedding // heads)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_file_type(gguf.LlamaFileType.ALL_F32)
    writer.add_tokenizer_model("gpt2")
    writer.add_tokenizer_pre("default")
    writer.add_token_list(tokens)
    writer.add_token_types(types)
    writer.add_token_merges(list(_MERGES))
    writer.add_bos_token_id(tokens.index("<|endoftext|>"))
    writer.add_eos_token_id(tokens.index("<|im_end|>"))
    writer.add_add_bos_token(False)
    writer.add_chat_template(CHAT_TEMPLATE)
    ones = np.ones(embedding, dtype=np.float32)
    writer.add_tensor("token_embd.weight", weights(len(tokens), embedding))
    writer.add_tensor("output_norm.weight", ones)
    writer.add_tensor("output.weight", weights(len(tokens), embedding))
    for block in range(layers):
        prefix = f"blk.{block}"
        writer.add_tensor(f"{prefix}.attn_norm.weight", ones)
        for name in ("attn_q", "attn_k", "attn_v", "attn_output"):
            writer.add_tensor(f"{prefix}.{name}.weight", weights(embedding, embedding))
        writer.add_tensor(f"{prefix}.ffn_norm.weight", ones)
        writer.add_tensor(f"{prefix}.ffn_gate.weight", weights(feed_forward, embedding))
        writer.add_tensor(f"{prefix}.ffn_up.weight", weights(feed_forward, embedding))
        writer.add_tensor(f"{prefix}.ffn_down.weight", weights(embedding, feed_forward))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def llama_server_available() -> bool:
    """Whether llama.cpp's server (the `local-model` extra) is installed."""
    try:
        import llama_cpp.server  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass
class LocalModelServer:
    """A running llama.cpp server that requires the API key in `key_file`."""

    process: subprocess.Popen
    port: int
    model: Path
    key_file: Path
    log: Path

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def key(self) -> str:
        return self.key_file.read_text().strip()

    def stop(self) -> None:
        stop_process(self.process)


def start_local_model(workdir: Path, model: Path | None = None, timeout: float = 60.0) -> LocalModelServer:
    """Serve `model` (default: a freshly written tiny GGUF) with llama.cpp on a free loopback port."""
    workdir.mkdir(parents=True, exist_ok=True)
    if model is None:
        model = write_tiny_gguf(workdir / "tiny.gguf")
    key = secrets.token_urlsafe(24)
    key_file = _private(workdir / "local-model.key", key + "\n")
    port = free_port()
    # The server reads its key from a config file too: no secret on a command line.
    config = {
        "host": "127.0.0.1", "port": port, "api_key": key,
        "models": [{"model": str(model), "model_alias": MODEL_ALIAS, "n_ctx": 2048, "n_threads": 1, "verbose": False}],
    }
    config_file = _private(workdir / "llama-server.json", json.dumps(config))
    log = workdir / "llama-server.log"
    args = [sys.executable, "-m", "llama_cpp.server", "--config_file", str(config_file)]
    with log.open("wb") as out:
        process = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    server = LocalModelServer(process, port, model, key_file, log)
    try:
        wait_for_port(port, timeout, process)
    except (RuntimeError, TimeoutError) as err:
        server.stop()
        raise RuntimeError(f"llama.cpp server did not start: {err}\n{log.read_text(errors='replace')[-2000:]}") from None
    return server


def _private(path: Path, text: str) -> Path:
    """Write a file only its owner can read."""
    path.unlink(missing_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(text)
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "tiny.gguf")
    print(f"wrote {write_tiny_gguf(target)} ({target.stat().st_size} bytes)")
