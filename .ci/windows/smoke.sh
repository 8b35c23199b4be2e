#!/usr/bin/env bash
# The Windows .exe under Wine: "make test-windows" runs it. Usage:
#   smoke.sh Kontoguiden.exe VERSION OUTDIR [MSI REBUILT.msi NEXT.msi NEXTVERSION]
# Checks --version, a checklist, a bad kit (exit 2), and the window with a
# kit beside the .exe (found by its title; the log says which kit was read),
# and keeps a screenshot in OUTDIR/window.png. Given the MSIs, it then
# installs, reinstalls, upgrades, downgrades and uninstalls as IT would
# (see msi.sh).
set -euo pipefail
here=$(dirname "$(realpath "$0")")
exe=$(realpath "$1"); version=$2; out=$(mkdir -p "$3" && realpath "$3"); msi=${4:+$(realpath "$4")}
rebuilt=${5:+$(realpath "$5")}; next=${6:+$(realpath "$6")}; nextversion=${7:-}
fail() { echo "test-windows: FAIL: $*" >&2; exit 1; }

export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
# TEST ONLY: the stand-in for the ProcessPrng that Wine 8 lacks (see the C).
x86_64-w64-mingw32-gcc -shared -O2 -o "$out/bcryptprimitives.dll" "$(dirname "$0")/bcryptprimitives.c"
# Every run starts from a fresh copy of a Wine prefix made once: a kept
# prefix gathered an uninstall entry from every run before.
template="$out/prefix-template"
if [ ! -d "$template/drive_c/windows/system32" ]; then
	echo "test-windows: making a Wine prefix (once)"
	WINEPREFIX="$template" xvfb-run -a wineboot -i >/dev/null 2>&1 || true
	WINEPREFIX="$template" wineserver -w || true
fi
export WINEPREFIX="$out/prefix"
wineserver -k 2>/dev/null || true
rm -rf "$WINEPREFIX"; cp -a "$template" "$WINEPREFIX"
cp "$out/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"

# The resources, read with a tool: icon frames, version information, manifest.
if command -v wrestool >/dev/null; then
	frames=$(wrestool -l "$exe" | grep -c 'type=icon ')
	# 20, 40 and 64 px for 125 %, 150 % and 200 % scaling beside the usual.
	[ "$frames" -ge 8 ] || fail "the icon has $frames frames, want 16, 20, 24, 32, 40, 48, 64 and 256 px"
	info=$(wrestool -x --raw -t 16 "$exe" | tr -d '\0' | strings)
	for want in ProductName CompanyName LegalCopyright FileDescription OriginalFilename "ProductVersion$version"; do
		grep -q "$want" <<<"${info//$'\n'/}" || fail "version information lacks $want"
	done
	manifest=$(wrestool -x --raw -t 24 "$exe")
	for want in asInvoker PerMonitorV2 8e0f7a12-bfb3-4fe8-b9a5-48fd50a15a9a Microsoft.Windows.Common-Controls; do
		grep -q "$want" <<<"$manifest" || fail "the manifest lacks $want"
	done
	echo "ok   resources: $frames icon frames, version information, manifest"
fi

app="$out/app"; rm -rf "$app"; mkdir -p "$app"; cp "$exe" "$app/Kontoguiden.exe"
cd "$app"
run() { timeout 120 wine ./Kontoguiden.exe "$@" 2>/dev/null | tr -d '\r'; }

got=$(run --version) || fail "--version exited $?"
[ "$got" = "kontoguiden $version" ] || fail "--version printed '$got', want 'kontoguiden $version'"
echo "ok   --version: $got"

run checklist --path google > checklist.txt || fail "checklist exited non-zero"
grep -q "Registrera dig med Google" checklist.txt || fail "checklist lacks the path's button: $(head -3 checklist.txt)"
echo "ok   checklist --path google: $(grep -c '^[0-9]*\. ' checklist.txt) steps"

printf 'language = "de"\n' > bad.toml
code=$(timeout 120 wine ./Kontoguiden.exe kit check bad.toml >/dev/null 2>&1; echo $?)
[ "$code" = 2 ] || fail "kit check of a bad kit exited $code, want 2"
echo "ok   kit check of a bad kit: exit 2"

