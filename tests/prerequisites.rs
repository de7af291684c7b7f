//! `scripts/prerequisites.sh --check` finds libclang where bindgen would
//! find it, and only there: run against fake file trees, with the real
//! machine's folders and variables kept out.

use std::path::Path;
use std::process::Command;

use tempfile::TempDir;

/// The script's line about `what` (`libclang`, `clang headers`), for a fake
/// root and extra variables.
fn check_line(what: &str, root: &Path, env: &[(&str, &Path)]) -> String {
    let mut command = Command::new("bash");
    command
        .arg("scripts/prerequisites.sh")
        .arg("--check")
        .env("ARGRAPH_SYSROOT", root)
        .env("LLVM_CONFIG_PATH", root.join("no-llvm-config"))
        .env_remove("LIBCLANG_PATH")
        .env_remove("LD_LIBRARY_PATH")
        .env_remove("LIBRARY_PATH");
    for (name, value) in env {
        command.env(name, value);
    }
    let output = command.output().unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    stdout
        .lines()
        .find(|line| line.starts_with(&format!("{what}: ")))
        .unwrap_or_else(|| panic!("no {what} line in {stdout:?}"))
        .to_string()
}

fn libclang_line(root: &Path, env: &[(&str, &Path)]) -> String {
    check_line("libclang", root, env)
}

fn tree(files: &[&str]) -> TempDir {
    let root = tempfile::tempdir().unwrap();
    for file in files {
        let path = root.path().join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, b"\x7fELF").unwrap();
    }
    root
}

#[test]
fn libclang_cpp_alone_is_not_libclang() {
    let root = tree(&[
        "usr/lib/x86_64-linux-gnu/libclang-cpp.so.14",
        "usr/lib/llvm-14/lib/libclang-cpp.so.14",
    ]);
    assert_eq!(libclang_line(root.path(), &[]), "libclang: missing");
}

#[test]
fn a_versioned_libclang_in_an_llvm_folder_is_found() {
    let root = tree(&[
        "usr/lib/x86_64-linux-gnu/libclang-cpp.so.14",
        "usr/lib/llvm-14/lib/libclang.so.1",
    ]);
    let line = libclang_line(root.path(), &[]);
    assert!(
        line.starts_with("libclang: present")
            && line.ends_with("usr/lib/llvm-14/lib/libclang.so.1)"),
        "{line}"
    );
}

#[test]
fn debian_multiarch_and_local_names_are_found() {
    for file in [
        "usr/lib/x86_64-linux-gnu/libclang-14.so.1",
        "usr/lib/x86_64-linux-gnu/libclang-14.so",
        "usr/local/lib/libclang.so",
        "usr/local/llvm17/lib/libclang.so.17",
    ] {
        let root = tree(&[file]);
        let line = libclang_line(root.path(), &[]);
        assert!(line.ends_with(&format!("{file})")), "{file}: {line}");
    }
}

#[test]
fn libclang_path_is_honoured_and_is_then_the_only_place_searched() {
    let root = tree(&[
        "opt/clang/lib/libclang.so",
        "usr/lib/llvm-14/lib/libclang.so.1",
    ]);
    let folder = root.path().join("opt/clang/lib");
    let line = libclang_line(root.path(), &[("LIBCLANG_PATH", &folder)]);
    assert!(line.ends_with("opt/clang/lib/libclang.so)"), "{line}");
    let file = folder.join("libclang.so");
    let line = libclang_line(root.path(), &[("LIBCLANG_PATH", &file)]);
    assert!(line.ends_with("opt/clang/lib/libclang.so)"), "{line}");
    let empty = root.path().join("usr/lib/llvm-14");
    assert_eq!(
        libclang_line(root.path(), &[("LIBCLANG_PATH", &empty)]),
        "libclang: missing",
        "a LIBCLANG_PATH without libclang must not fall back to other folders, as bindgen does not"
    );
}

#[test]
fn ld_library_path_folders_are_searched() {
    let root = tree(&["home/me/llvm/libclang.so.18"]);
    let folder = root.path().join("home/me/llvm");
    let line = libclang_line(root.path(), &[("LD_LIBRARY_PATH", &folder)]);
    assert!(line.ends_with("home/me/llvm/libclang.so.18)"), "{line}");
}

#[test]
fn clang_headers_are_needed_beside_libclang() {
    let root = tree(&["usr/lib/llvm-14/lib/libclang.so.1"]);
    assert_eq!(
        check_line("clang headers", root.path(), &[]),
        "clang headers: missing"
    );
    let root = tree(&[
        "usr/lib/llvm-14/lib/libclang.so.1",
        "usr/lib/llvm-14/lib/clang/14.0.6/include/stddef.h",
    ]);
    let line = check_line("clang headers", root.path(), &[]);
    assert!(
        line.ends_with("lib/clang/14.0.6/include/stddef.h)"),
        "{line}"
    );
}
