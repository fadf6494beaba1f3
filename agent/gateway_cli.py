"""`embargo gateway ...`: serve the gateway, manage caller tokens, fingerprint client certificates.

    embargo gateway keygen --out /secure/token-signing            # signing key stays off the gateway
    embargo gateway token --signing-key /secure/token-signing/signing-key.key \\
        --identity salesforce-prod --tenant acme-eu --scope openai-eu --valid 30d
    embargo gateway fingerprint salesforce-callout.crt            # for `clients:` in gateway.yaml
    embargo gateway serve --config gateway.yaml --tls-cert gateway.pem --listen 0.0.0.0:8443 \\
        --policy policies/default.yaml --events /var/lib/embargo/audit.jsonl
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes

from agent import ca
from agent.ca_cli import duration
from agent.gateway import tokens


def register(commands: argparse._SubParsersAction) -> None:
    from agent.cli import _proxy_arguments

    parser = commands.add_parser("gateway", help="gateway mode: OpenAI-/Anthropic-compatible APIs for callers")
    parser.set_defaults(run_command=run)
    sub = parser.add_subparsers(dest="gateway_command", required=True)

    serve = sub.add_parser("serve", help="run the gateway (reverse proxy with Embargo's inspection)")
    serve.add_argument("--config", type=Path, required=True, metavar="FILE", help="gateway configuration (YAML)")
    serve.add_argument("--tls-cert", type=Path, required=True, metavar="FILE",
                       help="the gateway's server certificate: PEM with key, certificate and chain")
    _proxy_arguments(serve, listen=("0.0.0.0", 8443))
    serve.set_defaults(run=_serve)

    keygen = sub.add_parser("keygen", help="a new token signing key (private) and its public key")
    keygen.add_argument("--out", type=Path, required=True, metavar="DIR")
    keygen.set_defaults(run=_keygen)

    token = sub.add_parser("token", help="issue a caller token (printed on stdout)")
    token.add_argument("--signing-key", type=Path, required=True, metavar="FILE")
    token.add_argument("--identity", required=True)
    token.add_argument("--tenant", required=True)
    token.add_argument("--scope", action="append", required=True, metavar="ROUTE", help="route id (repeatable)")
    token.add_argument("--valid", type=duration, default=duration("30d"), metavar="DURATION")
    token.set_defaults(run=_token)

    fingerprint = sub.add_parser("fingerprint", help="SHA-256 fingerprint of a client certificate (PEM or DER)")
    fingerprint.add_argument("cert", type=Path)
    fingerprint.set_defaults(run=_fingerprint)


def run(args: argparse.Namespace) -> int:
    try:
        return args.run(args)
    except (OSError, ValueError) as err:
        reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
        print(f"embargo gateway: {reason}", file=sys.stderr)
        return 2


def _serve(args: argparse.Namespace) -> int:
    from agent.cli import _proxy_config, _run_proxy
    from agent.gateway.runner import serve

    return _run_proxy(lambda config: serve(config, args.config, args.tls_cert), _proxy_config(args))


def _keygen(args: argparse.Namespace) -> int:
    private, public = tokens.new_signing_key()
    args.out.mkdir(parents=True, exist_ok=True)
    kid = tokens.key_id(tokens.load_public_pem(public))
    ca.write_private(args.out / "signing-key.key", private)
    ca.write_public(args.out / f"{kid}.pem", public)
    print(f"signing key: {args.out / 'signing-key.key'} (keep it off the gateway)\n"
          f"public key:  {args.out / f'{kid}.pem'} (put it in the gateway's tokens.keys directory)")
    return 0


def _token(args: argparse.Namespace) -> int:
    token, claims = tokens.issue(tokens.load_signing_key(args.signing_key), args.identity, args.tenant,
                                 args.scope, int(args.valid.total_seconds()))
    print(f"token id {claims.jti} for {claims.identity} ({claims.tenant}), routes {', '.join(claims.scope)}, "
          f"expires at {claims.expires_at} (Unix time)", file=sys.stderr)
    print(token)
    return 0


def _fingerprint(args: argparse.Namespace) -> int:
    data = args.cert.read_bytes()
    cert = x509.load_pem_x509_certificate(data) if b"-----BEGIN" in data else x509.load_der_x509_certificate(data)
    print(cert.fingerprint(hashes.SHA256()).hex(":").upper())
    return 0
