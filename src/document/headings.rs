//! Section headings in the numbering styles of Chinese academic prose:
//! `一、` (level 1), `(一)`/`（一）` (level 2, also with the number lost: `()`),
//! `1.`/`1、` (level 3), `第一章` (level 1), `第一节` (level 2), and the
//! unnumbered 引言/结语/结论/余论.

use std::sync::LazyLock;

use regex::Regex;

use crate::chars::is_sentence_terminator;

/// Headings are short; a long line is a paragraph whatever it starts with.
const HEADING_MAX_CHARS: usize = 50;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    pub level: u8,
    /// The number as written, `None` where the heading has none or lost it.
    pub number: Option<String>,
    /// Code-point offset of the title within the line.
    pub title_offset: usize,
}

struct HeadingPattern {
    regex: Regex,
    level: u8,
}

static PATTERNS: LazyLock<Vec<HeadingPattern>> = LazyLock::new(|| {
    let pattern = |regex: &str, level| HeadingPattern {
        regex: Regex::new(regex).expect("heading pattern"),
        level,
    };
    const CN: &str = "[一二三四五六七八九十百零〇]+";
    vec![
        pattern(&format!(r"^第({CN}|\d+)[章编部](?:分)?\s*"), 1),
        pattern(&format!(r"^第({CN}|\d+)节\s*"), 2),
        pattern(&format!(r"^({CN})\s*[、.．]\s*"), 1),
        pattern(&format!(r"^[(（]\s*({CN})?\s*[)）]\s*"), 2),
        pattern(r"^(\d{1,2})\s*[、．]\s*", 3),
        pattern(r"^(\d{1,2}\.\d{1,2})\.?\s*", 4),
        pattern(r"^(\d{1,2})\.\s*", 3),
        pattern(
            r"^()(?:引言|导言|导论|前言|结语|结论|结束语|余论|小结)\s*$",
            1,
        ),
    ]
});

/// Reads `line` as a heading, or returns `None` when it is a paragraph.
pub fn parse_heading(line: &str) -> Option<Heading> {
    let chars = line.chars().count();
    if chars > HEADING_MAX_CHARS || line.ends_with(is_sentence_terminator) {
        return None;
    }
    PATTERNS.iter().find_map(|pattern| {
        let captures = pattern.regex.captures(line)?;
        let whole = captures.get(0).expect("group 0");
        let number = captures
            .get(1)
            .map(|m| m.as_str().to_string())
            .filter(|number| !number.is_empty());
        // An unnumbered keyword heading keeps the keyword as its title.
        let title_start = if number.is_none() && !whole.as_str().starts_with(['(', '（']) {
            0
        } else {
            whole.end()
        };
        let title = &line[title_start..];
        if title.trim().is_empty() {
            return None;
        }
        Some(Heading {
            level: pattern.level,
            number,
            title_offset: line[..title_start].chars().count(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heading(line: &str) -> Option<(u8, Option<&'static str>, String)> {
        parse_heading(line).map(|h| {
            let title: String = line.chars().skip(h.title_offset).collect();
            (h.level, h.number.map(|n| &*n.leak()), title)
        })
    }

    #[test]
    fn chinese_numbered_headings() {
        assert_eq!(
            heading("一、人机协作:资本主义人机关系发展的新趋势"),
            Some((
                1,
                Some("一"),
                "人机协作:资本主义人机关系发展的新趋势".into()
            ))
        );
        assert_eq!(heading("四、结语"), Some((1, Some("四"), "结语".into())));
        assert_eq!(
            heading("（二）技能的贬值"),
            Some((2, Some("二"), "技能的贬值".into()))
        );
        assert_eq!(
            heading("(三) 劳动的重塑"),
            Some((2, Some("三"), "劳动的重塑".into()))
        );
        assert_eq!(
            heading("第二章 数字劳动"),
            Some((1, Some("二"), "数字劳动".into()))
        );
        assert_eq!(heading("第3节 方法"), Some((2, Some("3"), "方法".into())));
    }

    #[test]
    fn a_lost_number_still_makes_a_heading() {
        assert_eq!(
            heading("()大模型生产下人机协作的出场理路"),
            Some((2, None, "大模型生产下人机协作的出场理路".into()))
        );
    }

    #[test]
    fn arabic_and_keyword_headings() {
        assert_eq!(heading("1. 引言"), Some((3, Some("1"), "引言".into())));
        assert_eq!(
            heading("2.1 数据来源"),
            Some((4, Some("2.1"), "数据来源".into()))
        );
        assert_eq!(heading("结语"), Some((1, None, "结语".into())));
    }

    #[test]
    fn sentences_and_long_lines_are_not_headings() {
        assert_eq!(heading("一、这是一句完整的话。"), None);
        assert_eq!(heading("(1)殷杰:《生成式人工智能的主体性问题》"), None);
        let long = format!("一、{}", "很长".repeat(40));
        assert_eq!(heading(&long), None);
        assert_eq!(heading("()"), None);
    }
}
