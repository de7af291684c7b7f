//! The data files a domain expert edits without recompiling: the concept
//! lexicon, the site-furniture patterns, word lists. Defaults are compiled in
//! from `ontology/`; `--rules DIR` replaces any file that DIR holds.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{Term, vocab::rdf};
use regex::Regex;
use sha2::{Digest, Sha256};

use crate::vocab::skos;

const DEFAULT_CONCEPTS: &str = include_str!("../ontology/concepts.ttl");
const DEFAULT_FURNITURE: &str = include_str!("../ontology/rules/furniture.tsv");
const DEFAULT_SURNAMES: &str = include_str!("../ontology/rules/surnames.txt");
const DEFAULT_STOPWORDS: &str = include_str!("../ontology/rules/stopwords.txt");
const DEFAULT_QUOTATION_FILTERS: &str = include_str!("../ontology/rules/quotation_filters.txt");
const DEFAULT_ORGANIZATIONS: &str = include_str!("../ontology/rules/organizations.txt");
const DEFAULT_CITATION_FUNCTIONS: &str = include_str!("../ontology/rules/citation_functions.tsv");
const DEFAULT_RELATION_CUES: &str = include_str!("../ontology/rules/relation_cues.tsv");
const DEFAULT_DEFINITION_CUES: &str = include_str!("../ontology/rules/definition_cues.tsv");
const DEFAULT_TERM_PATTERNS: &str = include_str!("../ontology/rules/term_patterns.tsv");
const DEFAULT_ARGUMENT_CUES: &str = include_str!("../ontology/rules/argument_cues.tsv");

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
}

/// What a furniture line is, per `furniture.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FurnitureKind {
    Drop,
    End,
    Source,
    Affiliation,
    Editor,
    Abstract,
    Keywords,
    Date,
}

#[derive(Debug, Clone)]
pub struct FurniturePattern {
    pub kind: FurnitureKind,
    pub regex: Regex,
}

/// The patterns that tell what a citation does (`citation_functions.tsv`).
#[derive(Debug, Clone)]
pub struct CitationCues {
    pub classic: Vec<Regex>,
    pub authority: Vec<Regex>,
    pub evidence: Vec<Regex>,
    pub opposing: Vec<Regex>,
    pub rebuttal: Vec<Regex>,
    pub information: Vec<Regex>,
}

impl CitationCues {
    pub fn any(patterns: &[Regex], text: &str) -> bool {
        patterns.iter().any(|pattern| pattern.is_match(text))
    }
}

/// The patterns that tell a sentence's part in the argument
/// (`argument_cues.tsv`).
#[derive(Debug, Clone)]
pub struct ArgumentCues {
    pub thesis: Vec<Regex>,
    /// The main claim of an abstract, patterns in order of preference.
    pub abstract_claim: Vec<Regex>,
    pub conclusion_heading: Vec<Regex>,
    pub claim: Vec<Regex>,
    pub premise: Vec<Regex>,
    pub opposing: Vec<Regex>,
    /// The author's verdict on a view it names (只不过是, 无非是 …): a claim,
    /// not the view itself.
    pub dismissal: Vec<Regex>,
    pub rebuttal: Vec<Regex>,
    pub concession: Vec<Regex>,
    pub enumeration_first: Vec<Regex>,
    pub enumeration_next: Vec<Regex>,
}

/// The words that relate two concepts (`relation_cues.tsv`).
#[derive(Debug, Clone)]
pub struct RelationCues {
    pub causes: Vec<String>,
    pub contrast: Vec<String>,
    pub transition_from: Vec<String>,
    pub transition_to: Vec<String>,
    pub is_a_link: Vec<String>,
    pub is_a_end: Vec<String>,
    pub associated: Vec<String>,
}

/// The shapes of formed terms (`term_patterns.tsv`).
#[derive(Debug, Clone, Default)]
pub struct TermShapes {
    pub prefixes: Vec<String>,
    pub suffixes: Vec<String>,
    pub forms: Vec<Regex>,
}

