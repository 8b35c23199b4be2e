#!/usr/bin/env bash
# "make check-package": the Linux package built as for a release, then
# installed from its own Makefile as the read-me says (into a DESTDIR): the
# program, the menu entry, every icon and a kit for every user land where
# they should, a bad kit stops the install, uninstall removes all but the
# kit, and making the package changed no tracked file. Usage:
#   check-package.sh VERSION APPID NAME
set -euo pipefail
version=$1 appid=$2 name=$3
cd "$(dirname "$0")/../.."
fail() { echo "check-package: FAILED: $*" >&2; exit 1; }
before=$(git status --porcelain --untracked-files=no)
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
make --no-print-directory package-linux DIST="$dir/dist" > "$dir/build.log" 2>&1 || { tail -20 "$dir/build.log"; fail "package-linux failed"; }
pkg="$dir/dist/kontoguiden-$version-linux-amd64.tar.xz"
list=$(tar tJf "$pkg")
for want in kontoguiden/Makefile kontoguiden/LÄSMIG.txt kontoguiden/kontoguiden-kit.exempel.toml usr/local/bin/kontoguiden \
	"applications/$appid.desktop" "48x48/apps/$appid.png" "128x128/apps/$appid.png" "256x256/apps/$appid.png" "scalable/apps/$appid.svg"; do
	grep -q "$want" <<<"$list" || fail "the package lacks $want: $list"
done
tar xJf "$pkg" -C "$dir"
pkgdir="$dir/kontoguiden"
desktop=$(cat "$pkgdir/usr/local/share/applications/$appid.desktop")
for want in "Comment=" "Categories=Office;Utility;" "StartupWMClass=$name"; do
	grep -q "$want" <<<"$desktop" || fail "the .desktop file lacks $want"
done
readme=$(cat "$pkgdir/LÄSMIG.txt")
for wrong in Kontoguiden.exe APPDATA MSI ProgramData; do
	! grep -q "$wrong" <<<"$readme" || fail "the Linux read-me speaks of $wrong"
done
grep -q "sudo make install" <<<"$readme" || fail "the Linux read-me has no install steps"
[ "$("$pkgdir/usr/local/bin/kontoguiden" --version 2>/dev/null)" = "kontoguiden $version" ] || fail "the packaged binary's version is wrong"

# Installed as the read-me says, into a DESTDIR, with a kit.
root="$dir/root"
printf 'office = "Skogen"\n' > "$dir/good.toml"
printf 'language = "de"\n' > "$dir/bad.toml"
! make -C "$pkgdir" --no-print-directory install DESTDIR="$root" KIT="$dir/bad.toml" >/dev/null 2>&1 || fail "a bad kit did not stop the install"
[ ! -e "$root" ] || fail "a bad kit stopped the install only after it had begun: $(find "$root" -type f)"
make -C "$pkgdir" --no-print-directory install DESTDIR="$root" KIT="$dir/good.toml" >/dev/null 2>&1 || fail "make install failed"
installed=(bin/kontoguiden "share/applications/$appid.desktop" "share/icons/hicolor/48x48/apps/$appid.png"
	"share/icons/hicolor/128x128/apps/$appid.png" "share/icons/hicolor/256x256/apps/$appid.png"
	"share/icons/hicolor/scalable/apps/$appid.svg" "share/pixmaps/$appid.png")
for f in "${installed[@]}"; do
	[ -f "$root/usr/local/$f" ] || fail "make install did not install $f"
done
grep -q Skogen "$root/etc/kontoguiden/kontoguiden-kit.toml" || fail "make install KIT= did not put the kit in /etc/kontoguiden"
[ "$(stat -c %a "$root/etc/kontoguiden/kontoguiden-kit.toml")" = 644 ] || fail "the kit in /etc is not readable by every user"
make -C "$pkgdir" --no-print-directory uninstall DESTDIR="$root" >/dev/null 2>&1 || fail "make uninstall failed"
left=$(find "$root/usr" -type f)
[ -z "$left" ] || fail "make uninstall left: $left"
[ -f "$root/etc/kontoguiden/kontoguiden-kit.toml" ] || fail "make uninstall removed the kit"

after=$(git status --porcelain --untracked-files=no)
[ "$before" = "$after" ] || fail "packaging changed tracked files: $after"
echo "check-package: the Linux package is complete; make install puts the program, its menu entry, every icon and the kit in place; a bad kit stops it; uninstall keeps the kit; no tracked file changed"
