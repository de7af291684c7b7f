//! The data files a domain expert edits without recompiling: the concept
//! lexicon, the site-furniture patterns, cue patterns and word lists.
//! Defaults are compiled in from `ontology/`; `--rules DIR` replaces any
//! file that DIR holds. Each file is a `DataFile` type, named once in
//! `DATA_FILES`.

pub mod frequencies;
pub mod kinds;
pub mod lexicon;
pub mod shapes;

use std::fs;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

pub use frequencies::ReferenceFrequencies;
pub use kinds::{
    ArgumentCues, CitationCues, DefinitionCues, Organizations, QuotationFilters, RelationCues,
};
pub use lexicon::{Lexicon, LexiconConcept};
pub use shapes::{FurnitureKind, FurniturePattern, TermShapes};

#[derive(Debug, thiserror::Error)]
pub enum ResourceError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: line {line}: {message}")]
    Syntax {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{path}: not valid Turtle: {message}")]
    Turtle { path: PathBuf, message: String },
    #[error("{0}: --rules must name a folder")]
    NotAFolder(PathBuf),
    #[error("{0}: already exists; nothing was written (choose an empty or new folder)")]
    Exists(PathBuf),
    #[error("{path}: cannot write: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// What a data file reads into.
pub trait DataFile: Sized {
    /// Parses the file's text; an error names the file (and the line).
    fn parse(path: &Path, text: &str) -> Result<Self, ResourceError>;
}

/// A data file by name, with its built-in text.
pub struct BuiltinFile {
    /// The file's name, in `ontology/` and in a `--rules` folder.
    pub name: &'static str,
    pub text: &'static str,
}

macro_rules! builtin_files {
    ($($constant:ident = $name:literal in $folder:literal),* $(,)?) => {
        $(pub const $constant: BuiltinFile = BuiltinFile {
            name: $name,
            text: include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/", $folder, "/", $name)),
        };)*
        /// Every data file, in the order `Resources::load` reads them.
        pub const DATA_FILES: &[&BuiltinFile] = &[$(&$constant),*];
    };
}

builtin_files! {
    CONCEPTS = "concepts.ttl" in "ontology",
    FURNITURE = "furniture.tsv" in "ontology/rules",
    SURNAMES = "surnames.txt" in "ontology/rules",
    STOPWORDS = "stopwords.txt" in "ontology/rules",
    QUOTATION_FILTERS = "quotation_filters.txt" in "ontology/rules",
    ORGANIZATIONS = "organizations.txt" in "ontology/rules",
    CITATION_FUNCTIONS = "citation_functions.tsv" in "ontology/rules",
    RELATION_CUES = "relation_cues.tsv" in "ontology/rules",
    DEFINITION_CUES = "definition_cues.tsv" in "ontology/rules",
    TERM_PATTERNS = "term_patterns.tsv" in "ontology/rules",
    ARGUMENT_CUES = "argument_cues.tsv" in "ontology/rules",
    REFERENCE_FREQUENCIES = "reference_frequencies.tsv" in "ontology/rules",
}

/// Everything the rules read from data files.
#[derive(Debug, Clone)]
pub struct Resources {
    pub lexicon: Lexicon,
    pub furniture: Vec<FurniturePattern>,
    pub surnames: std::collections::BTreeSet<String>,
    pub stopwords: std::collections::BTreeSet<String>,
    pub quotation_filters: QuotationFilters,
    pub organizations: Organizations,
    pub citation_cues: CitationCues,
    pub relation_cues: RelationCues,
    pub definition_cues: DefinitionCues,
    /// The shapes of terms Chinese academic prose forms (…化, 去…化, 数字…).
    pub term_shapes: TermShapes,
    pub argument_cues: ArgumentCues,
    /// How often general and academic prose uses each word: the background
    /// of keyness.
    pub reference_frequencies: ReferenceFrequencies,
    /// SHA-256 (hex) of argraph's version and of every rule file and
    /// lexicon read: a document extracted with other rules is extracted
    /// again by `build`.
    pub fingerprint: String,
}

/// Reads data files, from a `--rules` folder where it holds them, and
/// hashes what it reads into the fingerprint.
struct Reader<'a> {
    dir: Option<&'a Path>,
    hasher: Sha256,
}

impl Reader<'_> {
    fn read<T: DataFile>(&mut self, file: &BuiltinFile) -> Result<T, ResourceError> {
        self.hasher.update(file.name.as_bytes());
        if let Some(dir) = self.dir {
            let path = dir.join(file.name);
            if path.exists() {
                let text = fs::read_to_string(&path).map_err(|source| ResourceError::Io {
                    path: path.clone(),
                    source,
                })?;
                self.hasher.update(text.as_bytes());
                return T::parse(&path, &text);
            }
        }
        self.hasher.update(file.text.as_bytes());
        T::parse(
            &PathBuf::from(format!("(built-in) {}", file.name)),
            file.text,
        )
    }
}

impl Resources {
    /// Whether a cited author's name names an organisation.
    pub fn is_organization(&self, name: &str) -> bool {
        let organizations = &self.organizations;
        organizations.names.iter().any(|known| known == name)
            || organizations
                .endings
                .iter()
                .any(|ending| name.ends_with(ending.as_str()))
    }

