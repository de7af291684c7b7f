//! Markers linked to their notes whatever the numbering: the 〔n〕 entries of
//! classic-text editions pointed to by ⑴ … ⒇ and then (21) …, and page
//! footnotes whose ① ② start again on every page, paired by order. Each
//! fixture's sentence names the topic its note is about, so a marker linked
//! to the wrong note is seen.

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
