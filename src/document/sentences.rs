//! Sentence splitting for Chinese prose: a sentence ends after 。！？；… with
//! the closing quotes and brackets that follow, and an in-text marker right
//! after it (`。(1)`) stays with it. A terminator inside a quotation does not
//! end the sentence unless the quotation closes right after it and the
//! sentence does not go on (`“……。”的说法` goes on).

use crate::chars::{closing_quote_of, is_closing_mark, is_opening_quote, is_sentence_terminator};
use crate::document::Span;

/// After a closed quotation, these show that the sentence goes on.
fn continues_sentence(c: char) -> bool {
    matches!(c, '，' | ',' | '、' | '：' | ':' | '的' | '地' | '之')
}

/// Length in chars of a marker such as `(12)`, `（3）`, `[4]`, `[3-5]`, `①`
/// starting at `chars[at]`, if one does.
pub fn marker_length_at(chars: &[char], at: usize) -> Option<usize> {
    let first = *chars.get(at)?;
    if ('①'..='⑳').contains(&first) || ('⑴'..='⒇').contains(&first) {
        return Some(1);
    }
    if superscript_digit(first).is_some() {
        let length = chars[at..]
            .iter()
            .take_while(|&&c| superscript_digit(c).is_some() || c == '˒' || c == '⁻')
            .count();
        return Some(length);
    }
    let close = match first {
        '(' => ')',
        '（' => '）',
        '[' | '［' => ']',
        '〔' => '〕',
        '【' => '】',
        _ => return None,
    };
    let mut length = 1;
    let mut digits = 0;
    while let Some(&c) = chars.get(at + length) {
        length += 1;
        // OCR mixes the widths and shapes of brackets: `[2］`, `［13]`, `[1」`.
        let closes = c == close
            || (close == ']' && matches!(c, '］' | '」' | '】'))
            || (matches!(close, ')' | '）') && matches!(c, ')' | '）'));
        if closes {
            return (digits > 0).then_some(length);
        }
        match c {
            // A note number has at most three digits; (2016) is a year.
            '0'..='9' if digits < 3 || close == ']' => digits += 1,
            '-' | '–' | '—' | '~' | '～' | ',' | '，' | '、' | ' '
                if matches!(close, ']' | '】') => {}
            _ => return None,
        }
        if length > 12 {
            return None;
        }
    }
    None
}

/// The value of a superscript digit (`¹` → 1).
pub fn superscript_digit(c: char) -> Option<u32> {
    match c {
        '⁰' => Some(0),
        '¹' => Some(1),
        '²' => Some(2),
        '³' => Some(3),
        '⁴'..='⁹' => Some(c as u32 - '⁴' as u32 + 4),
        _ => None,
    }
}

/// Whether the quotation marks of a paragraph pair up; when they don't (an
/// unclosed quotation), quotes are ignored rather than swallow the paragraph.
fn quotes_balance(chars: &[char]) -> bool {
    let mut stack = Vec::new();
    for &c in chars {
        if let Some(close) = closing_quote_of(c) {
            stack.push(close);
        } else if stack.last() == Some(&c) {
            stack.pop();
        } else if matches!(c, '”' | '’' | '」' | '』' | '》') {
            return false;
        }
    }
    stack.is_empty()
}

/// Splits the paragraph `chars`, which starts at code point `base` of the
/// text, into sentence spans covering it without gaps (white space between
/// sentences is left out).
pub fn split_sentences(chars: &[char], base: usize) -> Vec<Span> {
    let track_quotes = quotes_balance(chars);
    let mut spans = Vec::new();
    let mut start = 0;
    let mut depth = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if track_quotes && is_opening_quote(c) {
            depth += 1;
        } else if track_quotes
            && depth > 0
            && is_closing_mark(c)
            && !matches!(c, ')' | '）' | ']' | '】' | '〕')
        {
            depth -= 1;
        }
        i += 1;
        if !is_sentence_terminator(c) {
            continue;
        }
        while i < chars.len() && is_sentence_terminator(chars[i]) {
            i += 1;
        }
        let mut depth_after = depth;
        while i < chars.len() && is_closing_mark(chars[i]) {
            if track_quotes && !matches!(chars[i], ')' | '）' | ']' | '】' | '〕') {
                depth_after = depth_after.saturating_sub(1);
            }
            i += 1;
        }
        if let Some(length) = marker_length_at(chars, i) {
            i += length;
        }
        let goes_on = depth_after > 0 || chars.get(i).is_some_and(|&next| continues_sentence(next));
        depth = depth_after;
        if goes_on {
            continue;
        }
        spans.push(Span::new(base + start, base + i));
        while i < chars.len() && chars[i].is_whitespace() {
            i += 1;
        }
        start = i;
    }
    let mut end = chars.len();
    while end > start && chars[end - 1].is_whitespace() {
        end -= 1;
    }
    if end > start {
        spans.push(Span::new(base + start, base + end));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        split_sentences(&chars, 0)
            .into_iter()
            .map(|span| chars[span.start..span.end].iter().collect())
            .collect()
    }

    #[test]
    fn splits_after_terminators_keeping_markers() {
        assert_eq!(
            split("资本主义力求实现的理想是死劳动支配活劳动。(1)基于这一观点,研究继续。"),
            vec![
                "资本主义力求实现的理想是死劳动支配活劳动。(1)",
                "基于这一观点,研究继续。"
            ]
        );
        assert_eq!(
            split("真的吗？是的！好；"),
            vec!["真的吗？", "是的！", "好；"]
        );
        assert_eq!(split("他说……我们走。"), vec!["他说……", "我们走。"]);
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            split("研究报告宣称:“人类首次迎来了‘人性化’的新技术。”随后如此。"),
            vec![
                "研究报告宣称:“人类首次迎来了‘人性化’的新技术。”",
                "随后如此。"
            ]
        );
    }

    #[test]
    fn a_quotation_that_continues_the_sentence_is_not_split() {
        assert_eq!(
            split("所谓“机器会思考。人会退化。”的说法并不成立。下一句。"),
            vec!["所谓“机器会思考。人会退化。”的说法并不成立。", "下一句。"]
        );
    }

    #[test]
    fn an_unclosed_quotation_does_not_swallow_the_paragraph() {
        assert_eq!(
            split("他说:“第一句。第二句。"),
            vec!["他说:“第一句。", "第二句。"]
        );
    }

    #[test]
    fn trailing_text_without_terminator_is_a_sentence() {
        assert_eq!(
            split("第一句。 没有句号的结尾 "),
            vec!["第一句。", "没有句号的结尾"]
        );
    }

    #[test]
    fn marker_styles() {
        let len = |s: &str| marker_length_at(&s.chars().collect::<Vec<_>>(), 0);
        assert_eq!(len("(12)后"), Some(4));
        assert_eq!(len("（3）"), Some(3));
        assert_eq!(len("[3-5]"), Some(5));
        assert_eq!(len("[1,4]"), Some(5));
        assert_eq!(len("[1, 4]"), Some(6));
        assert_eq!(len("[1」"), Some(3));
        assert_eq!(len("〔12〕"), Some(4));
        assert_eq!(len("①"), Some(1));
        assert_eq!(len("¹²后"), Some(2));
        assert_eq!(len("(push)"), None);
        assert_eq!(len("(2016)"), None);
        assert_eq!(len("()"), None);
    }
}
