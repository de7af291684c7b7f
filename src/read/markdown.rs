//! Markdown (often converted from PDF by OCR) to lines: YAML-style front
//! matter becomes metadata, `#` headings keep their level as a hint, block
//! quote marks are dropped, and lines that are no prose (images, HTML
//! tables, display formulas, rules) are left out.

use crate::read::Line;
use crate::read::Metadata;

/// Lines of a Markdown text, and the metadata of its front matter.
pub fn markdown_lines(text: &str) -> (Vec<Line>, Metadata) {
    let mut metadata = Metadata::default();
    let mut lines = text.lines().peekable();
    if lines.peek().map(|l| l.trim()) == Some("---") {
        lines.next();
        for line in lines.by_ref() {
            if line.trim() == "---" {
                break;
            }
            if let Some((key, value)) = line.split_once(':') {
                front_matter_field(&mut metadata, key.trim(), unquote(value.trim()));
            }
        }
    }
    let mut out = Vec::new();
    let mut in_formula = false;
    for line in lines {
        let trimmed = line.trim();
        if trimmed == "$$" {
            in_formula = !in_formula;
            continue;
        }
        if in_formula || is_not_prose(trimmed) {
            continue;
        }
        let hashes = trimmed.chars().take_while(|&c| c == '#').count();
        if (1..=6).contains(&hashes) && trimmed[hashes..].starts_with([' ', '\t']) {
            let title = trimmed[hashes..].trim().trim_end_matches('#').trim();
            if !title.is_empty() {
                out.push(Line::heading(title, hashes as u8));
            }
            continue;
        }
        let mut content = trimmed;
        while let Some(rest) = content.strip_prefix('>') {
            content = rest.trim_start();
        }
        out.push(Line::body(content));
    }
    (out, metadata)
}

fn unquote(value: &str) -> &str {
    value.trim_matches(['"', '\''])
}

fn front_matter_field(metadata: &mut Metadata, key: &str, value: &str) {
    if value.is_empty() {
        return;
    }
    let list = || {
        value
            .trim_matches(['[', ']'])
            .split([',', '，', '、', ';', '；'])
            .map(|item| unquote(item.trim()).to_string())
            .filter(|item| !item.is_empty())
            .collect::<Vec<_>>()
    };
    match key.to_lowercase().as_str() {
        "title" | "标题" => metadata.title = Some(value.to_string()),
        "author" | "authors" | "作者" => metadata.authors = list(),
        "date" | "日期" => metadata.date = Some(value.to_string()),
        "source" | "journal" | "来源" | "刊名" => metadata.source = Some(value.to_string()),
        "affiliation" | "作者单位" => metadata.affiliation = Some(value.to_string()),
        "keywords" | "关键词" => metadata.keywords = list(),
        "abstract" | "摘要" => metadata.abstract_text = Some(value.to_string()),
        _ => {}
    }
}

/// Images, HTML blocks (tables of OCR output), one-line display formulas
/// and horizontal rules.
fn is_not_prose(line: &str) -> bool {
    line.starts_with("![")
        || (line.starts_with('<') && line.ends_with('>'))
        || line.starts_with("<!--")
        || (line.starts_with("$$") && line.ends_with("$$") && line.len() > 4)
        || (line.len() >= 3 && line.chars().all(|c| matches!(c, '-' | '*' | '_' | ' ')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_headings_quotes_and_noise() {
        let text = "---\ntitle: \"数字劳动研究\"\nauthors: [王小明, 李华]\ndate: 2024-05-01\n---\n\
                    # 数字劳动研究\n\n## 1 引言 ##\n\n> 引用的一段话。\n\n![图1](fig1.png)\n\n\
                    <table><tr><td>1</td></tr></table>\n\n$$\nE = mc^2\n$$\n\n---\n\n正文一句。\n";
        let (lines, metadata) = markdown_lines(text);
        assert_eq!(metadata.title.as_deref(), Some("数字劳动研究"));
        assert_eq!(metadata.authors, vec!["王小明", "李华"]);
        assert_eq!(metadata.date.as_deref(), Some("2024-05-01"));
        let shown: Vec<(&str, Option<u8>)> = lines
            .iter()
            .filter(|l| !l.text.is_empty())
            .map(|l| (l.text.as_str(), l.heading))
            .collect();
        assert_eq!(
            shown,
            vec![
                ("数字劳动研究", Some(1)),
                ("1 引言", Some(2)),
                ("引用的一段话。", None),
                ("正文一句。", None)
            ]
        );
    }
}
