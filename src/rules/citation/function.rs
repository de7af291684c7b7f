//! What the function rules share: the functions, and the context of a marker.

pub use crate::findings::CitationFunction;
use crate::rules::{Extractions, FunctionFinding, RuleContext, RuleMeta};

/// Types every marker for which `applies(marker index)` holds; where
/// several rules type one marker, the phase keeps the function of the rule
/// of highest priority.
pub fn type_markers(
    context: &RuleContext,
    function: CitationFunction,
    rule: &'static RuleMeta,
    applies: impl Fn(usize) -> bool,
) -> Extractions {
    Extractions {
        functions: (0..context.document.markers.len())
            .filter(|&marker| applies(marker))
            .map(|marker| FunctionFinding {
                marker,
                function,
                rule,
            })
            .collect(),
        ..Extractions::default()
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

/// Titles (and containers) of the works a marker's notes cite, resolved
/// as the graph resolves them (同上, 前引 and short forms included).
pub fn titles_cited<'a>(context: &'a RuleContext, marker: usize) -> Vec<&'a str> {
    context
        .works
        .titles_cited_by(&context.document.markers[marker].notes)
        .collect()
}
