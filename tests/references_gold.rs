//! The reference parser scored against hand-written gold files
//! (`tests/gold/references/*.tsv`, conventions in its `README.md`): the reference
//! article's 64 notes and real GB/T 7714 and English entries of the ChinaXiv
//! corpus. Prints precision and recall per field and asserts each ≥ 0.95.
//! Entries of ChinaXiv papers are skipped, saying so, when the corpus is
//! absent.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use argraph::bibliography::{Cited, ParsedWork, parse_entry};
use argraph::pipeline::Pipeline;
use argraph::resources::Resources;

const CORPUS: &str = "../shared/corpus/chinaxiv";
const FIELDS: [&str; 9] = [
    "type",
    "authors",
    "title",
    "container",
    "publisher",
    "year",
    "volume",
    "issue",
    "pages",
];
const FLOOR: f64 = 0.95;

struct GoldEntry {
    gold_file: String,
    file: String,
    entry: String,
    values: Vec<String>,
}

fn gold_entries() -> Vec<GoldEntry> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gold/references");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    files.sort();
    let mut entries = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        for (index, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.starts_with("file\t") || line.trim().is_empty() {
                continue;
            }
            let columns: Vec<&str> = line.split('\t').collect();
            assert_eq!(
                columns.len(),
                11,
                "{name}:{}: {} columns",
                index + 1,
                columns.len()
            );
            entries.push(GoldEntry {
                gold_file: format!("{name}:{}", index + 1),
                file: columns[0].to_string(),
                entry: columns[1].to_string(),
                values: columns[2..].iter().map(|v| v.to_string()).collect(),
            });
        }
    }
    entries
}

/// Where a gold file's `file` column points.
fn source(file: &str) -> PathBuf {
    match file.strip_prefix("chinaxiv/") {
        Some(name) => Path::new(CORPUS).join(name),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join(file),
    }
}

/// Each entry of a file, keyed `N` or `N#k` for the k-th entry numbered N,
/// with the field values the parser gives it (同上 takes the work before,
/// 前引 the author's work before).
fn predicted(pipeline: &Pipeline, path: &Path) -> HashMap<String, Vec<String>> {
    let document = pipeline
        .read(path, &())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut seen: HashMap<u32, usize> = HashMap::new();
    let mut earlier: Vec<(ParsedWork, Option<String>)> = Vec::new();
    let mut values = HashMap::new();
    for note in &document.notes {
        let occurrence = seen.entry(note.number).or_default();
        *occurrence += 1;
        let key = match *occurrence {
            1 => note.number.to_string(),
            k => format!("{}#{k}", note.number),
        };
        let entry = parse_entry(document.text.slice(note.content_span));
        let cited = match entry {
            Some(entry) => match entry.cited {
                Cited::Work(work) => Some((*work, entry.locator)),
                Cited::SameAsBefore => earlier
                    .last()
                    .cloned()
                    .map(|(work, page)| (work, entry.locator.or(page))),
                Cited::EarlierBy(author) => earlier
                    .iter()
                    .rev()
                    .find(|(work, _)| work.authors.iter().any(|name| name.contains(&author)))
                    .map(|(work, _)| (work.clone(), entry.locator)),
            },
            None => None,
        };
        values.insert(key, fields(cited.as_ref()));
        earlier.extend(cited);
    }
    values
}

fn fields(cited: Option<&(ParsedWork, Option<String>)>) -> Vec<String> {
    let Some((work, locator)) = cited else {
        return vec![String::new(); FIELDS.len()];
    };
    let text = |value: &Option<String>| value.clone().unwrap_or_default();
    vec![
        work.kind.map(|k| format!("{k:?}")).unwrap_or_default(),
        work.authors.join(";"),
        work.title.clone(),
        text(&work.container),
        text(&work.publisher),
        text(&work.year),
        text(&work.volume),
        text(&work.issue),
        work.pages
            .clone()
            .or_else(|| locator.clone())
            .unwrap_or_default(),
    ]
}

/// Full-width folded to ASCII, white space dropped, lower case; for names,
/// titles and containers punctuation dropped too.
fn normalize(field: &str, value: &str) -> String {
    let folded = value.chars().filter_map(|c| {
        let c = match c {
            '—' | '–' | '－' => '-',
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            c => c,
        };
        (!c.is_whitespace()).then(|| c.to_lowercase().next().unwrap_or(c))
    });
    match field {
        "authors" | "title" | "container" => folded
            .filter(|c| c.is_alphanumeric() || *c == ';')
            .collect(),
        _ => folded.collect(),
    }
}

#[derive(Default)]
struct Score {
    true_positives: usize,
    predicted: usize,
    relevant: usize,
}

impl Score {
    fn precision(&self) -> f64 {
        ratio(self.true_positives, self.predicted)
    }
    fn recall(&self) -> f64 {
        ratio(self.true_positives, self.relevant)
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

#[test]
fn per_field_precision_and_recall_on_the_gold_entries() {
    let entries = gold_entries();
    let pipeline = Pipeline::new(Resources::builtin());
    let mut documents: BTreeMap<String, HashMap<String, Vec<String>>> = BTreeMap::new();
    let mut scores: Vec<Score> = FIELDS.iter().map(|_| Score::default()).collect();
    let (mut scored, mut skipped) = (0, 0);
    let mut misses = Vec::new();
    for gold in &entries {
        let path = source(&gold.file);
        if !path.exists() {
            skipped += 1;
            continue;
        }
        let document = documents
            .entry(gold.file.clone())
            .or_insert_with(|| predicted(&pipeline, &path));
        let lost = vec![String::new(); FIELDS.len()];
        let predicted = document.get(&gold.entry).unwrap_or_else(|| {
            misses.push(format!(
                "{} {}: no such entry ({})",
                gold.file, gold.entry, gold.gold_file
            ));
            &lost
        });
        scored += 1;
        for (index, field) in FIELDS.iter().enumerate() {
            let expected = normalize(field, &gold.values[index]);
            let found = normalize(field, &predicted[index]);
            let score = &mut scores[index];
            score.relevant += usize::from(!expected.is_empty());
            score.predicted += usize::from(!found.is_empty());
            if !found.is_empty() && found == expected {
                score.true_positives += 1;
            } else if found != expected {
                misses.push(format!(
                    "{} {} {field}: expected {:?}, found {:?}",
                    gold.file, gold.entry, gold.values[index], predicted[index]
                ));
            }
        }
    }
    if skipped > 0 {
        eprintln!("skipped {skipped} gold entries: {CORPUS} is absent");
    }
    println!("{scored} gold entries from {} files", documents.len());
    println!(
        "{:<10} {:>9} {:>9} {:>6}",
        "field", "precision", "recall", "gold"
    );
    for (field, score) in FIELDS.iter().zip(&scores) {
        println!(
            "{field:<10} {:>9.3} {:>9.3} {:>6}",
            score.precision(),
            score.recall(),
            score.relevant
        );
    }
    for miss in &misses {
        println!("  miss: {miss}");
    }
    assert!(scored >= 64, "only {scored} gold entries scored");
    for (field, score) in FIELDS.iter().zip(&scores) {
        assert!(
            score.precision() >= FLOOR && score.recall() >= FLOOR,
            "{field}: precision {:.3}, recall {:.3} below {FLOOR}",
            score.precision(),
            score.recall()
        );
    }
}
