//! From clean lines to a [`Document`]: the title, headings and the sections
//! they open, body paragraphs and their sentences, the notes block and its
//! entries, and the markers linked to them.

use std::collections::{BTreeSet, HashMap};

use crate::document::citations::author_year_citations;
use crate::document::fused_headings::split_fused_headings;
use crate::document::headings::{Heading, HeadingStyle, levels, parse_heading};
use crate::document::linking::{link, pointing_families};
use crate::document::markers::{FoundMarker, MarkerFamily, find_markers};
use crate::document::notes::{entry_label, is_notes_heading, split_joined_entries};
use crate::document::sentences::split_sentences;
use crate::document::{
    Document, Marker, MarkerKind, Note, Paragraph, Section, Sentence, Span, Text,
};
use crate::read::{CleanLine, CleanText, LineRole};

enum LineKind {
    Title,
    FrontMatter,
    Heading(Heading),
    Paragraph,
    NotesHeading,
    Entry {
        number: u32,
        label_length: usize,
    },
    /// A line inside a notes block that continues the entry before it.
    EntryContinuation,
    /// After the notes: author statements, an English abstract, appendices.
    BackMatter,
}

/// Classifies every line; once a notes heading is seen, lines are entries
/// until a marked heading closes the block.
fn classify(lines: &[CleanLine]) -> Vec<LineKind> {
    #[derive(PartialEq)]
    enum Zone {
        Body,
        Notes,
        Back,
    }
    let mut zone = Zone::Body;
    let mut last_entry = 0;
    let mut unlabelled = false;
    lines
        .iter()
        .map(|line| {
            let text = line.text.as_str();
            let marked = line.heading.is_some();
            match line.role {
                LineRole::Title => return LineKind::Title,
                LineRole::FrontMatter => return LineKind::FrontMatter,
                LineRole::Body => {}
            }
            if is_notes_heading(text) {
                zone = Zone::Notes;
                return LineKind::NotesHeading;
            }
            match zone {
                Zone::Back => LineKind::BackMatter,
                Zone::Notes => match entry_label(text) {
                    // A label and nothing after it (`3.`) is the tail of the
                    // entry before, broken off by OCR (`151-16` / `3.`).
                    Some(label)
                        if text.trim_end().chars().count() <= label.length && last_entry > 0 =>
                    {
                        LineKind::EntryContinuation
                    }
                    Some(label) if !label.bare || label.number == last_entry + 1 => {
                        last_entry = label.number;
                        LineKind::Entry {
                            number: label.number,
                            label_length: label.length,
                        }
                    }
                    _ if marked => {
                        zone = Zone::Back;
                        LineKind::BackMatter
                    }
                    // A list without labels (author–year style): one entry a line.
                    _ if last_entry == 0 || unlabelled => {
                        unlabelled = true;
                        last_entry += 1;
                        LineKind::Entry {
                            number: last_entry,
                            label_length: 0,
                        }
                    }
                    _ => LineKind::EntryContinuation,
                },
                Zone::Body => match parse_heading(text, marked) {
                    Some(heading) => LineKind::Heading(heading),
                    None => LineKind::Paragraph,
                },
            }
        })
        .collect()
}

