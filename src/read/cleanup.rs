//! Cleanup by general rules: a watermark is found by its repetition, site
//! furniture and metadata lines by the patterns of `furniture.tsv`, a teaser
//! by being the start of the paragraph that follows it, the title and the
//! author line by their place at the top. White space inside a line is
//! normalised; the article's own characters are kept.

use std::collections::HashMap;

use crate::chars::is_han;
use crate::read::Metadata;
use crate::read::front_matter::{author_line, split_author_title, title_before_author_line};
use crate::read::{Line, Source};
use crate::resources::{FurnitureKind, Resources};

/// What a kept line is to the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineRole {
    Title,
    /// Abstract, keywords, author line: the article's, but not its body.
    FrontMatter,
    Body,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CleanLine {
    pub text: String,
    /// The heading level the source format marked, if any.
    pub heading: Option<u8>,
    pub role: LineRole,
}

/// The article's lines, furniture removed, and the metadata found on the way.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CleanText {
    /// Non-empty lines of the article, trimmed, in order.
    pub lines: Vec<CleanLine>,
    pub metadata: Metadata,
    /// The watermark removed from the lines, if any.
    pub watermark: Option<String>,
}

/// A watermark must end at least this many lines, and this share of them.
const WATERMARK_MIN_LINES: usize = 3;
const WATERMARK_MIN_SHARE: f64 = 0.2;
const WATERMARK_MAX_CHARS: usize = 24;
/// Header furniture is looked for among the first lines only.
const HEADER_SEARCH_LINES: usize = 10;
const TITLE_MAX_CHARS: usize = 100;
/// The abstract is looked for among this many lines after the author line,
/// the keywords among this many.
const ABSTRACT_SEARCH_LINES: usize = 8;
const FRONT_SEARCH_LINES: usize = 14;
/// A longer line before the abstract is body text, not an address.
const FRONT_LINE_MAX_CHARS: usize = 150;

