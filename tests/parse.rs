//! `argraph parse` on the reference article: metadata, sections, notes and
//! their links, and the cleanup of the site's watermark and furniture.

mod common;

use std::path::Path;

use common::{parse_json, parse_output};
use serde_json::Value;

const ARTICLE: &str = "data/huang2025.txt";

fn reference() -> Value {
    parse_json(Path::new(ARTICLE))
}

#[test]
fn metadata_of_the_reference_article() {
    let report = reference();
    let metadata = &report["metadata"];
    assert_eq!(
        metadata["title"],
        "大模型生产下的人机协作与数字资本主义劳动过程变迁"
    );
    assert_eq!(metadata["authors"], serde_json::json!(["黄再胜"]));
    assert_eq!(metadata["affiliation"], "国防大学政治学院");
    assert_eq!(metadata["source"], "《国外理论动态》2025年第2期");
}

#[test]
fn four_sections_and_ten_subsections_with_lost_numbers() {
    let report = reference();
    let sections = report["sections"].as_array().unwrap();
    let top: Vec<(&str, &str)> = sections
        .iter()
        .filter(|s| s["level"] == 1)
        .map(|s| (s["number"].as_str().unwrap(), s["title"].as_str().unwrap()))
        .collect();
    assert_eq!(
        top,
        vec![
            ("一", "人机协作:资本主义人机关系发展的新趋势"),
            ("二", "“再人性化”:数字资本规训的新话术"),
            ("三", "另类“去技能化”:人类劳动退化的新表征"),
            ("四", "结语"),
        ]
    );
    let subsections: Vec<&Value> = sections.iter().filter(|s| s["level"] == 2).collect();
    assert_eq!(subsections.len(), 10);
    assert!(subsections.iter().all(|s| s["number"].is_null()));
    assert_eq!(subsections[0]["title"], "大模型生产下人机协作的出场理路");
    assert_eq!(
        subsections[9]["title"],
        "对人工智能的过度依赖与人类创造能力的钝化"
    );
    let per_section: Vec<u64> = subsections
        .iter()
        .map(|s| s["parent"].as_u64().unwrap())
        .collect();
    assert_eq!(per_section, vec![0, 0, 0, 4, 4, 4, 8, 8, 8, 8]);
}

#[test]
fn notes_link_one_to_one_with_two_strays_unlinked() {
    let report = reference();
    let notes = report["notes"].as_array().unwrap();
    assert_eq!(notes.len(), 64);
    let unlinked: Vec<usize> = notes
        .iter()
        .enumerate()
        .filter(|(_, n)| n["linked"] == false)
        .map(|(i, _)| i)
        .collect();
    assert_eq!(
        unlinked,
        vec![0, 1],
        "the stray (1)(2) before the main sequence"
    );
    let markers = report["markers"].as_array().unwrap();
    assert_eq!(markers.len(), 62);
    let targets: Vec<u64> = markers
        .iter()
        .map(|m| {
            let linked = m["notes"].as_array().unwrap();
            assert_eq!(linked.len(), 1, "{m}");
            linked[0].as_u64().unwrap()
        })
        .collect();
    assert_eq!(targets, (2..64).collect::<Vec<u64>>());
    assert_eq!(report["dangling_markers"], serde_json::json!([]));
}

#[test]
fn sentences_end_where_chinese_sentences_end() {
    let report = reference();
    let sentences = report["sentences"].as_array().unwrap();
    let texts: Vec<&str> = sentences
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert!(texts.contains(&"劳动过程理论认为,资本主义力求实现的理想是死劳动支配活劳动。(1)"));
    assert!(
        texts.iter().any(|t| t.starts_with("本文认为,")),
        "the thesis sentence stands alone"
    );
    // Every marker lies inside the sentence it is attached to.
    for marker in report["markers"].as_array().unwrap() {
        let sentence = &sentences[marker["sentence"].as_u64().unwrap() as usize];
        assert!(sentence["span"]["start"].as_u64() <= marker["span"]["start"].as_u64());
        assert!(marker["span"]["end"].as_u64() <= sentence["span"]["end"].as_u64());
    }
}

