#!/usr/bin/env bash
# Sets up the Python venv of the independent checkers (tests/python: rdflib,
# networkx, pySHACL, pinned in tests/python/requirements.txt) and prints the
# path of its python on stdout, and nothing else there; diagnostics go to
# stderr. The venv lives at $ARGRAPH_PYTHON_ENV (default
# ~/.cache/argraph-python) and is (re)installed when missing or when
# requirements.txt changed (a stamp keeps its hash); otherwise this returns at
# once. On Debian/Ubuntu a missing python3 or python3-venv is installed with
# apt-get when running as root (or through sudo); elsewhere the script says
# what to install.
#
#   py="$(scripts/python-checkers.sh)" && "$py" tests/python/check_rdf.py ...
set -euo pipefail

say() { printf 'python-checkers: %s\n' "$*" >&2; }

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
req="$root/tests/python/requirements.txt"
env_dir="${ARGRAPH_PYTHON_ENV:-$HOME/.cache/argraph-python}"
py="$env_dir/bin/python"
stamp="$env_dir/.argraph-requirements.sha256"

if [ ! -f "$req" ]; then
  say "missing $req"
  exit 1
fi
want="$(sha256sum "$req" | cut -d' ' -f1)"

# Fast path: already set up for this requirements.txt.
if [ -x "$py" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  printf '%s\n' "$py"
  exit 0
fi

apt_install() {
  # apt_install PACKAGE...: install Debian packages if we can, else say how.
  local sudo=""
  if ! command -v apt-get >/dev/null 2>&1; then
    say "missing $*: install Python 3.11 or newer with its venv module, then run this again"
    return 1
  fi
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo="sudo -n"
    else
      say "missing $*: run as root: apt-get update && apt-get install -y $*"
      return 1
    fi
  fi
  say "installing $* with apt-get"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2
}

if ! command -v python3 >/dev/null 2>&1; then
  apt_install python3 python3-venv || exit 1
fi
if ! python3 -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
  say "python3 is $(python3 -c 'import platform; print(platform.python_version())'); the checkers need 3.11 or newer (networkx 3.6)"
  exit 1
fi
# Debian splits venv's pip bootstrap (ensurepip) into python3-venv.
if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
  apt_install python3-venv || exit 1
  if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
    ver="$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
    apt_install "python$ver-venv" || exit 1
  fi
fi

mkdir -p "$(dirname "$env_dir")"
# One setup at a time (tests may call this in parallel); the others wait,
# then find the stamp.
exec 9>"$env_dir.lock"
if command -v flock >/dev/null 2>&1; then
  flock 9
fi
if [ -x "$py" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  printf '%s\n' "$py"
  exit 0
fi

if [ -x "$py" ] && "$py" -c 'import sys' >/dev/null 2>&1; then
  say "updating $env_dir for $req"
else
  say "creating $env_dir"
  rm -rf "$env_dir"
  python3 -m venv "$env_dir" >&2
fi
rm -f "$stamp"
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
if ! "$py" -m pip install --quiet --require-virtualenv -r "$req" >&2; then
  say "pip could not install $req into $env_dir"
  exit 1
fi
printf '%s\n' "$want" >"$stamp.tmp"
mv "$stamp.tmp" "$stamp"
say "ready: $py"
printf '%s\n' "$py"
