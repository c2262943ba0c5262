#!/usr/bin/env bash
# Build the BuildKit test oracle (test/oracle/buildkit) once and print the
# binary's absolute path on stdout. Build output goes to stderr.
#
# The binary lives in <repo>/.cache/oracle/ (override: SHIPSHAPE_ORACLE_CACHE)
# under a name that contains a hash of go.mod, go.sum, the .go sources and the
# Go version, so it is rebuilt only when one of them changes. Needs `go` and the
# Go module proxy (or a warm module cache); nothing else from the network.
#
# Exit codes: 0 ok, 3 no `go` on PATH, other: the build failed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
src="$here/buildkit"
cache="${SHIPSHAPE_ORACLE_CACHE:-$root/.cache/oracle}"

if ! command -v go >/dev/null 2>&1; then
  echo "ensure-buildkit: 'go' is not on PATH" >&2
  exit 3
fi

stamp() {
  cd "$src"
  go env GOVERSION GOOS GOARCH
  local f
  for f in go.mod go.sum $(ls -1 *.go | LC_ALL=C sort); do
    printf '== %s\n' "$f"
    cat "$f"
  done
}
hash="$(stamp | sha256sum | cut -c1-16)"
bin="$cache/buildkit-oracle-$hash"

if [ -x "$bin" ]; then
  echo "$bin"
  exit 0
fi

mkdir -p "$cache"
# Serialise concurrent builds (parallel test workers).
if command -v flock >/dev/null 2>&1; then
  exec 9>"$cache/buildkit-oracle.lock"
  flock 9
  if [ -x "$bin" ]; then
    echo "$bin"
    exit 0
  fi
fi

echo "ensure-buildkit: building $bin (first build takes about a minute)" >&2
start=$(date +%s)
tmp="$bin.tmp.$$"
(cd "$src" && go build -mod=readonly -trimpath -o "$tmp" .) >&2
mv -f "$tmp" "$bin"
echo "ensure-buildkit: built in $(( $(date +%s) - start ))s" >&2

# Drop binaries of older source versions.
for old in "$cache"/buildkit-oracle-*; do
  case "$old" in
    "$bin" | *.lock) ;;
    *) rm -f -- "$old" ;;
  esac
done

echo "$bin"
