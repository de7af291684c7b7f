//! From clean lines to a [`Document`]: the title, headings and the sections
//! they open, body paragraphs and their sentences, the notes block and its
//! entries, and the markers linked to them.

use std::collections::BTreeSet;

use crate::document::headings::parse_heading;
use crate::document::markers::find_markers;
use crate::document::notes::{entry_label, is_notes_heading, linked_run};
use crate::document::sentences::split_sentences;
use crate::document::{Document, Marker, Note, Paragraph, Section, Sentence, Span, Text};
use crate::read::CleanText;

enum LineKind {
    Title,
    Heading(crate::document::headings::Heading),
    Paragraph,
    NotesHeading,
    Entry {
        number: u32,
        label_length: usize,
    },
    /// A line inside a notes block that continues the entry before it.
    EntryContinuation,
}

/// Builds the document structure of `clean`, read from `file_name`.
pub fn structure(clean: CleanText, file_name: &str) -> Document {
    let CleanText {
        lines,
        title_line,
        metadata,
        ..
    } = clean;

    // Classify every line; once a notes heading is seen, lines are entries.
    let mut in_notes = false;
    let kinds: Vec<LineKind> = lines
        .iter()
        .enumerate()
        .map(|(index, line)| {
            if Some(index) == title_line {
                LineKind::Title
            } else if is_notes_heading(line) {
                in_notes = true;
                LineKind::NotesHeading
            } else if in_notes {
                match entry_label(line) {
                    Some((number, label_length)) => LineKind::Entry {
                        number,
                        label_length,
                    },
                    None => LineKind::EntryContinuation,
                }
            } else if let Some(heading) = parse_heading(line) {
                LineKind::Heading(heading)
            } else {
                LineKind::Paragraph
            }
        })
        .collect();

    let text = Text::new(lines.join("\n"));
    let mut line_starts = Vec::with_capacity(lines.len());
    let mut offset = 0;
    for line in &lines {
        line_starts.push(offset);
        offset += line.chars().count() + 1;
    }
    let line_span = |index: usize| {
        Span::new(
            line_starts[index],
            line_starts[index] + lines[index].chars().count(),
        )
    };

    let mut document = Document {
        file_name: file_name.to_string(),
        text,
        metadata,
        title_span: None,
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
        let span = line_span(index);
        match kind {
            LineKind::Title => {
                let title = document.metadata.title.as_deref().unwrap_or_default();
                let line = &lines[index];
                let title_start = line
                    .find(title)
                    .map_or(0, |byte| line[..byte].chars().count());
                document.title_span = Some(Span::new(
                    span.start + title_start,
                    span.start + title_start + title.chars().count(),
                ));
            }
            LineKind::Heading(heading) => {
                while let Some(&last) = open_sections.last() {
                    if document.sections[last].level < heading.level {
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
                    level: heading.level,
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
                let chars: Vec<char> = lines[index].chars().collect();
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
            } => document.notes.push(Note {
                span,
                content_span: Span::new(span.start + label_length, span.end),
                number: *number,
                linked: false,
            }),
            LineKind::EntryContinuation => {
                if let Some(note) = document.notes.last_mut() {
                    note.span.end = span.end;
                    note.content_span.end = span.end;
                }
            }
        }
    }
    for &open in &open_sections {
        document.sections[open].span.end = body_end;
    }

    link_markers(&mut document, found_markers);
    document
}

fn link_markers(document: &mut Document, found: Vec<crate::document::markers::FoundMarker>) {
    // Without a notes block, bracketed numbers are not reference markers.
    if document.notes.is_empty() {
        return;
    }
    let marker_numbers: BTreeSet<u32> = found.iter().flat_map(|m| m.numbers.clone()).collect();
    let entry_numbers: Vec<u32> = document.notes.iter().map(|note| note.number).collect();
    let linked = linked_run(&entry_numbers, &marker_numbers);
    for (note, linked) in document.notes.iter_mut().zip(&linked) {
        note.linked = *linked;
    }
    let mut dangling = BTreeSet::new();
    for marker in found {
        let Some(sentence) = document.sentence_at(marker.span.start) else {
            continue;
        };
        let notes: Vec<usize> = marker
            .numbers
            .iter()
            .filter_map(|number| {
                let note =
                    (0..entry_numbers.len()).find(|&i| linked[i] && entry_numbers[i] == *number);
                if note.is_none() {
                    dangling.insert(*number);
                }
                note
            })
            .collect();
        document.markers.push(Marker {
            span: marker.span,
            numbers: marker.numbers,
            sentence,
            notes,
        });
    }
    document.dangling_markers = dangling.into_iter().collect();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::clean;
    use crate::resources::Resources;

    fn parse(raw: &str) -> Document {
        structure(clean(raw, &Resources::builtin()), "test.txt")
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
    fn a_marker_without_an_entry_is_dangling() {
        let document = parse("正文一句(1)。又一句(5)。\n注释:\n(1)某书。\n");
        assert_eq!(document.dangling_markers, vec![5]);
        assert_eq!(document.markers.len(), 2);
        assert!(document.markers[1].notes.is_empty());
    }
}
