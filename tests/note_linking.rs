//! Markers linked to their notes whatever the numbering: the 〔n〕 entries of
//! classic-text editions pointed to by ⑴ … ⒇ and then (21) …, and page
//! footnotes whose ① ② start again on every page, paired by order (each
//! fixture's sentence names the topic its note is about, so a marker linked
//! to the wrong note is seen); and the author–year citations of an article
//! with a reference list, pointing to the works they name.

use std::path::Path;

use argraph::pipeline::Pipeline;
use argraph::resources::Resources;

/// (marker text, topic of its sentence, content of the note it denotes)
fn links(fixture: &str) -> Vec<(String, String, String)> {
    let pipeline = Pipeline::new(Resources::builtin());
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(fixture);
    let document = pipeline.read(&path, &()).unwrap();
    let text = &document.text;
    document
        .markers
        .iter()
        .map(|marker| {
            let sentence = text.slice(document.sentences[marker.sentence].span);
            let topic = [("关于", "的论述"), ("讨论", "的问题")]
                .iter()
                .find_map(|(before, after)| {
                    let (_, rest) = sentence.split_once(before)?;
                    Some(rest.split_once(after)?.0.to_string())
                })
                .unwrap_or_default();
            let notes: Vec<&str> = marker
                .notes
                .iter()
                .map(|&note| text.slice(document.notes[note].content_span))
                .collect();
            (
                text.slice(marker.span).to_string(),
                topic,
                notes.join(" | "),
            )
        })
        .collect()
}

fn assert_each_marker_reaches_its_topic(fixture: &str, markers: usize) {
    let links = links(fixture);
    assert_eq!(links.len(), markers, "{fixture}: {links:?}");
    for (marker, topic, note) in &links {
        assert!(
            !topic.is_empty(),
            "{fixture}: {marker} in a sentence without a topic"
        );
        assert!(
            note.starts_with(&format!("关于{topic}，"))
                || note.starts_with(&format!("{topic}的讨论")),
            "{fixture}: {marker} about {topic} links to {note:?}"
        );
    }
}

#[test]
fn circled_and_parenthesized_markers_link_to_bracketed_notes() {
    assert_each_marker_reaches_its_topic("classic_notes.txt", 23);
}

#[test]
fn page_footnotes_that_start_again_link_by_order() {
    assert_each_marker_reaches_its_topic("page_footnotes.txt", 9);
}

/// Each author–year citation of the fixture, with the titles of the works
/// its pointer reaches through the entries the graph resolves.
#[test]
fn author_year_citations_point_to_the_works_they_name() {
    let pipeline = Pipeline::new(Resources::builtin());
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/author_year_article.txt");
    let (_, cited) = pipeline
        .run_with(&path, &(), |model| {
            let document = model.document;
            model
                .pointers
                .iter()
                .map(|pointer| {
                    let marker = &document.markers[pointer.marker];
                    let titles: Vec<String> = marker
                        .notes
                        .iter()
                        .flat_map(|note| model.citations.iter().filter(move |c| c.note == *note))
                        .map(|citation| model.works[citation.work].title.clone())
                        .collect();
                    (
                        document.text.slice(marker.span).to_string(),
                        pointer.rule.id,
                        titles,
                    )
                })
                .collect::<Vec<_>>()
        })
        .unwrap();
    let expected: Vec<(&str, &str, Vec<&str>)> = vec![
        ("（黄再胜，2025）", "N009", vec!["大模型生产下的人机协作"]),
        (
            "（李明、王芳，2021；Wood et al., 2019）",
            "N009",
            vec!["算法与劳动时间", "Good gig, bad gig"],
        ),
        (
            "Braverman (1974)",
            "N009",
            vec!["Labor and Monopoly Capital"],
        ),
        ("张丽（2020a）", "N009", vec!["评分制度与骑手劳动"]),
        (
            "(Braverman, 1974: 104)",
            "N009",
            vec!["Labor and Monopoly Capital"],
        ),
        ("张丽（2020b）", "N009", vec!["骑手的日常抵抗"]),
    ];
    let found: Vec<(&str, &str, Vec<&str>)> = cited
        .iter()
        .map(|(text, rule, titles)| {
            (
                text.as_str(),
                *rule,
                titles.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(found, expected);
}
