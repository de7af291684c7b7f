//! Full-width punctuation folded to ASCII, so that one pattern reads
//! `作者．题名［J］，刊名` and `作者.题名[J],刊名` alike, while the values
//! are cut from the entry as written.

use std::ops::Range;

/// An entry with its punctuation folded; byte ranges of the folded text
/// map back to the text as written.
pub struct Folded<'a> {
    original: &'a str,
    folded: String,
    /// For each byte of `folded` that starts a char, the byte of `original`
    /// where that char starts; one more entry for the end.
    starts: Vec<usize>,
}

fn fold_char(c: char) -> char {
    match c {
        '．' | '。' => '.',
        '，' => ',',
        '：' => ':',
        '；' => ';',
        '（' => '(',
        '）' => ')',
        '［' | '【' | '〔' => '[',
        '］' | '】' | '〕' => ']',
        '／' => '/',
        '－' | '–' | '—' | '～' | '~' => '-',
        c if c.is_whitespace() => ' ',
        c => c,
    }
}

impl<'a> Folded<'a> {
    pub fn new(original: &'a str) -> Self {
        let mut folded = String::with_capacity(original.len());
        let mut starts = Vec::with_capacity(original.len() + 1);
        for (byte, c) in original.char_indices() {
            let f = fold_char(c);
            starts.resize(folded.len(), usize::MAX);
            starts.push(byte);
            folded.push(f);
        }
        starts.resize(folded.len(), usize::MAX);
        starts.push(original.len());
        Folded {
            original,
            folded,
            starts,
        }
    }

    /// The folded text, for matching.
    pub fn text(&self) -> &str {
        &self.folded
    }

    /// The text as written for a char-aligned range of the folded text,
    /// trimmed of white space.
    pub fn original(&self, range: Range<usize>) -> &'a str {
        self.original[self.starts[range.start]..self.starts[range.end]].trim()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_of_the_folded_text_cut_the_original() {
        let folded = Folded::new("石中英，张夏青．30年的经验［J］");
        assert_eq!(folded.text(), "石中英,张夏青.30年的经验[J]");
        let dot = folded.text().find('.').unwrap();
        assert_eq!(folded.original(0..dot), "石中英，张夏青");
        let code = folded.text().find('[').unwrap();
        assert_eq!(folded.original(dot + 1..code), "30年的经验");
    }
}
