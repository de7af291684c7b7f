//! Helpers the integration tests share: run `argraph parse`, build a store
//! and query it, and check that a failure is the user's, on one line,
//! without a panic.

// Each test file uses its own part of these helpers.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use tempfile::TempDir;

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Exit code 1 and a one-line message holding `expected`, never a panic.
pub fn assert_user_error(output: &Output, expected: &str) {
    let message = stderr(output);
    assert_eq!(output.status.code(), Some(1), "{message}");
    assert_eq!(
        message.trim_end().lines().count(),
        1,
        "not one line: {message}"
    );
    assert!(message.contains(expected), "{message}");
    assert!(!message.contains("panicked"), "{message}");
}

/// What `argraph parse FILE --format FORMAT` prints; it must succeed.
pub fn parse_output(path: &Path, format: &str) -> String {
    let output = Command::cargo_bin("argraph")
        .unwrap()
        .arg("parse")
        .arg(path)
        .args(["--format", format])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    String::from_utf8(output.stdout).unwrap()
}

pub fn parse_json(path: &Path) -> serde_json::Value {
    serde_json::from_str(&parse_output(path, "json")).unwrap()
}

/// A store built from `files` in a temporary folder, which lives as long as
/// the returned guard.
pub fn build_store(files: &[&Path]) -> (TempDir, PathBuf) {
    let dir = TempDir::new().unwrap();
    let store = dir.path().join("store");
    let output = Command::cargo_bin("argraph")
        .unwrap()
        .arg("build")
        .args(files)
        .arg("--store")
        .arg(&store)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    (dir, store)
}

/// Rows of a SPARQL SELECT over `store`, as CSV cells, header left out.
pub fn query_rows(store: &Path, sparql: &str) -> Vec<Vec<String>> {
    let output = Command::cargo_bin("argraph")
        .unwrap()
        .args(["query", "--format", "csv", sparql, "--store"])
        .arg(store)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}
