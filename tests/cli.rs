//! The argraph binary on the reference article and a small fixture, as a
//! user runs it: build, query, summary, export, parse, and the errors.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use common::{assert_user_error, stderr};
use tempfile::TempDir;

const ARTICLE: &str = "data/huang2025.txt";
const FIXTURE: &str = "tests/fixtures/platform_labour.txt";

fn argraph(store: &Path, args: &[&str]) -> Output {
    Command::cargo_bin("argraph")
        .unwrap()
        .env_remove("ARGRAPH_STORE")
        .args(args)
        .arg("--store")
        .arg(store)
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn succeed(store: &Path, args: &[&str]) -> String {
    let output = argraph(store, args);
    assert!(
        output.status.success(),
        "argraph {args:?} failed: {}",
        stderr(&output)
    );
    stdout(&output)
}

fn built(files: &[&str]) -> (TempDir, PathBuf) {
    let dir = TempDir::new().unwrap();
    let store = dir.path().join("store");
    let mut args = vec!["build"];
    args.extend(files);
    succeed(&store, &args);
    (dir, store)
}

/// The single value of a one-row, one-column CSV result.
fn scalar(store: &Path, sparql: &str) -> usize {
    let csv = succeed(store, &["query", "--format", "csv", sparql]);
    csv.lines().nth(1).unwrap().trim().parse().unwrap()
}

fn quad_count(store: &Path) -> usize {
    scalar(
        store,
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    )
}

#[test]
fn build_reports_counts() {
    let dir = TempDir::new().unwrap();
    let out = succeed(&dir.path().join("store"), &["build", ARTICLE]);
    let last = out.lines().last().unwrap();
    assert!(last.contains("1 documents"), "{out}");
    for count in ["sentences", "concepts", "notes", "quads"] {
        assert!(last.contains(count), "no {count} in: {last}");
    }
}

#[test]
fn concepts_of_the_reference_article_are_queryable() {
    let (_dir, store) = built(&[ARTICLE]);
    let csv = succeed(
        &store,
        &[
            "query",
            "--format",
            "csv",
            "SELECT ?label (LANG(?label) AS ?lang) WHERE { ?c a skos:Concept ; skos:prefLabel ?label } ORDER BY ?label",
        ],
    );
    for concept in ["人机协作", "去技能化", "再人性化"] {
        assert!(
            csv.lines().any(|line| line == format!("{concept},zh")),
            "{concept}@zh missing from:\n{csv}"
        );
    }
}

#[test]
fn rebuilding_replaces_and_a_second_document_adds_a_graph() {
    let (_dir, store) = built(&[ARTICLE]);
    let first = quad_count(&store);
    succeed(&store, &["build", ARTICLE]);
    assert_eq!(
        quad_count(&store),
        first,
        "rebuilding changed the quad count"
    );
    succeed(&store, &["build", FIXTURE]);
    assert!(quad_count(&store) > first);
    assert_eq!(
        scalar(
            &store,
            "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
        ),
        2
    );
    assert_eq!(
        scalar(
            &store,
            "SELECT (COUNT(?d) AS ?n) WHERE { ?d a ag:Document }"
        ),
        2,
        "the default graph sees both documents"
    );
}

#[test]
fn a_sparql_syntax_error_says_where() {
    let (_dir, store) = built(&[FIXTURE]);
    let output = argraph(&store, &["query", "SELECT ?x WHERE { ?x skos:prefLabel }"]);
    assert_user_error(&output, "query: syntax error at 1:37 near `}`");
}

#[test]
fn a_missing_input_is_named() {
    let dir = TempDir::new().unwrap();
    let output = argraph(&dir.path().join("store"), &["build", "no/such/article.txt"]);
    assert_user_error(&output, "no/such/article.txt: no such file");
    assert!(!dir.path().join("store").exists(), "a store was created");
}

#[test]
fn a_store_in_use_is_refused() {
    let dir = TempDir::new().unwrap();
    let store = dir.path().join("store");
    let _holder = argraph::store::GraphStore::open(&store).unwrap();
    let output = argraph(&store, &["build", FIXTURE]);
    assert_user_error(&output, "the store is in use");
}

#[test]
fn gephi_export_has_a_row_per_concept_and_pair() {
    let (dir, store) = built(&[ARTICLE]);
    let out = dir.path().join("gephi");
    succeed(&store, &["export", "gephi", "--out", out.to_str().unwrap()]);
    let nodes = std::fs::read_to_string(out.join("nodes.csv")).unwrap();
    let edges = std::fs::read_to_string(out.join("edges.csv")).unwrap();
    assert!(nodes.starts_with("Id,Label,"), "{nodes}");
    assert!(edges.starts_with("Source,Target,Type,Weight"), "{edges}");
    let concepts = scalar(
        &store,
        "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a skos:Concept }",
    );
    assert_eq!(nodes.lines().count() - 1, concepts);
    let pairs = scalar(
        &store,
        "SELECT (COUNT(*) AS ?n) WHERE { { SELECT DISTINCT ?a ?b WHERE {
           ?m1 ag:concept ?a ; ag:inSentence ?s . ?m2 ag:concept ?b ; ag:inSentence ?s .
           FILTER(STR(?a) < STR(?b)) } } }",
    );
    assert!(pairs > 0);
    assert_eq!(edges.lines().count() - 1, pairs);
    assert!(
        edges
            .lines()
            .skip(1)
            .all(|line| line.split(',').nth(2) == Some("Undirected"))
    );
    let mut reader = csv::Reader::from_path(out.join("edges.csv")).unwrap();
    let weights: usize = reader
        .records()
        .map(|r| r.unwrap()[3].parse::<usize>().unwrap())
        .sum();
    assert!(weights >= pairs);
}

