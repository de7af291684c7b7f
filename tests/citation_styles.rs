//! Cited works in the styles of Chinese journals and universities, scored
//! field by field on `../shared/corpus/dev/citations/` (the same records
//! rendered by 24 styles, each line with its CSL-JSON gold; see its README).
//! Each rendering is put into a small article as the entry of its
//! reference list and read the way `build` reads it; the test prints a table
//! of title, year, first author and venue (the container, else the
//! publisher) per style and asserts the floors measured. A gold value the
//! rendering does not print (a style that leaves out the publisher, a test
//! record whose authors are not the ones printed) is not scored; the table
//! counts such values in its last column.
//!
//! A third of the styles (every third file in name order) is held out: the
//! rules were not written from them, and their figure is reported apart.
//! Skipped, saying so, when the corpus is absent.

use std::collections::BTreeMap;
use std::path::Path;

use argraph::bibliography::{Cited, ParsedWork, WorkKind};
use argraph::pipeline::Pipeline;
use argraph::read::Source;
use argraph::resources::Resources;
use argraph::rules::citation::note_works;

const CORPUS: &str = "../shared/corpus/dev/citations";
const FIELDS: [&str; 4] = ["title", "year", "author", "venue"];
/// The floors of the whole set and of the worst style: the target of
/// issue 17 (measured 0.955 and 0.908 when set).
const OVERALL_FLOOR: f64 = 0.95;
const STYLE_FLOOR: f64 = 0.90;
/// The share of renderings whose kind is the one their CSL type maps to
/// (measured 0.764 when set).
const KIND_FLOOR: f64 = 0.75;

/// The kind argraph should give a record of each CSL type, the FaBiO
/// class it maps to; None for the types no entry tells apart from others
/// (a film or a picture cited by its web address, a letter in an archive).
fn kind_of_csl(csl: &str) -> Option<WorkKind> {
    Some(match csl {
        "article-journal" => WorkKind::JournalArticle,
        "book" => WorkKind::Book,
        "chapter" => WorkKind::BookChapter,
        "article-newspaper" => WorkKind::NewspaperArticle,
        "paper-conference" => WorkKind::ConferencePaper,
        "thesis" => WorkKind::Thesis,
        "report" => WorkKind::ReportDocument,
        "standard" => WorkKind::TechnicalStandard,
        "patent" => WorkKind::PatentDocument,
        "webpage" | "post-weblog" => WorkKind::WebContent,
        "dataset" => WorkKind::Dataset,
        "map" => WorkKind::Map,
        "article" => WorkKind::Preprint,
        "legal_case" => WorkKind::LegalCase,
        "legislation" => WorkKind::Legislation,
        _ => return None,
    })
}

/// How the records name a work without an author; argraph gives such a
/// work no author, so that two anonymous works are not one person's.
const ANONYMOUS: [&str; 2] = ["佚名", "Anon"];

/// One rendered reference and the gold values of the four fields.
struct Rendering {
    text: String,
    gold: [Option<String>; 4],
    /// Whether the gold venue is a container (journal, book of a chapter,
    /// newspaper) rather than a publisher.
    venue_is_container: bool,
    /// The record's CSL type: `book`, `legal_case`, ….
    csl_type: String,
}

fn gold_of(record: &serde_json::Value) -> [Option<String>; 4] {
    let text = |key: &str| {
        record[key]
            .as_str()
            .map(str::to_string)
            .filter(|v| !v.is_empty())
    };
    let author = record["authors"]
        .as_array()
        .and_then(|authors| authors.first())
        .and_then(|a| a.as_str())
        .filter(|a| !ANONYMOUS.contains(a))
        .map(without_nationality);
    [
        text("title"),
        text("year"),
        author,
        text("container").or_else(|| text("publisher")),
    ]
}

