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

/// The Python interpreter of the independent checkers' environment
/// (rdflib, networkx, pySHACL), set up on first use by
/// `scripts/python-checkers.sh`.
pub fn checker_python() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let output = std::process::Command::new(root.join("scripts/python-checkers.sh"))
        .output()
        .expect("scripts/python-checkers.sh runs");
    assert!(
        output.status.success(),
        "setting up the Python checkers failed: {}",
        stderr(&output)
    );
    PathBuf::from(String::from_utf8(output.stdout).unwrap().trim())
}

/// Runs `argraph ARGS --store STORE` and returns its standard output.
pub fn argraph_in(store: &Path, args: &[&str]) -> Vec<u8> {
    let output = Command::cargo_bin("argraph")
        .unwrap()
        .args(args)
        .arg("--store")
        .arg(store)
        .output()
        .unwrap();
    assert!(output.status.success(), "{args:?}: {}", stderr(&output));
    output.stdout
}

/// The networks and RDF syntaxes `export` writes.
pub const NETWORKS: [&str; 5] = [
    "concepts",
    "citations",
    "cocitation",
    "concept-works",
    "arguments",
];
pub const RDF_FORMATS: [&str; 6] = ["turtle", "ntriples", "nquads", "trig", "rdfxml", "jsonld"];

/// Writes every export of `store` into `out`: `gephi/NAME/{nodes,edges}.csv`,
/// `graphml/NAME.graphml`, `gexf/NAME.gexf`, `dot/NAME.dot`, `rdf/dump.FORMAT`.
pub fn export_all(store: &Path, out: &Path) {
    for writer in ["gephi", "graphml", "gexf", "dot"] {
        let target = out.join(writer);
        argraph_in(
            store,
            &[
                "export",
                writer,
                "--graph",
                "all",
                "--out",
                target.to_str().unwrap(),
            ],
        );
    }
    for format in RDF_FORMATS {
        let target = out.join("rdf").join(format!("dump.{format}"));
        argraph_in(
            store,
            &[
                "export",
                "rdf",
                "--format",
                format,
                "--out",
                target.to_str().unwrap(),
            ],
        );
    }
}

/// A query every RDF reader must answer as argraph does: instances of each
/// class, over the union of the document graphs.
const CLASS_COUNTS: &str =
    "SELECT ?class (COUNT(DISTINCT ?node) AS ?nodes) WHERE { ?node a ?class } GROUP BY ?class";

/// Runs the independent readers over the exports `export_all` wrote:
/// rdflib parses each RDF dump with the store's triple, quad and graph
/// counts and answers a query as argraph does; networkx reads each GraphML
/// and GEXF file with the nodes, edges and weights of the CSVs; pySHACL
/// validates the N-Quads dump against `ontology/shapes.ttl`. The checkers
/// run as many at a time as the machine has cores.
pub fn check_exports(store: &Path, out: &Path) {
    let python = checker_python();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let scalar = |sparql: &str| -> String {
        let rows = query_rows(store, sparql);
        rows[0][0].clone()
    };
    let triples =
        scalar("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }");
    let quads = scalar("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
    let graphs = scalar("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
    let query = out.join("class_counts.rq");
    std::fs::write(&query, CLASS_COUNTS).unwrap();
    let expected = out.join("class_counts.json");
    std::fs::write(
        &expected,
        argraph_in(store, &["query", "--format", "json", CLASS_COUNTS]),
    )
    .unwrap();
    let path = |p: PathBuf| p.to_str().unwrap().to_string();
    let mut jobs: Vec<(&str, Vec<String>)> = Vec::new();
    // The slowest first: pySHACL, then the RDF dumps.
    jobs.push((
        "check_shapes.py",
        vec![
            path(out.join("rdf").join("dump.nquads")),
            path(root.join("ontology/shapes.ttl")),
            "--format".into(),
            "nquads".into(),
        ],
    ));
    for format in RDF_FORMATS {
        let mut args = vec![
            path(out.join("rdf").join(format!("dump.{format}"))),
            "--format".into(),
            format.into(),
            "--expect-triples".into(),
            triples.clone(),
            "--query".into(),
            path(query.clone()),
            "--expect-results".into(),
            path(expected.clone()),
        ];
        if matches!(format, "nquads" | "trig" | "jsonld") {
            args.extend(["--expect-quads".into(), quads.clone()]);
            args.extend(["--expect-graphs".into(), graphs.clone()]);
        }
        jobs.push(("check_rdf.py", args));
    }
    for network in NETWORKS {
        let gephi = out.join("gephi").join(network);
        jobs.push((
            "check_graph.py",
            vec![
                "--nodes".into(),
                path(gephi.join("nodes.csv")),
                "--edges".into(),
                path(gephi.join("edges.csv")),
                "--graphml".into(),
                path(out.join("graphml").join(format!("{network}.graphml"))),
                "--gexf".into(),
                path(out.join("gexf").join(format!("{network}.gexf"))),
            ],
        ));
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut failures = Vec::new();
    for batch in jobs.chunks(cores) {
        let running: Vec<_> = batch
            .iter()
            .map(|(script, args)| {
                let child = std::process::Command::new(&python)
                    .arg(root.join("tests/python").join(script))
                    .args(args)
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap();
                (script, args, child)
            })
            .collect();
        for (script, args, child) in running {
            let output = child.wait_with_output().unwrap();
            let said = String::from_utf8_lossy(&output.stdout);
            eprintln!("{script} {}: {}", args[0], said.trim());
            if !output.status.success() {
                failures.push(format!(
                    "{script} {args:?} failed:\n{said}\n{}",
                    stderr(&output)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