#[test]
fn watermark_and_site_furniture_are_gone() {
    let report = reference();
    let sentences = report["sentences"].as_array().unwrap();
    let notes = report["notes"].as_array().unwrap();
    let all: String = sentences
        .iter()
        .chain(notes)
        .map(|x| x["text"].as_str().unwrap())
        .collect();
    for furniture in [
        "qED品论天涯网",
        "字号",
        "网络编辑",
        "本网除标明",
        "相关文章",
        "马列主义",
        "从数字'...",
    ] {
        assert!(!all.contains(furniture), "{furniture} left in the text");
    }
}

#[test]
fn the_text_outline_reads_at_a_glance() {
    let outline = parse_output(Path::new(ARTICLE), "text");
    assert!(
        outline.starts_with("大模型生产下的人机协作与数字资本主义劳动过程变迁\n"),
        "{outline}"
    );
    assert!(
        outline.contains("  一 人机协作:资本主义人机关系发展的新趋势"),
        "{outline}"
    );
    assert!(
        outline.contains("    ? 大模型生产下人机协作的出场理路"),
        "{outline}"
    );
    assert!(
        outline.contains("notes: 64 entries, 62 linked from 62 markers"),
        "{outline}"
    );
}

/// `parse` and `build` take the one pipeline: the graph `parse --format
/// nquads` prints is the graph the store holds for the same file, quad for
/// quad, in the reference article and in a Markdown fixture with notes.
#[test]
fn parse_prints_the_graph_that_build_stores() {
    for file in [ARTICLE, "tests/fixtures/footnote_citations.txt"] {
        let (_dir, store) = common::build_store(&[Path::new(file)]);
        let out = store.parent().unwrap().join("stored.nq");
        common::argraph_in(
            &store,
            &[
                "export",
                "rdf",
                "--format",
                "nquads",
                "--out",
                out.to_str().unwrap(),
            ],
        );
        // The store keeps an offset's value and gives it Oxigraph's
        // canonical datatype: xsd:nonNegativeInteger comes back xsd:integer.
        let canonical = |text: &str| -> Vec<String> {
            let mut lines: Vec<String> = text
                .lines()
                .map(|line| line.replace("XMLSchema#nonNegativeInteger>", "XMLSchema#integer>"))
                .collect();
            lines.sort();
            lines
        };
        let parsed = canonical(&parse_output(Path::new(file), "nquads"));
        let stored = canonical(&std::fs::read_to_string(&out).unwrap());
        assert_eq!(parsed.len(), stored.len(), "{file}: quads");
        assert!(parsed == stored, "{file}: parse and build give other quads");
    }
}

/// OCR'd journal layout (own fixture): a column name above the title, the
/// author line as a heading with affiliation numbers, address lines ending
/// in postcodes, an abstract without its colon, keywords run together with
/// the classification number, and a heading run into the paragraph before.
#[test]
fn affiliation_lines_are_metadata_and_a_fused_heading_is_split_off() {
    let report = parse_json(Path::new("tests/fixtures/ocr_front_matter.md"));
    let metadata = &report["metadata"];
    assert_eq!(metadata["title"], "守正创新的文化发展道路");
    assert_eq!(metadata["authors"], serde_json::json!(["王小明", "李华"]));
    assert_eq!(
        metadata["affiliation"],
        "中国社会科学院文学研究所北京100732；某某大学马克思主义学院北京100872"
    );
    assert_eq!(
        metadata["keywords"],
        serde_json::json!(["文化发展", "守正创新", "文化自信"])
    );
    assert!(
        metadata["abstract"]
            .as_str()
            .unwrap()
            .starts_with("文章从传承")
    );
    let sections: Vec<(&str, &str)> = report["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["number"].as_str().unwrap(), s["title"].as_str().unwrap()))
        .collect();
    assert_eq!(
        sections,
        vec![
            ("1", "不忘本来：坚守本根的文化自信"),
            ("2", "吸收外来：放眼全球的开放视野"),
            ("3", "面向未来：推陈出新的创造精神"),
        ]
    );
    let sentences: Vec<&str> = report["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert_eq!(sentences[0], "文化发展的道路问题，是理论界长期关注的问题。");
    assert!(sentences.contains(&"文化的传承，正未有穷期。"));
    assert!(
        !sentences
            .iter()
            .any(|s| s.contains("基金项目") || s.contains("DOI"))
    );
}
