//! The reference article in other encodings and as a web page reads the
//! same as the UTF-8 file: same title, sections, sentences and notes.

mod common;

use std::path::Path;

use common::parse_json;
use serde_json::{Value, json};
use tempfile::TempDir;

const ARTICLE: &str = "data/huang2025.txt";

/// What must not change with the encoding or the format.
fn shape(report: &Value) -> Value {
    let sections: Vec<Value> = report["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| json!([s["level"], s["number"], s["title"]]))
        .collect();
    let notes: Vec<Value> = report["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| json!([n["number"], n["linked"]]))
        .collect();
    json!({
        "title": report["metadata"]["title"],
        "authors": report["metadata"]["authors"],
        "sections": sections,
        "sentences": report["sentences"].as_array().unwrap().len(),
        "notes": notes,
        "markers": report["markers"].as_array().unwrap().len(),
    })
}

fn original() -> String {
    std::fs::read_to_string(ARTICLE).unwrap()
}

fn write(dir: &TempDir, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn gbk_and_gb18030_read_like_utf8() {
    let expected = shape(&parse_json(Path::new(ARTICLE)));
    let dir = TempDir::new().unwrap();
    // GBK has no ⋅ (U+22C5) and no no-break space: a GBK copy of the page
    // would have had their nearest GBK characters.
    let gbk_text = original().replace('⋅', "·").replace('\u{a0}', " ");
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(&gbk_text);
    assert!(!unmappable);
    assert_eq!(shape(&parse_json(&write(&dir, "gbk.txt", &gbk))), expected);
    let text = original();
    let (gb18030, _, unmappable) = encoding_rs::GB18030.encode(&text);
    assert!(!unmappable);
    assert_eq!(
        shape(&parse_json(&write(&dir, "gb18030.txt", &gb18030))),
        expected
    );
}

#[test]
fn utf16_with_bom_reads_like_utf8() {
    let expected = shape(&parse_json(Path::new(ARTICLE)));
    let dir = TempDir::new().unwrap();
    let mut little = vec![0xFF, 0xFE];
    let mut big = vec![0xFE, 0xFF];
    for unit in original().encode_utf16() {
        little.extend(unit.to_le_bytes());
        big.extend(unit.to_be_bytes());
    }
    assert_eq!(
        shape(&parse_json(&write(&dir, "le.txt", &little))),
        expected
    );
    assert_eq!(shape(&parse_json(&write(&dir, "be.txt", &big))), expected);
}

#[test]
fn a_simple_html_page_reads_like_the_text() {
    let expected = shape(&parse_json(Path::new(ARTICLE)));
    let escape = |line: &str| {
        line.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let paragraphs: String = original()
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| format!("<p>{}</p>\n", escape(line)))
        .collect();
    let page = format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>马克思主义研究网</title>\
         <style>p {{ margin: 0 }}</style><script>var ad = \"广告。\";</script></head>\n\
         <body><nav><a href=\"/\">首页</a> <a href=\"/list\">理论</a></nav>\n\
         <div class=\"content\">\n{paragraphs}</div>\n\
         <footer>版权所有 © 某网站</footer></body></html>\n"
    );
    let dir = TempDir::new().unwrap();
    let report = parse_json(&write(&dir, "page.html", page.as_bytes()));
    assert_eq!(shape(&report), expected);
    let text: String = report["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    for furniture in ["首页", "广告", "版权所有"] {
        assert!(!text.contains(furniture), "{furniture} left in");
    }
}
