"""mitmproxy addons. Each module with an `addons = [...]` list loads on its own with
`mitmdump -s addons/<file>.py`; `providers/` holds the wire-format adapters they use."""
