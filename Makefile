# Kontoguiden. `make run` and `make test` install what they need first.

SHELL := /bin/bash

# The app's metadata lives in FyneApp.toml only, read by the same Go code
# that generates internal/appinfo. Each field is read once, when a target
# first uses it, so targets that need none (lint, check, fuzz) never pay.
meta     = $(or $(shell go run ./internal/appinfo/gen -toml FyneApp.toml -print $(1)),$(error could not read $(1) from FyneApp.toml))
NAME     = $(eval NAME := $$(call meta,Name))$(NAME)
APPID    = $(eval APPID := $$(call meta,ID))$(APPID)
VERSION  = $(eval VERSION := $$(call meta,Version))$(VERSION)
BUILDNO  = $(eval BUILDNO := $$(call meta,Build))$(BUILDNO)
ICON     = $(eval ICON := $$(CURDIR)/$$(call meta,Icon))$(ICON)
LDFLAGS  = -X main.version=$(VERSION)
# The app is built without Fyne's bundled emoji font: every text it shows
# is in its own font (TestEveryCharacterIsInTheBundledFont), an emoji typed
# into a name is drawn with a font of the system's where it has one, and
# the window starts with about 14 MiB less memory and a binary 4 MiB
# smaller (BENCHMARKS.md).
TAGS     := no_emoji
# Debian packages: building needs Fyne's C parts; the tests add a virtual
# display, a hand on its windows and screenshots.
BUILDDEBS := gcc libgl1-mesa-dev xorg-dev
TESTDEBS  := $(BUILDDEBS) xvfb xauth xdotool imagemagick
DEBS      := $(BUILDDEBS)
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
FUZZTIME ?= 5s

FYNE    := $(shell go env GOPATH)/bin/fyne
DIST    ?= dist

.PHONY: run test check build deps lint fuzz bench package-linux package-windows package-msi windows-exe windows-files test-windows check-web check-sign check-package check-fit check-a11y walk

run: deps
	go run -tags $(TAGS) -ldflags "$(LDFLAGS)" ./cmd/kontoguiden

build: deps
	go build -tags $(TAGS) -ldflags "$(LDFLAGS)" -o bin/kontoguiden ./cmd/kontoguiden

# What the tests need, for them and for every target they come after.
test check-fit bench: DEBS = $(TESTDEBS)

# Every test; the ones that open a real window run under a virtual display.
# The packages without Fyne's GL driver also run under the race detector,
# where it costs seconds; the screens' tests run once, without it.
test: deps lint
	xvfb-run -a -s "-screen 0 1280x800x24" go test -count=1 ./...
	go test -count=1 -race ./internal/...
	$(MAKE) --no-print-directory check-fit
	$(MAKE) --no-print-directory fuzz

# The real window on each screen size people have (own Xvfb servers, with
# FYNE_SCALE and the largest text): wholly on the screen. FIT_SHOTS=dir
# keeps a screenshot of each.
check-fit: deps
	go test -count=1 -tags fitcheck -run TestWindowFitsRealScreens ./cmd/kontoguiden

# The real window driven as a person drives it, with xdotool (mouse and
# keyboard), from the welcome screen to the receipt for each kind of
# account, on 1366×768 at 150 %, 1024×600 at 200 % text and 1920×1080 at
# 150 %; a screenshot of every screen lands in dist/walk/.
walk: DEBS = $(TESTDEBS) tesseract-ocr tesseract-ocr-swe
walk: deps
	rm -rf dist/walk
	WALK_DIR=$(CURDIR)/dist/walk go test -count=1 -tags walk -timeout 75m -run TestWalk ./cmd/kontoguiden

# The quick check while working: the lint and the tests of internal/, which
# need no display (results are cached: what did not change is not rerun).
check: deps lint
	go test ./internal/...

# As the Fyne apps lint: gofmt, vet, staticcheck, and no function over 15 in gocyclo.
lint:
	@test -z "$$(gofmt -l .)" || { echo "gofmt would change:"; gofmt -l .; exit 1; }
	go vet ./...
	go tool staticcheck ./...
	go tool gocyclo -over 15 .

# Each fuzz target for a bounded time; the seed corpus is in testdata/fuzz.
fuzz:
	go test -run '^$$' -fuzz '^FuzzCheck$$' -fuzztime $(FUZZTIME) ./internal/allowlist
	go test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) ./internal/kit
	go test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) ./internal/progress
	go test -run '^$$' -fuzz '^FuzzCutAndWrap$$' -fuzztime $(FUZZTIME) ./internal/chars

