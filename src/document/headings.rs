//! Section headings in the numbering styles of Chinese academic prose:
//! `第一章`, `第一节`, `一、`, `(一)`/`（一）` (also with the number lost: `()`),
//! `1.`/`1、`, `1.1`, `1.1.1`, `(1)`, and the unnumbered 引言/结语/结论/余论.
//! A heading's level is not fixed by its style but by the styles the
//! document uses: in a paper numbered `1`, `1.1`, `(1)` these are levels
//! 1, 2, 3; in one numbered `一、`, `(一)`, `1.` they are too.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::chars::is_sentence_terminator;

/// Headings are short; a long line is a paragraph whatever it starts with.
const HEADING_MAX_CHARS: usize = 50;

/// Numbering styles, outermost first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HeadingStyle {
    Chapter,
    SectionOfChapter,
    ChineseEnumerated,
    ChineseParenthesized,
    Arabic,
    ArabicDotted,
    ArabicDottedTwice,
    ArabicParenthesized,
    /// 引言, 结语 … and unnumbered headings the format marked: level 1.
    Unnumbered,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    pub style: HeadingStyle,
    /// The number as written, `None` where the heading has none or lost it.
    pub number: Option<String>,
    /// Code-point offset of the title within the line.
    pub title_offset: usize,
}

struct HeadingPattern {
    regex: Regex,
    style: HeadingStyle,
    /// Only taken for a heading when the source format marked the line.
    marked_only: bool,
}

static PATTERNS: LazyLock<Vec<HeadingPattern>> = LazyLock::new(|| {
    let pattern = |regex: &str, style, marked_only| HeadingPattern {
        regex: Regex::new(regex).expect("heading pattern"),
        style,
        marked_only,
    };
    const CN: &str = "[一二三四五六七八九十百零〇]+";
    use HeadingStyle::*;
    vec![
        pattern(&format!(r"^第({CN}|\d+)[章编部](?:分)?\s*"), Chapter, false),
        pattern(&format!(r"^第({CN}|\d+)节\s*"), SectionOfChapter, false),
        pattern(&format!(r"^({CN})\s*[、.．]\s*"), ChineseEnumerated, false),
        pattern(
            &format!(r"^[(（]\s*({CN})?\s*[)）]\s*"),
            ChineseParenthesized,
            false,
        ),
        pattern(
            r"^(\d{1,2}\.\d{1,2}\.\d{1,2})[.．、]?\s*",
            ArabicDottedTwice,
            false,
        ),
        pattern(r"^(\d{1,2}\.\d{1,2})[.．、]?\s*", ArabicDotted, false),
        pattern(r"^(\d{1,2})\s*[、．.]\s*", Arabic, false),
        pattern(
            r"^()(?:引言|导言|导论|前言|结语|结论|结束语|余论|小结)\s*$",
            Unnumbered,
            false,
        ),
        // Marked headings (Markdown `#`, HTML `<h2>`) lose their separators in OCR.
        pattern(r"^[(（]\s*(\d{1,2})\s*[)）]\s*", ArabicParenthesized, true),
        pattern(r"^(\d{1,2}\.\d{1,2}\.\d{1,2})\s*", ArabicDottedTwice, true),
        pattern(r"^(\d{1,2}\.\d{1,2})\s*", ArabicDotted, true),
        pattern(r"^(\d{1,2})\s*", Arabic, true),
    ]
});

/// Reads `line` as a heading, or returns `None` when it is a paragraph.
/// `marked` says the source format marked the line as a heading.
pub fn parse_heading(line: &str, marked: bool) -> Option<Heading> {
    let chars = line.chars().count();
    if chars > HEADING_MAX_CHARS || (!marked && line.ends_with(is_sentence_terminator)) {
        return None;
    }
    let numbered = PATTERNS
        .iter()
        .filter(|pattern| marked || !pattern.marked_only)
        .find_map(|pattern| {
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
            if line[title_start..].trim().is_empty() {
                return None;
            }
            Some(Heading {
                style: pattern.style,
                number,
                title_offset: line[..title_start].chars().count(),
            })
        });
    numbered.or_else(|| {
        marked.then_some(Heading {
            style: HeadingStyle::Unnumbered,
            number: None,
            title_offset: 0,
        })
    })
}

