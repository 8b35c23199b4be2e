#!/usr/bin/env bash
# "make check-sign": signing tried offline, as a release is signed. A
# throw-away CA issues a code-signing certificate and a time-stamp
# authority's; osslsigncode's own test time-stamp authority (2.7 or newer)
# stands in for the CA's server. The zip and the MSI are then built by the
# Makefile as for a release, and must verify: the MSI, both .exe files
# extracted from it, and the .exe in the zip, each signed and time-stamped.
set -euo pipefail
cd "$(dirname "$0")/../.."
fail() { echo "check-sign: FAILED: $*" >&2; exit 1; }
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT

have=$(osslsigncode --version 2>/dev/null | sed -n '1s/^osslsigncode \([0-9]*\.[0-9]*\).*/\1/p')
if [ -z "$have" ] || [ "$(printf '%s\n2.7\n' "$have" | sort -V | head -1)" != 2.7 ]; then
	fail "osslsigncode ${have:-is missing}; the test time-stamp authority needs 2.7 or newer. Debian 12 has 2.5; bookworm-backports has 2.9: apt install -t bookworm-backports osslsigncode"
fi

cat > "$dir/ext.cnf" <<'CNF'
[req]
distinguished_name = dn
[dn]
[kg_ca]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[kg_code]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = codeSigning
[kg_tsa]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = critical,timeStamping
CNF
(
	cd "$dir"
	openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Kontoguiden test CA" \
		-keyout ca.key -out ca.pem -extensions kg_ca -config ext.cnf
	for who in code tsa; do
		openssl req -newkey rsa:2048 -nodes -subj "/CN=Kontoguiden test $who" -keyout $who.key -out $who.csr -config ext.cnf
		openssl x509 -req -in $who.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 \
			-extfile ext.cnf -extensions kg_$who -out $who.pem
		cat $who.pem ca.pem > $who-chain.pem
	done
) >/dev/null 2>&1 || fail "could not make the throw-away certificates"

dist="$dir/dist"
SIGN_CERT="$dir/code-chain.pem" SIGN_KEY="$dir/code.key" SIGN_TSA_CERTS="$dir/tsa-chain.pem" SIGN_TSA_KEY="$dir/tsa.key" \
	make --no-print-directory package-windows package-msi DIST="$dist" > "$dir/build.log" 2>&1 ||
	{ tail -20 "$dir/build.log"; fail "the signed build failed"; }

# verify FILE: signed by the throw-away certificate and time-stamped.
verify() {
	local out
	out=$(osslsigncode verify -CAfile "$dir/ca.pem" -TSA-CAfile "$dir/ca.pem" -in "$1" 2>&1) || { echo "$out" | tail -5; fail "$1 does not verify"; }
	grep -q "^Signature verification: ok" <<<"$out" || fail "$1: no good signature"
	grep -q "^Timestamp Server Signature verification: ok" <<<"$out" || fail "$1: no time stamp"
	grep -q "Subject: /CN=Kontoguiden test code" <<<"$out" || fail "$1: signed by someone else"
	echo "ok   $(basename "$1"): signed and time-stamped"
}
msi=$(ls "$dist"/kontoguiden-*.msi)
verify "$msi"
mkdir "$dir/msi" && (cd "$dir/msi" && msiextract "$msi" >/dev/null)
for exe in Kontoguiden.exe kontoguiden-cli.exe; do
	found=$(find "$dir/msi" -name "$exe")
	[ -n "$found" ] || fail "the MSI holds no $exe"
	verify "$found"
done
mkdir "$dir/zip" && unzip -q "$(ls "$dist"/kontoguiden-*-windows.zip)" -d "$dir/zip"
[ -f "$dir/zip/Kontoguiden/Kontoguiden.exe" ] || fail "the zip has no Kontoguiden\\Kontoguiden.exe: $(ls "$dir/zip")"
verify "$dir/zip/Kontoguiden/Kontoguiden.exe"

cp "$dir/zip/Kontoguiden/Kontoguiden.exe" "$dir/k.exe"
! SIGN_CERT="$dir/code.pem" bash .ci/windows/sign.sh "$dir/k.exe" 2>/dev/null || fail "half a configuration was not refused"
dry=$(SIGN_DRY_RUN=1 SIGN_TS_URL=https://ts.invalid/ SIGN_CERT=c SIGN_KEY=k bash .ci/windows/sign.sh "$dir/k.exe")
grep -q -- "-ts https://ts.invalid/" <<<"$dry" || fail "the time-stamp server is not passed on: $dry"
echo "check-sign: the MSI, both programs in it and the one in the zip are signed and time-stamped; half a configuration refused; a time-stamp server passed on"
