#!/usr/bin/env bash
# Starts the real Gatehouse server for the browser tests, on a fresh embedded (PGlite) database.
# Playwright's webServer runs it (see playwright.config.ts); run it by hand to debug a spec.
set -euo pipefail

e2e_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root_dir="$(dirname "$e2e_dir")"

# Every run starts from an empty database (and a new session secret, kept inside it).
rm -rf "$e2e_dir/.data"

export PORT="${PORT:-4300}"
export GATEHOUSE_DATA_DIR="$e2e_dir/.data/data"
export GATEHOUSE_MASTER_EMAIL="${GATEHOUSE_MASTER_EMAIL:-master@e2e.test}"
export GATEHOUSE_MASTER_PASSWORD="${GATEHOUSE_MASTER_PASSWORD:-master-e2e-password}"
export GATEHOUSE_DEMO=0
export GATEHOUSE_WEB_DIST="$root_dir/web/dist"
export LOG_LEVEL="${LOG_LEVEL:-warn}"
unset DATABASE_URL

cd "$root_dir"
exec pnpm --filter @gatehouse/server start
