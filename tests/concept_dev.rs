//! Concepts of texts no rule was written for, measured: the concepts of
//! twelve ChinaXiv papers labelled by annotators who saw only the text and
//! the definition of a concept (`tests/gold/concepts_dev.tsv`), half of
//! them held out while the rules were written. Prints, per text, the
//! recall of the labelled concepts (all, and the core ones) and the
//! precision of argraph's 40 best-ranked concepts: the share the annotator
//! listed (`listed`), and the share an annotator judged concepts when shown
//! the text and the candidates (`judged`: listed, or labelled `concept` in
//! `tests/gold/concepts_dev_judged.tsv`; a candidate no one judged counts
//! against, and the `unjudged` column says how many there are). Asserts the
//! floors measured. `ARGRAPH_SHOW_MISSES=1` prints what the tuning texts
//! miss (never the held-out texts').

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use argraph::pipeline::Pipeline;
use argraph::resources::Resources;

const GOLD: &str = "tests/gold/concepts_dev.tsv";
const JUDGED: &str = "tests/gold/concepts_dev_judged.tsv";
const CORPUS: &str = "../shared/corpus/chinaxiv";
const TOP: usize = 40;
/// Floors of the held-out texts, as measured when set: recall 0.655,
/// judged precision of the top 40 0.658, worst text 0.500.
const HELD_OUT_RECALL_FLOOR: f64 = 0.63;
const HELD_OUT_PRECISION_FLOOR: f64 = 0.63;
const WORST_TEXT_PRECISION_FLOOR: f64 = 0.45;

/// One labelled concept: its forms (the term and its aliases), normalised.
struct Labelled {
    forms: BTreeSet<String>,
    core: bool,
}

struct Text {
    split: String,
    concepts: Vec<Labelled>,
    /// Candidates judged, by their normalised form: concept or not.
    judged: BTreeMap<String, bool>,
}

/// The forms compared as argraph keys concepts: NFKC, case folded, no
/// spaces, quotes or title marks.
fn normal(form: &str) -> String {
    argraph::key::normalize_key(form)
}

fn gold() -> BTreeMap<String, Text> {
    let text = std::fs::read_to_string(GOLD).unwrap();
    let mut texts: BTreeMap<String, Text> = BTreeMap::new();
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("file\t") && !l.trim().is_empty())
    {
        let columns: Vec<&str> = line.split('\t').collect();
        assert_eq!(columns.len(), 5, "{GOLD}: {line}");
        let forms = std::iter::once(columns[1])
            .chain(columns[2].split('|'))
            .filter(|f| !f.trim().is_empty())
            .map(normal)
            .collect();
        let entry = texts.entry(columns[0].to_string()).or_insert_with(|| Text {
            split: columns[4].to_string(),
            concepts: Vec::new(),
            judged: BTreeMap::new(),
        });
        entry.concepts.push(Labelled {
            forms,
            core: columns[3] == "core",
        });
    }
    let judged = std::fs::read_to_string(JUDGED).unwrap();
    for line in judged
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("file\t") && !l.trim().is_empty())
    {
        let columns: Vec<&str> = line.split('\t').collect();
        assert_eq!(columns.len(), 3, "{JUDGED}: {line}");
        let text = texts
            .get_mut(columns[0])
            .unwrap_or_else(|| panic!("{JUDGED}: {} is not in {GOLD}", columns[0]));
        text.judged
            .insert(normal(columns[1]), columns[2] == "concept");
    }
    texts
}

/// A concept of a document: its mentions, label, forms and the rules that
/// found it.
type Found = (usize, String, BTreeSet<String>, String);

/// Each concept of the document, in argraph's ranking (evidence, then
/// mentions).
fn concepts(pipeline: &Pipeline, path: &Path) -> Vec<Found> {
    let (_, found) = pipeline
        .run_with(path, &(), |model| {
            model
                .ranked_concepts()
                .into_iter()
                .map(|(index, _)| {
                    let concept = &model.concepts[index];
                    let mentions: Vec<_> = model
                        .mentions
                        .iter()
                        .filter(|m| m.concept == index)
                        .collect();
                    let forms = std::iter::once(&concept.pref_label)
                        .chain(&concept.alt_labels)
                        .map(|f| normal(f))
                        .collect();
                    let rules: BTreeSet<&str> = mentions.iter().map(|m| m.rule.id).collect();
                    let rules = rules.into_iter().collect::<Vec<_>>().join(",");
                    (mentions.len(), concept.pref_label.clone(), forms, rules)
                })
                .collect::<Vec<_>>()
        })
        .unwrap();
    found
}

