//! What `argraph parse` shows of one file: its structure and extractions as
//! JSON for scripts, or as an outline a person reads at a glance.

use std::fmt::Write as _;

use serde::Serialize;

use argraph::document::{Metadata, Span};
use argraph::rdf::iri::document_iri_of;
use argraph::resolve::Model;

#[derive(Debug, Serialize)]
pub struct ParseReport {
    pub file: String,
    pub document: String,
    pub characters: usize,
    pub metadata: Metadata,
    pub title_span: Option<Span>,
    pub sections: Vec<SectionReport>,
    pub paragraphs: usize,
    pub sentences: Vec<SentenceReport>,
    pub markers: Vec<MarkerReport>,
    pub notes: Vec<NoteReport>,
    pub dangling_markers: Vec<u32>,
    pub concepts: Vec<ConceptReport>,
    pub mentions: Vec<MentionReport>,
}

#[derive(Debug, Serialize)]
pub struct SectionReport {
    pub level: u8,
    pub number: Option<String>,
    pub title: String,
    pub span: Span,
    pub parent: Option<usize>,
    pub paragraphs: usize,
}

#[derive(Debug, Serialize)]
pub struct SentenceReport {
    pub span: Span,
    pub paragraph: usize,
    pub text: String,
}

#[derive(Debug, Serialize)]
pub struct MarkerReport {
    pub span: Span,
    pub text: String,
    pub numbers: Vec<u32>,
    pub sentence: usize,
    pub notes: Vec<usize>,
}

#[derive(Debug, Serialize)]
pub struct NoteReport {
    pub number: u32,
    pub span: Span,
    pub text: String,
    pub linked: bool,
    /// The works the entry cites, resolved (同上 to the work before); empty
    /// for an entry no rule could parse.
    pub citations: Vec<CitationReport>,
}

#[derive(Debug, Serialize)]
pub struct CitationReport {
    pub work: argraph::bibliography::ParsedWork,
    /// The page cited.
    pub locator: Option<String>,
    pub rule: &'static str,
}

#[derive(Debug, Serialize)]
pub struct ConceptReport {
    pub label: String,
    pub english: Option<String>,
    pub mentions: usize,
}

#[derive(Debug, Serialize)]
pub struct MentionReport {
    pub span: Span,
    pub text: String,
    pub concept: String,
    pub sentence: usize,
    pub rule: &'static str,
}

fn paragraphs(count: usize) -> String {
    match count {
        1 => "1 paragraph".to_string(),
        n => format!("{n} paragraphs"),
    }
}

impl ParseReport {
    pub fn new(file: &str, model: &Model) -> Self {
        let document = model.document;
        let text = &document.text;
        let mut mention_counts = vec![0; model.concepts.len()];
        for mention in &model.mentions {
            mention_counts[mention.concept] += 1;
        }
        Self {
            file: file.to_string(),
            document: document_iri_of(text.as_str()).as_str().to_string(),
            characters: text.len(),
            metadata: document.metadata.clone(),
            title_span: document.title_span,
            sections: document
                .sections
                .iter()
                .enumerate()
                .map(|(index, section)| SectionReport {
                    level: section.level,
                    number: section.number.clone(),
                    title: section.title.clone(),
                    span: section.span,
                    parent: section.parent,
                    paragraphs: document
                        .paragraphs
                        .iter()
                        .filter(|p| p.section == Some(index))
                        .count(),
                })
                .collect(),
            paragraphs: document.paragraphs.len(),
            sentences: document
                .sentences
                .iter()
                .map(|s| SentenceReport {
                    span: s.span,
                    paragraph: s.paragraph,
                    text: text.slice(s.span).to_string(),
                })
                .collect(),
            markers: document
                .markers
                .iter()
                .map(|m| MarkerReport {
                    span: m.span,
                    text: text.slice(m.span).to_string(),
                    numbers: m.numbers.clone(),
                    sentence: m.sentence,
                    notes: m.notes.clone(),
                })
                .collect(),
            notes: document
                .notes
                .iter()
                .enumerate()
                .map(|(index, n)| {
                    let citations = model
                        .citations
                        .iter()
                        .filter(|c| c.note == index)
                        .map(|c| CitationReport {
                            work: model.works[c.work].clone(),
                            locator: c.locator.clone(),
                            rule: c.rule.id,
                        })
                        .collect();
                    NoteReport {
                        number: n.number,
                        span: n.span,
                        text: text.slice(n.content_span).to_string(),
                        linked: n.linked,
                        citations,
                    }
                })
                .collect(),
            dangling_markers: document.dangling_markers.clone(),
            concepts: model
                .concepts
                .iter()
                .zip(&mention_counts)
                .map(|(c, &mentions)| ConceptReport {
                    label: c.pref_label.clone(),
                    english: c.english.clone(),
                    mentions,
                })
                .collect(),
            mentions: model
                .mentions
                .iter()
                .map(|m| MentionReport {
                    span: m.span,
                    text: text.slice(m.span).to_string(),
                    concept: model.concepts[m.concept].pref_label.clone(),
                    sentence: m.sentence,
                    rule: m.rule.id,
                })
                .collect(),
        }
    }