#[test]
fn summary_json_has_counts_and_top_concepts() {
    let (_dir, store) = built(&[ARTICLE]);
    let json = succeed(&store, &["summary", "--format", "json", "--top", "5"]);
    let summary: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(summary["counts"]["documents"], 1);
    assert!(summary["counts"]["sentences"].as_u64().unwrap() > 100);
    assert!(summary["counts"]["quads"].as_u64().unwrap() > 1000);
    let top = summary["top_concepts"].as_array().unwrap();
    assert_eq!(top.len(), 5);
    let labels: Vec<&str> = top.iter().map(|c| c["label"].as_str().unwrap()).collect();
    assert!(labels.contains(&"人机协作"), "{labels:?}");
    let works = summary["top_works"].as_array().unwrap();
    assert_eq!(works.len(), 5);
    assert!(
        works[0]["title"]
            .as_str()
            .unwrap()
            .starts_with("马克思恩格斯文集"),
        "{works:?}"
    );
    assert_eq!(works[0]["citations"], 6);
    let authors = summary["top_authors"].as_array().unwrap();
    assert_eq!(authors[0]["name"], "哈里·布雷弗曼", "{authors:?}");
    assert_eq!(authors[0]["citations"], 4);
}

#[test]
fn named_queries_run() {
    let (_dir, store) = built(&[FIXTURE]);
    let out = succeed(&store, &["query", "--name", "documents", "--format", "csv"]);
    assert!(out.contains("平台资本主义与数字劳动的新形态"), "{out}");
    let output = argraph(&store, &["query", "--name", "nope"]);
    assert_user_error(&output, "no shipped query named `nope`");
}

#[test]
fn every_anchor_is_the_substring_its_offsets_name() {
    let (_dir, store) = built(&[ARTICLE]);
    let total = scalar(
        &store,
        "SELECT (COUNT(?node) AS ?n) WHERE { ?node nif:anchorOf ?anchor }",
    );
    assert!(total > 100);
    let wrong = scalar(
        &store,
        "SELECT (COUNT(?node) AS ?n) WHERE {
           ?node nif:anchorOf ?anchor ; nif:beginIndex ?b ; nif:endIndex ?e ;
                 nif:referenceContext/nif:isString ?text .
           FILTER(SUBSTR(?text, ?b + 1, ?e - ?b) != ?anchor) }",
    );
    assert_eq!(wrong, 0);
    let stored = succeed(
        &store,
        &[
            "query",
            "--format",
            "csv",
            "SELECT ?text WHERE { ?c nif:isString ?text }",
        ],
    );
    assert!(
        !stored.contains("qED品论天涯网"),
        "the watermark was stored"
    );
}

