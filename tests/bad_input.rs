//! Bad input never panics and never leaves a half-written store: each case
//! gives a clear one-line error naming the file, or a successful parse.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use common::{assert_user_error, stderr};
use tempfile::TempDir;

fn argraph(args: &[&str], paths: &[&Path]) -> Output {
    Command::cargo_bin("argraph")
        .unwrap()
        .env_remove("ARGRAPH_STORE")
        .args(args)
        .args(paths)
        .output()
        .unwrap()
}

fn file(dir: &TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn an_empty_file_is_refused_and_no_store_is_made() {
    let dir = TempDir::new().unwrap();
    let empty = file(&dir, "empty.txt", b"");
    let store = dir.path().join("store");
    let output = argraph(&["build", "--store", store.to_str().unwrap()], &[&empty]);
    assert_user_error(&output, "empty.txt: the file is empty");
    assert!(!store.exists(), "a store was created for nothing");
    assert_user_error(
        &argraph(&["parse"], &[&empty]),
        "empty.txt: the file is empty",
    );
}

#[test]
fn a_binary_file_is_refused() {
    let dir = TempDir::new().unwrap();
    let binary = file(
        &dir,
        "figure.png",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
    );
    assert_user_error(
        &argraph(&["parse"], &[&binary]),
        "figure.png: binary data at byte",
    );
}

#[test]
fn a_failed_build_leaves_the_store_as_it_was() {
    let dir = TempDir::new().unwrap();
    let store = dir.path().join("store");
    let store_arg = ["build", "--store", store.to_str().unwrap()];
    let good = Path::new("tests/fixtures/platform_labour.txt");
    assert!(argraph(&store_arg, &[good]).status.success());
    let count = || {
        let output = argraph(
            &[
                "query",
                "--store",
                store.to_str().unwrap(),
                "--format",
                "csv",
            ],
            &[Path::new(
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
            )],
        );
        String::from_utf8(output.stdout).unwrap()
    };
    let before = count();
    let binary = file(&dir, "data.bin", b"\x00\x01\x02\x03");
    assert_user_error(
        &argraph(&store_arg, &[&binary]),
        "data.bin: binary data at byte 0",
    );
    assert_eq!(count(), before);
}

/// A folder `corpus` holding two articles, a.txt and b.md.
fn two_articles(dir: &TempDir) -> PathBuf {
    let folder = dir.path().join("corpus");
    std::fs::create_dir(&folder).unwrap();
    std::fs::copy("tests/fixtures/platform_labour.txt", folder.join("a.txt")).unwrap();
    std::fs::write(
        folder.join("b.md"),
        "# 数字劳动\n\n平台改变了“零工经济”。“零工经济”扩张。\n",
    )
    .unwrap();
    folder
}

#[test]
fn a_folder_of_mixed_files_builds_the_articles_and_names_the_rest() {
    let dir = TempDir::new().unwrap();
    let folder = two_articles(&dir);
    std::fs::write(folder.join("c.png"), b"\x89PNG\r\n\x1a\n\x00\x00").unwrap();
    std::fs::write(folder.join("d.txt"), b"").unwrap();
    std::fs::write(folder.join("README.md"), "这个文件夹的说明。\n").unwrap();
    let store = dir.path().join("store");
    let output = argraph(&["build", "--store", store.to_str().unwrap()], &[&folder]);
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{message}");
    assert!(message.contains("c.png: binary data"), "{message}");
    assert!(message.contains("d.txt: the file is empty"), "{message}");
    assert!(
        message.contains("skipped") && message.contains("README.md"),
        "{message}"
    );
    assert!(message.contains("2 of 4 files failed"), "{message}");
    assert!(!message.contains("panicked"), "{message}");
    let report = String::from_utf8(output.stdout).unwrap();
    assert!(
        report.contains("store ") && report.contains("2 documents"),
        "{report}"
    );
}

#[test]
fn an_empty_folder_is_named() {
    let dir = TempDir::new().unwrap();
    let store = dir.path().join("store");
    let output = argraph(
        &["build", "--store", store.to_str().unwrap()],
        &[dir.path()],
    );
    assert_user_error(&output, "no article files here");
}

#[test]
fn a_quoted_glob_builds_the_files_it_matches() {
    let dir = TempDir::new().unwrap();
    let folder = two_articles(&dir);
    let store = dir.path().join("store");
    let pattern = folder.join("*.txt");
    let output = argraph(&["build", "--store", store.to_str().unwrap()], &[&pattern]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report = String::from_utf8(output.stdout).unwrap();
    assert!(report.contains("a.txt: 5 sentences"), "{report}");
    assert!(report.contains("added 1, replaced 0"), "{report}");
    assert!(!report.contains("b.md"), "{report}");
    assert!(
        report.contains("store ") && report.contains("1 documents"),
        "{report}"
    );
}

#[test]
fn a_glob_matching_nothing_is_named_and_no_store_is_made() {
    let dir = TempDir::new().unwrap();
    let store = dir.path().join("store");
    let pattern = dir.path().join("*.md");
    let output = argraph(&["build", "--store", store.to_str().unwrap()], &[&pattern]);
    assert_user_error(&output, &format!("{}: no files match", pattern.display()));
    assert!(!store.exists(), "a store was created for nothing");
}

#[test]
fn a_20_mb_file_on_one_line_parses() {
    let dir = TempDir::new().unwrap();
    let sentence = "人机协作推动了“去技能化”的加速,数字资本由此获得新的控制手段。";
    let line = sentence.repeat(20 * 1024 * 1024 / sentence.len() + 1);
    assert!(line.len() >= 20 * 1024 * 1024);
    let big = file(&dir, "big.txt", line.as_bytes());
    let output = argraph(&["parse", "--format", "text"], &[&big]);
    assert!(output.status.success(), "{}", stderr(&output));
    let outline = String::from_utf8(output.stdout).unwrap();
    assert!(
        outline.contains("去技能化"),
        "{}",
        &outline[..outline.len().min(2000)]
    );
}

#[test]
fn an_unclosed_quotation_does_not_swallow_the_text() {
    let dir = TempDir::new().unwrap();
    let text = "数字劳动研究\n他说:“平台是新的工厂。劳动者被算法控制。后来如何?没有人知道。\n";
    let path = file(&dir, "unclosed.txt", text.as_bytes());
    let output = argraph(&["parse", "--format", "json"], &[&path]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["sentences"].as_array().unwrap().len(), 4);
}

#[test]
fn notes_without_markers_are_kept_and_reported_unlinked() {
    let dir = TempDir::new().unwrap();
    let text = "数字劳动研究\n正文没有注释标记。\n注释:\n(1)张三:《书》,出版社2020年版。\n(2)李四:《文》。\n";
    let path = file(&dir, "nomarkers.txt", text.as_bytes());
    let output = argraph(&["parse", "--format", "json"], &[&path]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let notes = report["notes"].as_array().unwrap();
    assert_eq!(notes.len(), 2);
    assert!(notes.iter().all(|n| n["linked"] == false));
    assert_eq!(report["markers"].as_array().unwrap().len(), 0);
}