pub fn clean(source: Source, resources: &Resources) -> CleanText {
    let mut lines: Vec<Line> = source
        .lines
        .into_iter()
        .flat_map(|line| {
            // A text line may hold several lines (a `\r` alone, a U+2028).
            let heading = line.heading;
            line.text
                .split(['\r', '\u{2028}', '\u{2029}'])
                .map(|part| Line {
                    text: part.trim().to_string(),
                    heading,
                })
                .collect::<Vec<_>>()
        })
        .filter(|line| !line.text.is_empty())
        .collect();
    let watermark = find_watermark(&lines);
    if let Some(mark) = &watermark {
        for line in &mut lines {
            if let Some(stripped) = line.text.strip_suffix(mark.as_str()) {
                line.text = stripped.trim_end().to_string();
            }
        }
        lines.retain(|line| !line.text.is_empty());
    }
    // The author line is read before white space goes: it may be all that
    // parts two names (`王小明 李华`).
    let unnormalized: Vec<String> = lines
        .iter()
        .take(HEADER_SEARCH_LINES)
        .map(|line| line.text.clone())
        .collect();
    for line in &mut lines {
        line.text = normalize_whitespace(&line.text);
    }

    let mut metadata = Metadata::default();
    let furniture = |line: &str| furniture_of(line, resources);

    // Lines before the first header furniture line are the site's header:
    // the title and breadcrumbs such as a category name.
    let header_end = lines
        .iter()
        .take(HEADER_SEARCH_LINES)
        .position(|line| matches!(furniture(&line.text), Some((FurnitureKind::Drop, _))));
    let top: Vec<&str> = unnormalized.iter().map(String::as_str).collect();
    let title_candidate = match header_end {
        Some(end) => (0..end).max_by_key(|&i| title_score(&lines[i].text)),
        None => title_before_author_line(&top, resources, looks_like_title)
            .or((!lines.is_empty()).then_some(0)),
    }
    .filter(|&i| looks_like_title(&lines[i].text));

    let mut kept = Vec::new();
    let mut body_start = header_end.unwrap_or(0);
    if let Some(index) = title_candidate {
        // Without a site header, what stands above the title (a column
        // name, a DOI line) is the article's front matter.
        if header_end.is_none() {
            for line in &lines[..index] {
                kept.push(CleanLine {
                    text: line.text.clone(),
                    heading: line.heading,
                    role: LineRole::FrontMatter,
                });
            }
        }
        let (authors, title) = split_author_title(&lines[index].text, resources);
        metadata.authors = authors;
        metadata.title = Some(title);
        kept.push(CleanLine {
            text: lines[index].text.clone(),
            heading: lines[index].heading,
            role: LineRole::Title,
        });
        body_start = body_start.max(index + 1);
        if let Some(next) = lines.get(body_start)
            && let Some(author) = author_line(
                unnormalized.get(body_start).unwrap_or(&next.text),
                resources,
            )
        {
            metadata.authors = author.names;
            metadata.affiliation = author.affiliation;
            kept.push(CleanLine {
                text: next.text.clone(),
                heading: next.heading,
                role: LineRole::FrontMatter,
            });
            body_start += 1;
        }
    }
    let front_end = front_matter_end(&lines, body_start, furniture);
    for index in body_start..lines.len() {
        let line = &lines[index];
        let mut role = LineRole::Body;
        match furniture(&line.text) {
            Some((FurnitureKind::End, _)) => break,
            Some((FurnitureKind::Drop | FurnitureKind::Editor, _)) => continue,
            Some((FurnitureKind::Source, value)) => {
                let source = repair_source(&value);
                if metadata.source.is_none() || source.contains('《') {
                    metadata.source = Some(source);
                }
                continue;
            }
            Some((FurnitureKind::Affiliation, value)) => {
                metadata.affiliation = Some(match metadata.affiliation.take() {
                    Some(earlier) => format!("{earlier}；{value}"),
                    None => value,
                });
                continue;
            }
            Some((FurnitureKind::Date, value)) => {
                metadata.date.get_or_insert(value);
                continue;
            }
            Some((FurnitureKind::Abstract, value)) => {
                metadata.abstract_text.get_or_insert(value);
                role = LineRole::FrontMatter;
            }
            Some((FurnitureKind::Keywords, value)) => {
                if metadata.keywords.is_empty() {
                    metadata.keywords = split_keywords(&value);
                }
                role = LineRole::FrontMatter;
            }
            Some((FurnitureKind::Front, _)) => role = LineRole::FrontMatter,
            None if index < front_end && line.text.chars().count() <= FRONT_LINE_MAX_CHARS => {
                role = LineRole::FrontMatter;
            }
            None => {}
        }
        if role == LineRole::Body
            && lines
                .get(index + 1)
                .is_some_and(|next| is_teaser_of(&line.text, &next.text))
        {
            continue;
        }
        kept.push(CleanLine {
            text: line.text.clone(),
            heading: line.heading,
            role,
        });
    }
    CleanText {
        lines: kept,
        metadata: metadata.or(source.metadata),
        watermark,
    }
}

/// The first furniture pattern `line` matches, with its first non-empty
/// captured group (or the whole line).
fn furniture_of(line: &str, resources: &Resources) -> Option<(FurnitureKind, String)> {
    resources.furniture.iter().find_map(|pattern| {
        let captures = pattern.regex.captures(line)?;
        let value = captures
            .iter()
            .skip(1)
            .flatten()
            .map(|m| m.as_str().trim())
            .find(|value| !value.is_empty())
            .unwrap_or(line)
            .to_string();
        Some((pattern.kind, value))
    })
}

/// The suffix, after white space, that ends a large share of the lines.
fn find_watermark(lines: &[Line]) -> Option<String> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for line in lines {
        if let Some(position) = line.text.rfind(char::is_whitespace) {
            let suffix = line.text[position..].trim_start();
            let chars = suffix.chars().count();
            if (1..=WATERMARK_MAX_CHARS).contains(&chars) {
                *counts.entry(suffix).or_default() += 1;
            }
        }
    }
    let threshold =
        WATERMARK_MIN_LINES.max((lines.len() as f64 * WATERMARK_MIN_SHARE).ceil() as usize);
    counts
        .into_iter()
        .filter(|&(_, count)| count >= threshold)
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
        .map(|(suffix, _)| suffix.to_string())
}

/// Characters between which a space is an artefact of line wrapping or
/// full-width padding: Han characters and full-width punctuation.
fn is_wide(c: char) -> bool {
    is_han(c)
        || ('\u{3000}'..='\u{303F}').contains(&c)
        || ('\u{FF00}'..='\u{FFEF}').contains(&c)
        || matches!(c, '“' | '”' | '‘' | '’' | '…' | '—')
}

