#!/usr/bin/env bash
# Checks what building argraph needs and installs what is missing where it
# can (Debian/Ubuntu with apt-get, as root or through sudo); elsewhere it
# prints the command to run. Oxigraph builds RocksDB from C++ and generates
# its bindings with bindgen, which loads libclang at build time.
#
#   scripts/prerequisites.sh            check, install what is missing
#   scripts/prerequisites.sh --check    check only: one line per prerequisite
#                                       on stdout, exit 1 when one is missing
#
# libclang is looked for as bindgen's clang-sys looks for it: LIBCLANG_PATH
# (a folder, or the library file itself) when set, and nothing else then;
# otherwise the lib folders of `llvm-config --prefix` (LLVM_CONFIG_PATH names
# the program), LD_LIBRARY_PATH, LIBRARY_PATH and the system's library
# folders, for the files libclang.so, libclang-*.so, libclang.so.* and
# libclang-*.so.*, never libclang-cpp (a different library, which Debian's
# base images carry without libclang). Beside libclang, bindgen needs clang's
# own headers (stddef.h …; Debian's libclang-common-*-dev, which libclang-dev
# brings). ARGRAPH_SYSROOT, empty by default, is put before the system
# folders so that tests can search a fake file tree.
set -euo pipefail

say() { printf 'prerequisites: %s\n' "$*" >&2; }

check_only=false
case "${1:-}" in
  --check) check_only=true ;;
  "") ;;
  *) say "unknown argument '$1' (use --check, or nothing)"; exit 2 ;;
esac

# The system folders clang-sys searches on Linux (its DIRECTORIES_LINUX).
system_library_patterns=(
  /usr/local/llvm*/lib*
  /usr/local/lib*/*/*
  /usr/local/lib*/*
  /usr/local/lib*
  /usr/lib*/*/*
  /usr/lib*/*
  /usr/lib*
)

# libclang_in DIR: print the first libclang library file in DIR, if any.
libclang_in() {
  local dir="$1" file name
  [ -d "$dir" ] || return 1
  for file in "$dir"/libclang.so "$dir"/libclang-*.so "$dir"/libclang.so.* "$dir"/libclang-*.so.*; do
    [ -e "$file" ] || continue
    name="${file##*/}"
    # clang-sys skips libclang-cpp (renamed from libclang_shared in Clang 10).
    case "$name" in *-cpp.*) continue ;; esac
    printf '%s\n' "$file"
    return 0
  done
  return 1
}

# find_libclang: print the libclang bindgen would load, or fail.
find_libclang() {
  local dir pattern prefix
  if [ -n "${LIBCLANG_PATH:-}" ]; then
    if [ -f "$LIBCLANG_PATH" ]; then
      case "${LIBCLANG_PATH##*/}" in
        *-cpp.*) return 1 ;;
        libclang.so | libclang-*.so | libclang.so.* | libclang-*.so.* | libclang.dylib)
          printf '%s\n' "$LIBCLANG_PATH"; return 0 ;;
      esac
      return 1
    fi
    libclang_in "$LIBCLANG_PATH"
    return
  fi
  if prefix="$("${LLVM_CONFIG_PATH:-llvm-config}" --prefix 2>/dev/null)" && [ -n "$prefix" ]; then
    for dir in "$prefix/bin" "$prefix/lib" "$prefix/lib64"; do
      libclang_in "$dir" && return 0
    done
  fi
  local IFS=:
  for dir in ${LD_LIBRARY_PATH:-} ${LIBRARY_PATH:-}; do
    [ -n "$dir" ] && libclang_in "$dir" && return 0
  done
  unset IFS
  shopt -s nullglob
  for pattern in "${system_library_patterns[@]}"; do
    for dir in ${ARGRAPH_SYSROOT:-}$pattern; do
      libclang_in "$dir" && { shopt -u nullglob; return 0; }
    done
  done
  shopt -u nullglob
  [ -z "${ARGRAPH_SYSROOT:-}" ] && [ -e /Library/Developer/CommandLineTools/usr/lib/libclang.dylib ] &&
    { printf '%s\n' /Library/Developer/CommandLineTools/usr/lib/libclang.dylib; return 0; }
  return 1
}

# find_clang_headers LIBCLANG: print clang's stddef.h, which bindgen's
# libclang needs beside it (Debian's libclang-common-*-dev), or fail.
find_clang_headers() {
  local lib="$1" dir header prefix real
  local -a folders=()
  dir="${lib%/*}"
  folders+=("$dir"/clang/*/include)
  if real="$(readlink -f "$lib" 2>/dev/null)"; then folders+=("${real%/*}"/clang/*/include); fi
  if prefix="$("${LLVM_CONFIG_PATH:-llvm-config}" --prefix 2>/dev/null)" && [ -n "$prefix" ]; then
    folders+=("$prefix"/lib/clang/*/include)
  fi
  folders+=("${ARGRAPH_SYSROOT:-}"/usr/lib/llvm-*/lib/clang/*/include
    "${ARGRAPH_SYSROOT:-}"/usr/lib/clang/*/include
    "${ARGRAPH_SYSROOT:-}"/usr/local/lib/clang/*/include)
  for header in "${folders[@]/%//stddef.h}"; do
    [ -f "$header" ] && { printf '%s\n' "$header"; return 0; }
  done
  return 1
}

find_cxx() {
  local compiler
  for compiler in c++ g++ clang++; do
    command -v "$compiler" && return 0
  done
  return 1
}

# check: report each prerequisite; fill `missing` with the Debian packages.
missing=()
check() {
  local found
  missing=()
  local headers
  if found="$(find_libclang)"; then
    report libclang "present ($found)"
    if headers="$(find_clang_headers "$found")"; then report "clang headers" "present ($headers)"
    elif [ -n "${LIBCLANG_PATH:-}" ]; then report "clang headers" "not found beside LIBCLANG_PATH (not checked further)"
    else report "clang headers" missing; missing+=(libclang-dev); fi
  else
    report libclang missing; report "clang headers" "not checked"; missing+=(libclang-dev)
  fi
  if found="$(find_cxx)"; then report "C++ compiler" "present ($found)"; else
    report "C++ compiler" missing; missing+=(g++); fi
  if found="$(command -v cargo)"; then report cargo "present ($found)"; else
    report cargo missing; fi
}

if $check_only; then
  report() { printf '%s: %s\n' "$1" "$2"; }
  check
  command -v cargo >/dev/null 2>&1 && [ ${#missing[@]} -eq 0 ]
  exit
fi

report() { :; }
if ! command -v cargo >/dev/null 2>&1; then
  say "cargo is missing: install Rust from https://rustup.rs (rustup), then run this again"
  exit 1
fi
check
[ ${#missing[@]} -eq 0 ] && exit 0

if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      say "missing ${missing[*]}; run as root: apt-get update && apt-get install -y ${missing[*]}"
      exit 1
    fi
  fi
  say "installing ${missing[*]} with apt-get (bindgen needs libclang to build RocksDB's bindings)"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  check
  if [ ${#missing[@]} -ne 0 ]; then
    say "still missing ${missing[*]} after apt-get; set LIBCLANG_PATH to the folder holding libclang.so"
    exit 1
  fi
  exit 0
fi

say "missing ${missing[*]}. Install libclang and a C++ compiler, e.g."
say "  Fedora: sudo dnf install clang-devel gcc-c++"
say "  Arch:   sudo pacman -S clang"
say "  macOS:  xcode-select --install"
say "or set LIBCLANG_PATH to the folder holding libclang."
exit 1
