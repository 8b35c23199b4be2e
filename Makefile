# Kontoguiden. `make run` and `make test` install what they need first.

# The version lives in FyneApp.toml; the binary is told it at link time.
VERSION := $(shell sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)
LDFLAGS := -X main.version=$(VERSION)
# Debian packages: Fyne's C build needs the first two, window tests the rest.
DEBS    := gcc libgl1-mesa-dev xorg-dev xvfb xauth xdotool
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
FUZZTIME ?= 5s

.PHONY: run test build deps lint fuzz

run: deps
	go run -ldflags "$(LDFLAGS)" ./cmd/kontoguiden

build: deps
	go build -ldflags "$(LDFLAGS)" -o bin/kontoguiden ./cmd/kontoguiden

# Every test; the ones that open a real window run under a virtual display.
test: deps lint
	xvfb-run -a -s "-screen 0 1280x800x24" go test -count=1 ./...
	$(MAKE) --no-print-directory fuzz

lint:
	@test -z "$$(gofmt -l .)" || { echo "gofmt would change:"; gofmt -l .; exit 1; }
	go vet ./...

# Each fuzz target for a bounded time; the seed corpus is in testdata/fuzz.
fuzz:
	go test -run '^$$' -fuzz '^FuzzCheck$$' -fuzztime $(FUZZTIME) ./internal/allowlist

# Installs the Debian packages that are missing, and only those.
deps:
	@missing=$$(for p in $(DEBS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:" $$missing; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi
