//! What the function rules share: the functions, and the context of a marker.

use crate::bibliography::ParsedWork;
pub use crate::findings::CitationFunction;
use crate::resolve::works::{NoteCitation, resolve_works};
use crate::rules::{Extractions, FunctionFinding, RuleContext, RuleMeta};

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

/// The works the notes cite, resolved as the graph resolves them (同上,
/// 前引 and short forms included): read once, before typing the markers.
pub struct CitedWorks {
    works: Vec<ParsedWork>,
    citations: Vec<NoteCitation>,
}

impl CitedWorks {
    pub fn resolve(found: &Extractions) -> Self {
        let (works, citations) = resolve_works(found.works.clone());
        Self { works, citations }
    }

    /// Titles (and containers) of the works a marker's notes cite.
    pub fn titles(&self, context: &RuleContext, marker: usize) -> Vec<&str> {
        let notes = &context.document.markers[marker].notes;
        self.citations
            .iter()
            .filter(|citation| notes.contains(&citation.note))
            .flat_map(|citation| {
                let work = &self.works[citation.work];
                std::iter::once(work.title.as_str()).chain(work.container.as_deref())
            })
            .collect()
    }
}
