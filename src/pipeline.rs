//! The pipeline, stage after stage: read → structure → segment → extract →
//! resolve → RDF, for one document, the one way every command and test
//! takes (`Pipeline::run`, or its two halves `read` and `graph` where a
//! build checks the store in between); the inputs a build takes (files and
//! folders) and its errors. `corpus` runs it over many documents into the
//! store.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use oxigraph::model::{NamedNode, Quad};
use serde::Serialize;

use crate::document::{Document, structure};
use crate::rdf::mapping::to_quads;
use crate::read::{ReadError, ReadOptions, Source, clean, read_file};
use crate::resolve::Extracted;
use crate::resolve::{Model, resolve};
use crate::resources::Resources;
use crate::rules::citation::note_works;
use crate::rules::phase::{ExtractionInput, extract};
use crate::rules::{self, Rule};
use crate::segment::{JiebaTokenizer, Tokenizer, segment, segment_headings};
use crate::store::StoreError;

/// A document with what the rules found in it.
pub struct Analysed {
    pub document: Document,
    pub extracted: Extracted,
}

/// The stages of one document's way, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Bytes to text: the file, its encoding and format.
    Read,
    /// Cleanup, metadata, sections, paragraphs, sentences, notes.
    Structure,
    /// Tokens and keyword scores.
    Segment,
    /// The rules.
    Extract,
    /// Resolution and the quads of the document's graph.
    Rdf,
}

impl Stage {
    pub const ALL: [Stage; 5] = [
        Stage::Read,
        Stage::Structure,
        Stage::Segment,
        Stage::Extract,
        Stage::Rdf,
    ];

    pub const fn name(self) -> &'static str {
        match self {
            Stage::Read => "read",
            Stage::Structure => "structure",
            Stage::Segment => "segment",
            Stage::Extract => "extract",
            Stage::Rdf => "rdf",
        }
    }
}

/// Told the time of each stage of each document: `build --timings` sums
/// them over its threads; `()` ignores them.
pub trait StageObserver: Sync {
    fn finished(&self, stage: Stage, spent: Duration);
}

impl StageObserver for () {
    fn finished(&self, _stage: Stage, _spent: Duration) {}
}

/// Runs `work` as `stage`, telling the observer how long it took.
fn timed<T>(observer: &dyn StageObserver, stage: Stage, work: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let result = work();
    observer.finished(stage, start.elapsed());
    result
}

/// A document's graph and what it was made from.
pub struct DocumentGraph {
    pub document: Document,
    /// The document's IRI, which also names its graph.
    pub iri: NamedNode,
    /// Every quad of the graph, each once.
    pub quads: Vec<Quad>,
    /// How many concepts the graph describes.
    pub concepts: usize,
}

impl DocumentGraph {
    /// What the document contributes to a store, for reports.
    pub fn report(&self, file: &str) -> DocumentReport {
        let document = &self.document;
        DocumentReport {
            file: file.to_string(),
            iri: self.iri.as_str().to_string(),
            title: document.metadata.title.clone(),
            sentences: document.sentences.len(),
            concepts: self.concepts,
            notes: document.notes.len(),
            pointers: document.markers.len(),
            quads: self.quads.len(),
        }
    }
}

/// The resources and the tokenizer, made once and used for every document.
pub struct Pipeline {
    pub resources: Resources,
    pub read_options: ReadOptions,
    tokenizer: JiebaTokenizer,
}

impl Pipeline {
    pub fn new(resources: Resources) -> Self {
        Self::with_read_options(resources, ReadOptions::default())
    }

    pub fn with_read_options(resources: Resources, read_options: ReadOptions) -> Self {
        let tokenizer = JiebaTokenizer::new(&resources.lexicon);
        Self {
            resources,
            read_options,
            tokenizer,
        }
    }

    /// The whole way for one file: read, structure, segment, extract,
    /// resolve and map to quads.
    pub fn run(
        &self,
        path: &Path,
        observer: &dyn StageObserver,
    ) -> Result<DocumentGraph, ReadError> {
        Ok(self.run_with(path, observer, |_| ())?.0)
    }

    /// `run`, letting `inspect` read the resolved model on the way (what
    /// `parse` reports, what the gold tests score).
    pub fn run_with<T>(
        &self,
        path: &Path,
        observer: &dyn StageObserver,
        inspect: impl FnOnce(&Model) -> T,
    ) -> Result<(DocumentGraph, T), ReadError> {
        let document = self.read(path, observer)?;
        Ok(self.graph_with(document, observer, inspect))
    }

