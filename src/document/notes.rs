//! Notes and reference blocks: the heading that opens one, the entries in it,
//! and the linking of body markers to entries — across a numbering restart
//! (a stray pair of entries before the main sequence) the sequence that the
//! markers actually use wins.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::document::markers::marker_numbers;
use crate::document::sentences::marker_length_at;
use crate::document::{Note, Span, Text};

static NOTES_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:\d{1,2}\s*[.、．]?\s*)?[【\[]?\s*(?:注释|注|注解|尾注|脚注|参考文献|主要参考文献|参考资料|引用文献|references|bibliography|notes)\s*[】\]]?\s*(?:[(（]?\s*references?\s*[)）]?)?\s*[:：\-—]?$",
    )
    .expect("notes heading pattern")
});

/// Whether `line` opens a notes or references block.
pub fn is_notes_heading(line: &str) -> bool {
    NOTES_HEADING.is_match(line.trim())
}

/// The label that opens an entry line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntryLabel {
    pub number: u32,
    /// Length of the label in chars, separator included.
    pub length: usize,
    /// A bare number (`2 钟祥浩`, or `1中华人民…` where OCR lost the
    /// brackets) is only an entry when it continues the numbering.
    pub bare: bool,
}

/// The label of an entry line such as `(12)殷杰:…`, `[3] 作者. 题名`, `①…`,
/// `12. Author`, or the bare `2 作者` and `1作者` of damaged lists.
pub fn entry_label(line: &str) -> Option<EntryLabel> {
    let chars: Vec<char> = line.chars().collect();
    if let Some(length) = marker_length_at(&chars, 0) {
        let label: String = chars[..length].iter().collect();
        if let [number] = marker_numbers(&label)[..] {
            return Some(EntryLabel {
                number,
                length,
                bare: false,
            });
        }
        return None;
    }
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let number = chars[..digits].iter().collect::<String>().parse().ok()?;
    match chars.get(digits) {
        Some('.' | '．' | '、') if !chars.get(digits + 1).is_some_and(char::is_ascii_digit) => {
            Some(EntryLabel {
                number,
                length: digits + 1,
                bare: false,
            })
        }
        Some(c) if c.is_whitespace() || c.is_alphabetic() => Some(EntryLabel {
            number,
            length: digits + usize::from(c.is_whitespace()),
            bare: true,
        }),
        // `1[]作者` : OCR moved the brackets of `[1]` behind the number.
        Some('[') if chars.get(digits + 1) == Some(&']') => Some(EntryLabel {
            number,
            length: digits + 2,
            bare: true,
        }),
        _ => None,
    }
}

/// A bracketed label inside an entry, where OCR joined two lines:
/// `…2016(3):35-42.[2]Paul Dickson…`, `…大学，2016［24］侯瑞萍…`.
static EMBEDDED_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\[［【]\s*(?P<number>\d{1,3})\s*[\]］】」]").expect("embedded label pattern")
});

/// Splits entries that OCR joined on one line: an entry numbered `n` that
/// holds `[n+1]` is two entries, when no other entry carries `n+1`.
/// Repeats, so a line of three entries becomes three.
pub fn split_joined_entries(notes: Vec<Note>, text: &Text) -> Vec<Note> {
    let mut numbers: BTreeSet<u32> = notes.iter().map(|note| note.number).collect();
    let mut split = Vec::with_capacity(notes.len());
    for mut note in notes {
        loop {
            let content = text.slice(note.content_span);
            let next = note.number + 1;
            let found = EMBEDDED_LABEL
                .captures_iter(content)
                .find(|c| c["number"].parse() == Ok(next) && !numbers.contains(&next));
            let Some(captures) = found else { break };
            let whole = captures.get(0).expect("whole match");
            let label_start = note.content_span.start + content[..whole.start()].chars().count();
            let label_end = note.content_span.start + content[..whole.end()].chars().count();
            numbers.insert(next);
            split.push(Note {
                span: Span::new(note.span.start, label_start),
                content_span: Span::new(note.content_span.start, label_start),
                ..note
            });
            note = Note {
                span: Span::new(label_start, note.span.end),
                content_span: Span::new(label_end, note.span.end),
                number: next,
                linked: false,
            };
        }
        split.push(note);
    }
    split
}