impl TermShapes {
    /// Whether the words, joined, have one of the shapes: a prefix that is
    /// the first word or opens a longer one, a suffix that is the last word
    /// or ends a word of three characters or more, or a form.
    pub fn matches(&self, words: &[&str]) -> bool {
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            return false;
        };
        let long = |word: &str, affix: &str| word.chars().count() > affix.chars().count().max(2);
        let term: String = words.concat();
        self.prefixes
            .iter()
            .any(|p| *first == p || (first.starts_with(p.as_str()) && long(first, p)))
            || self
                .suffixes
                .iter()
                .any(|s| *last == s || (last.ends_with(s.as_str()) && long(last, s)))
            || self.forms.iter().any(|form| form.is_match(&term))
    }
}

/// The words around a defined term (`definition_cues.tsv`): `所谓` before
/// it, `是指` after it.
#[derive(Debug, Clone)]
pub struct DefinitionCues {
    pub before: Vec<String>,
    pub after: Vec<String>,
}

/// One lexicon entry: a concept and every label it is known by.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LexiconConcept {
    /// The concept's IRI as written in the lexicon.
    pub iri: String,
    pub pref_label_zh: String,
    pub alt_labels: Vec<String>,
    pub english: Option<String>,
    /// IRIs of broader and related concepts, as written in the lexicon.
    pub broader: Vec<String>,
    pub related: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Sorted by IRI.
    pub concepts: Vec<LexiconConcept>,
}

impl Lexicon {
    /// Every label (preferred and alternative) with the index of its concept.
    pub fn labels(&self) -> impl Iterator<Item = (&str, usize)> {
        self.concepts
            .iter()
            .enumerate()
            .flat_map(|(index, concept)| {
                std::iter::once(concept.pref_label_zh.as_str())
                    .chain(concept.alt_labels.iter().map(String::as_str))
                    .map(move |label| (label, index))
            })
    }
}

/// Everything the rules read from data files.
#[derive(Debug, Clone)]
pub struct Resources {
    pub lexicon: Lexicon,
    pub furniture: Vec<FurniturePattern>,
    pub surnames: BTreeSet<String>,
    pub stopwords: BTreeSet<String>,
    pub quotation_bad_endings: Vec<String>,
    pub quotation_bad_openings: Vec<String>,
    pub citation_cues: CitationCues,
    pub organization_endings: Vec<String>,
    pub organization_names: BTreeSet<String>,
    pub relation_cues: RelationCues,
    pub definition_cues: DefinitionCues,
    /// The shapes of terms Chinese academic prose forms (…化, 去…化, 数字…).
    pub term_shapes: TermShapes,
    pub argument_cues: ArgumentCues,
    /// SHA-256 (hex) of argraph's version and of every rule file and
    /// lexicon read: a document extracted with other rules is extracted
    /// again by `build`.
    pub fingerprint: String,
}

impl Resources {
    /// Whether a cited author's name names an organisation.
    pub fn is_organization(&self, name: &str) -> bool {
        self.organization_names.contains(name)
            || self
                .organization_endings
                .iter()
                .any(|ending| name.ends_with(ending.as_str()))
    }
}