    /// The first half of `run`: reads and structures a file.
    pub fn read(&self, path: &Path, observer: &dyn StageObserver) -> Result<Document, ReadError> {
        let source = timed(observer, Stage::Read, || read_file(path, self.read_options))?;
        let document = timed(observer, Stage::Structure, || {
            self.structure(source, &file_name(path))
        });
        if document.text.is_empty() {
            return Err(ReadError::NoText {
                path: path.to_path_buf(),
            });
        }
        Ok(document)
    }

    /// The document of a text read: cleaned, then structured.
    pub fn structure(&self, source: Source, file_name: &str) -> Document {
        structure(clean(source, &self.resources), file_name)
    }

    /// The second half of `run`: the graph of a document read.
    pub fn graph(&self, document: Document, observer: &dyn StageObserver) -> DocumentGraph {
        self.graph_with(document, observer, |_| ()).0
    }

    fn graph_with<T>(
        &self,
        document: Document,
        observer: &dyn StageObserver,
        inspect: impl FnOnce(&Model) -> T,
    ) -> (DocumentGraph, T) {
        let Analysed {
            document,
            extracted,
        } = self.analyse_with(document, rules::registry(), observer);
        let (iri, quads, concepts, inspected) = timed(observer, Stage::Rdf, || {
            let model = resolve(&document, extracted, &self.resources);
            let (iri, quads) = to_quads(&model, &self.resources.fingerprint);
            (iri, quads, model.concepts.len(), inspect(&model))
        });
        let graph = DocumentGraph {
            document,
            iri,
            quads,
            concepts,
        };
        (graph, inspected)
    }

    /// Segments a document, reads its notes in the reference styles and
    /// runs `rules` over it phase by phase (the registry, or the few a
    /// rule's fixture test needs).
    pub fn analyse_with(
        &self,
        document: Document,
        rules: &[&dyn Rule],
        observer: &dyn StageObserver,
    ) -> Analysed {
        let (tokens, heading_tokens, keywords) = timed(observer, Stage::Segment, || {
            (
                segment(&document, &self.tokenizer),
                segment_headings(&document, &self.tokenizer),
                self.tokenizer.keywords(&document),
            )
        });
        let extracted = timed(observer, Stage::Extract, || {
            let inputs = ExtractionInput {
                document: &document,
                tokens: &tokens,
                heading_tokens: &heading_tokens,
                keywords: &keywords,
                resources: &self.resources,
            };
            extract(&inputs, note_works(&document), rules)
        });
        Analysed {
            document,
            extracted,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{path}: cannot list the folder: {source}")]
    Folder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{pattern}: {reason}")]
    Pattern { pattern: String, reason: String },
    #[error("{path}: no article files here")]
    NoFiles { path: PathBuf },
    #[error(
        "interrupted: the documents reported above are in the store; run the same command again to build the rest"
    )]
    Interrupted,
    #[error("{failed} of {total} files failed (each is named above)")]
    SomeFailed {
        failed: usize,
        total: usize,
        /// Whether every failure was the input's fault.
        user: bool,
    },
}

impl BuildError {
    pub fn is_user_error(&self) -> bool {
        match self {
            Self::Read(ReadError::Io { .. }) => false,
            Self::Read(_) => true,
            Self::Store(error) => error.is_user_error(),
            Self::Folder { .. } | Self::Pattern { .. } | Self::NoFiles { .. } => true,
            Self::SomeFailed { user, .. } => *user,
            Self::Interrupted => true,
        }
    }
}

/// What one document contributed to the store.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentReport {
    pub file: String,
    pub iri: String,
    pub title: Option<String>,
    pub sentences: usize,
    pub concepts: usize,
    pub notes: usize,
    pub pointers: usize,
    pub quads: usize,
}

/// Files a folder of articles commonly holds beside them: not articles.
const NOT_ARTICLES: &[&str] = &["readme", "license", "licence", "changelog", "copying"];

/// Whether a file met while walking a folder is a folder's own documentation
/// (README.md, LICENSE …) rather than an article.
fn is_folder_documentation(path: &Path) -> bool {
    path.file_stem()
        .map(|stem| stem.to_string_lossy().to_lowercase())
        .is_some_and(|stem| NOT_ARTICLES.contains(&stem.as_str()))
}

/// The name a document keeps of its file (`ag:fileName`): no folders.
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// The files to build and the files skipped while walking folders.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Inputs {
    pub files: Vec<PathBuf>,
    pub skipped: Vec<PathBuf>,
}

