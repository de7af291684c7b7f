//! The argument of the reference article as the store holds it (AIF units,
//! support and attack), and `argraph outline`, held by a snapshot
//! (`tests/snapshots/`; run with `UPDATE_SNAPSHOTS=1` to accept a change).

mod common;

use std::path::Path;

use assert_cmd::Command;

const ARTICLE: &str = "data/huang2025.txt";

fn rows(store: &Path, sparql: &str) -> Vec<Vec<String>> {
    common::query_rows(store, sparql)
}

#[test]
fn thesis_section_claims_opposing_views_and_attacks() {
    let (_dir, store) = common::build_store(&[Path::new(ARTICLE)]);
    let thesis = rows(
        &store,
        "SELECT ?t WHERE { ?u ag:role ag:Thesis ; aif:claimText ?t }",
    );
    assert_eq!(thesis.len(), 1, "{thesis:?}");
    assert!(thesis[0][0].starts_with("本文认为"), "{thesis:?}");

    // Every heading is a section claim that supports the thesis, directly
    // or through the sections above it.
    let sections = rows(
        &store,
        "SELECT (COUNT(?s) AS ?n) WHERE { ?s a doco:Section }",
    );
    let claims = rows(
        &store,
        "SELECT (COUNT(?u) AS ?n) WHERE { ?u ag:role ag:SectionClaim ; ag:supports+ ?t .
           ?t ag:role ag:Thesis }",
    );
    assert_eq!(claims, sections);
    assert_eq!(claims[0][0], "14");

    // The view quoted with note (18) is attacked by the 殊不知 sentence.
    let attackers = rows(
        &store,
        "SELECT ?a WHERE { ?view ag:role ag:OpposingView ; aif:claimText ?v .
           FILTER(CONTAINS(?v, \"人工智能可以让人类工作者变得更加人性化\"))
           ?attacker ag:attacks ?view ; aif:claimText ?a }",
    );
    assert!(
        attackers.iter().any(|a| a[0].starts_with("殊不知")),
        "{attackers:?}"
    );
    // The claims of section 二 attack the view that 人机协作 brings 再人性化.
    let section_two = rows(
        &store,
        "SELECT DISTINCT ?v WHERE { ?claim ag:role ag:SectionClaim ; aif:claimText ?c ;
           ag:attacks ?view . FILTER(CONTAINS(?c, \"再人性化\"))
           ?view ag:role ag:OpposingView ; aif:claimText ?v . FILTER(CONTAINS(?v, \"人性化\")) }",
    );
    assert!(!section_two.is_empty());

    // Sentences citing 《马克思恩格斯文集》 support the claims they belong to.
    let citing = rows(
        &store,
        "SELECT DISTINCT ?unit (EXISTS { ?unit ag:supports ?claim } AS ?supports) WHERE {
           ?unit a aif:I-node ; ag:inSentence ?s .
           ?pointer ag:inSentence ?s ; c4o:denotes/biro:references/dcterms:title ?title .
           FILTER(STRSTARTS(?title, \"马克思恩格斯文集\")) }",
    );
    assert!(citing.len() >= 10, "{citing:?}");
    assert!(citing.iter().all(|row| row[1] == "true"), "{citing:?}");
}

#[test]
fn the_outline_of_the_reference_article_is_held_by_its_snapshot() {
    let (_dir, store) = common::build_store(&[Path::new(ARTICLE)]);
    let output = Command::cargo_bin("argraph")
        .unwrap()
        .args(["outline", "--doc", "huang2025.txt", "--store"])
        .arg(&store)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", common::stderr(&output));
    let outline = String::from_utf8(output.stdout).unwrap();
    let snapshot = Path::new("tests/snapshots/outline_huang2025.txt");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(snapshot, &outline).unwrap();
    }
    let expected = std::fs::read_to_string(snapshot).unwrap();
    assert_eq!(
        outline, expected,
        "the outline changed; UPDATE_SNAPSHOTS=1 accepts it"
    );
    assert!(outline.starts_with("huang2025.txt\n  thesis: 本文认为"));

    let json = Command::cargo_bin("argraph")
        .unwrap()
        .args(["outline", "--format", "json", "--store"])
        .arg(&store)
        .output()
        .unwrap();
    let outlines: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(outlines[0]["roots"][0]["role"], "Thesis");

    let missing = Command::cargo_bin("argraph")
        .unwrap()
        .args(["outline", "--doc", "nope.txt", "--store"])
        .arg(&store)
        .output()
        .unwrap();
    common::assert_user_error(&missing, "no document `nope.txt`");
}

/// Where a labelled list's `file` column points.
fn source(file: &str) -> std::path::PathBuf {
    match file.strip_prefix("chinaxiv/") {
        Some(name) => Path::new("../shared/corpus/chinaxiv").join(name),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join(file),
    }
}

const ROLES: [&str; 5] = ["Thesis", "Claim", "Premise", "OpposingView", "Conclusion"];

/// (role, precision, recall) floors, measured on 2026-12-03 over 125
/// sentences: Thesis 1.00/0.50, Claim 0.57/0.38, Premise 0.48/0.63,
/// OpposingView 0.67/0.40 (no Conclusion in the labelled stretches). The
/// paragraph rules A012 (a paragraph's opening claim) and A013 (its other
/// sentences as premises) traded precision (Claim 0.62, Premise 0.70
/// before) for recall (0.24, 0.31 before); on texts no rule was written
/// for they raise F1 (tests/argument_dev.rs).
const FLOORS: &[(&str, (f64, f64))] = &[
    ("Thesis", (0.95, 0.45)),
    ("Claim", (0.55, 0.35)),
    ("Premise", (0.45, 0.60)),
    ("OpposingView", (0.60, 0.35)),
];

/// Precision and recall per role against sentences labelled by hand
/// (`tests/gold/argument_roles.tsv`), with the floors measured when the
/// list was written: the rules are cue-based, so they find few of the
/// premises and claims a reader sees without cue words.
#[test]
fn sentence_roles_against_a_hand_labelled_list() {
    use std::collections::BTreeMap;

    use argraph::pipeline::Pipeline;
    use argraph::resources::Resources;

    let gold = std::fs::read_to_string("tests/gold/argument_roles.tsv").unwrap();
    let mut labelled: BTreeMap<String, Vec<(usize, String)>> = BTreeMap::new();
    for line in gold
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("file\t"))
    {
        let columns: Vec<&str> = line.split('\t').collect();
        labelled
            .entry(columns[0].to_string())
            .or_default()
            .push((columns[1].parse().unwrap(), columns[2].to_string()));
    }
    let pipeline = Pipeline::new(Resources::builtin());
    // (true positives, predicted, relevant) per role.
    let mut scores: BTreeMap<&str, (usize, usize, usize)> =
        ROLES.iter().map(|r| (*r, (0, 0, 0))).collect();
    let mut sentences = 0;
    for (file, labels) in &labelled {
        let path = source(file);
        if !path.exists() {
            eprintln!("skipped {file}: the corpus is absent");
            continue;
        }
        // Each sentence's role, as the graph states it.
        let (_, roles) = pipeline
            .run_with(&path, &(), |model| {
                let mut roles: BTreeMap<usize, &'static str> = BTreeMap::new();
                for unit in &model.units {
                    if let Some(sentence) = unit.sentence {
                        roles.entry(sentence).or_insert(unit.role.name());
                    }
                }
                roles
            })
            .unwrap();
        for (sentence, expected) in labels {
            sentences += 1;
            let found = roles.get(sentence).copied().unwrap_or("None");
            for role in ROLES {
                let score = scores.get_mut(role).unwrap();
                let (hit, said, is) = (
                    found == role && expected == role,
                    found == role,
                    expected == role,
                );
                *score = (
                    score.0 + usize::from(hit),
                    score.1 + usize::from(said),
                    score.2 + usize::from(is),
                );
            }
        }
    }
    println!("{sentences} labelled sentences");
    println!(
        "{:<13} {:>9} {:>7} {:>5}",
        "role", "precision", "recall", "gold"
    );
    let ratio = |part: usize, whole: usize| {
        if whole == 0 {
            1.0
        } else {
            part as f64 / whole as f64
        }
    };
    let mut measured = BTreeMap::new();
    for (role, (hit, said, is)) in &scores {
        let (precision, recall) = (ratio(*hit, *said), ratio(*hit, *is));
        println!("{role:<13} {precision:>9.2} {recall:>7.2} {is:>5}");
        measured.insert(*role, (precision, recall));
    }
    if sentences < 100 {
        return;
    }
    for (role, (precision, recall)) in FLOORS {
        let (p, r) = measured[role];
        assert!(
            p >= *precision && r >= *recall,
            "{role}: precision {p:.2}, recall {r:.2} below {precision}, {recall}"
        );
    }
}