/// Runs of white space (full-width spaces included) become one space, or
/// none between two wide characters.
fn normalize_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            let previous = out.chars().next_back().unwrap_or(' ');
            if !(is_wide(previous) && is_wide(c)) {
                out.push(' ');
            }
            pending_space = false;
        }
        out.push(c);
    }
    out
}

fn ends_like_sentence(line: &str) -> bool {
    line.ends_with(['。', '！', '？', '!', '?', '；', ';', '…', '.'])
}

fn looks_like_title(line: &str) -> bool {
    let chars = line.chars().count();
    (2..=TITLE_MAX_CHARS).contains(&chars) && !ends_like_sentence(line)
}

/// Prefers longer title-like lines; a category name is short.
fn title_score(line: &str) -> usize {
    if looks_like_title(line) {
        line.chars().count()
    } else {
        0
    }
}

/// Where the front matter ends when the article has an abstract or keywords
/// near the top: after the last such line, so that the lines from the title
/// to there (affiliations, addresses, an abstract in several paragraphs) are
/// front matter. `start` is the first line after the title and author line.
fn front_matter_end(
    lines: &[Line],
    start: usize,
    furniture: impl Fn(&str) -> Option<(FurnitureKind, String)>,
) -> usize {
    let is_front = |line: &Line| {
        matches!(
            furniture(&line.text),
            Some((FurnitureKind::Abstract | FurnitureKind::Keywords, _))
        )
    };
    let window = &lines[start.min(lines.len())..lines.len().min(start + FRONT_SEARCH_LINES)];
    match window.iter().position(is_front) {
        Some(first) if first < ABSTRACT_SEARCH_LINES => {
            let last = window.iter().rposition(is_front).unwrap_or(first);
            start + last + 1
        }
        _ => 0,
    }
}

fn split_keywords(value: &str) -> Vec<String> {
    value
        .split([';', '；', ',', '，', '、', ' '])
        .map(|k| k.trim().trim_end_matches(['。', '.']).to_string())
        .filter(|k| !k.is_empty())
        .collect()
}

/// A publication source cut short after its issue number gets its `期` back:
/// `《国外理论动态》2025年第2` → `《国外理论动态》2025年第2期`.
fn repair_source(source: &str) -> String {
    let source = source.trim();
    let truncated_issue = source
        .rsplit_once("年第")
        .is_some_and(|(_, issue)| !issue.is_empty() && issue.chars().all(|c| c.is_ascii_digit()));
    if truncated_issue {
        format!("{source}期")
    } else {
        source.to_string()
    }
}

