#!/usr/bin/env bash
# Regenerate the low-level client from the spec into DEST/kms_api_client (DEST defaults to generated/).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dest=$(cd "${1:-$root/generated}" && pwd)
export KMS_GENERATOR_DIR="$root/generator"
rm -rf "$dest/kms_api_client"
# Our template overrides, plus the pinned generator's own model templates under other names, which our
# overrides delegate to for every ordinary model (see the comments at their tops). models_init.py.jinja replaces
# upstream's outright (a models package that loads each model on first access) and delegates to nothing.
templates=$(mktemp -d)
trap 'rm -rf "$templates"' EXIT
cp -r "$root/generator/templates/." "$templates/"
upstream=$(python -c 'import openapi_python_client, pathlib; print(pathlib.Path(openapi_python_client.__file__).parent / "templates")')
cp "$upstream/property_templates/model_property.py.jinja" "$templates/property_templates/upstream_model_property.py.jinja"
cp "$upstream/property_templates/union_property.py.jinja" "$templates/property_templates/upstream_union_property.py.jinja"
cp "$upstream/property_templates/datetime_property.py.jinja" "$templates/property_templates/upstream_datetime_property.py.jinja"
cp "$upstream/types.py.jinja" "$templates/upstream_types.py.jinja"
cp "$upstream/property_templates/enum_property.py.jinja" "$templates/property_templates/upstream_enum_property.py.jinja"
# The generator reads the spec with one adjustment for its handling of nullable references (see python_spec.py).
python "$root/generator/python_spec.py" "$root/spec/kms.yaml" "$templates/kms.yaml"
openapi-python-client generate \
  --path "$templates/kms.yaml" \
  --config "$root/generator/config.yaml" \
  --meta none --fail-on-warning \
  --custom-template-path "$templates" \
  --output-path "$dest/kms_api_client"
touch "$dest/kms_api_client/py.typed"
# Where each operation's parameters go on the wire (headers vs query, wire names), for the facade.
python "$root/generator/operation_facts.py" "$root/spec/kms.yaml" "$dest/kms_api_client"
ruff format "$dest/kms_api_client/operation_facts.py" --quiet --no-cache --config "$root/generator/ruff.toml"
