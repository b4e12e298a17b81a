#!/usr/bin/env bash
# Regenerate into a temporary folder and fail on any difference from the committed generated/ tree.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$root/generator/generate.sh" "$tmp" >/dev/null
if ! diff -r -x __pycache__ "$tmp/kms_api_client" "$root/generated/kms_api_client"; then
  echo "generated/ differs from a fresh regeneration: run 'make generate' and commit the result" >&2
  exit 1
fi
echo "generated/ matches a fresh regeneration"