    /// The outline: metadata, the section tree, notes and concepts in brief.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let m = &self.metadata;
        let _ = writeln!(out, "{}", m.title.as_deref().unwrap_or("(no title)"));
        let mut facts = Vec::new();
        if !m.authors.is_empty() {
            facts.push(format!("authors: {}", m.authors.join("、")));
        }
        if let Some(affiliation) = &m.affiliation {
            facts.push(format!("affiliation: {affiliation}"));
        }
        if let Some(source) = &m.source {
            facts.push(format!("source: {source}"));
        }
        if let Some(date) = &m.date {
            facts.push(format!("date: {date}"));
        }
        if !m.keywords.is_empty() {
            facts.push(format!("keywords: {}", m.keywords.join("; ")));
        }
        if !facts.is_empty() {
            let _ = writeln!(out, "  {}", facts.join(" · "));
        }
        if let Some(abstract_text) = &m.abstract_text {
            let short: String = abstract_text.chars().take(60).collect();
            let more = if abstract_text.chars().count() > 60 {
                "…"
            } else {
                ""
            };
            let _ = writeln!(out, "  abstract: {short}{more}");
        }
        let _ = writeln!(
            out,
            "  {} · {} characters, {} paragraphs, {} sentences\n",
            self.document,
            self.characters,
            self.paragraphs,
            self.sentences.len()
        );
        let introduction =
            self.paragraphs - self.sections.iter().map(|s| s.paragraphs).sum::<usize>();
        if introduction > 0 {
            let _ = writeln!(out, "  (introduction) [{}]", paragraphs(introduction));
        }
        for section in &self.sections {
            let indent = "  ".repeat(usize::from(section.level));
            let number = section.number.as_deref().unwrap_or("?");
            let _ = writeln!(
                out,
                "{indent}{number} {} [{}]",
                section.title,
                paragraphs(section.paragraphs)
            );
        }
        let linked = self.notes.iter().filter(|n| n.linked).count();
        let unlinked: Vec<String> = self
            .notes
            .iter()
            .enumerate()
            .filter(|(_, n)| !n.linked)
            .map(|(i, n)| format!("entry {} ({})", i + 1, n.number))
            .collect();
        let _ = writeln!(
            out,
            "\nnotes: {} entries, {} linked from {} markers; unlinked: {}; markers without entry: {}",
            self.notes.len(),
            linked,
            self.markers.len(),
            if unlinked.is_empty() {
                "none".to_string()
            } else {
                unlinked.join(", ")
            },
            if self.dangling_markers.is_empty() {
                "none".to_string()
            } else {
                self.dangling_markers
                    .iter()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        );
        let mut concepts: Vec<&ConceptReport> = self.concepts.iter().collect();
        concepts.sort_by(|a, b| b.mentions.cmp(&a.mentions).then(a.label.cmp(&b.label)));
        let shown: Vec<String> = concepts
            .iter()
            .take(15)
            .map(|c| format!("{} ({})", c.label, c.mentions))
            .collect();
        let _ = writeln!(
            out,
            "concepts: {} ({} mentions); most mentioned: {}",
            self.concepts.len(),
            self.mentions.len(),
            shown.join(", ")
        );
        out
    }
}