#[derive(Default)]
struct Tally {
    labelled: usize,
    found: usize,
    core: usize,
    core_found: usize,
    top: usize,
    top_labelled: usize,
    top_judged: usize,
    unjudged: usize,
}

impl Tally {
    fn add(&mut self, other: &Tally) {
        self.labelled += other.labelled;
        self.found += other.found;
        self.core += other.core;
        self.core_found += other.core_found;
        self.top += other.top;
        self.top_labelled += other.top_labelled;
        self.top_judged += other.top_judged;
        self.unjudged += other.unjudged;
    }

    fn recall(&self) -> f64 {
        self.found as f64 / self.labelled.max(1) as f64
    }

    fn core_recall(&self) -> f64 {
        self.core_found as f64 / self.core.max(1) as f64
    }

    fn precision(&self) -> f64 {
        self.top_labelled as f64 / self.top.max(1) as f64
    }

    fn judged_precision(&self) -> f64 {
        self.top_judged as f64 / self.top.max(1) as f64
    }

    fn row(&self, name: &str) -> String {
        format!(
            "{name:<32} {:>4} {:>7.3} {:>7.3} {:>7.3} {:>7.3} {:>9}",
            self.labelled,
            self.recall(),
            self.core_recall(),
            self.precision(),
            self.judged_precision(),
            self.unjudged
        )
    }
}

#[test]
fn concepts_of_texts_no_rule_was_written_for() {
    if !Path::new(CORPUS).exists() {
        eprintln!("skipped: {CORPUS} is absent");
        return;
    }
    let show_misses = std::env::var_os("ARGRAPH_SHOW_MISSES").is_some();
    let pipeline = Pipeline::new(Resources::builtin());
    let mut by_split: BTreeMap<String, Tally> = BTreeMap::new();
    let mut worst_held_out_precision: f64 = 1.0;
    println!(
        "{:<32} {:>4} {:>7} {:>7} {:>7} {:>7} {:>9}",
        "text", "gold", "recall", "core", "listed", "judged", "unjudged"
    );
    for (file, text) in gold() {
        let name = file.trim_start_matches("chinaxiv/");
        let found = concepts(&pipeline, &Path::new(CORPUS).join(name));
        let all_forms: BTreeSet<&String> = found.iter().flat_map(|(_, _, f, _)| f).collect();
        let labelled_forms: BTreeSet<&String> =
            text.concepts.iter().flat_map(|c| &c.forms).collect();
        let mut tally = Tally::default();
        for concept in &text.concepts {
            let hit = concept.forms.iter().any(|f| all_forms.contains(f));
            tally.labelled += 1;
            tally.found += usize::from(hit);
            tally.core += usize::from(concept.core);
            tally.core_found += usize::from(concept.core && hit);
            if show_misses && !hit && text.split == "tuning" {
                println!("  missed: {name} {:?}", concept.forms);
            }
        }
        for (mentions, label, forms, rules) in found.iter().take(TOP) {
            let labelled = forms.iter().any(|f| labelled_forms.contains(f));
            let judgement = text.judged.get(&normal(label)).copied();
            tally.top += 1;
            tally.top_labelled += usize::from(labelled);
            tally.top_judged += usize::from(labelled || judgement == Some(true));
            tally.unjudged += usize::from(!labelled && judgement.is_none());
            if show_misses && !labelled && text.split == "tuning" {
                println!("  unlabelled in top {TOP}: {name} {label} ({mentions}, {rules})");
            }
        }
        println!("{} ({})", tally.row(name), text.split);
        if text.split == "held-out" {
            worst_held_out_precision = worst_held_out_precision.min(tally.judged_precision());
        }
        by_split.entry(text.split.clone()).or_default().add(&tally);
    }
    for (split, tally) in &by_split {
        println!("{}", tally.row(split));
    }
    let held_out = &by_split["held-out"];
    assert!(
        held_out.recall() >= HELD_OUT_RECALL_FLOOR,
        "held-out recall {:.3} below {HELD_OUT_RECALL_FLOOR}",
        held_out.recall()
    );
    assert!(
        held_out.judged_precision() >= HELD_OUT_PRECISION_FLOOR,
        "held-out judged precision of the top {TOP} {:.3} below {HELD_OUT_PRECISION_FLOOR}",
        held_out.judged_precision()
    );
    assert!(
        worst_held_out_precision >= WORST_TEXT_PRECISION_FLOOR,
        "a held-out text's judged precision of the top {TOP} {worst_held_out_precision:.3} below {WORST_TEXT_PRECISION_FLOOR}"
    );
}
