#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests (tests/integration/web), once.
# Idempotent and quiet: does nothing when /usr/bin/chromium is there; prints one line otherwise.
# Exits 0 without a browser when it cannot install one (not root, no apt-get): the browser tests
# then skip with a message saying so, rather than failing the whole run.
set -euo pipefail

browser=/usr/bin/chromium
[ -x "$browser" ] && exit 0

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "install-browser: no $browser, and apt-get as root is not available here; the browser tests will skip." >&2
  exit 0
fi

# Jest workers may call this at the same time; dpkg allows one install at a time.
exec 9>/tmp/newsgraph-install-browser.lock
flock 9
[ -x "$browser" ] && exit 0

echo "install-browser: installing Debian's chromium for the browser tests…" >&2
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium fonts-liberation; } >"$log" 2>&1; then
  tail -n 20 "$log" >&2
  rm -f "$log"
  echo "install-browser: installing chromium failed; the browser tests will skip." >&2
  exit 0
fi
rm -f "$log"
