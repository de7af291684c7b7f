//! In-text reference markers (`(12)`, `（12）`, `[12]`, `[3-5]`, `[1,4]`,
//! `[1」`, `〔12〕`, `①`, `⑴`) found in body paragraphs, with the numbers each
//! one denotes.

use crate::document::Span;
use crate::document::sentences::{marker_length_at, superscript_digit};

/// A marker found in a paragraph, before it is tied to a sentence and notes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundMarker {
    pub span: Span,
    pub numbers: Vec<u32>,
    pub family: MarkerFamily,
}

/// The bracket style of a marker or of an entry label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MarkerFamily {
    /// `(12)`, `（12）`
    Parenthesized,
    /// `[12]`, `【12】`, `〔12〕`, `[1」`
    Bracketed,
    /// `①`, `⑴`
    Circled,
    /// `¹²`
    Superscript,
}

impl MarkerFamily {
    pub fn of(first: char) -> Option<Self> {
        match first {
            '(' | '（' => Some(Self::Parenthesized),
            '[' | '［' | '【' | '〔' => Some(Self::Bracketed),
            '①'..='⑳' | '⑴'..='⒇' => Some(Self::Circled),
            c if superscript_digit(c).is_some() => Some(Self::Superscript),
            _ => None,
        }
    }

    /// The marker styles that can point into a list labelled in `labels`
    /// style (`None`: bare numbers or no labels, as in GB/T lists).
    pub fn allowed_for(labels: Option<Self>) -> &'static [Self] {
        match labels {
            Some(Self::Parenthesized) => &[Self::Parenthesized, Self::Superscript],
            Some(Self::Circled) => &[Self::Circled],
            Some(Self::Bracketed) | None => &[Self::Bracketed, Self::Superscript],
            Some(Self::Superscript) => &[Self::Superscript, Self::Bracketed],
        }
    }
}

/// Ranges wider than this are taken for OCR noise, not a citation of many works.
const MAX_RANGE: u32 = 30;

/// The numbers a marker's text denotes: `(12)` → [12], `[3-5]` → [3, 4, 5],
/// `[1,4]` → [1, 4], `②` → [2].
pub fn marker_numbers(marker: &str) -> Vec<u32> {
    let mut chars = marker.chars();
    let first = chars.next().unwrap_or_default();
    if ('①'..='⑳').contains(&first) {
        return vec![first as u32 - '①' as u32 + 1];
    }
    if ('⑴'..='⒇').contains(&first) {
        return vec![first as u32 - '⑴' as u32 + 1];
    }
    if superscript_digit(first).is_some() {
        // ¹²  is 12; ¹˒³ is 1 and 3; ¹⁻³ is 1 to 3.
        let normal: String = marker
            .chars()
            .map(|c| match superscript_digit(c) {
                Some(digit) => char::from_digit(digit, 10).unwrap_or('0'),
                None if c == '˒' => ',',
                None => '-',
            })
            .collect();
        return marker_numbers(&format!("[{normal}]"));
    }
    let inner: String = chars
        .filter(|c| !matches!(c, ')' | '）' | ']' | '］' | '」' | '〕' | '】'))
        .collect();
    let mut numbers = Vec::new();
    for part in inner.split([',', '，', '、']) {
        let bounds: Vec<u32> = part
            .split(['-', '–', '—', '~', '～'])
            .filter_map(|n| n.trim().parse().ok())
            .collect();
        match bounds.as_slice() {
            [single] => numbers.push(*single),
            [from, to] if from <= to && to - from <= MAX_RANGE => numbers.extend(*from..=*to),
            _ => {}
        }
    }
    numbers
}

/// Markers in one paragraph starting at code point `base`. A bracketed
/// number that opens the paragraph is a list label, not a marker.
pub fn find_markers(chars: &[char], base: usize) -> Vec<FoundMarker> {
    let mut markers = Vec::new();
    let mut i = 1;
    while i < chars.len() {
        // A superscript after a letter or digit is a power (m², 10³), not a marker.
        let power = superscript_digit(chars[i]).is_some() && chars[i - 1].is_ascii_alphanumeric();
        if let Some(length) = marker_length_at(chars, i).filter(|_| !power) {
            let text: String = chars[i..i + length].iter().collect();
            let numbers = marker_numbers(&text);
            if let Some(family) = MarkerFamily::of(chars[i]).filter(|_| !numbers.is_empty()) {
                markers.push(FoundMarker {
                    span: Span::new(base + i, base + i + length),
                    numbers,
                    family,
                });
            }
            i += length;
        } else {
            i += 1;
        }
    }
    markers
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_of_each_style() {
        assert_eq!(marker_numbers("(12)"), vec![12]);
        assert_eq!(marker_numbers("（7）"), vec![7]);
        assert_eq!(marker_numbers("[3-5]"), vec![3, 4, 5]);
        assert_eq!(marker_numbers("[1,4]"), vec![1, 4]);
        assert_eq!(marker_numbers("[1」"), vec![1]);
        assert_eq!(marker_numbers("〔12〕"), vec![12]);
        assert_eq!(marker_numbers("③"), vec![3]);
        assert_eq!(marker_numbers("⑵"), vec![2]);
        assert_eq!(marker_numbers("¹²"), vec![12]);
        assert_eq!(marker_numbers("¹˒³"), vec![1, 3]);
        assert_eq!(marker_numbers("²⁻⁴"), vec![2, 3, 4]);
    }

    #[test]
    fn superscripts_after_text_but_not_powers() {
        let chars: Vec<char> = "面积为10m²的研究¹。".chars().collect();
        let markers = find_markers(&chars, 0);
        assert_eq!(markers.len(), 1);
        assert_eq!(markers[0].numbers, vec![1]);
    }

    #[test]
    fn markers_in_a_paragraph_but_not_a_list_label() {
        let text = "(1)首先,死劳动支配活劳动。(2)其次如此[3-4]。";
        let chars: Vec<char> = text.chars().collect();
        let markers = find_markers(&chars, 100);
        assert_eq!(
            markers,
            vec![
                FoundMarker {
                    span: Span::new(115, 118),
                    numbers: vec![2],
                    family: MarkerFamily::Parenthesized,
                },
                FoundMarker {
                    span: Span::new(122, 127),
                    numbers: vec![3, 4],
                    family: MarkerFamily::Bracketed,
                },
            ]
        );
    }
}
