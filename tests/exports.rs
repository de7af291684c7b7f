//! Exports of the reference article: byte-identical from run to run and
//! from build to build, and read back by independent tools (rdflib,
//! networkx, pySHACL) with the same content.

mod common;

use std::path::Path;

const ARTICLE: &str = "data/huang2025.txt";

/// Every file under `dir`, by relative path, with its bytes.
fn files(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut found = std::collections::BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let name = path.strip_prefix(dir).unwrap().display().to_string();
                found.insert(name, std::fs::read(&path).unwrap());
            }
        }
    }
    found
}

/// A store of the reference article and the fixtures, built on `jobs`
/// threads.
fn built_with_jobs(dir: &Path, jobs: &str) -> std::path::PathBuf {
    let store = dir.join(format!("store-{jobs}"));
    let output = assert_cmd::Command::cargo_bin("argraph")
        .unwrap()
        .args(["build", "--jobs", jobs, "--store"])
        .arg(&store)
        .args([ARTICLE, "tests/fixtures"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", common::stderr(&output));
    store
}

#[test]
fn exports_are_byte_identical_across_runs_builds_and_thread_counts() {
    let first_dir = tempfile::TempDir::new().unwrap();
    let first = built_with_jobs(first_dir.path(), "2");
    let second = built_with_jobs(first_dir.path(), "1");
    let runs = [
        (&first, first_dir.path().join("run1")),
        (&first, first_dir.path().join("run2")),
        (&second, first_dir.path().join("run3")),
    ];
    for (store, out) in &runs {
        common::export_all(store, out);
    }
    let expected = files(&runs[0].1);
    // 4 network writers × 5 networks (gephi: 2 files each) + 6 RDF dumps.
    assert_eq!(expected.len(), 5 * 2 + 5 * 3 + 6, "{:?}", expected.keys());
    assert!(expected.values().all(|bytes| !bytes.is_empty()));
    for (_, out) in &runs[1..] {
        let again = files(out);
        assert_eq!(
            again.keys().collect::<Vec<_>>(),
            expected.keys().collect::<Vec<_>>()
        );
        for (name, bytes) in &expected {
            assert!(again[name] == *bytes, "{name} differs from run to run");
        }
    }
}

#[test]
fn exports_pass_the_independent_readers() {
    let (dir, store) = common::build_store(&[Path::new(ARTICLE)]);
    let out = dir.path().join("exports");
    common::export_all(&store, &out);
    common::check_exports(&store, &out);
}
