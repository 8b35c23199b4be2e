# Kontoguiden. `make run` and `make test` install what they need first.

# The app's metadata lives in FyneApp.toml only; everything here reads it.
toml     = $(shell sed -n 's/^ *$(1) *= *"*\([^"]*\)"*/\1/p' FyneApp.toml)
NAME    := $(call toml,Name)
APPID   := $(call toml,ID)
VERSION := $(call toml,Version)
BUILDNO := $(call toml,Build)
ICON    := $(CURDIR)/$(call toml,Icon)
LDFLAGS := -X main.version=$(VERSION)
# Debian packages: Fyne's C build needs the first two, window tests the rest.
DEBS    := gcc libgl1-mesa-dev xorg-dev xvfb xauth xdotool xz-utils imagemagick
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
FUZZTIME ?= 5s

FYNE    := $(shell go env GOPATH)/bin/fyne
DIST    ?= dist

.PHONY: run test build deps lint fuzz bench package-linux package-windows check-package check-fit check-a11y

run: deps
	go run -ldflags "$(LDFLAGS)" ./cmd/kontoguiden

build: deps
	go build -ldflags "$(LDFLAGS)" -o bin/kontoguiden ./cmd/kontoguiden

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

# Start-up, memory and size against a bare Fyne window; writes BENCHMARKS.md.
bench: deps
	@$(MAKE) --no-print-directory deps DEBS="gcc-mingw-w64-x86-64"
	xvfb-run -a -s "-screen 0 1280x800x24" go run ./internal/bench/run -runs 11 -out BENCHMARKS.md
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

# A .tar.xz with the binary, the icon and a .desktop file.
package-linux: deps $(FYNE)
	@mkdir -p $(DIST)
	GOFLAGS="-ldflags=-X=main.version=$(VERSION)" $(FYNE) package --os linux $(PKGFLAGS)
	mv $(NAME).tar.xz $(DIST)/kontoguiden-$(VERSION)-linux-amd64.tar.xz
	@echo "Made $(DIST)/kontoguiden-$(VERSION)-linux-amd64.tar.xz"

# The Linux package holds the binary, the .desktop file and the icon, and
# making it changes no tracked file. CI runs this after "make test"; it is no
# unit test, as it needs apt, the fyne tool and a second release build.
check-package:
	@before=$$(git status --porcelain --untracked-files=no); \
	dist=$$(mktemp -d); \
	$(MAKE) --no-print-directory package-linux DIST=$$dist && \
	list=$$(tar tJf $$dist/kontoguiden-$(VERSION)-linux-amd64.tar.xz) && \
	for want in usr/local/bin/kontoguiden $(APPID).desktop $(APPID).png; do \
		echo "$$list" | grep -q "$$want" || { echo "the package lacks $$want:"; echo "$$list"; exit 1; }; \
	done; \
	after=$$(git status --porcelain --untracked-files=no); \
	[ "$$before" = "$$after" ] || { echo "packaging changed tracked files:"; echo "$$after"; exit 1; }; \
	rm -rf $$dist; echo "check-package: the Linux package is complete and no tracked file changed"

# Every HTML page the app writes (checklists, receipt, the no-graphics
# page) in both languages, checked with axe-core (pinned in .ci/a11y's
# lockfile) in Debian's Chromium: no violation.
check-a11y:
	@$(MAKE) --no-print-directory deps DEBS="chromium nodejs"
	cd .ci/a11y && npm ci --no-audit --no-fund --silent
	@pages=$$(mktemp -d); \
	A11Y_PAGES=$$pages go test -count=1 -run '^TestWritePagesForA11y$$' ./internal/printout && \
	node .ci/a11y/check.mjs $$pages/*.html; status=$$?; rm -rf $$pages; exit $$status

# A GUI .exe with icon and version info, signed if SIGN_CERT and SIGN_KEY
# are set, zipped with an example kit and a read-me for the office.
WINDIR = $(DIST)/kontoguiden-$(VERSION)-windows
package-windows: $(FYNE)
	@$(MAKE) --no-print-directory deps DEBS="gcc-mingw-w64-x86-64 zip osslsigncode"
	@rm -rf $(WINDIR) && mkdir -p $(WINDIR)
	CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc GOFLAGS="-ldflags=-X=main.version=$(VERSION)" \
		$(FYNE) package --os windows $(PKGFLAGS)
	mv cmd/kontoguiden/$(NAME).exe $(WINDIR)/$(NAME).exe
	@if [ -n "$$SIGN_CERT" ] && [ -n "$$SIGN_KEY" ]; then \
		osslsigncode sign -certs "$$SIGN_CERT" -key "$$SIGN_KEY" -n $(NAME) -i https://www.biometria.se/ \
			-in $(WINDIR)/$(NAME).exe -out $(WINDIR)/$(NAME)-signed.exe && \
		mv $(WINDIR)/$(NAME)-signed.exe $(WINDIR)/$(NAME).exe && echo "Signed $(NAME).exe"; \
	else echo "SIGN_CERT and SIGN_KEY not set: $(NAME).exe is not signed"; fi
	go run ./cmd/kontoguiden kit init $(WINDIR)/kontoguiden-kit.exempel.toml
	cp assets/package/LASMIG.txt $(WINDIR)/LÄSMIG.txt
	cd $(DIST) && rm -f kontoguiden-$(VERSION)-windows.zip && zip -qr kontoguiden-$(VERSION)-windows.zip kontoguiden-$(VERSION)-windows
	@echo "Made $(DIST)/kontoguiden-$(VERSION)-windows.zip"
