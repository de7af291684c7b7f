//! Cleanup by general rules: a watermark is found by its repetition, site
//! furniture by the patterns of `furniture.tsv`, a teaser by being the start
//! of the paragraph that follows it. The article's own characters are kept.

use std::collections::HashMap;

use crate::chars::is_han;
use crate::document::Metadata;
use crate::resources::{FurnitureKind, Resources};

/// The article's lines, furniture removed, and the metadata found on the way.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CleanText {
    /// Non-empty lines of the article, trimmed, in order.
    pub lines: Vec<String>,
    /// Which line is the title line, if one was found.
    pub title_line: Option<usize>,
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

pub fn clean(raw: &str, resources: &Resources) -> CleanText {
    let normalized = raw.replace("\r\n", "\n").replace('\r', "\n");
    let mut lines: Vec<String> = normalized
        .split('\n')
        .map(|line| line.trim().to_string())
        .filter(|line| !line.is_empty())
        .collect();
    let watermark = find_watermark(&lines);
    if let Some(mark) = &watermark {
        for line in &mut lines {
            if let Some(stripped) = line.strip_suffix(mark.as_str()) {
                *line = stripped.trim_end().to_string();
            }
        }
        lines.retain(|line| !line.is_empty());
    }

    let mut metadata = Metadata::default();
    let furniture = |line| furniture_of(line, resources);

    // Lines before the first header furniture line are the site's header:
    // the title and breadcrumbs such as a category name.
    let header_end = lines
        .iter()
        .take(HEADER_SEARCH_LINES)
        .position(|line| matches!(furniture(line), Some((FurnitureKind::Drop, _))));
    let (title_candidate, body_start) = match header_end {
        Some(end) => ((0..end).max_by_key(|&i| title_score(&lines[i])), end),
        None => ((!lines.is_empty()).then_some(0), 0),
    };
    let title_candidate = title_candidate.filter(|&i| looks_like_title(&lines[i]));

    let mut kept = Vec::new();
    let mut title_line = None;
    if let Some(index) = title_candidate {
        let (authors, title) = split_author_line(&lines[index], resources);
        metadata.authors = authors;
        metadata.title = Some(title);
        title_line = Some(0);
        kept.push(lines[index].clone());
    }
    let body_start = body_start.max(title_candidate.map_or(0, |i| i + 1));
    for index in body_start..lines.len() {
        let line = &lines[index];
        match furniture(line) {
            Some((FurnitureKind::End, _)) => break,
            Some((FurnitureKind::Drop | FurnitureKind::Editor, _)) => continue,
            Some((FurnitureKind::Source, captures)) => {
                let source = repair_source(&captures[1]);
                if metadata.source.is_none() || source.contains('《') {
                    metadata.source = Some(source);
                }
                continue;
            }
            Some((FurnitureKind::Affiliation, captures)) => {
                metadata.affiliation = Some(captures[1].trim().to_string());
                continue;
            }
            None => {}
        }
        if lines
            .get(index + 1)
            .is_some_and(|next| is_teaser_of(line, next))
        {
            continue;
        }
        kept.push(line.clone());
    }
    CleanText {
        lines: kept,
        title_line,
        metadata,
        watermark,
    }
}

/// The first furniture pattern `line` matches, with its captures.
fn furniture_of<'l>(
    line: &'l str,
    resources: &Resources,
) -> Option<(FurnitureKind, regex::Captures<'l>)> {
    resources
        .furniture
        .iter()
        .find_map(|pattern| pattern.regex.captures(line).map(|c| (pattern.kind, c)))
}

/// The suffix, after white space, that ends a large share of the lines.
fn find_watermark(lines: &[String]) -> Option<String> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for line in lines {
        if let Some(position) = line.rfind(char::is_whitespace) {
            let suffix = &line[position..];
            let chars = suffix.trim_start().chars().count();
            if (1..=WATERMARK_MAX_CHARS).contains(&chars) {
                *counts.entry(suffix.trim_start()).or_default() += 1;
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

/// `黄再胜:大模型生产下的人机协作…` → (["黄再胜"], "大模型生产下的人机协作…"), when
/// what stands before the colon is a name: 2–4 Han characters starting with a
/// known surname (several names may be joined by 、).
fn split_author_line(line: &str, resources: &Resources) -> (Vec<String>, String) {
    if let Some((before, after)) = line.split_once([':', '：'])
        && !after.trim().is_empty()
    {
        let names: Vec<&str> = before.split(['、', ',', '，', ' ']).collect();
        if names.iter().all(|name| is_person_name(name, resources)) {
            return (
                names.iter().map(|name| name.to_string()).collect(),
                after.trim().to_string(),
            );
        }
    }
    (Vec::new(), line.to_string())
}

fn is_person_name(name: &str, resources: &Resources) -> bool {
    let chars: Vec<char> = name.chars().collect();
    if !(2..=4).contains(&chars.len()) || !chars.iter().all(|&c| is_han(c)) {
        return false;
    }
    let compound: String = chars[..2].iter().collect();
    resources.surnames.contains(&compound) || resources.surnames.contains(&chars[0].to_string())
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
        clean(raw, &Resources::builtin())
    }

    #[test]
    fn repeated_suffix_is_a_watermark() {
        let raw = "标题行\n\n第一段。 水印网\n第二段。 水印网\n第三段。 水印网\n第四段。\n";
        let text = clean_text(raw);
        assert_eq!(text.watermark.as_deref(), Some("水印网"));
        assert_eq!(
            text.lines,
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
            text.lines,
            vec![
                "王小明:数字劳动的新形态",
                "数字劳动正在改变世界,平台成为新的工厂。"
            ]
        );
        assert_eq!(text.title_line, Some(0));
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
        assert_eq!(text.title_line, None);
        assert_eq!(text.lines.len(), 2);
    }
}