/// The four fields of the work argraph reads from the rendering; venue as
/// the gold's: the container when the gold has one, else the publisher
/// (and the container when argraph read no publisher, so that a venue read
/// into the wrong field counts as wrong, not as absent).
fn predicted(work: Option<&ParsedWork>, gold_has_container: bool) -> [Option<String>; 4] {
    let Some(work) = work else {
        return [None, None, None, None];
    };
    let venue = if gold_has_container {
        work.container.clone().or_else(|| work.publisher.clone())
    } else {
        work.publisher.clone().or_else(|| work.container.clone())
    };
    [
        Some(work.title.clone()).filter(|t| !t.is_empty()),
        work.year.clone(),
        work.authors.first().cloned(),
        venue,
    ]
}

/// A name without the mark of its bearer's nationality (`[德]莱纳·沃尔夫`,
/// `（美）富勒`): argraph leaves it out of person names, so that one person
/// cited with and without it is one person.
fn without_nationality(name: &str) -> String {
    let trimmed = name.trim_start();
    for (open, close) in [
        ('[', ']'),
        ('［', '］'),
        ('(', ')'),
        ('（', '）'),
        ('〔', '〕'),
        ('【', '】'),
    ] {
        if let Some(rest) = trimmed.strip_prefix(open)
            && let Some((mark, name)) = rest.split_once(close)
            && (1..=3).contains(&mark.chars().count())
            && mark.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        {
            return name.trim().to_string();
        }
    }
    name.to_string()
}

/// Full-width folded to ASCII; white space, punctuation and case dropped.
fn normalize(value: &str) -> String {
    value
        .chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            c => c,
        })
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The work argraph reads from one rendering, as the entry of an article's
/// reference list.
fn read(pipeline: &Pipeline, text: &str) -> Option<ParsedWork> {
    let raw = format!("正文一句。\n\n参考文献\n{text}\n");
    let document = pipeline.structure(Source::plain(&raw), "style.txt");
    note_works(&document)
        .into_iter()
        .find(|work| work.note == 0 && work.part == 0)
        .and_then(|work| match work.entry.cited {
            Cited::Work(work) => Some(*work),
            _ => None,
        })
}

#[derive(Default, Clone, Copy)]
struct Tally {
    correct: [usize; 4],
    scored: [usize; 4],
    /// Gold values the rendering does not print.
    unprinted: [usize; 4],
}

