//! Summaries and networks of the reference article as a user reads them:
//! `summary` in its three forms and for one document, and the networks
//! `export` writes.

mod common;

use std::path::Path;

use assert_cmd::Command;

const ARTICLE: &str = "data/huang2025.txt";

fn run(store: &Path, args: &[&str]) -> std::process::Output {
    Command::cargo_bin("argraph")
        .unwrap()
        .args(args)
        .arg("--store")
        .arg(store)
        .output()
        .unwrap()
}

fn succeed(store: &Path, args: &[&str]) -> String {
    let output = run(store, args);
    assert!(output.status.success(), "{}", common::stderr(&output));
    String::from_utf8(output.stdout).unwrap()
}

/// Acceptance: 人机协作 is among the five most central concepts by
/// PageRank, communities come with their modularity, and a volume of
/// 《马克思恩格斯文集》 is the most cited work, with six citations.
#[test]
fn the_summary_ranks_centrality_communities_and_citations() {
    let (_dir, store) = common::build_store(&[Path::new(ARTICLE)]);
    let json = succeed(&store, &["summary", "--format", "json", "--top", "5"]);
    let summary: serde_json::Value = serde_json::from_str(&json).unwrap();
    let by_rank: Vec<&str> = summary["top_concepts_by_page_rank"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["label"].as_str().unwrap())
        .collect();
    assert!(by_rank.contains(&"人机协作"), "{by_rank:?}");
    let ranks: Vec<f64> = summary["top_concepts_by_page_rank"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["page_rank"].as_f64().unwrap())
        .collect();
    assert!(ranks.windows(2).all(|w| w[0] >= w[1]), "{ranks:?}");
    let communities = &summary["communities"];
    let modularity = communities["modularity"].as_f64().unwrap();
    assert!(modularity > 0.1 && modularity < 1.0, "{communities}");
    assert!(communities["count"].as_u64().unwrap() >= 3, "{communities}");
    assert!(
        !communities["largest"][0]["leading"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    let work = &summary["top_works"][0];
    assert!(
        work["title"]
            .as_str()
            .unwrap()
            .starts_with("马克思恩格斯文集 第"),
        "{work}"
    );
    assert_eq!(work["citations"], 6);
    let functions = summary["citation_functions"].as_array().unwrap();
    assert!(
        functions
            .iter()
            .any(|f| f["function"] == "citesAsAuthority")
    );
    let argument = &summary["argument"];
    assert!(
        argument["theses"][0]
            .as_str()
            .unwrap()
            .starts_with("本文认为")
    );
    assert!(argument["attacks"].as_u64().unwrap() >= 5, "{argument}");

    // The text and Markdown reports carry the same sections.
    let text = succeed(&store, &["summary", "--top", "5"]);
    let markdown = succeed(&store, &["summary", "--format", "markdown", "--top", "5"]);
    for title in [
        "Top concepts by PageRank",
        "Top concepts by betweenness",
        "Communities (Louvain)",
        "Most cited works",
        "Citation functions",
        "Argument",
    ] {
        assert!(text.contains(title), "{title} missing from\n{text}");
        assert!(
            markdown.contains(&format!("## {title}")),
            "{title} missing from\n{markdown}"
        );
    }
    assert!(text.contains("modularity 0."), "{text}");
    assert!(markdown.contains("| 1 | 马克思恩格斯文集 第"), "{markdown}");

    // One document of the store is the whole store here.
    let one = succeed(
        &store,
        &[
            "summary",
            "--format",
            "json",
            "--top",
            "5",
            "--doc",
            "huang2025.txt",
        ],
    );
    let one: serde_json::Value = serde_json::from_str(&one).unwrap();
    assert_eq!(
        one["top_concepts_by_page_rank"],
        summary["top_concepts_by_page_rank"]
    );
    assert_eq!(one["counts"]["quads"], summary["counts"]["quads"]);
    common::assert_user_error(&run(&store, &["summary", "--doc", "nope.txt"]), "nope.txt");
}

/// Every network of the reference article: what each links, in numbers a
/// reader can check against the article.
#[test]
fn the_networks_link_what_they_say() {
    let (dir, store) = common::build_store(&[Path::new(ARTICLE)]);
    let out = dir.path().join("gephi");
    let target = out.to_str().unwrap();
    succeed(
        &store,
        &["export", "gephi", "--graph", "all", "--out", target],
    );
    let read = |name: &str, file: &str| -> Vec<Vec<String>> {
        let path = out.join(name).join(file);
        let mut reader = csv::Reader::from_path(&path).unwrap();
        reader
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect()
    };
    // Citations: one document citing each work, directed, weighted by notes.
    let edges = read("citations", "edges.csv");
    assert!(edges.iter().all(|e| e[2] == "Directed" && e[4] == "cites"));
    let notes: f64 = edges.iter().map(|e| e[3].parse::<f64>().unwrap()).sum();
    assert_eq!(notes, 64.0, "each of the 64 notes cites one work");
    // Co-citation: with one citing document, every pair of works once.
    let works = read("cocitation", "nodes.csv").len();
    assert_eq!(
        read("cocitation", "edges.csv").len(),
        works * (works - 1) / 2
    );
    // Arguments: supports and attacks, from premise to conclusion.
    let labels: std::collections::BTreeSet<String> = read("arguments", "edges.csv")
        .into_iter()
        .map(|e| e[4].clone())
        .collect();
    assert_eq!(
        labels,
        ["attacks".to_string(), "supports".to_string()].into()
    );
    // Concept–work: 马克思恩格斯文集 volumes are linked to the concepts
    // of the sentences that cite them.
    let nodes = read("concept-works", "nodes.csv");
    assert!(
        nodes
            .iter()
            .any(|n| n[1].starts_with("马克思恩格斯文集") && n[2] == "Work")
    );
    assert!(
        nodes
            .iter()
            .any(|n| n[1] == "人机协作" && n[2] == "Concept")
    );

    // Fractional counting and association strength change weights, not links.
    let fractional = dir.path().join("fractional");
    succeed(
        &store,
        &[
            "export",
            "gephi",
            "--counting",
            "fractional",
            "--normalization",
            "association-strength",
            "--out",
            fractional.to_str().unwrap(),
        ],
    );
    let full = read("concepts", "edges.csv");
    let mut reader = csv::Reader::from_path(fractional.join("edges.csv")).unwrap();
    let scaled: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    assert_eq!(full.len(), scaled.len());
    assert!(
        full.iter()
            .zip(&scaled)
            .all(|(a, b)| a[0] == b[0] && a[1] == b[1])
    );
    assert!(full.iter().zip(&scaled).any(|(a, b)| a[3] != b[3]));
}
