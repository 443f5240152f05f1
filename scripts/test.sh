#!/usr/bin/env bash
# Runs every test: installs what the tests need beyond the .NET SDK (Chromium, for the HTML report's browser
# tests) when it is missing, then the whole solution's tests. `.ci/run` and the README call this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-test-deps.sh
dotnet test Sverka.slnx "$@"
