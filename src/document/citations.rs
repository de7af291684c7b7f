//! Author–year citations in the body, tied to the entries of the reference
//! list they name. The convention (APA, GB/T 7714's 著者-出版年制 and the
//! journals that follow them) names the first author and the year, either
//! in brackets — `（黄再胜，2025）`, `(Braverman, 1974: 104)`, several parted
//! by semicolons `（张三，2020；李四、王五，2021a）` — or in the sentence, the
//! year bracketed after the name: `黄再胜（2025）认为`, `Braverman (1974)`.
//! A citation points to the entry that opens with that author and gives
//! that year; one that names no entry is not taken for a citation.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::{Document, Note, Span};

const YEAR: &str = r"(?:1[5-9]|20)\d{2}[a-z]?";

/// A bracket of citations: `（…）`, `(…)`.
static BRACKET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[（(](?P<inner>[^（）()]{4,300})[）)]").expect("bracket"));
/// One citation in a bracket: `黄再胜，2025`, `Braverman, 1974: 104`,
/// `Smith & Jones, 2020`, `张三等，2020a`; a cue before it (`参见`, `如`)
/// is no part of the name.
static ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*(?:参见|参看|详见|见|如|转引自|see|cf\.)?\s*(?P<authors>[^,，:：\d]{{2,80}}?)\s*[,，]?\s*(?P<year>{YEAR})\s*(?:[:：,，]\s*(?:第\s*)?[\dIVXivx]+(?:\s*[-–—~～]\s*\d+)?\s*页?)?\s*$"
    ))
    .expect("author-year item")
});
/// A year bracketed after a name in the sentence: `黄再胜（2025）`,
/// `黄再胜等（2025）`, `Braverman (1974)`, `Smith and Jones (2020)`.
static NARRATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:(?P<han>\p{{Han}}{{2,8}}?)(?:等人|等)?|(?P<latin>[A-Z][A-Za-z'\-]+)(?:\s+(?:et\s+al\.|(?:and|&)\s+[A-Z][A-Za-z'\-]+))?)\s*[（(]\s*(?P<year>{YEAR})\s*[)）]"
    ))
    .expect("narrative citation")
});

/// Author–year citations of the document's body: for each, its span and the
/// notes it points to, in text order.
pub fn author_year_citations(document: &Document) -> Vec<(Span, Vec<usize>)> {
    if document.notes.is_empty() {
        return Vec::new();
    }
    let text = &document.text;
    let mut found = Vec::new();
    for paragraph in &document.paragraphs {
        let body = text.slice(paragraph.span);
        for captures in BRACKET.captures_iter(body) {
            let inner = &captures["inner"];
            let mut notes = Vec::new();
            for item in inner.split(['；', ';']) {
                let Some(item) = ITEM.captures(item) else {
                    notes.clear();
                    break;
                };
                notes.extend(entry_of(
                    document,
                    first_author(&item["authors"]),
                    &item["year"],
                ));
            }
            if !notes.is_empty() {
                let whole = captures.get(0).map_or(0..0, |m| m.range());
                found.push((text.span_within(paragraph.span, whole), notes));
            }
        }
        for captures in NARRATIVE.captures_iter(body) {
            let whole = captures.get(0).map_or(0..0, |m| m.range());
            let year = &captures["year"];
            let note = match (captures.name("han"), captures.name("latin")) {
                // The name is the longest end of the Han run that an entry opens with.
                (Some(han), _) => {
                    let chars: Vec<char> = han.as_str().chars().collect();
                    (2..=chars.len().min(4)).rev().find_map(|length| {
                        let name: String = chars[chars.len() - length..].iter().collect();
                        entry_of(document, &name, year).map(|note| (note, name.len()))
                    })
                }
                (_, Some(latin)) => entry_of(document, latin.as_str(), year).map(|n| (n, 0)),
                _ => None,
            };
            if let Some((note, name_bytes)) = note {
                let start = match captures.name("han") {
                    Some(han) => han.end() - name_bytes,
                    None => whole.start,
                };
                let span = text.span_within(paragraph.span, start..whole.end);
                if !found
                    .iter()
                    .any(|(other, _): &(Span, Vec<usize>)| overlaps(*other, span))
                {
                    found.push((span, vec![note]));
                }
            }
        }
    }
    found.sort_by_key(|(span, _)| *span);
    found
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// The first name of an author list: `李四、王五` → 李四, `Smith & Jones` →
/// Smith, `张三等` → 张三, `Lee et al.` → Lee.
fn first_author(authors: &str) -> &str {
    let first = authors
        .split(['、', '&', '，', ','])
        .next()
        .unwrap_or(authors)
        .split(" and ")
        .next()
        .unwrap_or(authors)
        .trim();
    let first = ["et al.", "etal.", "et al"]
        .iter()
        .find_map(|suffix| first.strip_suffix(suffix))
        .unwrap_or(first)
        .trim();
    first.trim_end_matches(['等', '人']).trim()
}

/// The entry that opens with `author` (its first name; a Latin name without
/// regard to case) and gives `year`.
fn entry_of(document: &Document, author: &str, year: &str) -> Option<usize> {
    if author.chars().count() < 2 {
        return None;
    }
    let lower = author.to_lowercase();
    document.notes.iter().position(|note: &Note| {
        let content = document.text.slice(note.content_span).trim_start();
        let opens = content.starts_with(author) || content.to_lowercase().starts_with(&lower);
        opens && gives_year(content, year)
    })
}

/// Whether the entry gives the year: `2020a` as such, `2020` not inside a
/// longer number.
fn gives_year(content: &str, year: &str) -> bool {
    content.match_indices(year).any(|(at, _)| {
        let before = content[..at].chars().next_back();
        let after = content[at + year.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_digit()) && !after.is_some_and(|c| c.is_ascii_digit())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::{Source, clean};
    use crate::resources::Resources;

    fn cited(raw: &str) -> Vec<(String, Vec<usize>)> {
        let document = crate::document::structure(
            clean(Source::plain(raw), &Resources::builtin()),
            "test.txt",
        );
        author_year_citations(&document)
            .into_iter()
            .map(|(span, notes)| (document.text.slice(span).to_string(), notes))
            .collect()
    }

    const LIST: &str = "参考文献\n黄再胜.(2025).大模型生产.社会学研究,3,1-20.\n李四，2021a，《平台劳动》，北京：商务印书馆。\nBraverman, H. (1974). Labor and Monopoly Capital. New York: Monthly Review Press.\n";

    #[test]
    fn bracketed_and_narrative_citations_point_to_their_entries() {
        let raw = format!(
            "劳动过程发生变化（黄再胜，2025）。黄再胜（2025）认为如此。去技能化早有论述(Braverman, 1974: 104)。两种看法（黄再胜，2025；李四，2021a）。\n{LIST}"
        );
        assert_eq!(
            cited(&raw),
            vec![
                ("（黄再胜，2025）".to_string(), vec![0]),
                ("黄再胜（2025）".to_string(), vec![0]),
                ("(Braverman, 1974: 104)".to_string(), vec![2]),
                ("（黄再胜，2025；李四，2021a）".to_string(), vec![0, 1]),
            ]
        );
    }

    #[test]
    fn a_name_and_year_no_entry_gives_is_no_citation() {
        let raw = format!("该公司（2019）成立。王五（2020）提出。（本文，2020）。\n{LIST}");
        assert!(cited(&raw).is_empty());
    }
}
