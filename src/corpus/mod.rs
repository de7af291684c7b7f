//! Building a corpus into the store: documents are read and extracted on
//! several threads while one writer stores them, new documents in batches
//! through the bulk loader, so that an interrupted build keeps every
//! document committed before it. A document whose text is already in the
//! store is skipped; a file whose text changed replaces its earlier graph.
//! Memory stays bounded: a few documents wait between the extractors and
//! the writer, and a batch holds a bounded number of quads.

mod extract;
mod writer;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::pipeline::{BuildError, DocumentReport, Pipeline, Stage, StageObserver};
use crate::store::{GraphStore, StoreError};
use extract::{Extracted, Known, extract};
use writer::Writer;

/// The stages whose time a build measures: the pipeline's, then the store.
pub const STAGES: [&str; 6] = [
    Stage::Read.name(),
    Stage::Structure.name(),
    Stage::Segment.name(),
    Stage::Extract.name(),
    Stage::Rdf.name(),
    "store",
];

/// The index of the store stage in `STAGES`.
const STORE_STAGE: usize = Stage::ALL.len();

/// A build compacts the store when it adds at least one document for every
/// this many in the store before.
const COMPACT_AFTER: usize = 3;

/// Time spent in each stage, summed over threads (nanoseconds).
#[derive(Debug, Default)]
pub struct StageTimes {
    nanos: [AtomicU64; 6],
}

impl StageTimes {
    fn add(&self, stage: usize, since: Instant) {
        self.add_duration(stage, since.elapsed());
    }

    fn add_duration(&self, stage: usize, spent: Duration) {
        self.nanos[stage].fetch_add(spent.as_nanos() as u64, Ordering::Relaxed);
    }

    /// Each stage's time, in `STAGES` order.
    pub fn durations(&self) -> [Duration; 6] {
        std::array::from_fn(|i| Duration::from_nanos(self.nanos[i].load(Ordering::Relaxed)))
    }
}

impl StageObserver for StageTimes {
    fn finished(&self, stage: Stage, spent: Duration) {
        let index = Stage::ALL.iter().position(|s| *s == stage).unwrap();
        self.add_duration(index, spent);
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
    on_outcome: impl FnMut(Outcome),
) -> Result<(Option<GraphStore>, CorpusReport), StoreError> {
    let started = Instant::now();
    let store = if store_path.join("CURRENT").exists() {
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
    let (mut bytes, mut characters) = (0, 0);
    let (store, totals) = std::thread::scope(|scope| {
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
        let mut writer = Writer::new(store_path, store, &known, &report.stages, on_outcome);
        for (index, extracted, read, length) in receiver.iter() {
            if options.stop.load(Ordering::Relaxed) || fatal.is_some() {
                continue;
            }
            bytes += read;
            characters += length;
            if let Err(error) = writer.accept(index, files[index].clone(), extracted) {
                fatal = Some(error);
                halt.store(true, Ordering::Relaxed);
            }
        }
        writer.finish()
    });
    if let Some(error) = fatal {
        return Err(error);
    }
    // A build that adds many documents compacts the store; a few added to
    // a large store are not worth rewriting it, nor is a build stopped by
    // Ctrl-C worth keeping waiting.
    if let Some(store) = &store
        && !options.stop.load(Ordering::Relaxed)
        && totals.added > 0
        && totals.added * COMPACT_AFTER >= known.by_iri.len()
    {
        let start = Instant::now();
        store.compact()?;
        report.stages.add(STORE_STAGE, start);
    }
    report.added = totals.added;
    report.replaced = totals.replaced;
    report.unchanged = totals.unchanged;
    report.failed = totals.failed;
    report.quads = totals.quads;
    report.bytes = bytes;
    report.characters = characters;
    report.interrupted = options.stop.load(Ordering::Relaxed);
    report.elapsed = started.elapsed();
    Ok((store, report))
}