# Start-up, memory and size against a bare Fyne window; writes BENCHMARKS.md.
bench: deps
	@$(MAKE) --no-print-directory deps DEBS="gcc-mingw-w64-x86-64"
	xvfb-run -a -s "-screen 0 1280x800x24" go run ./internal/bench/run -runs 11 -tags $(TAGS) -out BENCHMARKS.md
	go test -run '^$$' -bench . -benchmem ./ui | tee -a BENCHMARKS.md.tmp
	@{ echo; echo '## Screens (go test -bench ./ui)'; echo; echo '```'; grep -E '^(Benchmark|goos|cpu)' BENCHMARKS.md.tmp; echo '```'; } >> BENCHMARKS.md; rm -f BENCHMARKS.md.tmp

# Installs the Debian packages that are missing, and only those.
deps:
	@missing=$$(for p in $(DEBS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:" $$missing; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

# fyne package reads no FyneApp.toml here (none in cmd/kontoguiden), so it
# bumps no build number: the metadata comes from the top-level file as flags.
PKGFLAGS = --release --src cmd/kontoguiden --name $(NAME) --app-id $(APPID) \
	--app-version $(VERSION) --app-build $(BUILDNO) --icon $(ICON)

$(FYNE):
	go install fyne.io/tools/cmd/fyne@v1.7.4

# A .tar.xz with the binary, a .desktop file of our own (fyne package
# cannot add Comment or Categories), icons at 48, 128 and 256 px and as SVG,
# a Makefile of our own that installs all of them (and a kit for every
# user in /etc/kontoguiden), and the read-me and example kit for Linux.
LINUXPKG = $(DIST)/kontoguiden-$(VERSION)-linux-amd64.tar.xz
package-linux: deps $(FYNE)
	@$(MAKE) --no-print-directory deps DEBS="imagemagick xz-utils"
	@mkdir -p $(DIST)
	GOFLAGS="-ldflags=-X=main.version=$(VERSION) -tags=$(TAGS)" $(FYNE) package --os linux $(PKGFLAGS)
	@tmp=$$(mktemp -d); tar xJf $(NAME).tar.xz -C $$tmp && rm $(NAME).tar.xz && \
	root=$$tmp/kontoguiden && share=$$root/usr/local/share && \
	cp assets/package/linux/$(APPID).desktop $$share/applications/$(APPID).desktop && \
	for px in 48 128 256; do mkdir -p $$share/icons/hicolor/$${px}x$${px}/apps && \
		convert $(ICON) -resize $${px}x$${px} $$share/icons/hicolor/$${px}x$${px}/apps/$(APPID).png || exit 1; done && \
	mkdir -p $$share/icons/hicolor/scalable/apps && cp assets/icons/kontoguiden.svg $$share/icons/hicolor/scalable/apps/$(APPID).svg && \
	cp assets/package/linux/Makefile $$root/Makefile && \
	cp assets/package/linux/LASMIG.txt $$root/LÄSMIG.txt && \
	go run ./cmd/kontoguiden kit init $$root/kontoguiden-kit.exempel.toml >/dev/null && \
	tar cJf $(LINUXPKG) -C $$tmp kontoguiden && rm -rf $$tmp
	@echo "Made $(LINUXPKG)"

# The Linux package, built and then installed from its own Makefile into a
# scratch folder (.ci/linux/check-package.sh says what is checked), and
# making it changes no tracked file. CI runs this after "make test"; it is
# no unit test, as it needs apt, the fyne tool and a second release build.
check-package:
	bash .ci/linux/check-package.sh $(VERSION) $(APPID) $(NAME)

# Every HTML page the app writes (checklists, receipt, the no-graphics
# page) in both languages, checked with axe-core (pinned in .ci/a11y's
# lockfile) in Debian's Chromium: no violation.
check-a11y:
	@$(MAKE) --no-print-directory deps DEBS="chromium nodejs"
	cd .ci/a11y && npm ci --no-audit --no-fund --silent
	@pages=$$(mktemp -d); \
	A11Y_PAGES=$$pages go test -count=1 -run '^TestWritePagesForA11y$$' ./internal/printout && \
	node .ci/a11y/check.mjs $$pages/*.html; status=$$?; rm -rf $$pages; exit $$status

# The served guide (kontoguiden web) in Debian's Chromium, driven by the
# keyboard alone for each kind of account from the welcome screen to the
# end, axe-core on every page (pinned in .ci/a11y's lockfile), and every
# person's ticks in their saved progress. WEB_SHOTS=dir keeps screenshots.
check-web:
	@$(MAKE) --no-print-directory deps DEBS="chromium nodejs"
	cd .ci/a11y && npm ci --no-audit --no-fund --silent
	@home=$$(mktemp -d); bin=$$home/kontoguiden; \
	go build -tags $(TAGS) -o $$bin ./cmd/kontoguiden && \
	{ HOME=$$home XDG_CONFIG_HOME= $$bin web --no-browser > $$home/url & pid=$$!; \
	for i in $$(seq 50); do [ -s $$home/url ] && break; sleep 0.2; done; \
	node .ci/a11y/web.mjs "$$(head -1 $$home/url)" $$home/.config/fyne/$(APPID); status=$$?; \
	kill $$pid 2>/dev/null; rm -rf $$home; exit $$status; }

# The Windows build: a GUI .exe built here with mingw, carrying the real
# version, version information, a manifest (asInvoker, per-monitor DPI,
# Windows 10/11, Common Controls 6) and an icon of 16-256 px, made from
# assets/windows and FyneApp.toml; beside it kontoguiden-cli.exe, the same
# program as a console program, which scripts call: cmd and PowerShell wait
# for it and get its output and exit code. Both are signed here, before
# they are packed anywhere, when SIGN_CERT and SIGN_KEY are set
# (.ci/windows/sign.sh says how).
WINDEBS  = gcc-mingw-w64-x86-64 imagemagick icoutils zip osslsigncode $(DEBS)
WINBUILD = $(DIST)/windows-build
WINEXE   = $(WINBUILD)/$(NAME).exe
WINCLI   = $(WINBUILD)/kontoguiden-cli.exe
VERSION4 = $(VERSION).$(BUILDNO)
comma   := ,
SYSO     = cmd/kontoguiden/rsrc_windows_amd64.syso
WINGO    = CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc go build -trimpath -tags $(TAGS)

windows-exe:
	@$(MAKE) --no-print-directory deps DEBS="$(WINDEBS)"
	@mkdir -p $(WINBUILD)
	convert $(ICON) -define icon:auto-resize=256,64,48,40,32,24,20,16 $(WINBUILD)/kontoguiden.ico
	sed 's/@VERSION4@/$(VERSION4)/g' assets/windows/kontoguiden.manifest > $(WINBUILD)/kontoguiden.manifest
	sed -e 's/@VERSION4@/$(VERSION4)/g' -e 's/@VERSION@/$(VERSION)/g' -e 's/@VERSIONCOMMA@/$(subst .,$(comma),$(VERSION4))/g' \
		-e 's|@ICON@|kontoguiden.ico|' -e 's|@MANIFEST@|kontoguiden.manifest|' assets/windows/kontoguiden.rc > $(WINBUILD)/kontoguiden.rc
	cd $(WINBUILD) && x86_64-w64-mingw32-windres -c 65001 -O coff -o rsrc.syso kontoguiden.rc
	cp $(WINBUILD)/rsrc.syso $(SYSO)
	$(WINGO) -ldflags "-H=windowsgui -s -w -X main.version=$(VERSION)" -o $(WINEXE) ./cmd/kontoguiden && \
		$(WINGO) -ldflags "-s -w -X main.version=$(VERSION) -X main.console=yes" -o $(WINCLI) ./cmd/kontoguiden; \
		status=$$?; rm -f $(SYSO); exit $$status
	bash .ci/windows/sign.sh $(WINEXE) $(WINCLI)
	@echo "Made $(WINEXE) and $(WINCLI)"

# What the zip and the MSI both hold, in a folder named Kontoguiden (so the
# zip unpacks to the same folder whatever the version): both programs, the
# read-me for IT, the example kit and the Group Policy template.
WINFILES = $(WINBUILD)/Kontoguiden
windows-files: windows-exe
	rm -rf $(WINFILES) && mkdir -p $(WINFILES)/policy/sv-SE $(WINFILES)/policy/en-US
	cp $(WINEXE) $(WINCLI) $(WINFILES)/
	cp assets/package/windows/LASMIG.txt $(WINFILES)/LÄSMIG.txt
	go run ./cmd/kontoguiden kit init $(WINFILES)/kontoguiden-kit.exempel.toml >/dev/null
	cp assets/windows/policy/kontoguiden.admx $(WINFILES)/policy/
	for l in sv-SE en-US; do cp assets/windows/policy/$$l/kontoguiden.adml $(WINFILES)/policy/$$l/ || exit 1; done

# The zip (file names flagged as UTF-8): Kontoguiden\ and what is in it.
package-windows: windows-files
	go run ./internal/tools/zipdir $(DIST)/kontoguiden-$(VERSION)-windows.zip $(WINFILES)
	@echo "Made $(DIST)/kontoguiden-$(VERSION)-windows.zip"

# An MSI for office IT (per machine, Start-menu links, an Installed Apps
# entry, upgrades by a fixed UpgradeCode, KIT= at install time; silent with
# msiexec /i FILE /qn), built with wixl from the staged files, finished by
# .ci/windows/msi-tables.sh, signed last, and checked with msiinfo.
# MSIVERSION and MSIOUT make another MSI of the same files (make
# test-windows builds an upgrade and a rebuild that way).
MSI        = $(DIST)/kontoguiden-$(VERSION).msi
MSIVERSION = $(VERSION)
MSIOUT     = $(MSI)
package-msi: windows-files
	@$(MAKE) --no-print-directory deps DEBS="wixl msitools"
	sed -e 's|@VERSION@|$(MSIVERSION)|g' assets/windows/kontoguiden.wxs > $(WINBUILD)/kontoguiden.wxs
	cd $(WINBUILD) && rm -f kontoguiden.msi && wixl -a x64 -o kontoguiden.msi kontoguiden.wxs
	bash .ci/windows/msi-tables.sh $(WINBUILD)/kontoguiden.msi
	bash .ci/windows/sign.sh $(WINBUILD)/kontoguiden.msi
	@mkdir -p $(dir $(MSIOUT)) && mv $(WINBUILD)/kontoguiden.msi $(MSIOUT)
	@files=$$(msiinfo export $(MSIOUT) File) && shortcuts=$$(msiinfo export $(MSIOUT) Shortcut) && \
	props=$$(msiinfo export $(MSIOUT) Property) && upgrade=$$(msiinfo export $(MSIOUT) Upgrade) && \
	for want in Kontoguiden.exe kontoguiden-cli.exe LÄSMIG.txt kontoguiden-kit.exempel.toml kontoguiden.admx; do \
		grep -q "$$want" <<<"$$files" || { echo "the MSI lacks $$want"; exit 1; }; done && \
	grep -q 'INSTALLDIR\]Kontoguiden.exe' <<<"$$shortcuts" && grep -q 'INSTALLDIR\]LÄSMIG.txt' <<<"$$shortcuts" && \
	grep -q 'ProductVersion.$(MSIVERSION)' <<<"$$props" && grep -q 'ARPPRODUCTICON' <<<"$$props" && grep -q 'ARPNOMODIFY' <<<"$$props" && \
	grep -q '513.*WIX_UPGRADE_DETECTED' <<<"$$upgrade" || { echo "the MSI is not as it should be"; exit 1; }
	@echo "Made $(MSIOUT): both programs, the read-me, the example kit and the policy template, Start-menu links, version $(MSIVERSION), replaces any earlier install"

# Signing, tried offline with a throw-away CA and osslsigncode's own test
# time-stamp authority: the zip and the MSI are built signed and time-
# stamped; the MSI, both .exe files inside it (msiextract) and the one in
# the zip verify; half a configuration is refused; a real time-stamp
# server goes into the command.
check-sign:
	@$(MAKE) --no-print-directory deps DEBS="osslsigncode openssl msitools unzip"
	bash .ci/windows/check-sign.sh

# The real .exe under Wine and Xvfb: version, a checklist, a bad kit, and the
# window with a kit beside it (found by its title; the log names the kit);
# then the MSI as IT uses it: a bad KIT= fails the install, installs and
# reinstalls leave one Installed Apps entry, a rebuild of the same version
# and a later version replace it, KIT= puts the computer's kit in place, a
# downgrade is refused, a policy wins over the computer's kit, the online
# check goes through the system's proxy, kontoguiden-cli.exe's output and
# exit code reach a script, and uninstall keeps the kit. Screenshots are
# kept in dist/windows-smoke. Debian 12's Wine lacks
# bcryptprimitives.dll!ProcessPrng, which Go needs: a test-only stand-in
# (.ci/windows) goes into the throw-away Wine prefix, never into a package.
SMOKE       = $(DIST)/windows-smoke
NEXTVERSION = $(shell awk -F. '{ print $$1 "." $$2 "." $$3 + 1 }' <<<"$(VERSION)")
test-windows: package-msi
	@$(MAKE) --no-print-directory deps DEBS="wine wine64 xvfb xauth xdotool imagemagick icoutils gcc-mingw-w64-x86-64 python3 curl"
	@$(MAKE) --no-print-directory package-msi MSIOUT=$(SMOKE)/msi/rebuilt.msi
	@$(MAKE) --no-print-directory package-msi MSIOUT=$(SMOKE)/msi/next.msi MSIVERSION=$(NEXTVERSION)
	bash .ci/windows/smoke.sh $(WINEXE) $(VERSION) $(SMOKE) $(MSI) $(SMOKE)/msi/rebuilt.msi $(SMOKE)/msi/next.msi $(NEXTVERSION)