/// The level of each heading given every style the document uses: styles
/// present are ranked outermost first; unnumbered headings are level 1.
pub fn levels(styles: &[HeadingStyle]) -> Vec<u8> {
    let present: BTreeSet<HeadingStyle> = styles
        .iter()
        .copied()
        .filter(|s| *s != HeadingStyle::Unnumbered)
        .collect();
    styles
        .iter()
        .map(|style| match present.iter().position(|s| s == style) {
            Some(rank) => u8::try_from(rank + 1).unwrap_or(u8::MAX),
            None => 1,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use HeadingStyle::*;

    fn heading(line: &str) -> Option<(HeadingStyle, Option<String>, String)> {
        heading_marked(line, false)
    }

    fn heading_marked(line: &str, marked: bool) -> Option<(HeadingStyle, Option<String>, String)> {
        parse_heading(line, marked).map(|h| {
            let title: String = line.chars().skip(h.title_offset).collect();
            (h.style, h.number, title)
        })
    }

    fn some(
        style: HeadingStyle,
        number: Option<&str>,
        title: &str,
    ) -> Option<(HeadingStyle, Option<String>, String)> {
        Some((style, number.map(str::to_string), title.to_string()))
    }

    #[test]
    fn chinese_numbered_headings() {
        assert_eq!(
            heading("一、人机协作:资本主义人机关系发展的新趋势"),
            some(
                ChineseEnumerated,
                Some("一"),
                "人机协作:资本主义人机关系发展的新趋势"
            )
        );
        assert_eq!(
            heading("四、结语"),
            some(ChineseEnumerated, Some("四"), "结语")
        );
        assert_eq!(
            heading("（二）技能的贬值"),
            some(ChineseParenthesized, Some("二"), "技能的贬值")
        );
        assert_eq!(
            heading("(三) 劳动的重塑"),
            some(ChineseParenthesized, Some("三"), "劳动的重塑")
        );
        assert_eq!(
            heading("第二章 数字劳动"),
            some(Chapter, Some("二"), "数字劳动")
        );
        assert_eq!(
            heading("第3节 方法"),
            some(SectionOfChapter, Some("3"), "方法")
        );
    }

    #[test]
    fn a_lost_number_still_makes_a_heading() {
        assert_eq!(
            heading("()大模型生产下人机协作的出场理路"),
            some(ChineseParenthesized, None, "大模型生产下人机协作的出场理路")
        );
    }

    #[test]
    fn arabic_and_keyword_headings() {
        assert_eq!(heading("1. 引言"), some(Arabic, Some("1"), "引言"));
        assert_eq!(
            heading("2.1 数据来源"),
            some(ArabicDotted, Some("2.1"), "数据来源")
        );
        assert_eq!(
            heading("2.1.3 样本"),
            some(ArabicDottedTwice, Some("2.1.3"), "样本")
        );
        assert_eq!(heading("结语"), some(Unnumbered, None, "结语"));
    }

    #[test]
    fn marked_headings_without_separators() {
        assert_eq!(
            heading_marked("1引言", true),
            some(Arabic, Some("1"), "引言")
        );
        assert_eq!(
            heading_marked("4.1分布式框架", true),
            some(ArabicDotted, Some("4.1"), "分布式框架")
        );
        assert_eq!(
            heading_marked("(1）采集框架", true),
            some(ArabicParenthesized, Some("1"), "采集框架")
        );
        assert_eq!(
            heading_marked("作者贡献声明：", true),
            some(Unnumbered, None, "作者贡献声明：")
        );
        assert_eq!(
            heading("1引言"),
            None,
            "unmarked, a number glued to text is no heading"
        );
    }

    #[test]
    fn sentences_and_long_lines_are_not_headings() {
        assert_eq!(heading("一、这是一句完整的话。"), None);
        assert_eq!(heading("(1)殷杰:《生成式人工智能的主体性问题》"), None);
        let long = format!("一、{}", "很长".repeat(40));
        assert_eq!(heading(&long), None);
        assert_eq!(heading("()"), None);
    }

    #[test]
    fn levels_follow_the_styles_in_use() {
        assert_eq!(
            levels(&[ChineseEnumerated, ChineseParenthesized, ChineseEnumerated]),
            vec![1, 2, 1]
        );
        assert_eq!(
            levels(&[Arabic, ArabicDotted, ArabicParenthesized, Unnumbered]),
            vec![1, 2, 3, 1]
        );
        assert_eq!(levels(&[ChineseParenthesized, Arabic]), vec![1, 2]);
    }
}
