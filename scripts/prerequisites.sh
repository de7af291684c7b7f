#!/usr/bin/env bash
# Checks what building argraph needs and installs what is missing where it
# can (Debian/Ubuntu with apt-get, as root or through sudo); elsewhere it
# prints the command to run. Oxigraph builds RocksDB from C++ and generates
# its bindings with bindgen, which needs libclang.
set -euo pipefail

say() { printf 'prerequisites: %s\n' "$*" >&2; }

if ! command -v cargo >/dev/null 2>&1; then
  say "cargo is missing: install Rust from https://rustup.rs (rustup), then run this again"
  exit 1
fi

have_libclang() {
  local candidate
  for candidate in ${LIBCLANG_PATH:+"$LIBCLANG_PATH"/libclang*} /usr/lib/llvm-*/lib/libclang*.so* \
      /usr/lib/*/libclang*.so* /usr/lib64/libclang*.so* /usr/local/lib/libclang*.so* \
      /Library/Developer/CommandLineTools/usr/lib/libclang.dylib; do
    [ -e "$candidate" ] && return 0
  done
  return 1
}
have_cxx() { command -v c++ >/dev/null 2>&1 || command -v g++ >/dev/null 2>&1 || command -v clang++ >/dev/null 2>&1; }

missing=()
have_libclang || missing+=(libclang-dev)
have_cxx || missing+=(g++)
[ ${#missing[@]} -eq 0 ] && exit 0

if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      say "missing ${missing[*]}; run as root: apt-get update && apt-get install -y ${missing[*]}"
      exit 1
    fi
  fi
  say "installing ${missing[*]} with apt-get"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi

say "missing ${missing[*]}. Install libclang and a C++ compiler, e.g."
say "  Fedora: sudo dnf install clang-devel gcc-c++"
say "  Arch:   sudo pacman -S clang"
say "  macOS:  xcode-select --install"
say "or set LIBCLANG_PATH to the folder holding libclang."
exit 1
