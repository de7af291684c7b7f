//! The summary of a store: how much it holds, the concepts the argument
//! turns on (ranked by mentions, with document frequency and weighted
//! co-occurrence degree), and the most cited works and authors.

use std::fmt::Write as _;

use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};
use serde::Serialize;

use crate::analysis::{AnalysisError, CooccurrenceNetwork, count, select, value};
use crate::store::GraphStore;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub documents: usize,
    pub sections: usize,
    pub paragraphs: usize,
    pub sentences: usize,
    pub concepts: usize,
    pub mentions: usize,
    pub notes: usize,
    pub pointers: usize,
    pub quads: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RankedConcept {
    pub label: String,
    pub english: Option<String>,
    pub mentions: usize,
    pub documents: usize,
    pub weighted_degree: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CitedWork {
    pub title: String,
    pub citations: usize,
    pub documents: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CitedAuthor {
    pub name: String,
    pub citations: usize,
    pub works: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub counts: Counts,
    pub top_concepts: Vec<RankedConcept>,
    /// The concepts most documents mention: a corpus's shared vocabulary.
    pub top_concepts_by_documents: Vec<RankedConcept>,
    pub top_works: Vec<CitedWork>,
    pub top_authors: Vec<CitedAuthor>,
}

/// One row per person: the same person written `哈里·布雷弗曼` in one document
/// and `哈里⋅布雷弗曼` in another is one IRI with two names; the first is
/// shown. Counts and names are gathered apart, as every citing document's
/// graph repeats the person.
const AUTHORS_QUERY: &str = "SELECT ?name ?citations ?works WHERE {
  { SELECT ?person (COUNT(DISTINCT ?note) AS ?citations) (COUNT(DISTINCT ?work) AS ?works)
    WHERE { ?note biro:references ?work . ?work dcterms:creator ?person } GROUP BY ?person }
  { SELECT ?person (MIN(?written) AS ?name) WHERE { ?person foaf:name ?written } GROUP BY ?person }
} ORDER BY DESC(?citations) ?name";

const COUNTS_QUERY: &str = "SELECT
  (COUNT(DISTINCT ?doc) AS ?documents) (COUNT(DISTINCT ?section) AS ?sections)
  (COUNT(DISTINCT ?paragraph) AS ?paragraphs) (COUNT(DISTINCT ?sentence) AS ?sentences)
  (COUNT(DISTINCT ?concept) AS ?concepts) (COUNT(DISTINCT ?mention) AS ?mentions)
  (COUNT(DISTINCT ?note) AS ?notes) (COUNT(DISTINCT ?pointer) AS ?pointers)
WHERE {
  { ?doc a ag:Document } UNION { ?section a doco:Section } UNION
  { ?paragraph a doco:Paragraph } UNION { ?sentence a doco:Sentence } UNION
  { ?concept a skos:Concept } UNION { ?mention a ag:ConceptMention } UNION
  { ?note a biro:BibliographicReference } UNION { ?pointer a c4o:InTextReferencePointer }
}";

impl Counts {
    pub fn from_store(store: &GraphStore) -> Result<Self, AnalysisError> {
        let rows = select(store, COUNTS_QUERY)?;
        let row = &rows[0];
        Ok(Self {
            documents: count(&row[0]),
            sections: count(&row[1]),
            paragraphs: count(&row[2]),
            sentences: count(&row[3]),
            concepts: count(&row[4]),
            mentions: count(&row[5]),
            notes: count(&row[6]),
            pointers: count(&row[7]),
            quads: store.len()?,
        })
    }
}

/// A table whose rows are numbered from 1 in a first `#` column.
fn ranked_table(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> Table {
    let mut table = Table::new();
    table.load_preset(UTF8_FULL_CONDENSED);
    table.set_header(std::iter::once("#").chain(header.iter().copied()));
    for (rank, row) in rows.enumerate() {
        table.add_row(std::iter::once((rank + 1).to_string()).chain(row));
    }
    table
}

impl Summary {
    pub fn from_store(store: &GraphStore, top: usize) -> Result<Self, AnalysisError> {
        let counts = Counts::from_store(store)?;
        let network = CooccurrenceNetwork::from_store(store)?;
        let mut ranked: Vec<RankedConcept> = network
            .graph
            .node_indices()
            .map(|index| {
                let node = &network.graph[index];
                RankedConcept {
                    label: node.label.clone(),
                    english: node.english.clone(),
                    mentions: node.mentions,
                    documents: node.documents,
                    weighted_degree: network.weighted_degree(index),
                }
            })
            .collect();
        let mut by_documents = ranked.clone();
        by_documents.sort_by(|a, b| {
            b.documents
                .cmp(&a.documents)
                .then(b.mentions.cmp(&a.mentions))
                .then(a.label.cmp(&b.label))
        });
        by_documents.truncate(top);
        ranked.sort_by(|a, b| {
            b.mentions
                .cmp(&a.mentions)
                .then(b.documents.cmp(&a.documents))
                .then(a.label.cmp(&b.label))
        });
        ranked.truncate(top);
        let mut works: Vec<CitedWork> =
            select(store, crate::query::named_query("works").expect("shipped"))?
                .iter()
                .map(|row| CitedWork {
                    title: value(&row[1]),
                    citations: count(&row[5]),
                    documents: count(&row[6]),
                })
                .collect();
        works.sort_by(|a, b| b.citations.cmp(&a.citations).then(a.title.cmp(&b.title)));
        works.truncate(top);
        let top_authors = select(store, AUTHORS_QUERY)?
            .iter()
            .take(top)
            .map(|row| CitedAuthor {
                name: value(&row[0]),
                citations: count(&row[1]),
                works: count(&row[2]),
            })
            .collect();
        Ok(Self {
            counts,
            top_concepts: ranked,
            top_concepts_by_documents: by_documents,
            top_works: works,
            top_authors,
        })
    }

    /// A report a person reads: counts, then the top concepts as a table.
    pub fn to_text(&self) -> String {
        let c = &self.counts;
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{} documents, {} sections, {} paragraphs, {} sentences\n\
             {} concepts ({} mentions), {} notes ({} in-text pointers), {} quads\n",
            c.documents,
            c.sections,
            c.paragraphs,
            c.sentences,
            c.concepts,
            c.mentions,
            c.notes,
            c.pointers,
            c.quads
        );
        let concepts = self.top_concepts.iter().map(|c| {
            vec![
                c.label.clone(),
                c.english.clone().unwrap_or_default(),
                c.mentions.to_string(),
                c.documents.to_string(),
                c.weighted_degree.to_string(),
            ]
        });
        let header = [
            "concept",
            "English",
            "mentions",
            "documents",
            "co-occurrence",
        ];
        let _ = writeln!(
            out,
            "Top concepts by mentions\n{}",
            ranked_table(&header, concepts)
        );
        if c.documents > 1 {
            let shared = self.top_concepts_by_documents.iter().map(|c| {
                vec![
                    c.label.clone(),
                    c.english.clone().unwrap_or_default(),
                    c.documents.to_string(),
                    c.mentions.to_string(),
                ]
            });
            let header = ["concept", "English", "documents", "mentions"];
            let _ = writeln!(
                out,
                "\nTop concepts by documents\n{}",
                ranked_table(&header, shared)
            );
        }
        let works = self.top_works.iter().map(|w| {
            vec![
                w.title.clone(),
                w.citations.to_string(),
                w.documents.to_string(),
            ]
        });
        let header = ["work", "citations", "documents"];
        let _ = writeln!(out, "\nMost cited works\n{}", ranked_table(&header, works));
        let authors = self
            .top_authors
            .iter()
            .map(|a| vec![a.name.clone(), a.citations.to_string(), a.works.to_string()]);
        let header = ["author", "citations", "works"];
        let _ = writeln!(
            out,
            "\nMost cited authors\n{}",
            ranked_table(&header, authors)
        );
        out
    }
}
