//! Rules that turn notes and in-text markers into bibliographic references,
//! the works they cite, and pointers.

pub mod author_year_entry;
pub mod authority;
pub mod chinese_footnote;
pub mod disagreement;
pub mod english_footnote;
pub mod evidence;
pub mod footnote_pointer;
pub mod function;
pub mod ibid_entry;
pub mod information;
pub mod note_entry;
pub mod reference_list_entry;

use crate::bibliography::{ParsedEntry, citation_parts};
use crate::rules::{Extractions, RuleContext, RuleMeta, WorkFinding};

/// Parses every note (or each part of a note citing several works) that no
/// earlier rule has parsed with `parse`, recording `rule` for each part it
/// reads.
pub(crate) fn parse_notes(
    context: &RuleContext,
    found: &mut Extractions,
    rule: &'static RuleMeta,
    parse: impl Fn(&str) -> Option<ParsedEntry>,
) {
    let document = context.document;
    for (index, note) in document.notes.iter().enumerate() {
        let parts = citation_parts(document.text.slice(note.content_span));
        for (part, text) in parts.into_iter().enumerate() {
            if found
                .works
                .iter()
                .any(|w| w.note == index && w.part == part)
            {
                continue;
            }
            if let Some(entry) = parse(text) {
                found.works.push(WorkFinding {
                    note: index,
                    part,
                    entry: crate::bibliography::finished(entry),
                    rule,
                });
            }
        }
    }
}
