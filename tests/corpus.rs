//! Building a corpus as a user does over months: re-running skips what is
//! in the store and replaces what changed; `docs` lists and `remove`
//! deletes; a build stopped by Ctrl-C or killed keeps exactly the documents
//! it committed, and a re-run completes the rest.

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use assert_cmd::Command;
use assert_cmd::cargo::CommandCargoExt;
use tempfile::TempDir;

fn build(store: &Path, inputs: &[&Path], extra: &[&str]) -> std::process::Output {
    Command::cargo_bin("argraph")
        .unwrap()
        .arg("build")
        .args(extra)
        .arg("--store")
        .arg(store)
        .args(inputs)
        .output()
        .unwrap()
}

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn documents(store: &Path) -> Vec<String> {
    common::query_rows(
        store,
        "SELECT ?file WHERE { ?d a ag:Document ; ag:fileName ?file } ORDER BY ?file",
    )
    .into_iter()
    .map(|row| row[0].clone())
    .collect()
}

/// Every document records its graph's size (`void:triples`), and the
/// record is right: the summary reads the store's size from them.
fn assert_sizes_recorded(store: &Path) {
    let wrong = common::query_rows(
        store,
        "SELECT ?d ?size (COUNT(*) AS ?n) WHERE { GRAPH ?d { ?d void:triples ?size . ?s ?p ?o } }
         GROUP BY ?d ?size HAVING (?n != ?size)",
    );
    assert!(wrong.is_empty(), "{wrong:?}");
    let unsized_documents = common::query_rows(
        store,
        "SELECT ?d WHERE { ?d a ag:Document FILTER NOT EXISTS { ?d void:triples ?size } }",
    );
    assert!(unsized_documents.is_empty(), "{unsized_documents:?}");
}

#[test]
fn a_rebuild_skips_what_is_stored_and_replaces_what_changed() {
    let dir = TempDir::new().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    for name in [
        "platform_labour.txt",
        "short_form_citation.txt",
        "footnote_citations.txt",
    ] {
        std::fs::copy(Path::new("tests/fixtures").join(name), corpus.join(name)).unwrap();
    }
    let store = dir.path().join("store");
    let first = build(&store, &[&corpus], &[]);
    assert!(first.status.success(), "{}", common::stderr(&first));
    assert!(
        stdout(&first).contains("added 3, replaced 0, unchanged 0"),
        "{}",
        stdout(&first)
    );
    assert_sizes_recorded(&store);
    let quads = common::query_rows(
        &store,
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    );

    let again = build(&store, &[&corpus], &[]);
    assert!(again.status.success(), "{}", common::stderr(&again));
    assert!(
        stdout(&again).contains("added 0, replaced 0, unchanged 3"),
        "{}",
        stdout(&again)
    );
    assert_eq!(
        common::query_rows(
            &store,
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
        ),
        quads
    );

    let changed = corpus.join("platform_labour.txt");
    let text = std::fs::read_to_string(&changed).unwrap();
    assert!(text.contains("平台"));
    std::fs::write(&changed, text.replacen("平台", "数字平台", 1)).unwrap();
    let third = build(&store, &[&corpus], &[]);
    assert!(third.status.success(), "{}", common::stderr(&third));
    assert!(
        stdout(&third).contains("added 0, replaced 1, unchanged 2"),
        "{}",
        stdout(&third)
    );
    assert_eq!(documents(&store).len(), 3, "the old version is gone");
    assert_sizes_recorded(&store);

    let listing = Command::cargo_bin("argraph")
        .unwrap()
        .args(["docs", "--format", "csv", "--store"])
        .arg(&store)
        .output()
        .unwrap();
    assert!(listing.status.success());
    assert_eq!(
        stdout(&listing).lines().count(),
        1 + 3,
        "{}",
        stdout(&listing)
    );

    let removed = Command::cargo_bin("argraph")
        .unwrap()
        .args(["remove", "short_form_citation.txt", "--store"])
        .arg(&store)
        .output()
        .unwrap();
    assert!(removed.status.success(), "{}", common::stderr(&removed));
    assert_eq!(
        documents(&store),
        ["footnote_citations.txt", "platform_labour.txt"]
    );
    let unknown = Command::cargo_bin("argraph")
        .unwrap()
        .args(["remove", "nope.txt", "--store"])
        .arg(&store)
        .output()
        .unwrap();
    common::assert_user_error(&unknown, "nope.txt");
}