/// Builds the document structure of `clean`, read from `file_name`.
pub fn structure(clean: CleanText, file_name: &str) -> Document {
    let CleanText {
        lines, metadata, ..
    } = clean;
    let lines = split_fused_headings(lines);
    let kinds = classify(&lines);
    let styles: Vec<HeadingStyle> = kinds
        .iter()
        .filter_map(|kind| match kind {
            LineKind::Heading(heading) => Some(heading.style),
            _ => None,
        })
        .collect();
    let mut heading_levels = levels(&styles).into_iter();

    let text = Text::new(
        lines
            .iter()
            .map(|line| line.text.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
    );
    let mut line_spans = Vec::with_capacity(lines.len());
    let mut offset = 0;
    for line in &lines {
        let length = line.text.chars().count();
        line_spans.push(Span::new(offset, offset + length));
        offset += length + 1;
    }

    let mut document = Document {
        file_name: file_name.to_string(),
        text,
        metadata,
        title_span: None,
        front_matter: Vec::new(),
        back_matter: Vec::new(),
        sections: Vec::new(),
        paragraphs: Vec::new(),
        sentences: Vec::new(),
        markers: Vec::new(),
        notes: Vec::new(),
        dangling_markers: Vec::new(),
    };
    let mut open_sections: Vec<usize> = Vec::new();
    // End of the last heading or paragraph seen: where an open section ends.
    let mut body_end = 0;
    let mut found_markers = Vec::new();

    for (index, kind) in kinds.iter().enumerate() {
        let span = line_spans[index];
        let line = &lines[index].text;
        match kind {
            LineKind::Title => {
                let title = document.metadata.title.as_deref().unwrap_or_default();
                let title_start = line
                    .find(title)
                    .filter(|_| !title.is_empty())
                    .map_or(0, |byte| line[..byte].chars().count());
                let title_length = if title.is_empty() || !line.contains(title) {
                    span.len()
                } else {
                    title.chars().count()
                };
                document.title_span = Some(Span::new(
                    span.start + title_start,
                    span.start + title_start + title_length,
                ));
            }
            LineKind::FrontMatter => document.front_matter.push(span),
            LineKind::BackMatter => document.back_matter.push(span),
            LineKind::Heading(heading) => {
                let level = heading_levels.next().unwrap_or(1);
                while let Some(&last) = open_sections.last() {
                    if document.sections[last].level < level {
                        break;
                    }
                    document.sections[last].span.end = body_end;
                    open_sections.pop();
                }
                body_end = span.end;
                let title_span = Span::new(span.start + heading.title_offset, span.end);
                document.sections.push(Section {
                    span,
                    title: document.text.slice(title_span).to_string(),
                    title_span,
                    level,
                    number: heading.number.clone(),
                    parent: open_sections.last().copied(),
                });
                open_sections.push(document.sections.len() - 1);
            }
            LineKind::Paragraph => {
                body_end = span.end;
                let paragraph = document.paragraphs.len();
                document.paragraphs.push(Paragraph {
                    span,
                    section: open_sections.last().copied(),
                });
                let chars: Vec<char> = line.chars().collect();
                for sentence in split_sentences(&chars, span.start) {
                    document.sentences.push(Sentence {
                        span: sentence,
                        paragraph,
                    });
                }
                found_markers.extend(find_markers(&chars, span.start));
            }
            LineKind::NotesHeading => {}
            LineKind::Entry {
                number,
                label_length,
            } => {
                // The content starts after the label and the space behind it.
                let spaces = line
                    .chars()
                    .skip(*label_length)
                    .take_while(|c| c.is_whitespace())
                    .count();
                document.notes.push(Note {
                    span,
                    content_span: Span::new(span.start + label_length + spaces, span.end),
                    number: *number,
                    linked: false,
                });
            }
            LineKind::EntryContinuation => {
                if let Some(note) = document.notes.last_mut() {
                    note.span.end = span.end;
                    note.content_span.end = span.end;
                } else {
                    document.back_matter.push(span);
                }
            }
        }
    }
    for &open in &open_sections {
        document.sections[open].span.end = body_end;
    }
    document.notes = split_joined_entries(std::mem::take(&mut document.notes), &document.text);

    link_markers(&mut document, found_markers);
    document
}

fn link_markers(document: &mut Document, found: Vec<FoundMarker>) {
    // Without a notes block, bracketed numbers are not reference markers.
    if document.notes.is_empty() {
        return;
    }
    // Markers must be of a style that can point into the notes as they are
    // labelled: in a list labelled [1], [2] … a (15) in the text is a number.
    let mut label_styles: HashMap<MarkerFamily, usize> = HashMap::new();
    for note in &document.notes {
        if note.content_span.start > note.span.start {
            let first = document.text.slice(note.span).chars().next().unwrap_or(' ');
            if let Some(family) = MarkerFamily::of(first) {
                *label_styles.entry(family).or_default() += 1;
            }
        }
    }
    let label_style = label_styles
        .into_iter()
        .max_by_key(|&(family, count)| (count, family as u8))
        .map(|(family, _)| family);
    let entry_numbers: Vec<u32> = document.notes.iter().map(|note| note.number).collect();
    let families = pointing_families(&found, &entry_numbers, label_style);
    let found: Vec<FoundMarker> = found
        .into_iter()
        .filter(|marker| families.contains(&marker.family))
        .collect();
    let numbers: Vec<Vec<u32>> = found.iter().map(|m| m.numbers.clone()).collect();
    let (denoted, linked) = link(&numbers, &entry_numbers);
    for (note, linked) in document.notes.iter_mut().zip(&linked) {
        note.linked = *linked;
    }
    let mut dangling = BTreeSet::new();
    for (marker, notes) in found.into_iter().zip(denoted) {
        let Some(sentence) = document.sentence_at(marker.span.start) else {
            continue;
        };
        if notes.len() < marker.numbers.len() {
            let reached: BTreeSet<u32> = notes.iter().map(|&i| entry_numbers[i]).collect();
            dangling.extend(marker.numbers.iter().filter(|n| !reached.contains(n)));
        }
        document.markers.push(Marker {
            span: marker.span,
            numbers: marker.numbers,
            sentence,
            notes,
            kind: MarkerKind::Numbered,
        });
    }
    for (span, notes) in author_year_citations(document) {
        let Some(sentence) = document.sentence_at(span.start) else {
            continue;
        };
        if document
            .markers
            .iter()
            .any(|m| m.span.start < span.end && span.start < m.span.end)
        {
            continue;
        }
        for &note in &notes {
            document.notes[note].linked = true;
        }
        document.markers.push(Marker {
            span,
            numbers: notes
                .iter()
                .map(|&note| document.notes[note].number)
                .collect(),
            sentence,
            notes,
            kind: MarkerKind::AuthorYear,
        });
    }
    document.markers.sort_by_key(|marker| marker.span);
    document.dangling_markers = dangling.into_iter().collect();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::{Source, clean};
    use crate::resources::Resources;

    fn parse(raw: &str) -> Document {
        structure(clean(Source::plain(raw), &Resources::builtin()), "test.txt")
    }

    const ARTICLE: &str = "王小明:数字劳动研究\n\
        导言的第一句。导言的第二句(1)。\n\
        一、数字劳动的兴起\n\
        ()平台的出现\n\
        平台改变了劳动。“平台是工厂。”(2)\n\
        (二)算法的控制\n\
        算法控制劳动。\n\
        二、结语\n\
        总之如此。\n\
        注释:\n\
        (1)张三:《书》,出版社2020年版。\n\
        (2)同上。\n\
        (3)无人引用的注。\n";

    #[test]
    fn sections_nest_and_end_before_the_notes() {
        let document = parse(ARTICLE);
        let titles: Vec<(u8, Option<&str>, &str, Option<usize>)> = document
            .sections
            .iter()
            .map(|s| (s.level, s.number.as_deref(), s.title.as_str(), s.parent))
            .collect();
        assert_eq!(
            titles,
            vec![
                (1, Some("一"), "数字劳动的兴起", None),
                (2, None, "平台的出现", Some(0)),
                (2, Some("二"), "算法的控制", Some(0)),
                (1, Some("二"), "结语", None),
            ]
        );
        let last = &document.sections[3];
        assert_eq!(document.text.slice(last.span), "二、结语\n总之如此。");
        assert_eq!(document.paragraphs[0].section, None, "the introduction");
        assert_eq!(document.paragraphs[1].section, Some(1));
    }

    #[test]
    fn a_bare_label_alone_on_its_line_continues_the_entry_before() {
        let document = parse(
            "题目\n正文[1]。\n参考文献\n[1]张三.论平台[J].科研管理,2020(5):151-16\n3.\n[2]李四.论算法[M].北京:人民出版社,2019.\n",
        );
        let notes: Vec<(u32, &str)> = document
            .notes
            .iter()
            .map(|n| (n.number, document.text.slice(n.content_span)))
            .collect();
        assert_eq!(notes.len(), 2, "{notes:?}");
        assert_eq!(notes[0].0, 1);
        assert!(notes[0].1.ends_with("3."), "{notes:?}");
        assert_eq!(notes[1].0, 2);
    }

    #[test]
    fn sentences_markers_and_notes_link_up() {
        let document = parse(ARTICLE);
        let sentences: Vec<&str> = document
            .sentences
            .iter()
            .map(|s| document.text.slice(s.span))
            .collect();
        assert_eq!(
            sentences,
            vec![
                "导言的第一句。",
                "导言的第二句(1)。",
                "平台改变了劳动。",
                "“平台是工厂。”(2)",
                "算法控制劳动。",
                "总之如此。"
            ]
        );
        assert_eq!(document.notes.len(), 3);
        assert_eq!(
            document.text.slice(document.notes[1].content_span),
            "同上。"
        );
        let links: Vec<(Vec<u32>, usize, Vec<usize>)> = document
            .markers
            .iter()
            .map(|m| (m.numbers.clone(), m.sentence, m.notes.clone()))
            .collect();
        assert_eq!(links, vec![(vec![1], 1, vec![0]), (vec![2], 3, vec![1])]);
        assert_eq!(
            document.notes.iter().map(|n| n.linked).collect::<Vec<_>>(),
            vec![true, true, false]
        );
        assert_eq!(
            document.title_span.map(|s| document.text.slice(s)),
            Some("数字劳动研究")
        );
    }

    #[test]
    fn only_markers_in_the_style_of_the_labels_count() {
        let document =
            parse("正文一句[1]。面积(15)平方米。\n参考文献\n[1] 作者. 题名[J]. 刊名, 2020.\n");
        assert_eq!(document.markers.len(), 1);
        assert_eq!(document.text.slice(document.markers[0].span), "[1]");
        assert!(document.dangling_markers.is_empty());
    }

    #[test]
    fn a_marker_without_an_entry_is_dangling() {
        let document = parse("正文一句(1)。又一句(5)。\n注释:\n(1)某书。\n");
        assert_eq!(document.dangling_markers, vec![5]);
        assert_eq!(document.markers.len(), 2);
        assert!(document.markers[1].notes.is_empty());
    }
}
