#!/usr/bin/env bash
# Regenerate the low-level client from the spec into DEST/kms_api_client (DEST defaults to generated/).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dest=$(cd "${1:-$root/generated}" && pwd)
export KMS_GENERATOR_DIR="$root/generator"
rm -rf "$dest/kms_api_client"
templates=()
if [ -d "$root/generator/templates" ]; then templates=(--custom-template-path "$root/generator/templates"); fi
openapi-python-client generate \
  --path "$root/spec/kms-management.yaml" \
  --config "$root/generator/config.yaml" \
  --meta none --fail-on-warning \
  "${templates[@]}" \
  --output-path "$dest/kms_api_client"
touch "$dest/kms_api_client/py.typed"