impl Resources {
    /// Adds the concepts of a SKOS lexicon file: a concept the lexicon
    /// already has (by IRI) gains the file's labels and relations, and the
    /// file's English label where it gives one.
    pub fn add_lexicon(&mut self, path: &Path) -> Result<(), ResourceError> {
        let text = fs::read_to_string(path).map_err(|source| ResourceError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let added = parse_lexicon(path, &text)?;
        let mut hasher = Sha256::new();
        hasher.update(self.fingerprint.as_bytes());
        hasher.update(text.as_bytes());
        self.fingerprint = hex(&hasher.finalize());
        let mut by_iri: BTreeMap<String, LexiconConcept> =
            std::mem::take(&mut self.lexicon.concepts)
                .into_iter()
                .map(|c| (c.iri.clone(), c))
                .collect();
        for concept in added.concepts {
            match by_iri.get_mut(&concept.iri) {
                Some(known) => {
                    known.alt_labels.extend(concept.alt_labels);
                    known.alt_labels.sort();
                    known.alt_labels.dedup();
                    known.broader.extend(concept.broader);
                    known.related.extend(concept.related);
                    if concept.english.is_some() {
                        known.english = concept.english;
                    }
                }
                None => {
                    by_iri.insert(concept.iri.clone(), concept);
                }
            }
        }
        self.lexicon.concepts = by_iri.into_values().collect();
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
        let mut file = |name: &str, default: &str| -> Result<(PathBuf, String), ResourceError> {
            hasher.update(name.as_bytes());
            if let Some(dir) = dir {
                let path = dir.join(name);
                if path.exists() {
                    let text = fs::read_to_string(&path).map_err(|source| ResourceError::Io {
                        path: path.clone(),
                        source,
                    })?;
                    hasher.update(text.as_bytes());
                    return Ok((path, text));
                }
            }
            hasher.update(default.as_bytes());
            Ok((
                PathBuf::from(format!("(built-in) {name}")),
                default.to_string(),
            ))
        };
        let (path, text) = file("concepts.ttl", DEFAULT_CONCEPTS)?;
        let lexicon = parse_lexicon(&path, &text)?;
        let (path, text) = file("furniture.tsv", DEFAULT_FURNITURE)?;
        let furniture = parse_furniture(&path, &text)?;
        let (_, text) = file("surnames.txt", DEFAULT_SURNAMES)?;
        let surnames = parse_word_list(&text);
        let (_, text) = file("stopwords.txt", DEFAULT_STOPWORDS)?;
        let stopwords = parse_word_list(&text);
        let (path, text) = file("quotation_filters.txt", DEFAULT_QUOTATION_FILTERS)?;
        let [quotation_bad_endings, quotation_bad_openings] =
            parse_kind_words(&path, &text, ["end", "start"])?;
        let (path, text) = file("organizations.txt", DEFAULT_ORGANIZATIONS)?;
        let [organization_endings, organization_names] =
            parse_kind_words(&path, &text, ["ending", "name"])?;
        let (path, text) = file("citation_functions.tsv", DEFAULT_CITATION_FUNCTIONS)?;
        let citation_cues = parse_citation_cues(&path, &text)?;
        let (path, text) = file("relation_cues.tsv", DEFAULT_RELATION_CUES)?;
        let [
            causes,
            contrast,
            transition_from,
            transition_to,
            is_a_link,
            is_a_end,
            associated,
        ] = parse_kind_words(
            &path,
            &text,
            [
                "causes",
                "contrast",
                "transition_from",
                "transition_to",
                "is_a_link",
                "is_a_end",
                "associated",
            ],
        )?;
        let (path, text) = file("definition_cues.tsv", DEFAULT_DEFINITION_CUES)?;
        let [before, after] = parse_kind_words(&path, &text, ["before", "after"])?;
        let (path, text) = file("term_patterns.tsv", DEFAULT_TERM_PATTERNS)?;
        let term_shapes = parse_term_shapes(&path, &text)?;
        let (path, text) = file("argument_cues.tsv", DEFAULT_ARGUMENT_CUES)?;
        let [
            thesis,
            abstract_claim,
            conclusion_heading,
            claim,
            premise,
            opposing,
            dismissal,
            rebuttal,
            concession,
            enumeration_first,
            enumeration_next,
        ] = parse_kind_patterns(
            &path,
            &text,
            [
                "thesis",
                "abstract_claim",
                "conclusion_heading",
                "claim",
                "premise",
                "opposing",
                "dismissal",
                "rebuttal",
                "concession",
                "enumeration_first",
                "enumeration_next",
            ],
        )?;
        Ok(Self {
            lexicon,
            furniture,
            surnames,
            stopwords,
            quotation_bad_endings,
            quotation_bad_openings,
            citation_cues,
            organization_endings,
            organization_names: organization_names.into_iter().collect(),
            relation_cues: RelationCues {
                causes,
                contrast,
                transition_from,
                transition_to,
                is_a_link,
                is_a_end,
                associated,
            },
            definition_cues: DefinitionCues { before, after },
            term_shapes,
            argument_cues: ArgumentCues {
                thesis,
                abstract_claim,
                conclusion_heading,
                claim,
                premise,
                opposing,
                dismissal,
                rebuttal,
                concession,
                enumeration_first,
                enumeration_next,
            },
            fingerprint: hex(&hasher.finalize()),
        })
    }
}

fn meaningful_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(index, line)| (index + 1, line.trim()))
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
}

