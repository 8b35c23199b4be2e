#!/usr/bin/env bash
# Signs Windows files in place with osslsigncode: the .exe files before
# they are packed anywhere, then the MSI ("make windows-exe" and "make
# package-msi" call it). Usage: sign.sh FILE...
#
# With a certificate and key in files:   SIGN_CERT=cert.pem SIGN_KEY=key.pem
# With a key on a hardware token (PKCS#11, e.g. a YubiKey or a smart card):
#   SIGN_CERT=cert.pem SIGN_PKCS11_MODULE=/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so \
#   SIGN_KEY='pkcs11:token=...;object=...' (the key's PKCS#11 URI)
# With an RFC 3161 time stamp, so that the signature outlives the
# certificate: SIGN_TS_URL=https://timestamp.example/  (the CA names one)
# TEST ONLY, for "make check-sign" offline: osslsigncode's own time-stamp
# authority, SIGN_TSA_CERTS=tsa-chain.pem SIGN_TSA_KEY=tsa.key (2.7 or newer).
# SIGN_DRY_RUN=1 prints the commands instead of running them.
# Neither SIGN_CERT nor SIGN_KEY set: not signed (said plainly). Only one
# of them set: an error, never a silent skip.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: sign.sh FILE..." >&2; exit 2; }
if [ -z "${SIGN_CERT:-}" ] && [ -z "${SIGN_KEY:-}" ]; then
	for f in "$@"; do echo "SIGN_CERT and SIGN_KEY not set: $(basename "$f") is not signed"; done
	exit 0
fi
if [ -z "${SIGN_CERT:-}" ] || [ -z "${SIGN_KEY:-}" ]; then
	echo "sign: SIGN_CERT and SIGN_KEY must both be set (one of them is missing)" >&2
	exit 1
fi
if [ -n "${SIGN_TSA_CERTS:-}${SIGN_TSA_KEY:-}" ]; then
	have=$(osslsigncode --version 2>/dev/null | sed -n '1s/^osslsigncode \([0-9]*\.[0-9]*\).*/\1/p')
	if [ -z "$have" ] || [ "$(printf '%s\n2.7\n' "$have" | sort -V | head -1)" != 2.7 ]; then
		echo "sign: the test time-stamp authority needs osslsigncode 2.7 or newer; this is ${have:-unknown}." >&2
		echo "      Debian 12 has 2.5; bookworm-backports has 2.9: apt install -t bookworm-backports osslsigncode" >&2
		exit 1
	fi
fi
base=(osslsigncode sign -h sha256 -n Kontoguiden -i https://www.biometria.se/ -certs "$SIGN_CERT" -key "$SIGN_KEY")
if [ -n "${SIGN_PKCS11_MODULE:-}" ]; then
	base+=(-pkcs11module "$SIGN_PKCS11_MODULE")
fi
if [ -n "${SIGN_TS_URL:-}" ]; then
	base+=(-ts "$SIGN_TS_URL")
fi
if [ -n "${SIGN_TSA_CERTS:-}" ]; then
	base+=(-TSA-certs "$SIGN_TSA_CERTS" -TSA-key "${SIGN_TSA_KEY:?SIGN_TSA_KEY must be set with SIGN_TSA_CERTS}")
fi
for f in "$@"; do
	cmd=("${base[@]}" -in "$f" -out "$f.signed")
	if [ -n "${SIGN_DRY_RUN:-}" ]; then
		printf '%q ' "${cmd[@]}"; echo
		continue
	fi
	rm -f "$f.signed"
	"${cmd[@]}" >/dev/null
	mv "$f.signed" "$f"
	echo "Signed $(basename "$f")"
done
