//! Helpers the integration tests share: run `argraph parse`, and check that
//! a failure is the user's, on one line, without a panic.

// Each test file uses its own part of these helpers.
#![allow(dead_code)]

use std::path::Path;
use std::process::Output;

use assert_cmd::Command;

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
