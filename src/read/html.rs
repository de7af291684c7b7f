//! A saved web page to lines: the article body (the `<article>`, `<main>`,
//! or the element holding the most paragraph text), without scripts,
//! styles, navigation, forms or comments; one line a block element, with
//! `<h1>`…`<h6>` kept as heading hints.

use scraper::{ElementRef, Html, Node, Selector};

use crate::read::Line;
use crate::read::Metadata;

/// Elements whose content is never article text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
    "button", "select", "template", "head", "object", "canvas",
];

/// Elements that start a new line.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "dt",
    "dd",
    "dl",
    "figure",
    "figcaption",
    "hr",
    "address",
    "center",
];

/// Lines of the article body of an HTML page, and the page's `<title>`.
pub fn html_lines(text: &str) -> (Vec<Line>, Metadata) {
    let page = Html::parse_document(text);
    let selector = |css: &str| Selector::parse(css).expect("static selector");
    let metadata = Metadata {
        title: page
            .select(&selector("title"))
            .next()
            .map(|t| collapse(&t.text().collect::<String>()))
            .filter(|t| !t.is_empty()),
        ..Metadata::default()
    };
    let root = page
        .select(&selector("article"))
        .max_by_key(|e| text_length(e))
        .or_else(|| page.select(&selector("main")).next())
        .or_else(|| densest_paragraph_container(&page))
        .or_else(|| page.select(&selector("body")).next())
        .unwrap_or_else(|| page.root_element());
    let mut collector = Collector::default();
    collector.walk(root);
    collector.flush();
    (collector.lines, metadata)
}

fn text_length(element: &ElementRef) -> usize {
    element.text().map(|t| t.trim().chars().count()).sum()
}

/// The element whose own `<p>` children hold the most text: the content
/// container of most article pages.
fn densest_paragraph_container(page: &Html) -> Option<ElementRef<'_>> {
    let paragraphs = Selector::parse("p").expect("static selector");
    let mut best: Option<(usize, ElementRef)> = None;
    for paragraph in page.select(&paragraphs) {
        let Some(parent) = paragraph.parent().and_then(ElementRef::wrap) else {
            continue;
        };
        let score: usize = parent
            .child_elements()
            .filter(|c| c.value().name() == "p")
            .map(|c| text_length(&c))
            .sum();
        if best
            .as_ref()
            .is_none_or(|(best_score, _)| score > *best_score)
        {
            best = Some((score, parent));
        }
    }
    best.map(|(_, element)| element)
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[derive(Default)]
struct Collector {
    lines: Vec<Line>,
    current: String,
    heading: Option<u8>,
}

impl Collector {
    fn flush(&mut self) {
        let text = collapse(&self.current);
        if !text.is_empty() {
            self.lines.push(Line {
                text,
                heading: self.heading,
            });
        }
        self.current.clear();
    }

    fn walk(&mut self, element: ElementRef) {
        for child in element.children() {
            match child.value() {
                Node::Text(text) => self.current.push_str(text),
                Node::Element(inner) => {
                    let name = inner.name();
                    if SKIPPED.contains(&name) {
                        continue;
                    }
                    if name == "br" {
                        self.flush();
                        continue;
                    }
                    let Some(inner_ref) = ElementRef::wrap(child) else {
                        continue;
                    };
                    if BLOCKS.contains(&name) {
                        self.flush();
                        let level = name
                            .strip_prefix('h')
                            .and_then(|n| n.parse::<u8>().ok())
                            .filter(|n| (1..=6).contains(n));
                        let inner_heading = level.or(self.heading);
                        let outer = std::mem::replace(&mut self.heading, inner_heading);
                        self.walk(inner_ref);
                        self.flush();
                        self.heading = outer;
                    } else {
                        self.walk(inner_ref);
                    }
                }
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_body_without_furniture() {
        let page = r#"<!DOCTYPE html><html><head><title>数字劳动 - 某网</title>
            <style>p { color: red }</style><script>var x = "不是正文";</script></head>
            <body><nav><a href="/">首页</a></nav>
            <div class="content"><h1>数字劳动研究</h1>
            <p>第一段,<b>加粗</b>的文字。</p><!-- 注释 --><p>第二段<br>换行。</p>
            <h2>一、引言</h2><p>引言一句。</p></div>
            <footer>版权所有</footer></body></html>"#;
        let (lines, metadata) = html_lines(page);
        assert_eq!(metadata.title.as_deref(), Some("数字劳动 - 某网"));
        let shown: Vec<(&str, Option<u8>)> =
            lines.iter().map(|l| (l.text.as_str(), l.heading)).collect();
        assert_eq!(
            shown,
            vec![
                ("数字劳动研究", Some(1)),
                ("第一段,加粗的文字。", None),
                ("第二段", None),
                ("换行。", None),
                ("一、引言", Some(2)),
                ("引言一句。", None),
            ]
        );
    }

    #[test]
    fn an_article_element_wins() {
        let page = "<body><div><p>侧栏很长很长的一段文字,不是正文。</p></div>\
                    <article><p>正文。</p></article></body>";
        let (lines, _) = html_lines(page);
        assert_eq!(
            lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>(),
            vec!["正文。"]
        );
    }
}