#[test]
fn rules_are_listed_and_explained() {
    let output = Command::cargo_bin("argraph")
        .unwrap()
        .arg("rules")
        .output()
        .unwrap();
    let listing = stdout(&output);
    assert!(
        listing.lines().any(|l| l.starts_with("C001  quoted-term")),
        "{listing}"
    );
    let output = Command::cargo_bin("argraph")
        .unwrap()
        .args(["rules", "explain", "N002"])
        .output()
        .unwrap();
    assert!(stdout(&output).contains("c4o:InTextReferencePointer"));
    let output = Command::cargo_bin("argraph")
        .unwrap()
        .args(["rules", "explain", "Z9"])
        .output()
        .unwrap();
    assert_user_error(&output, "no rule with id `Z9`");
}

#[test]
fn the_built_in_data_files_are_dumped_once_and_never_overwritten() {
    let dir = TempDir::new().unwrap();
    let folder = dir.path().join("copy");
    let dump = || {
        Command::cargo_bin("argraph")
            .unwrap()
            .args(["rules", "dump", folder.to_str().unwrap()])
            .output()
            .unwrap()
    };
    let output = dump();
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).starts_with("wrote 12 data files to "));
    let cues = folder.join("argument_cues.tsv");
    std::fs::write(&cues, "thesis\t我的\n").unwrap();
    let output = dump();
    assert_user_error(&output, "already exists; nothing was written");
    assert_eq!(std::fs::read_to_string(&cues).unwrap(), "thesis\t我的\n");
}

#[test]
fn ask_and_construct_queries_write_their_formats() {
    let (_dir, store) = built(&[FIXTURE]);
    let ask = succeed(
        &store,
        &[
            "query",
            "--format",
            "json",
            "ASK { ?c skos:prefLabel \"零工经济\"@zh }",
        ],
    );
    assert_eq!(ask.trim(), r#"{"head":{},"boolean":true}"#);
    let triples = succeed(
        &store,
        &[
            "query",
            "--format",
            "ntriples",
            "CONSTRUCT { ?c skos:prefLabel ?l } WHERE { ?c a skos:Concept ; skos:prefLabel ?l }",
        ],
    );
    assert!(triples.lines().count() >= 2, "{triples}");
    assert!(triples.lines().all(|l| l.ends_with(" .")), "{triples}");
    assert!(
        triples.contains("<https://w3id.org/argraph/id/concept/零工经济>"),
        "{triples}"
    );
    let mismatch = argraph(
        &store,
        &["query", "--format", "turtle", "SELECT * WHERE { ?s ?p ?o }"],
    );
    assert_user_error(&mismatch, "SELECT results cannot be written as turtle");
}

#[test]
fn the_same_input_gives_the_same_graph_in_any_store() {
    let dump = |store: &Path| {
        let mut lines: Vec<String> = succeed(
            store,
            &[
                "query",
                "--format",
                "ntriples",
                "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
            ],
        )
        .lines()
        .map(str::to_string)
        .collect();
        lines.sort();
        lines
    };
    let (_a, first) = built(&[ARTICLE, FIXTURE]);
    let (_b, second) = built(&[FIXTURE, ARTICLE]);
    let one = dump(&first);
    assert!(one.len() > 1000);
    assert_eq!(one, dump(&second));
}

#[test]
fn a_lexicon_in_a_rules_folder_changes_the_concepts_without_recompiling() {
    let dir = TempDir::new().unwrap();
    let rules = dir.path().join("rules");
    std::fs::create_dir(&rules).unwrap();
    std::fs::write(
        rules.join("concepts.ttl"),
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n\
         <https://w3id.org/argraph/id/concept/按单计酬> a skos:Concept ;\n\
           skos:prefLabel \"按单计酬\"@zh, \"piece-rate pay\"@en .\n",
    )
    .unwrap();
    let store = dir.path().join("store");
    let query = "SELECT ?en WHERE { ?c skos:prefLabel \"按单计酬\"@zh ; skos:prefLabel ?en FILTER(LANG(?en) = \"en\") }";
    succeed(&store, &["build", FIXTURE]);
    let before = succeed(&store, &["query", "--format", "csv", query]);
    assert_eq!(before.lines().count(), 1, "{before}");
    succeed(
        &store,
        &["build", "--rules", rules.to_str().unwrap(), FIXTURE],
    );
    let after = succeed(&store, &["query", "--format", "csv", query]);
    assert_eq!(after.lines().nth(1), Some("piece-rate pay"), "{after}");
}
