#!/usr/bin/env bash
# Signs Kontoguiden.exe in place with osslsigncode: "make package-windows"
# calls it. Usage: sign.sh FILE.exe
#
# With a certificate and key in files:   SIGN_CERT=cert.pem SIGN_KEY=key.pem
# With a key on a hardware token (PKCS#11, e.g. a YubiKey or a smart card):
#   SIGN_CERT=cert.pem SIGN_PKCS11_MODULE=/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so \
#   SIGN_KEY='pkcs11:token=...;object=...' (the key's PKCS#11 URI)
# With an RFC 3161 time stamp, so that the signature outlives the
# certificate: SIGN_TS_URL=https://timestamp.example/  (the CA names one)
# SIGN_DRY_RUN=1 prints the command instead of running it.
# Neither SIGN_CERT nor SIGN_KEY set: not signed (said plainly). Only one
# of them set: an error, never a silent skip.
set -euo pipefail
exe=$1
if [ -z "${SIGN_CERT:-}" ] && [ -z "${SIGN_KEY:-}" ]; then
	echo "SIGN_CERT and SIGN_KEY not set: $(basename "$exe") is not signed"
	exit 0
fi
if [ -z "${SIGN_CERT:-}" ] || [ -z "${SIGN_KEY:-}" ]; then
	echo "sign: SIGN_CERT and SIGN_KEY must both be set (one of them is missing)" >&2
	exit 1
fi
cmd=(osslsigncode sign -h sha256 -n Kontoguiden -i https://www.biometria.se/ -certs "$SIGN_CERT" -key "$SIGN_KEY")
if [ -n "${SIGN_PKCS11_MODULE:-}" ]; then
	cmd+=(-pkcs11module "$SIGN_PKCS11_MODULE")
fi
if [ -n "${SIGN_TS_URL:-}" ]; then
	cmd+=(-ts "$SIGN_TS_URL")
fi
cmd+=(-in "$exe" -out "$exe.signed")
if [ -n "${SIGN_DRY_RUN:-}" ]; then
	printf '%q ' "${cmd[@]}"; echo
	exit 0
fi
"${cmd[@]}"
mv "$exe.signed" "$exe"
echo "Signed $(basename "$exe")"
