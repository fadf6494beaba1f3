"""Interception CA upkeep: leaves a name-constrained CA can vouch for, and CA rotation.

    mitmdump -s addons/trust.py -s addons/embargo.py --set confdir=/var/lib/embargo/ca

mitmproxy names a minted leaf after the client's SNI, the upstream certificate's names and
the address it dialled (an IP once Embargo pins the resolved address). Under a CA whose name
constraints permit only the catalog's AI hosts and no IP address, those extra names would
make every leaf invalid. When the loaded CA carries name constraints, this addon re-mints
the leaf for the SNI alone, which is the one name the client checks.

The per-node intermediate is short-lived: `embargo ca install` replaces the confdir's
`mitmproxy-ca.pem` atomically, and this addon reloads it (checked every
`embargo_ca_check_s` seconds) so that new connections get leaves from the new CA without a
restart. The CA's expiry is exported as a metric for alerting.
"""

from __future__ import annotations

import asyncio
import logging
import os
from pathlib import Path

from cryptography import x509
from mitmproxy import ctx, tls
from mitmproxy.addonmanager import Loader

from agent import metrics

log = logging.getLogger("embargo")

CA_FILE = "mitmproxy-ca.pem"  # mitmproxy's own name for the key + chain file (agent.ca.CA_FILE)


class InterceptionCa:
    def __init__(self) -> None:
        self.constrained = False
        self._stamp: tuple[int, int] | None = None
        self._watcher: asyncio.Task | None = None

    def load(self, loader: Loader) -> None:
        loader.add_option("embargo_ca_check_s", int, 30,
                          "Seconds between checks for a rotated interception CA (0: never reload).")

    def configure(self, updated: set[str]) -> None:
        if "confdir" in updated or "certs" in updated:
            self._loaded()

    async def running(self) -> None:
        self._loaded()
        if ctx.options.embargo_ca_check_s > 0:
            self._watcher = asyncio.create_task(self._watch())

    async def done(self) -> None:
        if self._watcher:
            self._watcher.cancel()

    def tls_start_client(self, tls_start: tls.TlsData) -> None:
        """Runs after mitmproxy's own: swap the leaf for one naming the SNI only."""
        sni = tls_start.conn.sni
        if not self.constrained or tls_start.ssl_conn is None or not sni:
            return
        store = _tlsconfig().certstore
        configured = {k for k in store.certs if isinstance(k, str)}  # --certs entries; minted ones have tuple keys
        if configured & {"*", *store.asterisk_forms(sni)}:
            return
        entry = store.get_cert(sni, [x509.DNSName(sni)])
        tls_start.ssl_conn.use_certificate(entry.cert.to_cryptography())
        tls_start.ssl_conn.use_privatekey(entry.privatekey)

    # --- rotation ------------------------------------------------------------------------

    def _ca_path(self) -> Path:
        return Path(os.path.expanduser(ctx.options.confdir)) / CA_FILE

    def _loaded(self) -> None:
        """Note what mitmproxy has loaded: its constraints, expiry and file identity."""
        ca = _tlsconfig().certstore.default_ca.to_cryptography()
        try:
            ca.extensions.get_extension_for_class(x509.NameConstraints)
            self.constrained = True
        except x509.ExtensionNotFound:
            self.constrained = False
        metrics.INTERCEPTION_CA_EXPIRY.set(ca.not_valid_after_utc.timestamp())
        try:
            st = self._ca_path().stat()
            self._stamp = (st.st_ino, st.st_mtime_ns)
        except OSError:
            self._stamp = None
        log.info("embargo: interception CA %s (name-constrained: %s) valid until %s",
                 ca.subject.rfc4514_string(), "yes" if self.constrained else "NO", ca.not_valid_after_utc.isoformat())

    async def _watch(self) -> None:
        while True:
            await asyncio.sleep(ctx.options.embargo_ca_check_s)
            self.check_rotation()

    def check_rotation(self) -> bool:
        """Reload the CA if its file was replaced; a broken new file keeps the old CA."""
        try:
            st = self._ca_path().stat()
        except OSError:
            return False
        if (st.st_ino, st.st_mtime_ns) == self._stamp:
            return False
        tlsconfig = _tlsconfig()
        previous = tlsconfig.certstore
        try:
            tlsconfig.configure({"confdir"})
        except Exception as err:  # noqa: BLE001 - keep serving with the CA that works
            tlsconfig.certstore = previous
            log.error("embargo: rotated interception CA not loaded (%s); the previous CA stays", type(err).__name__)
            return False
        self._loaded()
        return True


def _tlsconfig():
    return ctx.master.addons.get("tlsconfig")


addons = [InterceptionCa()]
