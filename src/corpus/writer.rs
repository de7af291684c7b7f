//! The one writer of a build: new documents go to the store in batches
//! through Oxigraph's bulk loader, on a thread of their own while the next
//! batch gathers; a document that replaces another goes in a transaction
//! of its own. Outcomes are handed on in input order, each once its graph
//! is committed, so what a build reports is what the store holds.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use oxigraph::model::{NamedNode, Quad};

use super::extract::{Extracted, Known};
use super::{Outcome, STORE_STAGE, StageTimes};
use crate::pipeline::{DocumentReport, file_name};
use crate::store::{GraphStore, StoreError};

/// A batch is loaded once it holds this many quads and the store is idle
/// (a few documents: loading has a cost per batch) …
const MIN_BATCH_QUADS: usize = 20_000;
/// … or, store idle or not, once it holds this many (memory stays bounded).
const MAX_BATCH_QUADS: usize = 100_000;

/// A new document waiting in a batch.
struct Waiting {
    index: usize,
    file: PathBuf,
    report: DocumentReport,
}

/// New documents gathered for one bulk load.
#[derive(Default)]
struct Batch {
    documents: Vec<Waiting>,
    quads: Vec<Quad>,
}

/// A batch being loaded on its own thread.
struct Loading {
    documents: Vec<Waiting>,
    thread: JoinHandle<Result<Duration, StoreError>>,
}

/// The counts a build reports.
#[derive(Debug, Default)]
pub(super) struct Totals {
    pub added: usize,
    pub replaced: usize,
    pub unchanged: usize,
    pub failed: usize,
    pub quads: usize,
}

pub(super) struct Writer<'a, F: FnMut(Outcome)> {
    store_path: &'a Path,
    store: Option<GraphStore>,
    known: &'a Known,
    stages: &'a StageTimes,
    on_outcome: F,
    /// IRIs written this run (or waiting to be), with their file names.
    written: HashMap<String, String>,
    written_files: HashSet<String>,
    batch: Batch,
    loading: Option<Loading>,
    /// Outcomes wait here until those of every earlier file are out.
    pending: BTreeMap<usize, Outcome>,
    emitted: usize,
    totals: Totals,
}

impl<'a, F: FnMut(Outcome)> Writer<'a, F> {
    /// A writer into the store at `store_path`, opened already or, when
    /// `None`, created at the first document to write.
    pub fn new(
        store_path: &'a Path,
        store: Option<GraphStore>,
        known: &'a Known,
        stages: &'a StageTimes,
        on_outcome: F,
    ) -> Self {
        Self {
            store_path,
            store,
            known,
            stages,
            on_outcome,
            written: HashMap::new(),
            written_files: HashSet::new(),
            batch: Batch::default(),
            loading: None,
            pending: BTreeMap::new(),
            emitted: 0,
            totals: Totals::default(),
        }
    }

    /// Takes what became of the file `files[index]`. Fails only when the
    /// store cannot be opened.
    pub fn accept(
        &mut self,
        index: usize,
        file: PathBuf,
        extracted: Extracted,
    ) -> Result<(), StoreError> {
        match extracted {
            Extracted::Failed(error) => self.settle(index, Outcome::Failed { file, error }),
            Extracted::Unchanged { iri, stored_as } => self.settle(
                index,
                Outcome::Unchanged {
                    file,
                    iri,
                    stored_as,
                },
            ),
            // Two files of this build with the same text: one document.
            Extracted::Fresh { iri, .. } if self.written.contains_key(iri.as_str()) => {
                let stored_as = self.written[iri.as_str()].clone();
                let iri = iri.as_str().to_string();
                self.settle(
                    index,
                    Outcome::Unchanged {
                        file,
                        iri,
                        stored_as,
                    },
                );
            }
            Extracted::Fresh { report, iri, quads } => {
                if self.store.is_none() {
                    self.store = Some(GraphStore::open(self.store_path)?);
                }
                match self.replaced_by(&file, &iri) {
                    Some(old) => self.replace(index, file, report, iri, &quads, old),
                    None => self.add(index, file, report, iri, quads),
                }
            }
        }
        Ok(())
    }

    /// The document that a new graph from `file` replaces: the same text
    /// extracted with other rules, or the file's earlier text (files are
    /// known by name: two files of one build with the same name in two
    /// folders are both kept).
    fn replaced_by(&self, file: &Path, iri: &NamedNode) -> Option<NamedNode> {
        let name = file_name(file);
        let earlier_text = self
            .known
            .by_file
            .get(&name)
            .filter(|_| !self.written_files.contains(&name));
        match earlier_text {
            Some(old) => Some(NamedNode::new_unchecked(old.clone())),
            None => self
                .known
                .by_iri
                .contains_key(iri.as_str())
                .then(|| iri.clone()),
        }
    }

