//! Headings that OCR ran into the end of the paragraph before them
//! (`…正未有穷期。2吸收外来：放眼全球的开放视野` after `1 不忘本来：…`) are split
//! off onto a line of their own when their number continues the numbering
//! the document's headings have reached: the next number of a style in use
//! (`2` after `1`, `（三）` after `（二）`, `2.2` after `2.1`), or the first
//! subsection of the last section (`2.1` after `2`).

use std::collections::BTreeMap;

use crate::chars::{is_closing_mark, is_han, is_sentence_terminator};
use crate::document::headings::{HeadingStyle, parse_heading};
use crate::document::notes::is_notes_heading;
use crate::read::{CleanLine, LineRole};

/// Characters that, right after a number, make it a quantity (`2年后`,
/// `3千人`), not a heading's number.
const QUANTITY_CHARS: &str = "年月日号时分秒个位项种次条千万亿百十倍元米岁人家所届期批篇";

/// `lines` with every fused heading on a line of its own.
pub fn split_fused_headings(lines: Vec<CleanLine>) -> Vec<CleanLine> {
    let mut reached = Numbering::default();
    let mut out = Vec::with_capacity(lines.len());
    let mut in_notes = false;
    for line in lines {
        if line.role != LineRole::Body || in_notes {
            out.push(line);
            continue;
        }
        if is_notes_heading(&line.text) {
            in_notes = true;
            out.push(line);
            continue;
        }
        if let Some(heading) = parse_heading(&line.text, line.heading.is_some()) {
            if let Some(number) = &heading.number {
                reached.record(heading.style, number);
            }
            out.push(line);
            continue;
        }
        match fused_tail(&line.text, &reached) {
            Some((byte, style, number)) => {
                reached.record(style, &number);
                out.push(CleanLine {
                    text: line.text[..byte].trim_end().to_string(),
                    heading: None,
                    role: LineRole::Body,
                });
                out.push(CleanLine {
                    text: line.text[byte..].trim_start().to_string(),
                    heading: Some(1),
                    role: LineRole::Body,
                });
            }
            None => out.push(line),
        }
    }
    out
}

/// The byte offset, style and number of a heading that ends `text` after
/// its last sentence, when the number continues `reached`.
fn fused_tail(text: &str, reached: &Numbering) -> Option<(usize, HeadingStyle, String)> {
    let terminator = text.rfind(is_sentence_terminator)?;
    let after = &text[terminator..];
    let skip: usize = after
        .chars()
        .take_while(|&c| is_sentence_terminator(c) || is_closing_mark(c) || c.is_whitespace())
        .map(char::len_utf8)
        .sum();
    let byte = terminator + skip;
    let tail = &text[byte..];
    if tail.is_empty() {
        return None;
    }
    let heading = parse_heading(tail, true)?;
    let number = heading.number?;
    let title: Vec<char> = tail.chars().skip(heading.title_offset).collect();
    let opens_a_title = title
        .first()
        .is_some_and(|&c| (is_han(c) || matches!(c, '“' | '《')) && !QUANTITY_CHARS.contains(c));
    (opens_a_title && title.len() >= 2 && reached.continues(heading.style, &number)).then_some((
        byte,
        heading.style,
        number,
    ))
}

/// The last number of each heading style, the deeper styles forgotten when
/// an outer heading starts a new section.
#[derive(Default)]
struct Numbering {
    last: BTreeMap<HeadingStyle, String>,
}

impl Numbering {
    fn record(&mut self, style: HeadingStyle, number: &str) {
        self.last.retain(|&kept, _| kept <= style);
        self.last.insert(style, number.to_string());
    }

    fn continues(&self, style: HeadingStyle, number: &str) -> bool {
        if let Some(previous) = self.last.get(&style) {
            return next_number(style, previous).as_deref() == Some(number);
        }
        // The first subsection of the last section: `2.1` after `2`.
        let parent = match style {
            HeadingStyle::ArabicDotted => self.last.get(&HeadingStyle::Arabic),
            HeadingStyle::ArabicDottedTwice => self.last.get(&HeadingStyle::ArabicDotted),
            _ => None,
        };
        parent.is_some_and(|parent| number == format!("{parent}.1"))
    }
}

