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

use crate::bibliography::ParsedEntry;
use crate::rules::{Extractions, RuleContext, RuleMeta, WorkFinding};

/// Parses every note no earlier rule has parsed with `parse`, recording
/// `rule` for each entry it reads.
pub(crate) fn parse_notes(
    context: &RuleContext,
    found: &mut Extractions,
    rule: &'static RuleMeta,
    parse: impl Fn(&str) -> Option<ParsedEntry>,
) {
    let document = context.document;
    for (index, note) in document.notes.iter().enumerate() {
        if found.works.iter().any(|w| w.note == index) {
            continue;
        }
        if let Some(entry) = parse(document.text.slice(note.content_span).trim()) {
            found.works.push(WorkFinding {
                note: index,
                entry,
                rule,
            });
        }
    }
}
