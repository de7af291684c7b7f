//! The data files with a shape of their own: site furniture (`KIND<TAB>REGEX`
//! with a fixed set of kinds), term shapes (prefixes, suffixes, forms) and
//! plain word lists.

use std::collections::BTreeSet;
use std::path::Path;

use regex::Regex;

use crate::resources::{DataFile, ResourceError, meaningful_lines};

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
    /// The article's, outside its body: classification, DOI, fund and
    /// author notes.
    Front,
}

#[derive(Debug, Clone)]
pub struct FurniturePattern {
    pub kind: FurnitureKind,
    pub regex: Regex,
}

impl DataFile for Vec<FurniturePattern> {
    fn parse(path: &Path, text: &str) -> Result<Self, ResourceError> {
        parse_furniture(path, text)
    }
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

impl DataFile for TermShapes {
    fn parse(path: &Path, text: &str) -> Result<Self, ResourceError> {
        parse_term_shapes(path, text)
    }
}

/// A word list: words separated by white space, `#` comments.
impl DataFile for BTreeSet<String> {
    fn parse(_path: &Path, text: &str) -> Result<Self, ResourceError> {
        Ok(parse_word_list(text))
    }
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
                "front" => FurnitureKind::Front,
                other => return Err(syntax(line, format!("unknown kind `{other}`"))),
            };
            let regex = Regex::new(pattern.trim()).map_err(|e| syntax(line, e.to_string()))?;
            Ok(FurniturePattern { kind, regex })
        })
        .collect()
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