fn parse_word_list(text: &str) -> BTreeSet<String> {
    meaningful_lines(text)
        .flat_map(|(_, line)| line.split_whitespace())
        .map(str::to_string)
        .collect()
}

fn parse_furniture(path: &Path, text: &str) -> Result<Vec<FurniturePattern>, ResourceError> {
    let syntax = |line: usize, message: String| ResourceError::Syntax {
        path: path.to_path_buf(),
        line,
        message,
    };
    meaningful_lines(text)
        .map(|(line, content)| {
            let (kind, pattern) = content
                .split_once('\t')
                .ok_or_else(|| syntax(line, "expected KIND<TAB>REGEX".into()))?;
            let kind = match kind.trim() {
                "drop" => FurnitureKind::Drop,
                "end" => FurnitureKind::End,
                "source" => FurnitureKind::Source,
                "affiliation" => FurnitureKind::Affiliation,
                "editor" => FurnitureKind::Editor,
                "abstract" => FurnitureKind::Abstract,
                "keywords" => FurnitureKind::Keywords,
                "date" => FurnitureKind::Date,
                other => return Err(syntax(line, format!("unknown kind `{other}`"))),
            };
            let regex = Regex::new(pattern.trim()).map_err(|e| syntax(line, e.to_string()))?;
            Ok(FurniturePattern { kind, regex })
        })
        .collect()
}

fn parse_citation_cues(path: &Path, text: &str) -> Result<CitationCues, ResourceError> {
    let [
        classic,
        authority,
        evidence,
        opposing,
        rebuttal,
        information,
    ] = parse_kind_patterns(
        path,
        text,
        [
            "classic",
            "authority",
            "evidence",
            "opposing",
            "rebuttal",
            "information",
        ],
    )?;
    Ok(CitationCues {
        classic,
        authority,
        evidence,
        opposing,
        rebuttal,
        information,
    })
}

/// Lines `prefix<TAB>WORD`, `suffix<TAB>WORD` and `form<TAB>REGEX`.
fn parse_term_shapes(path: &Path, text: &str) -> Result<TermShapes, ResourceError> {
    let mut shapes = TermShapes::default();
    for (line, content) in meaningful_lines(text) {
        let syntax = |message: String| ResourceError::Syntax {
            path: path.to_path_buf(),
            line,
            message,
        };
        let (kind, value) = content
            .split_once('\t')
            .ok_or_else(|| syntax("expected KIND<TAB>VALUE".into()))?;
        let value = value.trim().to_string();
        match kind.trim() {
            "prefix" => shapes.prefixes.push(value),
            "suffix" => shapes.suffixes.push(value),
            "form" => shapes
                .forms
                .push(Regex::new(&value).map_err(|e| syntax(e.to_string()))?),
            other => {
                return Err(syntax(format!(
                    "unknown kind `{other}`; expected prefix, suffix or form"
                )));
            }
        }
    }
    Ok(shapes)
}

