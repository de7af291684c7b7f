//! What the function rules share: the functions, and the context of a marker.

use serde::Serialize;

use crate::bibliography::Cited;
use crate::rules::{Extractions, FunctionFinding, RuleContext, RuleMeta};

/// What a citation does, as a CiTO property.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum CitationFunction {
    CitesAsAuthority,
    CitesAsEvidence,
    DisagreesWith,
    CitesForInformation,
}

impl CitationFunction {
    /// The local name of the CiTO property.
    pub fn cito_name(self) -> &'static str {
        match self {
            Self::CitesAsAuthority => "citesAsAuthority",
            Self::CitesAsEvidence => "citesAsEvidence",
            Self::DisagreesWith => "disagreesWith",
            Self::CitesForInformation => "citesForInformation",
        }
    }
}

/// Types every marker not typed yet for which `applies(marker index)` holds.
pub fn type_markers(
    context: &RuleContext,
    found: &mut Extractions,
    function: CitationFunction,
    rule: &'static RuleMeta,
    applies: impl Fn(usize, &Extractions) -> bool,
) {
    for marker in 0..context.document.markers.len() {
        if found.functions.iter().any(|f| f.marker == marker) || !applies(marker, found) {
            continue;
        }
        found.functions.push(FunctionFinding {
            marker,
            function,
            rule,
        });
    }
}

/// The text of the sentence holding a marker, and of the sentence after it.
pub fn sentence_and_next<'a>(context: &'a RuleContext, marker: usize) -> (&'a str, &'a str) {
    let document = context.document;
    let index = document.markers[marker].sentence;
    let text = |i: usize| {
        document
            .sentences
            .get(i)
            .map_or("", |s| document.text.slice(s.span))
    };
    (text(index), text(index + 1))
}

/// Titles (and containers) of the works a marker's notes cite, following
/// 同上 back to the work it repeats.
pub fn cited_titles(context: &RuleContext, found: &Extractions, marker: usize) -> Vec<String> {
    let mut titles = Vec::new();
    for &note in &context.document.markers[marker].notes {
        let mut current = Some(note);
        while let Some(index) = current {
            current = None;
            for finding in found.works.iter().filter(|w| w.note == index) {
                match &finding.entry.cited {
                    Cited::Work(work) => {
                        titles.push(work.title.clone());
                        titles.extend(work.container.clone());
                    }
                    Cited::SameAsBefore => current = index.checked_sub(1),
                    Cited::EarlierBy(_) => {}
                }
            }
        }
    }
    titles
}
