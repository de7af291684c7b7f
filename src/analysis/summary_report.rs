//! The summary as a person reads it: titled sections, each prose lines and
//! an optional ranked table, rendered as text (aligned tables) or Markdown
//! from the same list, so both carry the same content.

use std::fmt::Write as _;

use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};

use crate::analysis::summary::{RankedConcept, Summary};

/// One part of the report.
struct Section {
    title: String,
    lines: Vec<String>,
    header: Vec<&'static str>,
    /// Rows, numbered from 1 when rendered.
    rows: Vec<Vec<String>>,
}

impl Section {
    fn new(title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            lines: Vec::new(),
            header: Vec::new(),
            rows: Vec::new(),
        }
    }

    fn table(mut self, header: Vec<&'static str>, rows: Vec<Vec<String>>) -> Self {
        self.header = header;
        self.rows = rows;
        self
    }
}

fn decimal(value: f64) -> String {
    format!("{value:.4}")
}

fn concept_rows(
    concepts: &[RankedConcept],
    columns: &[fn(&RankedConcept) -> String],
) -> Vec<Vec<String>> {
    concepts
        .iter()
        .map(|c| columns.iter().map(|column| column(c)).collect())
        .collect()
}

fn label(c: &RankedConcept) -> String {
    c.label.clone()
}
fn english(c: &RankedConcept) -> String {
    c.english.clone().unwrap_or_default()
}
fn mentions(c: &RankedConcept) -> String {
    c.mentions.to_string()
}
fn documents(c: &RankedConcept) -> String {
    c.documents.to_string()
}
fn page_rank(c: &RankedConcept) -> String {
    decimal(c.page_rank)
}
fn betweenness(c: &RankedConcept) -> String {
    decimal(c.betweenness)
}
fn community(c: &RankedConcept) -> String {
    (c.community + 1).to_string()
}

impl Summary {
    fn sections(&self) -> Vec<Section> {
        let c = &self.counts;
        let mut sections = Vec::new();
        let mut overview = Section::new("Overview");
        overview.lines = vec![
            format!(
                "{} documents, {} sections, {} paragraphs, {} sentences",
                c.documents, c.sections, c.paragraphs, c.sentences
            ),
            format!(
                "{} concepts ({} mentions), {} notes ({} in-text pointers), {} quads",
                c.concepts, c.mentions, c.notes, c.pointers, c.quads
            ),
        ];
        sections.push(overview);
        sections.push(Section::new("Top concepts by mentions").table(
            vec![
                "concept",
                "English",
                "mentions",
                "documents",
                "PageRank",
                "betweenness",
                "community",
            ],
            concept_rows(
                &self.top_concepts,
                &[
                    label,
                    english,
                    mentions,
                    documents,
                    page_rank,
                    betweenness,
                    community,
                ],
            ),
        ));
        if c.documents > 1 {
            sections.push(Section::new("Top concepts by documents").table(
                vec!["concept", "English", "documents", "mentions"],
                concept_rows(
                    &self.top_concepts_by_documents,
                    &[label, english, documents, mentions],
                ),
            ));
        }
        sections.push(
            Section::new("Top concepts by PageRank (co-occurrence network)").table(
                vec!["concept", "PageRank", "mentions", "community"],
                concept_rows(
                    &self.top_concepts_by_page_rank,
                    &[label, page_rank, mentions, community],
                ),
            ),
        );
        sections.push(
            Section::new("Top concepts by betweenness (co-occurrence network)").table(
                vec!["concept", "betweenness", "PageRank", "mentions"],
                concept_rows(
                    &self.top_concepts_by_betweenness,
                    &[label, betweenness, page_rank, mentions],
                ),
            ),
        );
        let communities = &self.communities;
        let mut groups = Section::new("Communities (Louvain)").table(
            vec!["size", "leading concepts"],
            communities
                .largest
                .iter()
                .map(|g| vec![g.size.to_string(), g.leading.join("、")])
                .collect(),
        );
        groups.lines.push(format!(
            "{} communities ({} of a single concept that shares no sentence), modularity {:.4}; the largest:",
            communities.count, communities.singletons, communities.modularity,
        ));
        sections.push(groups);
        sections.push(
            Section::new("Most cited works").table(
                vec!["work", "citations", "documents"],
                self.top_works
                    .iter()
                    .map(|w| {
                        vec![
                            w.title.clone(),
                            w.citations.to_string(),
                            w.documents.to_string(),
                        ]
                    })
                    .collect(),
            ),
        );
        sections.push(
            Section::new("Most cited authors").table(
                vec!["author", "citations", "works"],
                self.top_authors
                    .iter()
                    .map(|a| vec![a.name.clone(), a.citations.to_string(), a.works.to_string()])
                    .collect(),
            ),
        );
        sections.push(
            Section::new("Citation functions").table(
                vec!["function", "pointers"],
                self.citation_functions
                    .iter()
                    .map(|f| vec![f.function.clone(), f.pointers.to_string()])
                    .collect(),
            ),
        );
        let a = &self.argument;
        let mut argument = Section::new("Argument");
        argument.lines.push(format!(
            "{} theses, {} section claims, {} claims, {} premises, {} opposing views, {} conclusions; {} supports, {} attacks",
            a.theses.len(),
            a.section_claims,
            a.claims,
            a.premises,
            a.opposing_views,
            a.conclusions,
            a.supports,
            a.attacks
        ));
        if c.documents == 1 {
            argument
                .lines
                .extend(a.theses.iter().map(|t| format!("thesis: {t}")));
        }
        sections.push(argument);
        sections
    }

    /// A report a person reads at the terminal, with aligned tables.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for (index, section) in self.sections().iter().enumerate() {
            if index > 0 {
                let _ = writeln!(out, "\n{}", section.title);
            }
            for line in &section.lines {
                let _ = writeln!(out, "{line}");
            }
            if !section.header.is_empty() {
                let mut table = Table::new();
                table.load_preset(UTF8_FULL_CONDENSED);
                table.set_header(std::iter::once("#").chain(section.header.iter().copied()));
                for (rank, row) in section.rows.iter().enumerate() {
                    table.add_row(
                        std::iter::once((rank + 1).to_string()).chain(row.iter().cloned()),
                    );
                }
                let _ = writeln!(out, "{table}");
            }
        }
        out
    }

    /// The same report in Markdown: a heading and a pipe table a section.
    pub fn to_markdown(&self) -> String {
        let cell = |text: &str| text.replace('|', "\\|");
        let mut out = String::from("# argraph summary\n");
        for section in self.sections() {
            let _ = writeln!(out, "\n## {}\n", section.title);
            for line in &section.lines {
                let _ = writeln!(out, "{}\n", cell(line));
            }
            if !section.header.is_empty() {
                let _ = writeln!(out, "| # | {} |", section.header.join(" | "));
                let _ = writeln!(out, "|---|{}", "---|".repeat(section.header.len()));
                for (rank, row) in section.rows.iter().enumerate() {
                    let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
                    let _ = writeln!(out, "| {} | {} |", rank + 1, cells.join(" | "));
                }
            }
        }
        out
    }
}