/// Lines `KIND<TAB>VALUE`, each value read by `read` and grouped by kind in
/// the order `kinds` names them; an unknown kind or an unreadable value is
/// an error naming the file and line.
fn parse_kinds<T, const N: usize>(
    path: &Path,
    text: &str,
    kinds: [&str; N],
    read: impl Fn(&str) -> Result<T, String>,
) -> Result<[Vec<T>; N], ResourceError> {
    let mut values: [Vec<T>; N] = std::array::from_fn(|_| Vec::new());
    for (line, content) in meaningful_lines(text) {
        let syntax = |message: String| ResourceError::Syntax {
            path: path.to_path_buf(),
            line,
            message,
        };
        let expected = || {
            format!(
                "expected KIND<TAB>VALUE with KIND one of {}",
                kinds.join(", ")
            )
        };
        let (kind, value) = content.split_once('\t').ok_or_else(|| syntax(expected()))?;
        let index = kinds
            .iter()
            .position(|k| *k == kind.trim())
            .ok_or_else(|| syntax(expected()))?;
        values[index].push(read(value.trim()).map_err(syntax)?);
    }
    Ok(values)
}

/// Lines `KIND<TAB>REGEX`, compiled.
fn parse_kind_patterns<const N: usize>(
    path: &Path,
    text: &str,
    kinds: [&str; N],
) -> Result<[Vec<Regex>; N], ResourceError> {
    parse_kinds(path, text, kinds, |pattern| {
        Regex::new(pattern).map_err(|e| e.to_string())
    })
}

/// Lines `KIND<TAB>WORD`.
fn parse_kind_words<const N: usize>(
    path: &Path,
    text: &str,
    kinds: [&str; N],
) -> Result<[Vec<String>; N], ResourceError> {
    parse_kinds(path, text, kinds, |word| Ok(word.to_string()))
}

/// Reads SKOS concepts from Turtle: `skos:prefLabel` (one `@zh`, one `@en`)
/// and `skos:altLabel`s.
fn parse_lexicon(path: &Path, text: &str) -> Result<Lexicon, ResourceError> {
    let mut concepts: BTreeMap<String, LexiconConcept> = BTreeMap::new();
    let mut typed = BTreeSet::new();
    for quad in RdfParser::from_format(RdfFormat::Turtle).for_slice(text.as_bytes()) {
        let quad = quad.map_err(|e| ResourceError::Turtle {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        let subject = quad.subject.to_string();
        let subject = subject
            .trim_start_matches('<')
            .trim_end_matches('>')
            .to_string();
        if quad.predicate == rdf::TYPE {
            if quad.object == Term::NamedNode(skos::CONCEPT.into_owned()) {
                typed.insert(subject);
            }
            continue;
        }
        let entry = concepts
            .entry(subject.clone())
            .or_insert_with(|| LexiconConcept {
                iri: subject,
                ..LexiconConcept::default()
            });
        let literal = match &quad.object {
            Term::Literal(literal) => literal,
            Term::NamedNode(object) if quad.predicate == skos::BROADER => {
                entry.broader.push(object.as_str().to_string());
                continue;
            }
            Term::NamedNode(object) if quad.predicate == skos::RELATED => {
                entry.related.push(object.as_str().to_string());
                continue;
            }
            _ => continue,
        };
        let language = literal.language().unwrap_or("zh");
        if quad.predicate == skos::PREF_LABEL {
            if language.starts_with("en") {
                entry.english = Some(literal.value().to_string());
            } else {
                entry.pref_label_zh = literal.value().to_string();
            }
        } else if quad.predicate == skos::ALT_LABEL && !language.starts_with("en") {
            entry.alt_labels.push(literal.value().to_string());
        }
    }

    let concepts = concepts
        .into_values()
        .filter(|concept| typed.contains(&concept.iri) && !concept.pref_label_zh.is_empty())
        .map(|mut concept| {
            concept.alt_labels.sort();
            concept
        })
        .collect();
    Ok(Lexicon { concepts })
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