printf 'office = "Provkontoret (test)"\n[support]\nname = "Test"\n' > kontoguiden-kit.toml
log="$WINEPREFIX/drive_c/users/$(whoami)/AppData/Roaming/fyne/se.biometria.kontoguiden/kontoguiden.log"
rm -f "$log"
# Xvfb picks a free display itself and writes its number to -displayfd
# once it accepts connections: two runs at once never collide, and nothing
# waits on a guess.
fifo=$(mktemp -d)/display; mkfifo "$fifo"
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$fifo" >/dev/null 2>&1 &
xpid=$!
trap 'kill $xpid 2>/dev/null; wineserver -k 2>/dev/null || true' EXIT
n=""; read -r -t 60 n <"$fifo" || true; rm -r "$(dirname "$fifo")"
[ -n "$n" ] || fail "Xvfb gave no display within a minute"
display=":$n"
# window_within N prints the id of a window titled Kontoguiden… (the app's
# or its message box) once one is there, waiting up to N seconds.
window_within() {
	for _ in $(seq "$1"); do
		DISPLAY=$display xdotool search --name "^Kontoguiden" 2>/dev/null | head -1 | grep . && return
		sleep 1
	done
}
# The runs above had no display, and their wineserver lingers a moment:
# one joined now would give the window no graphics. Wait until it is gone.
wineserver -w
DISPLAY=$display wine ./Kontoguiden.exe >/dev/null 2>&1 &
id=$(window_within 120)
[ -n "$id" ] || fail "no window within two minutes (log: $(tail -3 "$log" 2>/dev/null))"
sleep 4
echo "ok   window on $display: $(DISPLAY=$display xdotool getwindowname "$id")"
DISPLAY=$display import -window root "$out/window.png"
grep -q "kontoguiden-kit.toml read" "$log" || fail "the log does not say which kit was read: $(tail -3 "$log")"
echo "ok   the window opened with the kit beside the .exe; screenshot: $out/window.png"

# OpenGL 1.1 only (Windows' basic display driver, a VM without 3D): the
# guide is served to the browser (the printable page written beside it),
# the message box says so, and once it is OK'd the guide goes on being
# served until the person presses Avsluta; then the app ends. Fyne asks
# for 2.1; a probe that took 1.1 hung here.
wineserver -k 2>/dev/null || true
wineserver -w
page="$WINEPREFIX/drive_c/users/$(whoami)/AppData/Roaming/fyne/se.biometria.kontoguiden/kontoguiden-steg.html"
rm -f "$page" "$log"
DISPLAY=$display MESA_GL_VERSION_OVERRIDE=1.1 wine ./Kontoguiden.exe >/dev/null 2>&1 &
pid=$!
for _ in $(seq 60); do [ -f "$page" ] && break; sleep 1; done
[ -f "$page" ] || fail "with OpenGL 1.1 only, no page within a minute (log: $(tail -3 "$log" 2>/dev/null))"
box=$(window_within 30)
[ -n "$box" ] || fail "with OpenGL 1.1 only, no message box"
DISPLAY=$display import -window root "$out/opengl11.png"
DISPLAY=$display xdotool windowactivate --sync "$box" key Return 2>/dev/null || DISPLAY=$display xdotool key --window "$box" Return || true
url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/start?t=[A-Z0-9]*' "$log" | head -1)
[ -n "$url" ] || fail "with OpenGL 1.1 only, the log names no served guide: $(tail -3 "$log")"
jar=$(mktemp)
first=$(curl -s -c "$jar" -b "$jar" -L -w '\n%{url_effective}' "$url") || fail "the served guide did not answer at $url"
base=$(tail -1 <<<"$first"); base=${base%/}
grep -q 'Skapa ditt Biometria-konto\|Create your Biometria account' <<<"$first" || fail "the served guide's first page: ${first:0:300}"
form=$(grep -o 'name="form" value="[^"]*"' <<<"$first" | head -1 | sed 's/.*value="//; s/"$//')
curl -s -b "$jar" -d "form=$form" "$base/quit" >/dev/null || true
rm -f "$jar"
for _ in $(seq 30); do kill -0 $pid 2>/dev/null || break; sleep 1; done
if kill -0 $pid 2>/dev/null; then fail "with OpenGL 1.1 only, the app did not end after Avsluta"; fi
echo "ok   OpenGL 1.1 only: the guide served to the browser, the message, and Avsluta ends the app; screenshot: $out/opengl11.png"
passed=6
if [ -n "$msi" ]; then
	# shellcheck source=msi.sh
	. "$here/msi.sh"
fi
echo "test-windows: $passed passed, 0 failed"
