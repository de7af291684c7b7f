//! Rules that turn notes and in-text markers into bibliographic references
//! and pointers, and type what each citation does; and the reading of the
//! notes into the works they cite, by the reference styles.

crate::rules::rule_modules! {
    authority::Authority,
    author_year_pointer::AuthorYearPointer,
    disagreement::Disagreement,
    evidence::Evidence,
    footnote_pointer::FootnotePointer,
    information::Information,
    note_entry::NoteEntry,
}

pub mod function;

use crate::bibliography::read_note;
use crate::document::{Document, MarkerKind};
use crate::rules::{Extractions, PointerFinding, RuleContext, RuleMeta, WorkFinding};

/// Every marker of `kind` as a pointer found by `rule`.
pub(crate) fn pointers_of_kind(
    context: &RuleContext,
    kind: MarkerKind,
    rule: &'static RuleMeta,
) -> Extractions {
    let markers = &context.document.markers;
    Extractions {
        pointers: (0..markers.len())
            .filter(|&marker| markers[marker].kind == kind)
            .map(|marker| PointerFinding { marker, rule })
            .collect(),
        ..Extractions::default()
    }
}

/// Every note (or each part of a note citing several works), read by the
/// first reference style that reads it (`bibliography::STYLES`): once, before
/// the rules.
pub fn note_works(document: &Document) -> Vec<WorkFinding> {
    let mut works = Vec::new();
    for (index, note) in document.notes.iter().enumerate() {
        let parts = read_note(document.text.slice(note.content_span));
        for (part, read) in parts.into_iter().enumerate() {
            if let Some((style, entry)) = read {
                works.push(WorkFinding {
                    note: index,
                    part,
                    entry,
                    rule: style.meta,
                });
            }
        }
    }
    works
}