/// The number after `number` in `style`: `2` → `3`, `2.1` → `2.2`, `二` → `三`.
fn next_number(style: HeadingStyle, number: &str) -> Option<String> {
    match number.rsplit_once('.') {
        Some((stem, last)) => Some(format!("{stem}.{}", last.parse::<u32>().ok()? + 1)),
        None => match number.parse::<u32>() {
            Ok(value) => Some((value + 1).to_string()),
            Err(_) if style != HeadingStyle::Arabic => {
                chinese_numeral(number).map(|value| write_chinese_numeral(value + 1))
            }
            Err(_) => None,
        },
    }
}

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// `三` → 3, `十二` → 12, `二十` → 20, `二十三` → 23 (up to 99).
fn chinese_numeral(text: &str) -> Option<u32> {
    let digit = |c: char| DIGITS.iter().position(|&d| d == c).map(|d| d as u32);
    let chars: Vec<char> = text.chars().collect();
    match chars.as_slice() {
        [one] if *one == '十' => Some(10),
        [one] => digit(*one),
        ['十', unit] => Some(10 + digit(*unit)?),
        [tens, '十'] => Some(10 * digit(*tens)?),
        [tens, '十', unit] => Some(10 * digit(*tens)? + digit(*unit)?),
        _ => None,
    }
}

fn write_chinese_numeral(value: u32) -> String {
    let (tens, unit) = (value / 10, value % 10);
    let mut out = String::new();
    if tens > 1 {
        out.push(DIGITS[tens as usize]);
    }
    if tens > 0 {
        out.push('十');
    }
    if unit > 0 || tens == 0 {
        out.push(DIGITS[unit as usize]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(text: &str) -> CleanLine {
        CleanLine {
            text: text.to_string(),
            heading: None,
            role: LineRole::Body,
        }
    }

    fn marked(text: &str) -> CleanLine {
        CleanLine {
            heading: Some(1),
            ..body(text)
        }
    }

    fn texts(lines: &[CleanLine]) -> Vec<&str> {
        lines.iter().map(|line| line.text.as_str()).collect()
    }

    #[test]
    fn a_heading_run_into_the_paragraph_before_is_split_off() {
        let lines = split_fused_headings(vec![
            marked("1 不忘本来：坚守本根的文化自信"),
            body("文化的传承，正未有穷期。2吸收外来：放眼全球的开放视野"),
            body("开放是文化的活力所在。"),
        ]);
        assert_eq!(
            texts(&lines),
            vec![
                "1 不忘本来：坚守本根的文化自信",
                "文化的传承，正未有穷期。",
                "2吸收外来：放眼全球的开放视野",
                "开放是文化的活力所在。"
            ]
        );
        assert_eq!(lines[2].heading, Some(1));
    }

    #[test]
    fn chinese_numbers_and_first_subsections_continue_the_numbering() {
        let lines = split_fused_headings(vec![
            body("一、问题的提出"),
            body("问题由来已久。二、理论框架"),
            marked("2 方法"),
            body("方法如下。2.1数据来源"),
        ]);
        assert_eq!(
            texts(&lines),
            vec![
                "一、问题的提出",
                "问题由来已久。",
                "二、理论框架",
                "2 方法",
                "方法如下。",
                "2.1数据来源"
            ]
        );
    }

    #[test]
    fn numbers_that_do_not_continue_the_sequence_stay() {
        let kept = [
            "文化的传承，正未有穷期。5吸收外来：放眼全球的开放视野",
            "人数持续增长。2千多人参加了会议",
            "见上文所述。2",
        ];
        for text in kept {
            let lines = split_fused_headings(vec![marked("1 不忘本来"), body(text)]);
            assert_eq!(lines.len(), 2, "{text}");
        }
        let before_any_heading = split_fused_headings(vec![body("导言。1吸收外来")]);
        assert_eq!(before_any_heading.len(), 1);
    }

    #[test]
    fn numerals() {
        assert_eq!(chinese_numeral("二十三"), Some(23));
        assert_eq!(chinese_numeral("十"), Some(10));
        assert_eq!(write_chinese_numeral(11), "十一");
        assert_eq!(write_chinese_numeral(20), "二十");
        assert_eq!(write_chinese_numeral(9), "九");
        assert_eq!(
            next_number(HeadingStyle::ChineseParenthesized, "九").as_deref(),
            Some("十")
        );
        assert_eq!(
            next_number(HeadingStyle::ArabicDotted, "2.9").as_deref(),
            Some("2.10")
        );
    }
}
