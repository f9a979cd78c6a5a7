#!/usr/bin/env bash
# The pre-commit hook's entry (.pre-commit-hooks.yaml, language: script). pre-commit runs it from the
# user's repository, with this repository checked out in its cache: the first run builds the CLI there
# (npm ci and esbuild, from the npm registry), later runs use it as it is. Lints the files given, with
# their whole site read.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -f "$here/dist/cli.js" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >&2 && node scripts/build.mjs --production >&2)
fi
exec node "$here/dist/cli.js" lint "$@"