impl Tally {
    fn add(&mut self, other: &Tally) {
        for i in 0..4 {
            self.correct[i] += other.correct[i];
            self.scored[i] += other.scored[i];
            self.unprinted[i] += other.unprinted[i];
        }
    }
    fn field(&self, i: usize) -> f64 {
        ratio(self.correct[i], self.scored[i])
    }
    fn overall(&self) -> f64 {
        ratio(self.correct.iter().sum(), self.scored.iter().sum())
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

/// Whether a style file is held out: every third in name order.
fn held_out(index: usize) -> bool {
    index % 3 == 2
}

#[test]
fn field_accuracy_in_every_style() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join(CORPUS);
    if !corpus.is_dir() {
        eprintln!("skipped: {CORPUS} is absent");
        return;
    }
    let mut files: Vec<_> = std::fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    let pipeline = Pipeline::new(Resources::builtin());
    let (mut tuning, mut held) = (Tally::default(), Tally::default());
    let mut worst = (1.0_f64, String::new());
    let mut misses = Vec::new();
    // Per CSL type: renderings typed as its kind, renderings.
    let mut kinds: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    println!(
        "{:<34} {:>5} {:>6} {:>6} {:>6} {:>6} {:>7} {:>9}",
        "style", "refs", "title", "year", "author", "venue", "overall", "unprinted"
    );
    for (index, file) in files.iter().enumerate() {
        let name = file.file_stem().unwrap().to_string_lossy().into_owned();
        let renderings: Vec<Rendering> = std::fs::read_to_string(file)
            .unwrap()
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|line| {
                let record: serde_json::Value = serde_json::from_str(line).unwrap();
                Rendering {
                    text: record["text"].as_str().unwrap().to_string(),
                    gold: gold_of(&record),
                    venue_is_container: record["container"].as_str().is_some_and(|c| !c.is_empty()),
                    csl_type: record["type"].as_str().unwrap_or_default().to_string(),
                }
            })
            .collect();
        let mut tally = Tally::default();
        for rendering in &renderings {
            let work = read(&pipeline, &rendering.text);
            let found = predicted(work.as_ref(), rendering.venue_is_container);
            if let Some(expected) = kind_of_csl(&rendering.csl_type) {
                let entry = kinds.entry(rendering.csl_type.clone()).or_insert((0, 0));
                entry.1 += 1;
                if work.as_ref().and_then(|w| w.kind) == Some(expected) {
                    entry.0 += 1;
                }
            }
            for i in 0..4 {
                let (expected, got) = (&rendering.gold[i], &found[i]);
                if expected.is_none() && got.is_none() {
                    continue;
                }
                // A value the style does not print (a publisher left out, a
                // record whose authors differ from the ones printed) cannot
                // be read from the rendering: counted apart, not scored.
                if expected
                    .as_ref()
                    .is_some_and(|e| !normalize(&rendering.text).contains(&normalize(e)))
                {
                    tally.unprinted[i] += 1;
                    continue;
                }
                tally.scored[i] += 1;
                let right = match (expected, got) {
                    (Some(e), Some(g)) => normalize(e) == normalize(g),
                    _ => false,
                };
                if right {
                    tally.correct[i] += 1;
                } else if !held_out(index) {
                    misses.push(format!(
                        "{name} {}: expected {expected:?}, found {got:?} in {}",
                        FIELDS[i], rendering.text
                    ));
                }
            }
        }
        let marker = if held_out(index) { " (held out)" } else { "" };
        println!(
            "{:<34} {:>5} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>7.3} {:>9}{marker}",
            name,
            renderings.len(),
            tally.field(0),
            tally.field(1),
            tally.field(2),
            tally.field(3),
            tally.overall(),
            tally.unprinted.iter().sum::<usize>()
        );
        if tally.overall() < worst.0 {
            worst = (tally.overall(), name.clone());
        }
        if held_out(index) {
            held.add(&tally);
        } else {
            tuning.add(&tally);
        }
    }
    let mut all = tuning;
    all.add(&held);
    for (label, tally) in [
        ("tuning styles", tuning),
        ("held-out styles", held),
        ("all", all),
    ] {
        println!(
            "{label:<34} {:>5} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>7.3} {:>9}",
            "",
            tally.field(0),
            tally.field(1),
            tally.field(2),
            tally.field(3),
            tally.overall(),
            tally.unprinted.iter().sum::<usize>()
        );
    }
    println!("\n{:<24} {:>6} {:>6}", "CSL type", "refs", "kind");
    let (mut typed, mut all_typed) = (0, 0);
    for (csl, (right, total)) in &kinds {
        println!("{csl:<24} {total:>6} {:>6.3}", ratio(*right, *total));
        typed += right;
        all_typed += total;
    }
    let kind_accuracy = ratio(typed, all_typed);
    println!("{:<24} {all_typed:>6} {kind_accuracy:>6.3}", "all");
    if std::env::var_os("ARGRAPH_SHOW_MISSES").is_some() {
        for miss in &misses {
            println!("  miss: {miss}");
        }
    }
    assert!(
        kind_accuracy >= KIND_FLOOR,
        "kinds {kind_accuracy:.3} below {KIND_FLOOR}"
    );
    assert!(
        all.overall() >= OVERALL_FLOOR,
        "overall {:.3} below {OVERALL_FLOOR}",
        all.overall()
    );
    assert!(
        worst.0 >= STYLE_FLOOR,
        "{} at {:.3}, below {STYLE_FLOOR}",
        worst.1,
        worst.0
    );
}