    fn remember(&mut self, iri: &NamedNode, file: &Path) {
        let name = file_name(file);
        self.written.insert(iri.as_str().to_string(), name.clone());
        self.written_files.insert(name);
    }

    /// Puts a new document in the batch, and starts loading the batch when
    /// it is big enough.
    fn add(
        &mut self,
        index: usize,
        file: PathBuf,
        report: DocumentReport,
        iri: NamedNode,
        quads: Vec<Quad>,
    ) {
        self.remember(&iri, &file);
        self.batch.quads.extend(quads);
        self.batch.documents.push(Waiting {
            index,
            file,
            report,
        });
        let size = self.batch.quads.len();
        let idle = self.loading.as_ref().is_none_or(|l| l.thread.is_finished());
        if size >= MAX_BATCH_QUADS || (size >= MIN_BATCH_QUADS && idle) {
            self.start_loading();
        }
    }

    /// Writes a document that replaces another in one transaction, after
    /// every batch before it.
    fn replace(
        &mut self,
        index: usize,
        file: PathBuf,
        report: DocumentReport,
        iri: NamedNode,
        quads: &[Quad],
        old: NamedNode,
    ) {
        self.load_gathered_and_wait();
        let store = self.store.as_ref().expect("opened before");
        let start = Instant::now();
        let stored = store.replace_document(&iri, quads, Some(&old));
        self.stages.add(STORE_STAGE, start);
        let outcome = match stored {
            Err(error) => Outcome::Failed {
                file,
                error: error.into(),
            },
            Ok(()) => {
                self.remember(&iri, &file);
                self.totals.quads += quads.len();
                Outcome::Replaced {
                    report,
                    old: old.as_str().to_string(),
                }
            }
        };
        self.settle(index, outcome);
    }

    /// Waits for the batch being loaded, then starts loading the gathered
    /// one on its own thread.
    fn start_loading(&mut self) {
        self.finish_loading();
        if self.batch.documents.is_empty() {
            return;
        }
        let Batch { documents, quads } = std::mem::take(&mut self.batch);
        let store = self.store.clone().expect("opened at the first document");
        let thread = std::thread::spawn(move || {
            let start = Instant::now();
            store.add_documents(quads).map(|()| start.elapsed())
        });
        self.loading = Some(Loading { documents, thread });
    }

    /// Loads every document gathered so far and settles them all.
    fn load_gathered_and_wait(&mut self) {
        self.start_loading();
        self.finish_loading();
    }

    /// Waits for the batch being loaded, if any, and settles its documents.
    fn finish_loading(&mut self) {
        let Some(Loading { documents, thread }) = self.loading.take() else {
            return;
        };
        let loaded = thread
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        if let Ok(spent) = &loaded {
            self.stages.add_duration(STORE_STAGE, *spent);
        }
        for Waiting {
            index,
            file,
            report,
        } in documents
        {
            let outcome = match &loaded {
                Ok(_) => {
                    self.totals.quads += report.quads;
                    Outcome::Added(report)
                }
                Err(error) => {
                    self.written.remove(&report.iri);
                    self.written_files.remove(&file_name(&file));
                    let message = match error {
                        StoreError::Batch { message, .. } => message.clone(),
                        other => other.to_string(),
                    };
                    let path = self.store_path.to_path_buf();
                    let error = StoreError::Batch { path, message };
                    Outcome::Failed {
                        file,
                        error: error.into(),
                    }
                }
            };
            self.settle(index, outcome);
        }
    }

    /// Counts an outcome and hands on every outcome whose turn has come.
    fn settle(&mut self, index: usize, outcome: Outcome) {
        match &outcome {
            Outcome::Added(_) => self.totals.added += 1,
            Outcome::Replaced { .. } => self.totals.replaced += 1,
            Outcome::Unchanged { .. } => self.totals.unchanged += 1,
            Outcome::Failed { .. } => self.totals.failed += 1,
        }
        self.pending.insert(index, outcome);
        while let Some(outcome) = self.pending.remove(&self.emitted) {
            (self.on_outcome)(outcome);
            self.emitted += 1;
        }
    }

    /// Loads what is gathered, waits for it, and hands on the outcomes left
    /// (after a gap an interruption left, too).
    pub fn finish(mut self) -> (Option<GraphStore>, Totals) {
        self.load_gathered_and_wait();
        for outcome in std::mem::take(&mut self.pending).into_values() {
            (self.on_outcome)(outcome);
        }
        (self.store, self.totals)
    }
}
