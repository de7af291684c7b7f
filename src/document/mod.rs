//! The document model: the cleaned text and its structure (metadata,
//! sections, paragraphs, sentences, in-text markers, notes), every part
//! located by code-point offsets into that text.

mod citations;
mod fused_headings;
mod headings;
mod linking;
mod markers;
mod notes;
pub(crate) mod sentences;
mod structure;

pub use crate::read::Metadata;
pub use structure::structure;

use serde::Serialize;

/// A half-open range `[start, end)` of Unicode code points in the cleaned text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Self { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// The cleaned text with a code-point → byte index, so that spans in code
/// points can be sliced cheaply.
#[derive(Debug, Clone)]
pub struct Text {
    string: String,
    /// Byte offset of every code point, plus one final entry for the end.
    byte_offsets: Vec<usize>,
}

impl Text {
    pub fn new(string: String) -> Self {
        let mut byte_offsets: Vec<usize> = string.char_indices().map(|(i, _)| i).collect();
        byte_offsets.push(string.len());
        Self {
            string,
            byte_offsets,
        }
    }

    pub fn as_str(&self) -> &str {
        &self.string
    }

    /// Length in code points.
    pub fn len(&self) -> usize {
        self.byte_offsets.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn slice(&self, span: Span) -> &str {
        &self.string[self.byte_offsets[span.start]..self.byte_offsets[span.end]]
    }

    /// Code-point offset of a byte offset that lies on a character boundary.
    pub fn char_offset(&self, byte: usize) -> usize {
        self.byte_offsets
            .binary_search(&byte)
            .expect("byte offset on a character boundary")
    }

    /// The code-point offset of byte `byte` of the slice `within`: where a
    /// match found in a sentence's text stands in the document.
    pub fn offset_within(&self, within: Span, byte: usize) -> usize {
        self.char_offset(self.byte_offsets[within.start] + byte)
    }

    /// The code-point span of the bytes `bytes` of the slice `within`.
    pub fn span_within(&self, within: Span, bytes: std::ops::Range<usize>) -> Span {
        Span::new(
            self.offset_within(within, bytes.start),
            self.offset_within(within, bytes.end),
        )
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Section {
    pub span: Span,
    /// The heading line, without its number.
    pub title: String,
    pub title_span: Span,
    /// 1 for the outermost numbering style the document uses, 2 for the
    /// next, … (see `headings::levels`).
    pub level: u8,
    /// The number as written (`一`, `2`), or `None` where it was lost.
    pub number: Option<String>,
    /// Index of the enclosing section, if any.
    pub parent: Option<usize>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Paragraph {
    pub span: Span,
    /// Innermost section holding the paragraph.
    pub section: Option<usize>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
}

/// An in-text reference marker such as `(12)`, `[3-5]` or `①`.
#[derive(Debug, Clone, Serialize)]
pub struct Marker {
    pub span: Span,
    /// The entry numbers it denotes (several for `[3-5]` or `[1,4]`).
    pub numbers: Vec<u32>,
    pub sentence: usize,
    /// Indexes of the notes it denotes, once linked.
    pub notes: Vec<usize>,
    pub kind: MarkerKind,
}

/// How a marker points to its entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum MarkerKind {
    /// By number: `(12)`, `[3-5]`, `①`, `¹²`.
    Numbered,
    /// By author and year: `（黄再胜，2025）`, `黄再胜（2025）`.
    AuthorYear,
}

/// One entry of a notes or references block.
#[derive(Debug, Clone, Serialize)]
pub struct Note {
    /// The whole entry, label included.
    pub span: Span,
    /// The entry without its label.
    pub content_span: Span,
    pub number: u32,
    /// Whether a body marker denotes this entry.
    pub linked: bool,
}

/// An article read and structured: the ground every extraction stands on.
#[derive(Debug, Clone)]
pub struct Document {
    /// File name the document was read from (no directories).
    pub file_name: String,
    pub text: Text,
    pub metadata: Metadata,
    /// Span of the title in the text, when the title is part of it.
    pub title_span: Option<Span>,
    /// Author line, abstract, keywords: the article's, not its body.
    pub front_matter: Vec<Span>,
    /// Lines after the notes that are neither notes nor body.
    pub back_matter: Vec<Span>,
    pub sections: Vec<Section>,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub markers: Vec<Marker>,
    pub notes: Vec<Note>,
    /// Marker numbers that denote no entry.
    pub dangling_markers: Vec<u32>,
}

impl Document {
    /// Index of the sentence holding `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let index = self
            .sentences
            .partition_point(|sentence| sentence.span.end <= offset);
        (index < self.sentences.len() && self.sentences[index].span.start <= offset)
            .then_some(index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_match_in_a_sentence_is_located_in_code_points_of_the_document() {
        let text = Text::new("前言。数字“去技能化”加速。".to_string());
        let sentence = Span::new(3, 14);
        let slice = text.slice(sentence);
        let byte = slice.find("去技能化").unwrap();
        let span = text.span_within(sentence, byte..byte + "去技能化".len());
        assert_eq!(span, Span::new(6, 10));
        assert_eq!(text.slice(span), "去技能化");
        assert_eq!(text.offset_within(sentence, 0), 3);
    }

    #[test]
    fn text_slices_by_code_points() {
        let text = Text::new("人机协作(co-work)。".to_string());
        assert_eq!(text.len(), 14);
        assert_eq!(text.slice(Span::new(0, 4)), "人机协作");
        assert_eq!(text.slice(Span::new(5, 12)), "co-work");
        assert_eq!(text.char_offset("人机".len()), 2);
    }
}
