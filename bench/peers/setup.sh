#!/usr/bin/env bash
# Installs the peers `npm run bench` compares Galley with: Eleventy from the npm registry (into
# node_modules/.cache/galley-bench/peers/), Hugo from Debian's packages (needs root).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work="$here/../../node_modules/.cache/galley-bench/peers/eleventy"
mkdir -p "$work"
(cd "$work" && { [ -f package.json ] || npm init -y >/dev/null; } && npm install --no-audit --no-fund --silent @11ty/eleventy@3.1.8)
command -v hugo >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null; }
echo "peers ready: eleventy $("$work/node_modules/.bin/eleventy" --version), $(hugo version | cut -d' ' -f2)"
