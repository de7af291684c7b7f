//! Building a corpus into the store: documents are read and extracted on
//! several threads while one writer commits them, a document a
//! transaction, so that an interrupted build keeps every document committed
//! before it. A document whose text is already in the store is skipped; a
//! file whose text changed replaces its earlier graph. Memory stays bounded:
//! at most a few documents wait between the extractors and the writer.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use oxigraph::model::{Literal, NamedNode, Quad};

use crate::document::structure;
use crate::pipeline::{BuildError, DocumentReport, Pipeline, file_name};
use crate::rdf::iri::document_iri;
use crate::rdf::mapping::{text_sha256, to_quads};
use crate::rdf::vocab::ag;
use crate::read::{ReadError, clean, read_file};
use crate::resolve::resolve;
use crate::rules::{self, RuleContext};
use crate::segment::{Tokenizer, segment};
use crate::store::{GraphStore, StoreError};

/// The stages whose time a build measures, in pipeline order.
pub const STAGES: [&str; 6] = ["read", "structure", "segment", "extract", "rdf", "store"];

/// Time spent in each stage, summed over threads (nanoseconds).
#[derive(Debug, Default)]
pub struct StageTimes {
    nanos: [AtomicU64; 6],
}

impl StageTimes {
    fn add(&self, stage: usize, since: Instant) {
        let spent = since.elapsed().as_nanos() as u64;
        self.nanos[stage].fetch_add(spent, Ordering::Relaxed);
    }

    /// Each stage's time, in `STAGES` order.
    pub fn durations(&self) -> [Duration; 6] {
        std::array::from_fn(|i| Duration::from_nanos(self.nanos[i].load(Ordering::Relaxed)))
    }
}

/// What became of one input file.
#[derive(Debug)]
pub enum Outcome {
    Added(DocumentReport),
    /// The file's text changed: its new graph replaced the old one.
    Replaced {
        report: DocumentReport,
        old: String,
    },
    /// The same text is in the store already.
    Unchanged {
        file: PathBuf,
        iri: String,
        stored_as: String,
    },
    Failed {
        file: PathBuf,
        error: BuildError,
    },
}

/// The totals of a build.
#[derive(Debug, Default)]
pub struct CorpusReport {
    pub added: usize,
    pub replaced: usize,
    pub unchanged: usize,
    pub failed: usize,
    /// Quads written by this build.
    pub quads: usize,
    /// Characters of the cleaned texts read, and bytes of the files.
    pub characters: usize,
    pub bytes: u64,
    /// Whether the build stopped early, on request.
    pub interrupted: bool,
    pub stages: StageTimes,
    pub elapsed: Duration,
}

/// How a build runs.
pub struct BuildOptions<'a> {
    /// Extraction threads (the writer is one more).
    pub jobs: usize,
    /// Set from outside (Ctrl-C) to stop after the documents in hand.
    pub stop: &'a AtomicBool,
}

/// A document extracted and ready to write, or why not.
enum Extracted {
    Fresh {
        report: DocumentReport,
        iri: NamedNode,
        quads: Vec<Quad>,
    },
    Unchanged {
        iri: String,
        stored_as: String,
    },
    Failed(BuildError),
}

/// The documents the store holds: file name → IRI, and IRI → (file name,
/// fingerprint of the rules it was extracted with).
#[derive(Default)]
struct Known {
    by_file: HashMap<String, String>,
    by_iri: HashMap<String, (String, String)>,
}

/// Reads and extracts one file, timing each stage; a file whose text the
/// store holds already is not extracted again.
fn extract(
    pipeline: &Pipeline,
    path: &Path,
    known: &Known,
    times: &StageTimes,
) -> (Extracted, u64, usize) {
    let start = Instant::now();
    let source = match read_file(path, pipeline.read_options) {
        Ok(source) => source,
        Err(error) => return (Extracted::Failed(error.into()), 0, 0),
    };
    let bytes = std::fs::metadata(path).map_or(0, |m| m.len());
    times.add(0, start);
    let start = Instant::now();
    let document = structure(clean(source, &pipeline.resources), &file_name(path));
    times.add(1, start);
    let characters = document.text.len();
    if document.text.is_empty() {
        let error = ReadError::NoText {
            path: path.to_path_buf(),
        };
        return (Extracted::Failed(error.into()), bytes, characters);
    }
    let iri = document_iri(&text_sha256(document.text.as_str()));
    if let Some((stored_as, rules)) = known.by_iri.get(iri.as_str())
        && *rules == pipeline.resources.fingerprint
    {
        let unchanged = Extracted::Unchanged {
            iri: iri.as_str().to_string(),
            stored_as: stored_as.clone(),
        };
        return (unchanged, bytes, characters);
    }
    let start = Instant::now();
    let tokens = segment(&document, pipeline.tokenizer());
    let keywords = pipeline.tokenizer().keywords(&document);
    times.add(2, start);
    let start = Instant::now();
    let found = rules::extract(&RuleContext {
        document: &document,
        tokens: &tokens,
        keywords: &keywords,
        resources: &pipeline.resources,
    });
    times.add(3, start);
    let start = Instant::now();
    let model = resolve(&document, found, &pipeline.resources);
    let (iri, mut quads) = to_quads(&model);
    quads.push(Quad::new(
        iri.clone(),
        ag::EXTRACTED_WITH,
        Literal::new_simple_literal(&pipeline.resources.fingerprint),
        iri.clone(),
    ));
    times.add(4, start);
    let report = DocumentReport {
        file: path.display().to_string(),
        iri: iri.as_str().to_string(),
        title: document.metadata.title.clone(),
        sentences: document.sentences.len(),
        concepts: model.concepts.len(),
        notes: document.notes.len(),
        pointers: document.markers.len(),
        quads: quads.len(),
    };
    (Extracted::Fresh { report, iri, quads }, bytes, characters)
}

