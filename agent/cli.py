"""The `embargo` command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from agent.catalog import DEFAULT_CATALOG


def _host_port(value: str) -> tuple[str, int]:
    host, sep, port = value.rpartition(":")
    if not sep or not port.isdigit():
        raise argparse.ArgumentTypeError(f"expected HOST:PORT, got {value!r}")
    return host.strip("[]") or "127.0.0.1", int(port)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="embargo", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    proxy = commands.add_parser("proxy", help="run the intercepting proxy (explicit-proxy mode)")
    proxy.add_argument("--listen", type=_host_port, default=("127.0.0.1", 8080), metavar="HOST:PORT")
    proxy.add_argument("--policy", type=Path, required=True, metavar="FILE")
    proxy.add_argument("--events", type=Path, required=True, metavar="FILE", help="hash-chained audit log (JSON lines)")
    proxy.add_argument("--catalog", type=Path, default=DEFAULT_CATALOG, metavar="FILE")
    proxy.add_argument("--local-model", default="", metavar="URL", help="on-node OpenAI-compatible model server")
    proxy.add_argument("--confdir", type=Path, metavar="DIR", help="mitmproxy confdir (its CA: DIR/mitmproxy-ca-cert.pem)")
    proxy.add_argument("--resolve", action="append", default=[], metavar="HOST:PORT=ADDR:PORT")
    proxy.add_argument("--refuse-network", action="append", default=[], metavar="CIDR",
                       help="cluster range never connected to (repeatable)")
    proxy.add_argument("--workers", type=int, default=2, help="inspection worker processes")
    proxy.add_argument("--max-body", default="16m", metavar="SIZE", help="largest body inspected, raw and decoded")
    proxy.add_argument("--metrics", type=_host_port, metavar="HOST:PORT", help="serve Prometheus /metrics here")
    proxy.add_argument("--set", action="append", default=[], metavar="OPTION=VALUE", help="a mitmproxy option")

    classify = commands.add_parser("classify", help="classify provider requests read as JSON lines")
    classify.add_argument("--jsonl", required=True, metavar="FILE", help="input file, or - for stdin")
    classify.add_argument("--policy", type=Path, metavar="FILE", help="take sensitive field names from this policy")
    classify.add_argument("--catalog", type=Path, default=DEFAULT_CATALOG, metavar="FILE")

    policy = commands.add_parser("policy", help="policy tooling")
    policy_commands = policy.add_subparsers(dest="policy_command", required=True)
    lint = policy_commands.add_parser("lint", help="check a policy file")
    lint.add_argument("file", type=Path)
    lint.add_argument("--catalog", type=Path, default=DEFAULT_CATALOG, metavar="FILE")
    lint.add_argument("--format", choices=("text", "json"), default="text")
    test = policy_commands.add_parser("test", help="run the *.cases.yaml fixtures in a directory")
    test.add_argument("directory", type=Path)
    test.add_argument("--catalog", type=Path, default=DEFAULT_CATALOG, metavar="FILE")

    audit = commands.add_parser("audit", help="audit log tooling")
    audit_commands = audit.add_subparsers(dest="audit_command", required=True)
    verify = audit_commands.add_parser("verify", help="verify the hash chain of an audit log")
    verify.add_argument("file", type=Path)

    demo = commands.add_parser("demo", help="run the loopback demo")
    demo.add_argument("--workdir", type=Path, help="keep the demo's files here (default: a temporary directory)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "proxy":
        return _proxy(args)
    if args.command == "classify":
        from agent.classify_cli import run_classify

        return run_classify(args.jsonl, args.policy, args.catalog)
    if args.command == "policy":
        from agent.policy import tooling

        if args.policy_command == "lint":
            return tooling.lint_command(args.file, args.catalog, args.format)
        return tooling.test_command(args.directory, args.catalog)
    if args.command == "audit":
        return _verify(args.file)
    from agent.demo.runner import run_demo

    return run_demo(args.workdir)


def _proxy(args: argparse.Namespace) -> int:
    from mitmproxy.exceptions import OptionsError

    from agent.proxy import ProxyConfig, serve

    config = ProxyConfig(
        listen_host=args.listen[0],
        listen_port=args.listen[1],
        policy=args.policy,
        events=args.events,
        catalog=args.catalog,
        local_model=args.local_model,
        confdir=args.confdir,
        resolve=args.resolve,
        refuse_networks=args.refuse_network,
        workers=args.workers,
        max_body=args.max_body,
        metrics_listen=args.metrics,
        mitmproxy_options=args.set,
    )
    try:
        serve(config)
    except OptionsError as err:
        print(f"embargo: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        pass
    return 0


def _verify(path: Path) -> int:
    from agent.audit import verify

    try:
        report = verify(path)
    except OSError as err:
        print(f"embargo: cannot read {path}: {err.strerror}", file=sys.stderr)
        return 2
    for warning in report.warnings:
        print(f"warning: {warning}")
    for error in report.errors:
        print(f"error: {error}")
    print(f"{path}: {report.records} records, {'chain intact' if report.ok else 'CHAIN BROKEN'}")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
