"""`embargo ca ...`: the name-constrained interception CA (see agent/ca.py and deploy/trust/).

    embargo ca root --out /offline/embargo-root               # once, off the nodes
    embargo ca request --confdir /var/lib/embargo/ca --node n1 # on the node: key + CSR
    embargo ca sign --root /offline/embargo-root --csr n1.csr --out n1.pem --valid 7d
    embargo ca install --confdir /var/lib/embargo/ca --cert n1.pem --root-cert root.pem
    embargo ca show /var/lib/embargo/ca/mitmproxy-ca.pem --warn 2d
"""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

from agent import ca
from agent.catalog import DEFAULT_CATALOG, Catalog
from agent.yamlfile import ConfigError, parse_duration

PENDING_KEY = "node-key.pending.pem"
REQUEST = "node.csr"


def duration(text: str) -> datetime.timedelta:
    value = parse_duration(text)
    if value is None:
        raise argparse.ArgumentTypeError(f"expected a duration such as 7d, 12h or 30m, got {text!r}")
    return value


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("ca", help="the name-constrained interception CA")
    parser.set_defaults(run_command=run)
    sub = parser.add_subparsers(dest="ca_command", required=True)

    def names_args(p: argparse.ArgumentParser) -> None:
        p.add_argument("--catalog", type=Path, default=DEFAULT_CATALOG, metavar="FILE",
                       help="permitted names are the catalog's AI hosts")
        p.add_argument("--extra-name", action="append", default=[], metavar="DNS",
                       help="also permit this DNS subtree (repeatable)")

    root = sub.add_parser("root", help="create the offline root (key and certificate)")
    root.add_argument("--out", type=Path, required=True, metavar="DIR")
    root.add_argument("--valid", type=duration, default=ca.ROOT_VALIDITY, metavar="DURATION")
    names_args(root)
    root.set_defaults(run=_root)

    request = sub.add_parser("request", help="on a node: a fresh intermediate key and its signing request")
    request.add_argument("--confdir", type=Path, required=True, metavar="DIR")
    request.add_argument("--node", required=True)
    request.set_defaults(run=_request)

    sign = sub.add_parser("sign", help="issuer: sign a node request with the catalog's constraints")
    sign.add_argument("--root", type=Path, required=True, metavar="DIR", help="holds root.pem and root-key.pem")
    sign.add_argument("--csr", type=Path, required=True, metavar="FILE")
    sign.add_argument("--out", type=Path, required=True, metavar="FILE")
    sign.add_argument("--valid", type=duration, default=ca.NODE_VALIDITY, metavar="DURATION")
    names_args(sign)
    sign.set_defaults(run=_sign)

    install = sub.add_parser("install", help="on a node: install the signed intermediate for mitmproxy")
    install.add_argument("--confdir", type=Path, required=True, metavar="DIR")
    install.add_argument("--cert", type=Path, required=True, metavar="FILE")
    install.add_argument("--root-cert", type=Path, required=True, metavar="FILE")
    install.set_defaults(run=_install)

    show = sub.add_parser("show", help="expiry and constraints of a CA file; exit 1 if it expires within --warn")
    show.add_argument("file", type=Path)
    show.add_argument("--warn", type=duration, default=datetime.timedelta(days=2), metavar="DURATION")
    show.set_defaults(run=_show)


def run(args: argparse.Namespace) -> int:
    try:
        return args.run(args)
    except (ca.CaError, ConfigError) as err:
        print(f"embargo ca: {err}", file=sys.stderr)
        return 2


def _names(args: argparse.Namespace) -> tuple[str, ...]:
    permitted = ca.permitted_names(Catalog.load(args.catalog), args.extra_name)
    for pattern in permitted.uncovered:
        print(f"warning: catalog host pattern {pattern!r} cannot be expressed as a name constraint; "
              "interception of it will fail (add --extra-name)", file=sys.stderr)
    return permitted.names


def _root(args: argparse.Namespace) -> int:
    names = _names(args)
    key, cert = ca.create_root(names, validity=args.valid)
    args.out.mkdir(parents=True, exist_ok=True)
    ca.write_key(args.out / "root-key.pem", key)
    ca.write_public(args.out / "root.pem", ca.pem(cert))
    print(f"root written to {args.out}: {len(names)} permitted DNS subtrees, no IP addresses, "
          f"valid until {cert.not_valid_after_utc:%Y-%m-%d}. Keep root-key.pem off the nodes.")
    return 0


def _request(args: argparse.Namespace) -> int:
    key, csr = ca.node_request(args.node)
    args.confdir.mkdir(parents=True, exist_ok=True)
    ca.write_key(args.confdir / PENDING_KEY, key)
    ca.write_public(args.confdir / REQUEST, ca.csr_pem(csr))
    print(args.confdir / REQUEST)
    return 0


def _sign(args: argparse.Namespace) -> int:
    cert = ca.sign_node(ca.load_key(args.root / "root-key.pem"), ca.load_cert(args.root / "root.pem"),
                        ca.load_csr(args.csr), _names(args), args.valid)
    ca.write_public(args.out, ca.pem(cert))
    print(f"{cert.subject.rfc4514_string()} valid until {cert.not_valid_after_utc.isoformat()}")
    return 0


def _install(args: argparse.Namespace) -> int:
    pending = args.confdir / PENDING_KEY
    ca.install_node(args.confdir, ca.load_key(pending), ca.load_cert(args.cert), ca.load_cert(args.root_cert))
    pending.unlink()
    (args.confdir / REQUEST).unlink(missing_ok=True)
    print(f"installed in {args.confdir}; a running proxy picks it up within embargo_ca_check_s")
    return 0


def _show(args: argparse.Namespace) -> int:
    state = ca.status(ca.load_cert(args.file))
    print(f"subject:      {state.subject}")
    print(f"valid until:  {state.not_after.isoformat()} ({state.remaining.total_seconds() / 3600:.1f} h left)")
    print(f"constrained:  {'yes, ' + str(len(state.permitted)) + ' DNS subtrees, no IPs' if state.constrained else 'NO'}")
    return 1 if state.remaining < args.warn or not state.constrained else 0