/// Builds `files` into the store at `store_path`, calling `on_outcome` for
/// each file in input order, after its graph is committed. The store is
/// opened when it exists, or created at the first document to write, so a
/// build that writes nothing creates no store. Fails only when the store
/// cannot be opened; each file's own failure is an outcome.
pub fn build_corpus(
    pipeline: &Pipeline,
    store_path: &Path,
    files: &[PathBuf],
    options: &BuildOptions,
    mut on_outcome: impl FnMut(Outcome),
) -> Result<(Option<GraphStore>, CorpusReport), StoreError> {
    let started = Instant::now();
    let mut store = if store_path.join("CURRENT").exists() {
        Some(GraphStore::open(store_path)?)
    } else {
        None
    };
    let mut known = Known::default();
    if let Some(store) = &store {
        for document in store.documents()? {
            known
                .by_file
                .insert(document.file.clone(), document.iri.clone());
            known
                .by_iri
                .insert(document.iri, (document.file, document.extracted_with));
        }
    }
    let mut report = CorpusReport::default();
    let next = AtomicUsize::new(0);
    let jobs = options.jobs.max(1);
    let (sender, receiver) = mpsc::sync_channel::<(usize, Extracted, u64, usize)>(jobs * 2);
    let mut fatal = None;
    // Set when the store fails to open: extractors stop too.
    let halt = AtomicBool::new(false);
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let sender = sender.clone();
            let (next, known, times, halt) = (&next, &known, &report.stages, &halt);
            scope.spawn(move || {
                while !options.stop.load(Ordering::Relaxed) && !halt.load(Ordering::Relaxed) {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(path) = files.get(index) else { break };
                    let (extracted, bytes, characters) = extract(pipeline, path, known, times);
                    if sender.send((index, extracted, bytes, characters)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(sender);
        // Outcomes wait here until those of every earlier file are out.
        let mut pending: BTreeMap<usize, Outcome> = BTreeMap::new();
        let mut written: HashMap<String, String> = HashMap::new();
        let mut emitted = 0;
        for (index, extracted, bytes, characters) in receiver.iter() {
            if options.stop.load(Ordering::Relaxed) || fatal.is_some() {
                continue;
            }
            report.bytes += bytes;
            report.characters += characters;
            let file = files[index].clone();
            let outcome = match extracted {
                Extracted::Failed(error) => Outcome::Failed { file, error },
                Extracted::Unchanged { iri, stored_as } => Outcome::Unchanged {
                    file,
                    iri,
                    stored_as,
                },
                // Two files of this build with the same text: one document.
                Extracted::Fresh { iri, .. } if written.contains_key(iri.as_str()) => {
                    Outcome::Unchanged {
                        file,
                        stored_as: written[iri.as_str()].clone(),
                        iri: iri.as_str().to_string(),
                    }
                }
                Extracted::Fresh {
                    report: done,
                    iri,
                    quads,
                } => {
                    let opened = match &store {
                        Some(opened) => opened,
                        None => match GraphStore::open(store_path) {
                            Ok(opened) => store.insert(opened),
                            Err(error) => {
                                fatal = Some(error);
                                halt.store(true, Ordering::Relaxed);
                                continue;
                            }
                        },
                    };
                    // The same text extracted with other rules replaces
                    // itself; a changed file replaces its earlier text
                    // (files are known by name: two files of one build with
                    // the same name in two folders are both kept).
                    let name = file_name(&file);
                    let old = known
                        .by_file
                        .get(&name)
                        .filter(|_| !written.values().any(|done| *done == name))
                        .or_else(|| known.by_iri.contains_key(iri.as_str()).then_some(&done.iri))
                        .map(|old| NamedNode::new_unchecked(old.clone()));
                    let start = Instant::now();
                    let stored = opened.replace_document(&iri, &quads, old.as_ref());
                    report.stages.add(5, start);
                    match (stored, old) {
                        (Err(error), _) => Outcome::Failed {
                            file,
                            error: error.into(),
                        },
                        (Ok(()), Some(old)) => {
                            written.insert(iri.as_str().to_string(), file_name(&file));
                            report.quads += quads.len();
                            Outcome::Replaced {
                                report: done,
                                old: old.as_str().to_string(),
                            }
                        }
                        (Ok(()), None) => {
                            written.insert(iri.as_str().to_string(), file_name(&file));
                            report.quads += quads.len();
                            Outcome::Added(done)
                        }
                    }
                }
            };
            match &outcome {
                Outcome::Added(_) => report.added += 1,
                Outcome::Replaced { .. } => report.replaced += 1,
                Outcome::Unchanged { .. } => report.unchanged += 1,
                Outcome::Failed { .. } => report.failed += 1,
            }
            pending.insert(index, outcome);
            while let Some(outcome) = pending.remove(&emitted) {
                on_outcome(outcome);
                emitted += 1;
            }
        }
        // Outcomes after a gap left by an interruption.
        for outcome in pending.into_values() {
            on_outcome(outcome);
        }
    });
    if let Some(error) = fatal {
        return Err(error);
    }
    report.interrupted = options.stop.load(Ordering::Relaxed);
    report.elapsed = started.elapsed();
    Ok((store, report))
}
