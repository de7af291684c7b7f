//! The `KIND<TAB>VALUE` files: cue patterns and word lists grouped by
//! kind. Each is declared once, with `kind_file!`: its struct, one field a
//! kind, and how its values are read.

use std::path::Path;

use regex::Regex;

use crate::resources::{DataFile, ResourceError, meaningful_lines};

/// Declares a `KIND<TAB>VALUE` file: a struct with one field a kind (`field
/// = "kind"`), each the values of its lines in file order, read by `read`.
macro_rules! kind_file {
    (
        $(#[$doc:meta])*
        $name:ident of $value:ty, read by $read:expr,
        { $( $(#[$field_doc:meta])* $field:ident = $kind:literal ),* $(,)? }
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone)]
        pub struct $name {
            $( $(#[$field_doc])* pub $field: Vec<$value>, )*
        }

        impl DataFile for $name {
            fn parse(path: &Path, text: &str) -> Result<Self, ResourceError> {
                let [$($field),*] = parse_kinds(path, text, [$($kind),*], $read)?;
                Ok(Self { $($field),* })
            }
        }
    };
}

fn regex(pattern: &str) -> Result<Regex, String> {
    Regex::new(pattern).map_err(|e| e.to_string())
}

fn word(word: &str) -> Result<String, String> {
    Ok(word.to_string())
}

kind_file! {
    /// The patterns that tell what a citation does (`citation_functions.tsv`).
    CitationCues of Regex, read by regex, {
        classic = "classic",
        authority = "authority",
        evidence = "evidence",
        opposing = "opposing",
        rebuttal = "rebuttal",
        information = "information",
    }
}

impl CitationCues {
    pub fn any(patterns: &[Regex], text: &str) -> bool {
        patterns.iter().any(|pattern| pattern.is_match(text))
    }
}

kind_file! {
    /// The patterns that tell a sentence's part in the argument
    /// (`argument_cues.tsv`).
    ArgumentCues of Regex, read by regex, {
        thesis = "thesis",
        /// The main claim of an abstract, patterns in order of preference.
        abstract_claim = "abstract_claim",
        conclusion_heading = "conclusion_heading",
        claim = "claim",
        premise = "premise",
        opposing = "opposing",
        /// A view reported as others' (有学者认为, 一种观点认为, 人们普遍认为 …):
        /// opposing when a rebuttal follows.
        reported_view = "reported_view",
        /// The author's verdict on a view it names (只不过是, 无非是 …): a claim,
        /// not the view itself.
        dismissal = "dismissal",
        rebuttal = "rebuttal",
        concession = "concession",
        enumeration_first = "enumeration_first",
        enumeration_next = "enumeration_next",
    }
}

kind_file! {
    /// The words that relate two concepts (`relation_cues.tsv`).
    RelationCues of String, read by word, {
        causes = "causes",
        contrast = "contrast",
        transition_from = "transition_from",
        transition_to = "transition_to",
        is_a_link = "is_a_link",
        is_a_end = "is_a_end",
        associated = "associated",
    }
}

kind_file! {
    /// The words around a defined term (`definition_cues.tsv`): `所谓` before
    /// it, `是指` after it.
    DefinitionCues of String, read by word, {
        before = "before",
        after = "after",
    }
}

kind_file! {
    /// Quotations that are not terms (`quotation_filters.txt`), by how they
    /// end or open.
    QuotationFilters of String, read by word, {
        bad_endings = "end",
        bad_openings = "start",
    }
}

kind_file! {
    /// Cited authors that are organisations (`organizations.txt`): by the
    /// word a name ends with, or by the whole name.
    Organizations of String, read by word, {
        endings = "ending",
        names = "name",
    }
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
