"""Sensitivity classification: deterministic detectors (and, later, the ONNX model).

Nothing here imports mitmproxy or bcc: the classifier sees text pieces, never flows.
"""
