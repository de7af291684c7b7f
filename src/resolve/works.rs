//! Cited works resolved within a document: 同上 takes the work (and, when
//! it names no page, the page) of the entry before; a short form
//! (`作者:《书名》,第104页`) is the fuller entry of the same title and author;
//! the same work cited twice is one work. The page cited stays with the note.

use std::collections::HashMap;

use serde::Serialize;

use crate::bibliography::{Cited, ParsedWork};
use crate::findings::{RuleMeta, WorkFinding};
use crate::key::normalize_key;

/// What one note cites, once resolved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NoteCitation {
    pub note: usize,
    /// Index into the resolved works.
    pub work: usize,
    pub locator: Option<String>,
    pub rule: &'static RuleMeta,
}

/// Fills the fields `into` lacks from `from`, the same work described again.
fn complete(into: &mut ParsedWork, from: &ParsedWork) {
    macro_rules! fill {
        ($($field:ident),*) => { $(if into.$field.is_none() { into.$field = from.$field.clone(); })* };
    }
    fill!(kind, container, publisher, year, volume, issue, pages, url);
    if into.translators.is_empty() {
        into.translators = from.translators.clone();
    }
}

/// The work of `author` cited last before: `布雷弗曼` finds 哈里·布雷弗曼.
fn earlier_by(works: &[ParsedWork], citations: &[NoteCitation], author: &str) -> Option<usize> {
    let author = normalize_key(author);
    citations.iter().rev().map(|c| c.work).find(|&index| {
        works[index].authors.iter().any(|name| {
            let name = normalize_key(name);
            name.contains(&author) || author.contains(&name)
        })
    })
}

/// The works a document's notes cite, resolved: each work once, and what
/// each note cites.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ResolvedWorks {
    pub works: Vec<ParsedWork>,
    /// In note order.
    pub citations: Vec<NoteCitation>,
}

impl ResolvedWorks {
    /// Titles (and containers) of the works these notes cite.
    pub fn titles_cited_by<'a>(&'a self, notes: &'a [usize]) -> impl Iterator<Item = &'a str> {
        self.citations
            .iter()
            .filter(|citation| notes.contains(&citation.note))
            .flat_map(|citation| {
                let work = &self.works[citation.work];
                std::iter::once(work.title.as_str()).chain(work.container.as_deref())
            })
    }
}

/// Resolves the work findings of a document, in note order.
pub fn resolve_works(mut findings: Vec<WorkFinding>) -> ResolvedWorks {
    findings.sort_by_key(|finding| (finding.note, finding.part));
    let mut works: Vec<ParsedWork> = Vec::new();
    let mut by_identity: HashMap<String, usize> = HashMap::new();
    let mut citations: Vec<NoteCitation> = Vec::new();
    for finding in findings {
        let previous = citations.last().filter(|c| c.note + 1 == finding.note);
        let (work, locator) = match finding.entry.cited {
            Cited::SameAsBefore => match previous {
                Some(previous) => (
                    previous.work,
                    finding.entry.locator.or_else(|| previous.locator.clone()),
                ),
                None => continue,
            },
            Cited::EarlierBy(author) => match earlier_by(&works, &citations, &author) {
                Some(work) => (work, finding.entry.locator),
                None => continue,
            },
            Cited::Work(parsed) => {
                let identity = parsed.identity();
                let index = match by_identity.get(&identity) {
                    Some(&index) => {
                        complete(&mut works[index], &parsed);
                        index
                    }
                    None => {
                        works.push(*parsed);
                        by_identity.insert(identity, works.len() - 1);
                        works.len() - 1
                    }
                };
                (index, finding.entry.locator)
            }
        };
        citations.push(NoteCitation {
            note: finding.note,
            work,
            locator,
            rule: finding.rule,
        });
    }
    ResolvedWorks { works, citations }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bibliography::chinese::ChineseFootnote;
    use crate::bibliography::parse_entry;

    fn findings(entries: &[&str]) -> Vec<WorkFinding> {
        entries
            .iter()
            .enumerate()
            .map(|(note, text)| WorkFinding {
                note,
                part: 0,
                entry: parse_entry(text).unwrap(),
                rule: &ChineseFootnote::META,
            })
            .collect()
    }

    #[test]
    fn short_forms_and_ibid_resolve_to_one_work_with_their_own_pages() {
        let ResolvedWorks { works, citations } = resolve_works(findings(&[
            "哈里·布雷弗曼:《劳动与垄断资本》,方生等译,商务印书馆1978年版,205页。",
            "哈里⋅布雷弗曼:《劳动与垄断资本》,第104页。",
            "《马克思恩格斯文集》第5,人民出版社2009年版,743页。",
            "同上。",
            "同上书,508页。",
        ]));
        assert_eq!(works.len(), 2);
        let cited: Vec<(usize, Option<&str>)> = citations
            .iter()
            .map(|c| (c.work, c.locator.as_deref()))
            .collect();
        assert_eq!(
            cited,
            vec![
                (0, Some("205")),
                (0, Some("104")),
                (1, Some("743")),
                (1, Some("743")),
                (1, Some("508"))
            ]
        );
    }
}
