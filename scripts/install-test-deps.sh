#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK and NuGet: Debian's Chromium, which the HTML report's browser
# tests drive (Playwright is pointed at it and never downloads a browser of its own). Does nothing when Chromium
# is already there, so CI can call it on every run. Needs root (or sudo) and Debian's package lists.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "install-test-deps: installing chromium for the browser tests" >&2
# With its recommended packages, as the tests were written against: they bring the fonts (Liberation, DejaVu)
# that the report's Latin and Cyrillic text is drawn in.
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
# Debian's wrapper script prints a harmless complaint of its own on stderr; only the version is worth a line.
echo "install-test-deps: $(/usr/bin/chromium --version 2>/dev/null)" >&2