/// A teaser is a line that ends in an ellipsis and whose text, without it,
/// begins the next line.
fn is_teaser_of(line: &str, next: &str) -> bool {
    let stem = line
        .trim_end_matches(['.', '…', '\'', '"', '”', '’', ' '])
        .trim_end();
    let had_ellipsis = line.ends_with("...") || line.ends_with('…');
    had_ellipsis && stem.chars().count() >= 10 && next.starts_with(stem) && next.len() > stem.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean_text(raw: &str) -> CleanText {
        clean(Source::plain(raw), &Resources::builtin())
    }

    fn texts(text: &CleanText) -> Vec<&str> {
        text.lines.iter().map(|l| l.text.as_str()).collect()
    }

    #[test]
    fn repeated_suffix_is_a_watermark() {
        let raw = "标题行\n\n第一段。 水印网\n第二段。 水印网\n第三段。 水印网\n第四段。\n";
        let text = clean_text(raw);
        assert_eq!(text.watermark.as_deref(), Some("水印网"));
        assert_eq!(
            texts(&text),
            vec!["标题行", "第一段。", "第二段。", "第三段。", "第四段。"]
        );
    }

    #[test]
    fn header_footer_and_teaser_leave_the_text() {
        let raw = "理论\n\n王小明:数字劳动的新形态\n\n字号+作者: 来源:某网 2025-01-01 评论(0) 收藏\n\
                   数字劳动正在改变世界,平台...\n\n数字劳动正在改变世界,平台成为新的工厂。\n\n\
                   (作者单位:某某大学)\n来源:《某某研究》2024年第3\n网络编辑:李四\n相关文章\n另一篇文章\n";
        let text = clean_text(raw);
        assert_eq!(
            texts(&text),
            vec![
                "王小明:数字劳动的新形态",
                "数字劳动正在改变世界,平台成为新的工厂。"
            ]
        );
        assert_eq!(text.lines[0].role, LineRole::Title);
        assert_eq!(text.metadata.title.as_deref(), Some("数字劳动的新形态"));
        assert_eq!(text.metadata.authors, vec!["王小明"]);
        assert_eq!(text.metadata.affiliation.as_deref(), Some("某某大学"));
        assert_eq!(
            text.metadata.source.as_deref(),
            Some("《某某研究》2024年第3期")
        );
    }

    #[test]
    fn a_title_with_a_colon_is_not_an_author_line() {
        let text = clean_text("人机协作:资本主义人机关系的新趋势\n正文第一段。\n");
        assert_eq!(text.metadata.authors, Vec::<String>::new());
        assert_eq!(
            text.metadata.title.as_deref(),
            Some("人机协作:资本主义人机关系的新趋势")
        );
    }

    #[test]
    fn a_first_line_that_is_a_sentence_is_no_title() {
        let text = clean_text("这是一个完整的句子。\n第二句。\n");
        assert!(text.lines.iter().all(|l| l.role == LineRole::Body));
        assert_eq!(text.lines.len(), 2);
    }

    #[test]
    fn author_line_abstract_and_keywords_are_front_matter() {
        let text = clean_text(
            "文件系统的发展脉络\n熊劲1 潘锋烽2* 刘凯捷\n摘要：本文回顾了文件系统的发展历程。\n\
             关键词：文件系统；分布式；存储\n1 引言\n正文。\n收稿日期：2017-03-27 修回日期：2017-06-21\n",
        );
        assert_eq!(text.metadata.authors, vec!["熊劲", "潘锋烽", "刘凯捷"]);
        assert_eq!(
            text.metadata.abstract_text.as_deref(),
            Some("本文回顾了文件系统的发展历程。")
        );
        assert_eq!(text.metadata.keywords, vec!["文件系统", "分布式", "存储"]);
        assert_eq!(text.metadata.date.as_deref(), Some("2017-03-27"));
        let roles: Vec<LineRole> = text.lines.iter().map(|l| l.role).collect();
        use LineRole::*;
        assert_eq!(
            roles,
            vec![Title, FrontMatter, FrontMatter, FrontMatter, Body, Body]
        );
    }

    #[test]
    fn the_lines_from_the_title_to_the_keywords_are_front_matter() {
        let text = clean_text(
            "数字平台研究\n■张小平\n某某研究中心，某地\n摘要 本文讨论平台。\n\
             关键词 平台；劳动\nDOI 10.1000/x.2020.01\n正文第一段。\n",
        );
        assert_eq!(text.metadata.authors, vec!["张小平"]);
        assert_eq!(
            text.metadata.abstract_text.as_deref(),
            Some("本文讨论平台。")
        );
        assert_eq!(text.metadata.keywords, vec!["平台", "劳动"]);
        let roles: Vec<LineRole> = text.lines.iter().map(|l| l.role).collect();
        use LineRole::*;
        assert_eq!(
            roles,
            vec![
                Title,
                FrontMatter,
                FrontMatter,
                FrontMatter,
                FrontMatter,
                FrontMatter,
                Body
            ]
        );
    }

    #[test]
    fn an_address_line_is_the_affiliation() {
        let text = clean_text(
            "数字平台研究\n张小平\n1中国社会科学院文学研究所 北京100732\n正文第一段。\n",
        );
        assert_eq!(
            text.metadata.affiliation.as_deref(),
            Some("中国社会科学院文学研究所北京100732")
        );
        assert_eq!(texts(&text), vec!["数字平台研究", "张小平", "正文第一段。"]);
    }

    #[test]
    fn white_space_is_normalised_between_wide_characters_only() {
        assert_eq!(
            normalize_whitespace("数字\u{3000}劳动  与 平台"),
            "数字劳动与平台"
        );
        assert_eq!(
            normalize_whitespace("Big  Data 与 Society"),
            "Big Data 与 Society"
        );
        assert_eq!(normalize_whitespace("劳动。 下一句"), "劳动。下一句");
    }
}