/// `count` copies of the reference article, each with a sentence of its
/// own in its first paragraph (the site furniture at the end is cut, so a
/// line there would not count), so that each is a document of its own.
fn copies(dir: &Path, count: usize) -> PathBuf {
    let corpus = dir.join("copies");
    std::fs::create_dir(&corpus).unwrap();
    let text = std::fs::read_to_string("data/huang2025.txt").unwrap();
    for k in 0..count {
        let copy = text.replacen(
            "形成了全新的人机交互形态。",
            &format!("形成了全新的人机交互形态。副本编号{k}。"),
            1,
        );
        assert_ne!(copy, text);
        std::fs::write(corpus.join(format!("copy{k:03}.txt")), copy).unwrap();
    }
    corpus
}

/// Starts a build of `corpus` and stops it with `signal` once `after`
/// documents are reported; returns the document lines printed and whether
/// it exited with failure.
fn stopped_build(store: &Path, corpus: &Path, signal: i32, after: usize) -> (Vec<String>, bool) {
    let mut child = Process::cargo_bin("argraph")
        .unwrap()
        .args(["build", "--jobs", "1", "--store"])
        .arg(store)
        .arg(corpus)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let (lines, received) = mpsc::channel();
    let out = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(out).lines() {
            if lines.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    let mut printed = Vec::new();
    while printed.len() < after {
        let line = received.recv_timeout(Duration::from_secs(120)).unwrap();
        if line.contains(" → ") {
            printed.push(line);
        }
    }
    // SAFETY: sending a signal to our own child process.
    unsafe {
        libc::kill(child.id() as i32, signal);
    }
    let status = child.wait().unwrap();
    printed.extend(received.iter().filter(|line| line.contains(" → ")));
    (printed, !status.success())
}

fn file_of(line: &str) -> String {
    let path = line.split(": ").next().unwrap();
    Path::new(path)
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

/// Builds `corpus` again into a store that holds `stored` of its 30
/// documents: the rest is added, the stored ones are unchanged.
fn a_rerun_completes(store: &Path, corpus: &Path, stored: usize) {
    let rerun = build(store, &[corpus], &[]);
    assert!(rerun.status.success(), "{}", common::stderr(&rerun));
    let summary = format!("added {}, replaced 0, unchanged {stored}", 30 - stored);
    assert!(stdout(&rerun).contains(&summary), "{}", stdout(&rerun));
    assert_eq!(documents(store).len(), 30);
}

#[test]
fn ctrl_c_keeps_the_committed_documents_and_a_rerun_completes() {
    let dir = TempDir::new().unwrap();
    let corpus = copies(dir.path(), 30);
    let store = dir.path().join("store");
    let (printed, failed) = stopped_build(&store, &corpus, libc::SIGINT, 3);
    assert!(failed, "an interrupted build reports failure");
    let stored = documents(&store);
    assert!(stored.len() < 30, "stopped early: {}", stored.len());
    let mut reported: Vec<String> = printed.iter().map(|l| file_of(l)).collect();
    reported.sort();
    assert_eq!(stored, reported, "exactly the documents reported");
    a_rerun_completes(&store, &corpus, stored.len());
}

#[test]
fn a_killed_build_leaves_whole_documents_and_a_rerun_completes() {
    let dir = TempDir::new().unwrap();
    let corpus = copies(dir.path(), 30);
    let store = dir.path().join("store");
    let (printed, failed) = stopped_build(&store, &corpus, libc::SIGKILL, 3);
    assert!(failed);
    let stored = documents(&store);
    // New documents are committed in batches: the store holds every
    // document printed, and may hold a batch committed but not yet printed.
    let mut reported: Vec<String> = printed.iter().map(|l| file_of(l)).collect();
    reported.sort();
    assert!(
        reported.iter().all(|file| stored.contains(file)),
        "{reported:?} ⊄ {stored:?}"
    );
    assert!(stored.len() < 30, "killed early: {}", stored.len());
    // Every copy has the same quads (one sentence differs by a digit).
    let quads_of = |line: &String| -> usize {
        let before = line.split(" quads → ").next().unwrap();
        before.rsplit(", ").next().unwrap().parse().unwrap()
    };
    let quads = quads_of(&printed[0]);
    assert!(printed.iter().all(|line| quads_of(line) == quads));
    for file in &stored {
        let sparql = format!(
            "SELECT (COUNT(*) AS ?n) WHERE {{ ?d ag:fileName \"{file}\" . GRAPH ?d {{ ?s ?p ?o }} }}"
        );
        let count: usize = common::query_rows(&store, &sparql)[0][0].parse().unwrap();
        assert_eq!(count, quads, "{file} is whole");
    }
    a_rerun_completes(&store, &corpus, stored.len());
}
