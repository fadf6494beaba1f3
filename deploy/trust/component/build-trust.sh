#!/bin/sh
# Build the trust stores a protected workload needs to accept Embargo's interception CA.
#
# Runs as the init container of a protected workload (see kustomization.yaml) and in the
# tests. Input: the Embargo root certificate (public; the CA's private keys are never
# mounted into a workload). Output, in $OUT:
#   embargo-root.pem  the root alone            NODE_EXTRA_CA_CERTS (Node adds it to its own store)
#   ca-bundle.pem     system CAs + the root     SSL_CERT_FILE (Python ssl/httpx, Go, OpenSSL),
#                                               REQUESTS_CA_BUNDLE (requests), CURL_CA_BUNDLE
#   cacerts.p12       Java's cacerts + the root javax.net.ssl.trustStore (if keytool is present)
set -eu

ROOT="${EMBARGO_ROOT:-/etc/embargo-ca/root.pem}"
OUT="${OUT:-/etc/embargo-trust}"
SYSTEM_BUNDLE="${SYSTEM_BUNDLE:-}"
JAVA_CACERTS="${JAVA_CACERTS:-}"
STOREPASS="${STOREPASS:-changeit}"  # a trust store holds public certificates only

if [ -z "$SYSTEM_BUNDLE" ]; then
  for candidate in /etc/ssl/certs/ca-certificates.crt /etc/pki/tls/certs/ca-bundle.crt /etc/ssl/cert.pem; do
    if [ -f "$candidate" ]; then SYSTEM_BUNDLE="$candidate"; break; fi
  done
fi
[ -s "$ROOT" ] || { echo "build-trust: no Embargo root certificate at $ROOT" >&2; exit 1; }
grep -q "PRIVATE KEY" "$ROOT" && { echo "build-trust: $ROOT holds a private key; refusing" >&2; exit 1; }

mkdir -p "$OUT"
rm -f "$OUT/embargo-root.pem" "$OUT/ca-bundle.pem" "$OUT/cacerts.p12"  # a restarted init container
cp "$ROOT" "$OUT/embargo-root.pem"
{
  if [ -n "$SYSTEM_BUNDLE" ]; then cat "$SYSTEM_BUNDLE"; echo; fi
  cat "$ROOT"
} > "$OUT/ca-bundle.pem.tmp"
mv "$OUT/ca-bundle.pem.tmp" "$OUT/ca-bundle.pem"

if command -v keytool >/dev/null 2>&1; then
  if [ -z "$JAVA_CACERTS" ]; then
    for candidate in "${JAVA_HOME:-/nonexistent}/lib/security/cacerts" /etc/ssl/certs/java/cacerts; do
      if [ -f "$candidate" ]; then JAVA_CACERTS="$candidate"; break; fi
    done
  fi
  if [ -n "$JAVA_CACERTS" ]; then
    keytool -importkeystore -noprompt -srckeystore "$JAVA_CACERTS" -srcstorepass "$STOREPASS" \
      -destkeystore "$OUT/cacerts.p12" -deststoretype PKCS12 -deststorepass "$STOREPASS" >/dev/null 2>&1
  fi
  keytool -importcert -noprompt -alias embargo-interception-root -file "$ROOT" \
    -keystore "$OUT/cacerts.p12" -storetype PKCS12 -storepass "$STOREPASS" >/dev/null
fi
chmod 0444 "$OUT"/*
echo "build-trust: trust stores written to $OUT"