    /// Adds the concepts of a SKOS lexicon file: a concept the lexicon
    /// already has (by IRI) gains the file's labels and relations, and the
    /// file's English label where it gives one.
    pub fn add_lexicon(&mut self, path: &Path) -> Result<(), ResourceError> {
        let text = fs::read_to_string(path).map_err(|source| ResourceError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let added = Lexicon::parse(path, &text)?;
        let mut hasher = Sha256::new();
        hasher.update(self.fingerprint.as_bytes());
        hasher.update(text.as_bytes());
        self.fingerprint = hex(&hasher.finalize());
        self.lexicon.add(added);
        Ok(())
    }

    /// The defaults compiled into the binary.
    pub fn builtin() -> Self {
        Self::load(None).expect("the built-in rule files parse")
    }

    /// The defaults, with each file that `dir` holds taking the place of the
    /// built-in one of the same name.
    pub fn load(dir: Option<&Path>) -> Result<Self, ResourceError> {
        if let Some(dir) = dir
            && !dir.is_dir()
        {
            return Err(ResourceError::NotAFolder(dir.to_path_buf()));
        }
        let mut hasher = Sha256::new();
        hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
        let mut files = Reader { dir, hasher };
        // Read in the order of DATA_FILES: the fingerprint hashes them so.
        Ok(Self {
            lexicon: files.read(&CONCEPTS)?,
            furniture: files.read(&FURNITURE)?,
            surnames: files.read(&SURNAMES)?,
            stopwords: files.read(&STOPWORDS)?,
            quotation_filters: files.read(&QUOTATION_FILTERS)?,
            organizations: files.read(&ORGANIZATIONS)?,
            citation_cues: files.read(&CITATION_FUNCTIONS)?,
            relation_cues: files.read(&RELATION_CUES)?,
            definition_cues: files.read(&DEFINITION_CUES)?,
            term_shapes: files.read(&TERM_PATTERNS)?,
            argument_cues: files.read(&ARGUMENT_CUES)?,
            reference_frequencies: files.read(&REFERENCE_FREQUENCIES)?,
            fingerprint: hex(&files.hasher.finalize()),
        })
    }
}

/// Writes every built-in data file into `folder` (made if missing), to edit
/// and pass as `--rules`; writes nothing when one of them is there already.
/// The paths written, in `DATA_FILES` order.
pub fn write_builtin_files(folder: &Path) -> Result<Vec<PathBuf>, ResourceError> {
    let paths: Vec<PathBuf> = DATA_FILES
        .iter()
        .map(|file| folder.join(file.name))
        .collect();
    if let Some(existing) = paths.iter().find(|path| path.exists()) {
        return Err(ResourceError::Exists(existing.clone()));
    }
    let write_error = |path: &Path| {
        let path = path.to_path_buf();
        move |source| ResourceError::Write { path, source }
    };
    fs::create_dir_all(folder).map_err(write_error(folder))?;
    for (file, path) in DATA_FILES.iter().zip(&paths) {
        fs::write(path, file.text).map_err(write_error(path))?;
    }
    Ok(paths)
}

/// The lines of a data file that say something, with their numbers:
/// neither blank nor a `#` comment.
pub(crate) fn meaningful_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(index, line)| (index + 1, line.trim()))
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
}

/// Lower-case hex of a digest.
fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicon_has_labels_and_english() {
        let resources = Resources::builtin();
        let concept = resources
            .lexicon
            .concepts
            .iter()
            .find(|c| c.pref_label_zh == "去技能化")
            .expect("去技能化 in the lexicon");
        assert_eq!(concept.english.as_deref(), Some("deskilling"));
        assert_eq!(concept.alt_labels, vec!["技能退化".to_string()]);
        assert!(resources.surnames.contains("黄"));
        assert!(resources.stopwords.contains("问题"));
    }

    #[test]
    fn rules_folder_overrides_one_file() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("stopwords.txt"), "# mine\n协作\n").unwrap();
        let resources = Resources::load(Some(dir.path())).unwrap();
        assert!(resources.stopwords.contains("协作"));
        assert!(!resources.stopwords.contains("问题"));
        assert!(
            !resources.lexicon.concepts.is_empty(),
            "lexicon stays built-in"
        );
    }

    #[test]
    fn the_built_in_files_written_out_load_as_a_rules_folder() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("copy");
        let written = write_builtin_files(&folder).unwrap();
        assert_eq!(written.len(), DATA_FILES.len());
        let copied = Resources::load(Some(&folder)).unwrap();
        assert_eq!(copied.fingerprint, Resources::builtin().fingerprint);
        let again = write_builtin_files(&folder).unwrap_err().to_string();
        assert!(again.contains("concepts.ttl: already exists"), "{again}");
    }

    #[test]
    fn bad_furniture_line_names_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("furniture.tsv"), "drop\t^ok\nweird\t^x\n").unwrap();
        let error = Resources::load(Some(dir.path())).unwrap_err().to_string();
        assert!(
            error.contains("furniture.tsv: line 2: unknown kind `weird`"),
            "{error}"
        );
    }
}