/// Which entry each marker number denotes. `entry_numbers` are the numbers
/// of the entries in order; returns, for each entry, whether it belongs to
/// the linked sequence. Entries are cut into runs where the numbering starts
/// again; the run sharing most numbers with the markers is linked (the later
/// one on a tie, as stray entries come before the main sequence).
pub fn linked_run(entry_numbers: &[u32], marker_numbers: &BTreeSet<u32>) -> Vec<bool> {
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = 0;
    for i in 1..=entry_numbers.len() {
        if i == entry_numbers.len() || entry_numbers[i] <= entry_numbers[i - 1] {
            runs.push(start..i);
            start = i;
        }
    }
    let best = runs.iter().rev().max_by_key(|run| {
        entry_numbers[(*run).clone()]
            .iter()
            .filter(|n| marker_numbers.contains(n))
            .count()
    });
    let mut linked = vec![false; entry_numbers.len()];
    if let Some(run) = best {
        for i in run.clone() {
            linked[i] = marker_numbers.contains(&entry_numbers[i]);
        }
    }
    linked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_of_notes_blocks() {
        assert!(is_notes_heading("注释:"));
        assert!(is_notes_heading("参考文献"));
        assert!(is_notes_heading("References"));
        assert!(is_notes_heading("参考文献（References）"));
        assert!(is_notes_heading("【参考文献】"));
        assert!(is_notes_heading("参考文献-"));
        assert!(is_notes_heading("6 参考文献"));
        assert!(is_notes_heading("参考文献References"));
        assert!(is_notes_heading("5参考文献"));
        assert!(!is_notes_heading("注释是本文的一部分。"));
    }

    #[test]
    fn entry_labels() {
        let label = |line| entry_label(line).map(|l| (l.number, l.length, l.bare));
        assert_eq!(label("(12)殷杰:《生成式人工智能》"), Some((12, 4, false)));
        assert_eq!(label("[3] 作者. 题名[J]."), Some((3, 3, false)));
        assert_eq!(label("①同上。"), Some((1, 1, false)));
        assert_eq!(label("12. Smith, J."), Some((12, 3, false)));
        assert_eq!(label("2 钟祥浩,刘淑珍."), Some((2, 2, true)));
        assert_eq!(label("1中华人民共和国国务院."), Some((1, 1, true)));
        assert_eq!(label("1[]百度百科.2015年"), Some((1, 3, true)));
        assert_eq!(label("【2】 李如生编著"), Some((2, 3, false)));
        assert_eq!(label("2011年版。"), None);
        assert_eq!(label("3.5亿人"), None);
        assert_eq!(label("(作者单位:国防大学)"), None);
        assert_eq!(label("[3-5] x"), None);
    }

    #[test]
    fn joined_entries_are_split_at_the_next_label() {
        let text = Text::new("[1]甲.题一[J].刊,2016(3):35-42.[2]Paul Dickson. Think Tank[M].1971[3] 乙.题三[M].2020.".to_string());
        let whole = Span::new(0, text.as_str().chars().count());
        let note = Note {
            span: whole,
            content_span: Span::new(3, whole.end),
            number: 1,
            linked: false,
        };
        let notes = split_joined_entries(vec![note], &text);
        let contents: Vec<(u32, &str)> = notes
            .iter()
            .map(|n| (n.number, text.slice(n.content_span)))
            .collect();
        assert_eq!(
            contents,
            vec![
                (1, "甲.题一[J].刊,2016(3):35-42."),
                (2, "Paul Dickson. Think Tank[M].1971"),
                (3, " 乙.题三[M].2020.")
            ]
        );
        assert_eq!(
            text.slice(notes[1].span),
            "[2]Paul Dickson. Think Tank[M].1971"
        );
    }

    #[test]
    fn an_embedded_number_that_another_entry_carries_stays() {
        let text = Text::new("甲.题[J].刊,2016.[2]乙\n乙.题[J].".to_string());
        let notes = vec![
            Note {
                span: Span::new(0, 18),
                content_span: Span::new(0, 18),
                number: 1,
                linked: false,
            },
            Note {
                span: Span::new(19, 25),
                content_span: Span::new(19, 25),
                number: 2,
                linked: false,
            },
        ];
        assert_eq!(split_joined_entries(notes, &text).len(), 2);
    }

    #[test]
    fn the_run_the_markers_use_is_linked() {
        // A stray (1)(2) before the main sequence (1)…(4); markers 1–4.
        let markers: BTreeSet<u32> = [1, 2, 3, 4].into();
        assert_eq!(
            linked_run(&[1, 2, 1, 2, 3, 4], &markers),
            vec![false, false, true, true, true, true]
        );
        // An entry no marker denotes stays unlinked.
        let markers: BTreeSet<u32> = [1, 3].into();
        assert_eq!(linked_run(&[1, 2, 3], &markers), vec![true, false, true]);
    }
}