/// The files under `inputs`: files as given, folders walked in name order,
/// glob patterns (`corpus/*.md`, `corpus/**/*.txt`, quoted so the shell
/// leaves them) expanded in name order; hidden entries and folder
/// documentation such as README.md are skipped in folders and patterns. A
/// missing input or a pattern matching nothing is an error before anything is
/// read.
pub fn input_files(inputs: &[PathBuf]) -> Result<Inputs, BuildError> {
    let mut files = Inputs::default();
    for input in inputs {
        if input.is_dir() {
            walk(input, &mut files)?;
        } else if input.exists() {
            files.files.push(input.clone());
        } else if is_pattern(input) {
            expand(input, &mut files)?;
        } else {
            return Err(ReadError::NotFound {
                path: input.clone(),
            }
            .into());
        }
    }
    Ok(files)
}

/// Whether an input that names no file is meant as a glob pattern.
fn is_pattern(input: &Path) -> bool {
    input.to_string_lossy().contains(['*', '?', '['])
}

/// Adds the files a glob pattern matches, walking the folders it matches.
fn expand(pattern: &Path, files: &mut Inputs) -> Result<(), BuildError> {
    let text = pattern.to_string_lossy();
    let options = glob::MatchOptions {
        require_literal_leading_dot: true,
        ..glob::MatchOptions::new()
    };
    let bad_pattern = |reason: String| BuildError::Pattern {
        pattern: text.to_string(),
        reason,
    };
    let mut matches: Vec<PathBuf> = glob::glob_with(&text, options)
        .map_err(|error| bad_pattern(error.to_string()))?
        .collect::<Result<_, _>>()
        .map_err(|error| bad_pattern(error.to_string()))?;
    if matches.is_empty() {
        return Err(bad_pattern("no files match".to_string()));
    }
    matches.sort();
    for path in matches {
        add_found(path, files)?;
    }
    Ok(())
}

fn walk(dir: &Path, files: &mut Inputs) -> Result<(), BuildError> {
    let folder_error = |source| BuildError::Folder {
        path: dir.to_path_buf(),
        source,
    };
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(folder_error)?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(folder_error)?;
    entries.sort();
    for path in entries {
        let hidden = path
            .file_name()
            .is_some_and(|name| name.to_string_lossy().starts_with('.'));
        if !hidden {
            add_found(path, files)?;
        }
    }
    Ok(())
}

/// Adds a path found in a folder or by a pattern: a folder is walked, its
/// documentation skipped, anything else is a file to build.
fn add_found(path: PathBuf, files: &mut Inputs) -> Result<(), BuildError> {
    if path.is_dir() {
        walk(&path, files)?;
    } else if is_folder_documentation(&path) {
        files.skipped.push(path);
    } else {
        files.files.push(path);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_are_walked_in_order_without_their_documentation() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir(root.join("b")).unwrap();
        for file in ["b/2.txt", "a.md", "README.md", ".hidden.txt", "b/LICENSE"] {
            std::fs::write(root.join(file), "正文。").unwrap();
        }
        let inputs = input_files(&[root.to_path_buf()]).unwrap();
        assert_eq!(inputs.files, vec![root.join("a.md"), root.join("b/2.txt")]);
        assert_eq!(
            inputs.skipped,
            vec![root.join("README.md"), root.join("b/LICENSE")]
        );
    }

    #[test]
    fn quoted_patterns_are_expanded_in_order_without_hidden_files_or_documentation() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("b/c")).unwrap();
        for file in [
            "b.md",
            "a.md",
            "README.md",
            ".hidden.md",
            "b/c/3.md",
            "x.txt",
        ] {
            std::fs::write(root.join(file), "正文。").unwrap();
        }
        let pattern = root.join("*.md");
        let inputs = input_files(&[pattern]).unwrap();
        assert_eq!(inputs.files, vec![root.join("a.md"), root.join("b.md")]);
        assert_eq!(inputs.skipped, vec![root.join("README.md")]);

        let nested = input_files(&[root.join("**/*.md")]).unwrap();
        assert_eq!(
            nested.files,
            vec![root.join("a.md"), root.join("b/c/3.md"), root.join("b.md")]
        );
    }

    #[test]
    fn a_pattern_matching_nothing_or_malformed_is_a_user_error() {
        let dir = tempfile::tempdir().unwrap();
        let pattern = dir.path().join("*.pdf");
        let error = input_files(std::slice::from_ref(&pattern)).unwrap_err();
        assert_eq!(
            error.to_string(),
            format!("{}: no files match", pattern.display())
        );
        assert!(error.is_user_error());

        let malformed = dir.path().join("[a.md");
        let error = input_files(std::slice::from_ref(&malformed)).unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with(&format!("{}: Pattern syntax error", malformed.display())),
            "{error}"
        );
        assert!(error.is_user_error());
    }

    #[test]
    fn a_missing_input_fails_before_anything_is_read() {
        let error = input_files(&[PathBuf::from("nowhere/x.txt")]).unwrap_err();
        assert_eq!(error.to_string(), "nowhere/x.txt: no such file");
        assert!(error.is_user_error());
    }
}
